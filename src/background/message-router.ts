// Checks every message the background receives (own extension only, known type, well-formed fields,
// text within MAX_TEXT_LENGTH) and dispatches it to its typed handler, replying with a Reply envelope.
// Never logs, stores or echoes message contents: they may hold page text.
import {
  MAX_TEXT_LENGTH,
  type BackgroundMessageType,
  type BackgroundRequest,
  type BackgroundResponse,
  type MessageFailure,
  type Reply,
} from '../shared/messages.js';

/** One handler per message type; a missing one is a compile error. */
export type BackgroundHandlers = {
  [K in BackgroundMessageType]: (request: BackgroundRequest<K>) => Promise<BackgroundResponse<K>>;
};

type Checked<T> = { ok: true; value: T } | { ok: false; error: MessageFailure };
type Fields = Record<string, unknown>;

function fail(code: MessageFailure['code'], message: string): { ok: false; error: MessageFailure } {
  return { ok: false, error: { code, message } };
}

/** One validator per message type: builds a clean request holding only the known fields. */
const VALIDATORS: { [K in BackgroundMessageType]: (fields: Fields) => Checked<BackgroundRequest<K>> } = {
  'score-text': (fields) => {
    const { text } = fields;
    if (typeof text !== 'string') return fail('bad-message', 'score-text needs a text string');
    if (text.length > MAX_TEXT_LENGTH) {
      return fail('text-too-long', `text is ${text.length} characters; at most ${MAX_TEXT_LENGTH} can be checked`);
    }
    return { ok: true, value: { type: 'score-text', text } };
  },
  'get-pack-info': () => ({ ok: true, value: { type: 'get-pack-info' } }),
};

function isKnownType(type: unknown): type is BackgroundMessageType {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(VALIDATORS, type);
}

export interface MessageRouterDeps {
  /** chrome.runtime.id: only messages from this extension are answered. */
  extensionId: string;
  handlers: BackgroundHandlers;
  /** Reports a handler failure; gets the message type and the error, never the message. */
  onHandlerError?: (type: BackgroundMessageType, error: unknown) => void;
}

export interface MessageSenderLike {
  id?: string;
}

/** Validates and dispatches one message. Exposed for tests; the browser uses createMessageRouter. */
export async function routeMessage(deps: MessageRouterDeps, message: unknown, sender: MessageSenderLike): Promise<Reply<unknown>> {
  const checked = checkMessage(message, sender, deps.extensionId);
  if (!checked.ok) return checked;
  const request = checked.value;
  try {
    const handler = deps.handlers[request.type] as (request: BackgroundRequest) => Promise<BackgroundResponse<BackgroundMessageType>>;
    return { ok: true, value: await handler(request) };
  } catch (error) {
    deps.onHandlerError?.(request.type, error);
    return fail('failed', `${request.type} failed: ${error instanceof Error ? error.message : 'unknown error'}`);
  }
}

export function checkMessage(message: unknown, sender: MessageSenderLike, extensionId: string): Checked<BackgroundRequest> {
  if (!sender || sender.id !== extensionId) return fail('forbidden-sender', 'messages are accepted from this extension only');
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    return fail('bad-message', 'a message must be an object with a type');
  }
  const fields = message as Fields;
  if (!isKnownType(fields.type)) return fail('unknown-type', 'unknown message type');
  return (VALIDATORS[fields.type] as (fields: Fields) => Checked<BackgroundRequest>)(fields);
}

/** A chrome.runtime.onMessage listener: answers asynchronously through sendResponse. */
export function createMessageRouter(deps: MessageRouterDeps) {
  return (message: unknown, sender: MessageSenderLike, sendResponse: (reply: Reply<unknown>) => void): true => {
    void routeMessage(deps, message, sender).then(sendResponse);
    return true;
  };
}
