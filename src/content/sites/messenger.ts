// Site adapter for Messenger on the web: www.messenger.com and facebook.com/messages. The open thread's
// message grid, one item per row. Fixture: test/fixtures/sites/messenger.html, an APPROXIMATION written from
// general knowledge of the app's DOM (role="main", the messages grid, role="row" rows with a gridcell, a
// screen-reader heading on the first row of each sender's run: "You sent" / "You replied to …" on the user's
// own, the sender's name on others'; rows with only a time between runs, dir="auto" text), not saved from the
// live app. Direction: the row's own heading, else the heading of its run above. Time: a datetime attribute
// in the row when there is one, else the clock of the time row above its run (the time of the run's first
// message, so approximate). Roles, aria labels and data attributes only (the app's class names are generated).
// Never reads sender names.
import { clockTime, isoFromDatetime, readText, type Direction, type RootResult, type SiteAdapter, type SiteItem } from './site-adapter.js';

const ROW = '[role="row"]';
const HEADING = 'h4, h5, h6, [role="heading"]';
/** The screen-reader heading on the user's own messages, in the UI languages the app shows most in our regions. */
const YOU_SENT = /^(?:you (?:sent|replied)|(?:anda|kamu) (?:mengirim|membalas)|bạn đã gửi|คุณส่งแล้ว|ipinadala mo|你已发送|你傳送了)/i;
const TEXT = '[dir="auto"]';
/** How many rows above a message are looked at for its run's heading and time row. */
const LOOK_BACK = 40;

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

/** The direction a row's own sender heading gives, or null when the row has none (a later row of a run). */
function headingDirection(row: Element): Direction | null {
  if (row.querySelector('[data-testid="outgoing_message"]')) return 'outgoing';
  let found = false;
  for (const heading of row.querySelectorAll(HEADING)) {
    const text = (heading.textContent ?? '').trim();
    if (YOU_SENT.test(text)) return 'outgoing';
    if (text) found = true;
  }
  return found ? 'incoming' : null;
}

/** A row with no gridcell and no message text that shows a clock time: the time between runs. */
function rowTime(row: Element): string | undefined {
  if (row.querySelector('[role="gridcell"]') || row.querySelector(TEXT)) return undefined;
  return clockTime(row.textContent);
}

function readItem(el: Element): SiteItem | null {
  const cell = el.querySelector('[role="gridcell"]') ?? el;
  const parts: string[] = [];
  for (const node of cell.querySelectorAll(TEXT)) {
    if (node.parentElement?.closest(TEXT)) continue; // nested: already read with its parent
    if (node.closest(HEADING)) continue; // the sender heading
    const text = readText(node);
    if (text) parts.push(text);
  }
  const text = parts.join(' ').trim();
  if (!text) return null; // time rows, typing indicators, stickers
  let direction = headingDirection(el);
  let time = isoFromDatetime(el.querySelector('time[datetime]')?.getAttribute('datetime'));
  // A later row of a run: its heading and time row are above it.
  for (let row = el.previousElementSibling, n = 0; row && n < LOOK_BACK && (direction === null || time === undefined); row = row.previousElementSibling, n++) {
    const between = rowTime(row);
    if (between !== undefined) {
      time ??= between;
      break; // a time row starts the run: nothing above it belongs to this one
    }
    if (direction === null) direction = headingDirection(row);
  }
  const item: SiteItem = { kind: 'message', key: el.getAttribute('data-message-id') ?? null, text, direction: direction ?? 'incoming' };
  if (time) item.time = time;
  return item;
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
