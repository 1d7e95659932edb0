// Site adapter for Messenger on the web: www.messenger.com and facebook.com/messages. The open thread's
// message grid, one item per row. Fixture: test/fixtures/sites/messenger.html, an APPROXIMATION written from
// general knowledge of the app's DOM (role="main", the messages grid, role="row" rows, a screen-reader
// heading "You sent" on the user's own messages, dir="auto" text), not saved from the live app. Uses roles,
// aria labels and data attributes only (the app's class names are generated). Never reads sender names.
import { readText, type RootResult, type SiteAdapter, type SiteItem } from './site-adapter.js';

const ROW = '[role="row"]';
/** The screen-reader heading on the user's own messages, in the UI languages the app shows most in our regions. */
const YOU_SENT = /^(?:you sent|anda mengirim|kamu mengirim|bạn đã gửi|คุณส่งแล้ว|ipinadala mo|你已发送|你傳送了)/i;
const TEXT = '[dir="auto"]';

function threadPath(url: URL): string | null {
  const m = /\/(?:e2ee\/)?t\/([^/?#]+)/.exec(url.pathname);
  return m ? m[1]! : null;
}

function findRoot(doc: Document, url: URL): RootResult {
  const main = doc.querySelector('[role="main"]');
  const grid = main?.querySelector('[role="grid"][aria-label], [role="grid"]');
  if (grid) return grid;
  // Inbox without an open thread, or signed out.
  if (threadPath(url) === null || doc.querySelector('#login_form, form[action*="login"]')) return 'waiting';
  return null;
}

function isOutgoing(row: Element): boolean {
  if (row.querySelector('[data-testid="outgoing_message"]')) return true;
  for (const heading of row.querySelectorAll('h4, h5, h6, [role="heading"]')) {
    if (YOU_SENT.test((heading.textContent ?? '').trim())) return true;
  }
  return false;
}

function readItem(el: Element): SiteItem | null {
  const cell = el.querySelector('[role="gridcell"]') ?? el;
  const parts: string[] = [];
  for (const node of cell.querySelectorAll(TEXT)) {
    if (node.parentElement?.closest(TEXT)) continue; // nested: already read with its parent
    if (node.closest('h4, h5, h6, [role="heading"]')) continue; // the sender heading
    const text = readText(node);
    if (text) parts.push(text);
  }
  const text = parts.join(' ').trim();
  if (!text) return null; // date lines, typing indicators, stickers
  return { kind: 'message', key: el.getAttribute('data-message-id') ?? null, text, direction: isOutgoing(el) ? 'outgoing' : 'incoming' };
}

export const messenger: SiteAdapter = {
  id: 'messenger',
  handles: (url) => url.hostname === 'www.messenger.com' || (/(^|\.)facebook\.com$/.test(url.hostname) && url.pathname.startsWith('/messages')),
  mode: () => 'chat',
  findRoot,
  chatId: (_root, url) => threadPath(url) ?? '',
  itemSelector: ROW,
  readItem,
  placeWarning: (itemEl, warning) => itemEl.after(warning),
};
