// Site adapter for WhatsApp Web (web.whatsapp.com): the open conversation in #main, one item per message.
// Fixture: test/fixtures/sites/whatsapp.html, an APPROXIMATION written from general knowledge of the app's
// DOM (#main, role="application" list, data-id="true_|false_<chat>_<id>", data-pre-plain-text), not saved
// from the live app. Relies on ids, roles and data attributes, never on its generated class names.
// Reads only; the sender's name in data-pre-plain-text is never read (only the clock time).
import { clockTime, readText, type RootResult, type SiteAdapter, type SiteItem } from './site-adapter.js';

const MESSAGE = '[data-id^="true_"], [data-id^="false_"]';
/** Where the message text sits: WhatsApp marks it selectable (copyable-text is the whole bubble). */
const TEXT = '.selectable-text';

function findRoot(doc: Document): RootResult {
  const main = doc.getElementById('main');
  if (main) return main.querySelector('[role="application"]') ?? main;
  // No conversation open yet: the chat list or the QR login screen is showing, and no message is anywhere.
  const shell = doc.getElementById('side') ?? doc.getElementById('pane-side') ?? doc.querySelector('[data-ref] canvas, canvas[aria-label]');
  if (shell && !doc.querySelector(MESSAGE)) return 'waiting';
  return null;
}

/** The chat part of a message id: "false_<chat>@c.us_<message>" → "<chat>@c.us". */
function chatOf(dataId: string | null): string | null {
  if (!dataId) return null;
  const parts = dataId.split('_');
  return parts.length >= 3 ? parts[1]! : null;
}

function readItem(el: Element): SiteItem | null {
  const dataId = el.getAttribute('data-id');
  if (!dataId) return null;
  const textEl = el.querySelector(TEXT);
  const text = readText(textEl);
  if (!text) return null; // media without caption, deleted messages, system notes
  const stamp = el.querySelector('[data-pre-plain-text]')?.getAttribute('data-pre-plain-text');
  const time = clockTime(stamp?.slice(0, stamp.indexOf(']') + 1));
  const item: SiteItem = { kind: 'message', key: dataId, text, direction: dataId.startsWith('true_') ? 'outgoing' : 'incoming' };
  if (time) item.time = time;
  return item;
}

export const whatsapp: SiteAdapter = {
  id: 'whatsapp',
  handles: (url) => url.hostname === 'web.whatsapp.com',
  mode: () => 'chat',
  findRoot,
  chatId: (root) => chatOf(root.querySelector(MESSAGE)?.getAttribute('data-id') ?? null) ??
    (root.closest('#main') ?? root).querySelector('header [title]')?.getAttribute('title') ?? '',
  itemSelector: MESSAGE,
  readItem,
  placeWarning: (itemEl, warning) => (itemEl.closest('[role="row"]') ?? itemEl).after(warning),
};
