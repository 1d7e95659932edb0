// Checks every message the background receives (own extension only, the right kind of sender for its type,
// known type, well-formed fields, text within MAX_TEXT_LENGTH) and dispatches it to its typed handler with
// the sender, replying with a Reply envelope. Never logs, stores or echoes message contents: they may hold
// page text.
import {
  MAX_CHAT_MESSAGES,
  MAX_TEXT_LENGTH,
  PAGE_KINDS,
  PAGE_PROBLEMS,
  type BackgroundMessageType,
  type BackgroundRequest,
  type BackgroundResponse,
  type ChatItem,
  type MessageFailure,
  type Reply,
} from '../shared/messages.js';

/** Who sent a message, as far as handlers need it (from chrome.runtime.MessageSender). */
export interface MessageSenderLike {
  id?: string;
  /** Set for content scripts (and extension pages open in a tab). */
  tab?: { id?: number };
  frameId?: number;
  /** URL of the sending page or frame. */
  url?: string;
}

/** One handler per message type; a missing one is a compile error. */
export type BackgroundHandlers = {
  [K in BackgroundMessageType]: (request: BackgroundRequest<K>, sender: MessageSenderLike) => Promise<BackgroundResponse<K>>;
};

/** Longest page URL a report may carry. */
export const MAX_URL_LENGTH = 2048;
/** Longest page title a report may carry. */
export const MAX_TITLE_LENGTH = 1000;
/** Longest chat or message id, and longest adapter detail. */
export const MAX_ID_LENGTH = 256;
export const MAX_DETAIL_LENGTH = 500;
/** A site adapter id: lower-case letters, digits and dashes ("whatsapp-web"). */
const SITE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

type Checked<T> = { ok: true; value: T } | { ok: false; error: MessageFailure };
type Fields = Record<string, unknown>;

function fail(code: MessageFailure['code'], message: string): { ok: false; error: MessageFailure } {
  return { ok: false, error: { code, message } };
}

function checkText(type: string, text: unknown): MessageFailure | null {
  if (typeof text !== 'string') return { code: 'bad-message', message: `${type} needs a text string` };
  if (text.length > MAX_TEXT_LENGTH) {
    return { code: 'text-too-long', message: `text is ${text.length} characters; at most ${MAX_TEXT_LENGTH} can be checked` };
  }
  return null;
}

function checkUrl(type: string, url: unknown): MessageFailure | null {
  if (typeof url !== 'string') return { code: 'bad-message', message: `${type} needs a url string` };
  if (url.length > MAX_URL_LENGTH) return { code: 'bad-message', message: `${type}: url is longer than ${MAX_URL_LENGTH} characters` };
  return null;
}

function checkChatMessages(value: unknown): Checked<ChatItem[]> {
  if (!Array.isArray(value)) return fail('bad-message', 'report-chat needs a list of messages');
  if (value.length > MAX_CHAT_MESSAGES) return fail('bad-message', `report-chat carries at most ${MAX_CHAT_MESSAGES} messages`);
  const out: ChatItem[] = [];
  let total = 0;
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return fail('bad-message', 'each chat message must be an object');
    const { id, text, direction, time } = item as Fields;
    if (typeof id !== 'string' || id.length > MAX_ID_LENGTH) return fail('bad-message', `each chat message needs an id of at most ${MAX_ID_LENGTH} characters`);
    if (typeof text !== 'string') return fail('bad-message', 'each chat message needs a text string');
    if (direction !== 'incoming' && direction !== 'outgoing') return fail('bad-message', 'a chat message is incoming or outgoing');
    if (time !== undefined && (typeof time !== 'string' || time.length > 64)) return fail('bad-message', 'a chat message time must be a short string');
    total += text.length;
    if (total > MAX_TEXT_LENGTH) {
      return fail('text-too-long', `the messages hold more than ${MAX_TEXT_LENGTH} characters; at most ${MAX_TEXT_LENGTH} can be checked`);
    }
    const clean: ChatItem = { id, text, direction };
    if (time !== undefined) clean.time = time as string;
    out.push(clean);
  }
  return { ok: true, value: out };
}

const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T => (list as readonly unknown[]).includes(value);

