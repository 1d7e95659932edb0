// Site adapter for Telegram Web A (web.telegram.org/a/): the open chat's message list, one item per message.
// Fixture: test/fixtures/sites/telegram-a.html, an APPROXIMATION written from general knowledge of the
// client's DOM (#MiddleColumn, .MessageList, .Message#message-<id>, "own" for outgoing, .text-content,
// .message-time), not saved from the live app. Uses ids and the client's readable component class names.
// Reads only; never reads the sender's name.
import { clockTime, readText, type RootResult, type SiteAdapter, type SiteItem } from './site-adapter.js';

const MESSAGE = '.Message[id^="message-"]';
const NOT_TEXT = '.MessageMeta, .Reactions, .message-title, .EmbeddedMessage';

function findRoot(doc: Document, url: URL): RootResult {
  const list = doc.querySelector('#MiddleColumn .MessageList') ?? doc.querySelector('.MessageList');
  if (list) return list.querySelector('.messages-container') ?? list;
  // Signed out, or no chat open yet (the URL names the open chat after "#").
  if (doc.querySelector('#auth-phone-number-form, #auth-qr-form, .auth-form') || (doc.querySelector('#LeftColumn') && url.hash.length < 2)) return 'waiting';
  return null;
}

function readItem(el: Element): SiteItem | null {
  if (el.classList.contains('ActionMessage')) return null;
  const text = readText(el.querySelector('.text-content'), 8000, NOT_TEXT);
  if (!text) return null;
  const item: SiteItem = {
    kind: 'message',
    key: el.id.slice('message-'.length) || null,
    text,
    direction: el.classList.contains('own') ? 'outgoing' : 'incoming',
  };
  const time = clockTime(el.querySelector('.message-time')?.textContent);
  if (time) item.time = time;
  return item;
}

export const telegramA: SiteAdapter = {
  id: 'telegram-a',
  handles: (url) => url.hostname === 'web.telegram.org' && url.pathname.startsWith('/a'),
  mode: () => 'chat',
  findRoot,
  chatId: (root, url) => url.hash.replace(/^#/, '') || (root.closest('[data-peer-id]')?.getAttribute('data-peer-id') ?? ''),
  itemSelector: MESSAGE,
  readItem,
  placeWarning: (itemEl, warning) => itemEl.after(warning),
};
