// The typed message map of each receiving context, and the reply envelope every message gets back.
// Types and constants only: no browser APIs, no logic. Page text travels in these messages; it is never
// logged or stored by anything that handles them.
import type { Level, Verdict } from '../engine/types.js';
import type { ConversationVerdict } from '../engine/score-conversation.js';
import type { HotlineEntry } from './hotlines.js';

/** Longest text (in UTF-16 code units) the background accepts for scoring; longer texts are refused. */
export const MAX_TEXT_LENGTH = 1_000_000;

/** What the UI shows about the rule pack in use. Dates are ISO `YYYY-MM-DD`. */
export interface PackInfo {
  id: string;
  /** The pack's display name ("Lureguard core rules"), when its header gives one. */
  name?: string;
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
  /** A content script sends the text of a job offer (or a chat, or a selection) it found on its page. */
  'report-page': { request: { url: string; kind: PageKind; text: string; title?: string }; response: PageReportReply };
  /** A content script could not read its page; the popup says so. Never carries page text. */
  'report-problem': { request: { url: string; problem: PageProblem }; response: Record<never, never> };
  /**
   * A site adapter sends the recent messages of the open chat (incoming and outgoing, oldest first); the worker
   * scores the recruiter's incoming ones as one window. `chatId` changes when the user switches chats.
   */
  'report-chat': { request: { url: string; site: string; chatId: string; messages: ChatItem[] }; response: ChatReportReply };
  /** A site adapter could not find its root and fell back to the generic extractor (options shows "degraded"). */
  'report-adapter-status': { request: { site: string; status: 'ok' | 'degraded'; detail?: string }; response: Record<never, never> };
  /** Options: the rule packs in use and each update source's status. */
  'get-update-status': { request: Record<never, never>; response: UpdateStatus };
  /** Options: check every update source now, then report as get-update-status. */
  'check-updates-now': { request: Record<never, never>; response: UpdateStatus };
  /** The popup asks for the verdict of a tab. */
  'get-tab-report': { request: { tabId: number }; response: { report: TabReport | null } };
};

/** One update source as the options page shows it. Errors are plain words. */
export interface UpdateSourceInfo {
  id: string;
  url: string;
  origin: 'default' | 'options' | 'policy';
  lastCheck?: number;
  lastSuccess?: number;
  lastError?: string;
  lastResult?: string;
}

export interface PackInUse {
  id: string;
  name?: string;
  version: string;
  published: string;
  expires: string;
  /** True when past `expires`: the pack still applies, but the UI says it is outdated. */
  outdated: boolean;
  from: 'bundled' | 'update';
  source?: string;
}

export interface UpdateStatus {
  packs: PackInUse[];
  sources: UpdateSourceInfo[];
  /** Why a stored pack or a policy entry was not used, in plain words. */
  problems: string[];
  /** Sources the user added in options, and whether the project's own source is also checked. */
  optionSources: string[];
  useDefaultSource: boolean;
}

/** One chat message as an adapter read it. Text is scored and dropped; only verdict evidence is kept. */
export interface ChatItem {
  id: string;
  text: string;
  direction: 'incoming' | 'outgoing';
  /** ISO time when the app shows it. */
  time?: string;
}

export interface ChatReportReply {
  verdict: ConversationVerdict;
  banner: BannerDecision;
}

/** Most messages one report-chat may carry. */
export const MAX_CHAT_MESSAGES = 200;

/** What a content script found. `page` is a generic page (not recognised as an offer). */
export const PAGE_KINDS = ['job-offer', 'message', 'selection', 'page'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** Why a content script could not score its page (no text here: only a reason code). */
export const PAGE_PROBLEMS = ['extract-failed', 'worker-unreachable', 'text-too-long'] as const;
export type PageProblem = (typeof PAGE_PROBLEMS)[number];

/** Whether the in-page banner should appear for a verdict, given the user's settings, and the help to show. */
export interface BannerDecision {
  show: boolean;
  /** Why not, when show is false. */
  reason?: 'below-level' | 'site-allowed' | 'site-paused';
  /** The level from which banners appear (options). */
  minLevel: Level;
  /** Hotlines for the user's country and for destinations the offer names (may be empty: embassy advice still shows). */
  help: HotlineEntry[];
}

export interface PageReportReply {
  verdict: Verdict;
  banner: BannerDecision;
}

/** The verdict of one tab, kept in storage.session for the tab's life (so it survives worker restarts). */
export interface TabReport {
  url: string;
  kind: PageKind;
  verdict: Verdict | null;
  /** Set when the content script could not score the page. */
  problem?: PageProblem;
  /** Set when the user allowed or paused this site: the verdict is kept but no warning is shown. */
  suppressed?: 'site-allowed' | 'site-paused';
  checkedAt: number;
}

/** Messages a content script receives from the background (for example the result of "Check this text"). */
export type ContentMessages = {
  'show-verdict': { request: { verdict: Verdict; banner: BannerDecision; origin: 'selection' }; response: { shown: boolean } };
};
export type ContentMessageType = keyof ContentMessages;
export type ContentRequest<K extends ContentMessageType = ContentMessageType> = K extends ContentMessageType
  ? { type: K } & ContentMessages[K]['request']
  : never;

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
