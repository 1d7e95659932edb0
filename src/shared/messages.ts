// The typed message map of each receiving context, and the reply envelope every message gets back.
// Types and constants only: no browser APIs, no logic. Page text travels in these messages; it is never
// logged or stored by anything that handles them.
import type { Verdict } from '../engine/types.js';

/** Longest text (in UTF-16 code units) the background accepts for scoring; longer texts are refused. */
export const MAX_TEXT_LENGTH = 1_000_000;

/** What the UI shows about the rule pack in use. Dates are ISO `YYYY-MM-DD`. */
export interface PackInfo {
  id: string;
  version: string;
  published: string;
  expires: string;
}

/**
 * Messages the background service worker receives: the request fields and the response of each type.
 * The router needs a handler and a validator for every key, so adding a type here without them fails to compile.
 */
export type BackgroundMessages = {
  'score-text': { request: { text: string }; response: { verdict: Verdict } };
  'get-pack-info': { request: Record<never, never>; response: PackInfo };
};

export type BackgroundMessageType = keyof BackgroundMessages;
export type BackgroundRequest<K extends BackgroundMessageType = BackgroundMessageType> = K extends BackgroundMessageType
  ? { type: K } & BackgroundMessages[K]['request']
  : never;
export type BackgroundResponse<K extends BackgroundMessageType> = BackgroundMessages[K]['response'];

export const MESSAGE_ERROR_CODES = [
  'bad-message', // not an object, or a field of the wrong type
  'unknown-type', // a type no handler exists for
  'forbidden-sender', // not from this extension
  'text-too-long', // text longer than MAX_TEXT_LENGTH
  'failed', // the handler threw
] as const;
export type MessageErrorCode = (typeof MESSAGE_ERROR_CODES)[number];

export interface MessageFailure {
  code: MessageErrorCode;
  message: string;
}

/** Every reply: a value, or a coded error the UI can show. */
export type Reply<R> = { ok: true; value: R } | { ok: false; error: MessageFailure };
