// Sends a typed message to the background service worker and unwraps its reply; used by every UI context.
// Throws MessageError on a refused or failed message. Never logs the message (it may hold page text).
import type { BackgroundMessageType, BackgroundMessages, BackgroundResponse, MessageErrorCode, Reply } from './messages.js';

export class MessageError extends Error {
  constructor(
    readonly code: MessageErrorCode | 'no-reply',
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

export type SendRaw = (message: unknown) => Promise<unknown>;

function isReply(value: unknown): value is Reply<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

export async function sendToBackground<K extends BackgroundMessageType>(
  type: K,
  request: BackgroundMessages[K]['request'],
  sendRaw: SendRaw = (message) => chrome.runtime.sendMessage(message),
): Promise<BackgroundResponse<K>> {
  const reply = await sendRaw({ ...request, type });
  if (!isReply(reply)) throw new MessageError('no-reply', 'the background did not answer');
  if (!reply.ok) throw new MessageError(reply.error.code, reply.error.message);
  return reply.value as BackgroundResponse<K>;
}