/** One validator per message type: builds a clean request holding only the known fields. */
const VALIDATORS: { [K in BackgroundMessageType]: (fields: Fields) => Checked<BackgroundRequest<K>> } = {
  'score-text': (fields) => {
    const { text } = fields;
    const problem = checkText('score-text', text);
    if (problem) return { ok: false, error: problem };
    return { ok: true, value: { type: 'score-text', text: text as string } };
  },
  'get-pack-info': () => ({ ok: true, value: { type: 'get-pack-info' } }),
  'report-page': (fields) => {
    const { url, kind, text, title } = fields;
    const problem = checkUrl('report-page', url) ?? checkText('report-page', text);
    if (problem) return { ok: false, error: problem };
    if (!oneOf(PAGE_KINDS, kind)) return fail('bad-message', `report-page needs a kind: one of ${PAGE_KINDS.join(', ')}`);
    if (title !== undefined && (typeof title !== 'string' || title.length > MAX_TITLE_LENGTH)) {
      return fail('bad-message', `report-page: title must be a string of at most ${MAX_TITLE_LENGTH} characters`);
    }
    const value: BackgroundRequest<'report-page'> = { type: 'report-page', url: url as string, kind, text: text as string };
    if (title !== undefined) value.title = title;
    return { ok: true, value };
  },
  'report-problem': (fields) => {
    const { url, problem } = fields;
    const bad = checkUrl('report-problem', url);
    if (bad) return { ok: false, error: bad };
    if (!oneOf(PAGE_PROBLEMS, problem)) return fail('bad-message', `report-problem needs a problem: one of ${PAGE_PROBLEMS.join(', ')}`);
    return { ok: true, value: { type: 'report-problem', url: url as string, problem } };
  },
  'report-chat': (fields) => {
    const { url, site, chatId } = fields;
    const bad = checkUrl('report-chat', url);
    if (bad) return { ok: false, error: bad };
    if (typeof site !== 'string' || !SITE_ID.test(site)) return fail('bad-message', 'report-chat needs a site id');
    if (typeof chatId !== 'string' || chatId.length > MAX_ID_LENGTH) return fail('bad-message', `report-chat needs a chatId of at most ${MAX_ID_LENGTH} characters`);
    const messages = checkChatMessages(fields.messages);
    if (!messages.ok) return messages;
    return { ok: true, value: { type: 'report-chat', url: url as string, site, chatId, messages: messages.value } };
  },
  'report-adapter-status': (fields) => {
    const { site, status, detail } = fields;
    if (typeof site !== 'string' || !SITE_ID.test(site)) return fail('bad-message', 'report-adapter-status needs a site id');
    if (status !== 'ok' && status !== 'degraded') return fail('bad-message', 'report-adapter-status needs a status: ok or degraded');
    if (detail !== undefined && (typeof detail !== 'string' || detail.length > MAX_DETAIL_LENGTH)) {
      return fail('bad-message', `report-adapter-status: detail must be a string of at most ${MAX_DETAIL_LENGTH} characters`);
    }
    const value: BackgroundRequest<'report-adapter-status'> = { type: 'report-adapter-status', site, status };
    if (detail !== undefined) value.detail = detail;
    return { ok: true, value };
  },
  'get-tab-report': (fields) => {
    const { tabId } = fields;
    if (typeof tabId !== 'number' || !Number.isSafeInteger(tabId) || tabId < 0) {
      return fail('bad-message', 'get-tab-report needs a tabId: a whole number of 0 or more');
    }
    return { ok: true, value: { type: 'get-tab-report', tabId } };
  },
  'get-update-status': () => ({ ok: true, value: { type: 'get-update-status' } }),
  'check-updates-now': () => ({ ok: true, value: { type: 'check-updates-now' } }),
};

/**
 * Which of the extension's own contexts may send each type: `content` (a content script in a tab),
 * `page` (an extension page such as the popup, so a page's script can never read other tabs' reports)
 * or `any`.
 */
const SENDERS: { [K in BackgroundMessageType]: 'content' | 'page' | 'any' } = {
  'score-text': 'any',
  'get-pack-info': 'any',
  'report-page': 'content',
  'report-problem': 'content',
  'report-chat': 'content',
  'report-adapter-status': 'content',
  'get-tab-report': 'page',
  'get-update-status': 'page',
  'check-updates-now': 'page',
};

function isTabId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function senderAllowed(type: BackgroundMessageType, sender: MessageSenderLike, pageOrigin: string): boolean {
  const fromPage = typeof sender.url === 'string' && sender.url.startsWith(pageOrigin);
  switch (SENDERS[type]) {
    case 'any':
      return true;
    case 'page':
      return fromPage;
    case 'content':
      return !fromPage && isTabId(sender.tab?.id);
  }
}

function isKnownType(type: unknown): type is BackgroundMessageType {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(VALIDATORS, type);
}

export interface MessageRouterDeps {
  /** chrome.runtime.id: only messages from this extension are answered. */
  extensionId: string;
  /** chrome.runtime.getURL(''): the origin of the extension's own pages ("chrome-extension://<id>/"). */
  pageOrigin: string;
  handlers: BackgroundHandlers;
  /** Reports a handler failure; gets the message type and the error, never the message. */
  onHandlerError?: (type: BackgroundMessageType, error: unknown) => void;
}

/** Validates and dispatches one message. Exposed for tests; the browser uses createMessageRouter. */
export async function routeMessage(deps: MessageRouterDeps, message: unknown, sender: MessageSenderLike): Promise<Reply<unknown>> {
  const checked = checkMessage(message, sender, deps.extensionId, deps.pageOrigin);
  if (!checked.ok) return checked;
  const request = checked.value;
  try {
    const handler = deps.handlers[request.type] as (
      request: BackgroundRequest,
      sender: MessageSenderLike,
    ) => Promise<BackgroundResponse<BackgroundMessageType>>;
    return { ok: true, value: await handler(request, sender) };
  } catch (error) {
    deps.onHandlerError?.(request.type, error);
    return fail('failed', `${request.type} failed: ${error instanceof Error ? error.message : 'unknown error'}`);
  }
}

export function checkMessage(
  message: unknown,
  sender: MessageSenderLike,
  extensionId: string,
  pageOrigin: string,
): Checked<BackgroundRequest> {
  if (!sender || sender.id !== extensionId) return fail('forbidden-sender', 'messages are accepted from this extension only');
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    return fail('bad-message', 'a message must be an object with a type');
  }
  const fields = message as Fields;
  if (!isKnownType(fields.type)) return fail('unknown-type', 'unknown message type');
  if (!senderAllowed(fields.type, sender, pageOrigin)) {
    return fail('forbidden-sender', SENDERS[fields.type] === 'page'
      ? `${fields.type} is accepted from the extension's own pages only`
      : `${fields.type} is accepted from a content script in a tab only`);
  }
  return (VALIDATORS[fields.type] as (fields: Fields) => Checked<BackgroundRequest>)(fields);
}

/** A chrome.runtime.onMessage listener: answers asynchronously through sendResponse. */
export function createMessageRouter(deps: MessageRouterDeps) {
  return (message: unknown, sender: MessageSenderLike, sendResponse: (reply: Reply<unknown>) => void): true => {
    void routeMessage(deps, message, sender).then(sendResponse);
    return true;
  };
}
