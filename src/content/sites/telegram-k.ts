// Site adapter for Telegram Web K (web.telegram.org/k/): the active chat's bubbles, one item per message.
// Fixture: test/fixtures/sites/telegram-k.html, an APPROXIMATION written from general knowledge of the
// client's DOM (.chat.active, .bubbles-inner, .bubble[data-mid][data-timestamp], is-in / is-out), not saved
// from the live app. Prefers data attributes; the class names it uses are the client's own readable names.
// Reads only; never reads the sender's name.
import { isoFromSeconds, readText, type RootResult, type SiteAdapter, type SiteItem } from './site-adapter.js';

const BUBBLE = '.bubble[data-mid]';
/** Parts of a bubble that are not the message: its time, reactions, reply quote and sender name. */
const NOT_TEXT = '.time, .reactions, .reply, .name, .bubble-name-forwarded, .tgico';

function findRoot(doc: Document, url: URL): RootResult {
  const chat = doc.querySelector('#column-center .chat.active') ?? doc.querySelector('.chat.active');
  const bubbles = chat?.querySelector('.bubbles-inner') ?? chat?.querySelector('.bubbles');
  if (bubbles) return bubbles;
  // Signed out, or no chat open yet (the chat list shows; the URL names the open chat after "#").
  if (doc.querySelector('#auth-pages, .page-sign, .page-signQR') || (doc.querySelector('#column-left') && url.hash.length < 2)) return 'waiting';
  return null;
}

function readItem(el: Element): SiteItem | null {
  if (el.classList.contains('service') || el.classList.contains('is-date')) return null;
  const text = readText(el.querySelector('.message') ?? el, 8000, NOT_TEXT);
  if (!text) return null;
  const item: SiteItem = {
    kind: 'message',
    key: el.getAttribute('data-mid'),
    text,
    direction: el.classList.contains('is-out') ? 'outgoing' : 'incoming',
  };
  const time = isoFromSeconds(el.getAttribute('data-timestamp'));
  if (time) item.time = time;
  return item;
}

export const telegramK: SiteAdapter = {
  id: 'telegram-k',
  handles: (url) => url.hostname === 'web.telegram.org' && url.pathname.startsWith('/k'),
  mode: () => 'chat',
  findRoot,
  chatId: (root, url) => url.hash.replace(/^#/, '') || (root.closest('[data-peer-id]')?.getAttribute('data-peer-id') ?? ''),
  itemSelector: BUBBLE,
  readItem,
  placeWarning: (itemEl, warning) => itemEl.after(warning),
};
