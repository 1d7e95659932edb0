// The one contract every site adapter implements: find the conversation or list root, read its items (a
// message with direction and time when the app shows them, or a job post), name the open chat, and place
// an inline warning. Types and tiny DOM-reading helpers only: an adapter never sends, stores or logs what
// it reads, and never changes the page except to insert the warning element it is given.

export type Direction = 'incoming' | 'outgoing';

/** One chat message as the app shows it. */
export interface MessageItem {
  kind: 'message';
  /** The app's own stable id for the message (a data attribute), or null when it has none. */
  key: string | null;
  text: string;
  direction: Direction;
  /** ISO 8601: a full date-time, or only the clock time ("14:05") when the app shows no date. */
  time?: string;
}

/** One job post (a feed post, a listing or the job shown on a job page). */
export interface PostItem {
  kind: 'post';
  key: string | null;
  text: string;
  title?: string;
}

export type SiteItem = MessageItem | PostItem;

/** What findRoot found: the root element, 'waiting' (nothing to read yet: login screen, no chat open) or null (not recognised). */
export type RootResult = Element | 'waiting' | null;

export interface SiteAdapter {
  /** Site id used in messages and options: lower-case letters, digits and dashes. */
  readonly id: string;
  /** True when this adapter reads the page at this URL (single-page apps change route without loading). */
  handles(url: URL): boolean;
  /** 'chat': one conversation at a time, scored as a window; 'posts': job posts, each scored alone. */
  mode(url: URL): 'chat' | 'posts';
  /** The conversation or list root. */
  findRoot(doc: Document, url: URL): RootResult;
  /** What the root shows (the open chat, the job, the group), so switching chats starts a new window. */
  chatId(root: Element, url: URL): string;
  /** CSS selector of one item element (a message row or a post) inside the root. */
  readonly itemSelector: string;
  /** Reads one item element; null for what is neither a message nor a post (date lines, system notes). */
  readItem(el: Element): SiteItem | null;
  /** Puts the inline warning next to an item element (the element is created by the caller). */
  placeWarning(itemEl: Element, warning: Element): void;
}

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SVG', 'svg', 'IMG']);

/**
 * Readable text of an element: text nodes only, whitespace collapsed, a space between blocks; skips
 * scripts, buttons (also role="button"), images, hidden parts, Lureguard's own elements and whatever
 * matches `skip` (a message's time or reactions).
 */
export function readText(el: Element | null | undefined, max = 8000, skip?: string): string {
  if (!el) return '';
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child !== null && length < max; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        parts.push(data);
        length += data.length;
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (SKIP_TAGS.has(element.tagName) || element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') continue;
        if (element.getAttribute('role') === 'button') continue; // "See more", reactions
        if (element.tagName.startsWith('LUREGUARD-') || (skip !== undefined && element.matches(skip))) continue;
        if (element.tagName === 'BR' || element.tagName === 'P' || element.tagName === 'DIV' || element.tagName === 'LI') parts.push(' ');
        walk(element);
      }
    }
  };
  walk(el);
  return parts.join('').replace(/\s+/g, ' ').trim().slice(0, max);
}

/** Readable text of the first element matching each selector, joined by line breaks (missing ones skipped). */
export function readFields(root: Element, selectors: readonly string[], max = 8000): string {
  const out: string[] = [];
  for (const selector of selectors) {
    const text = readText(root.querySelector(selector), max);
    if (text && !out.includes(text)) out.push(text);
  }
  return out.join('\n');
}

/** "14:05" from a clock time such as "2:05 PM", "14:05" or "14.05"; undefined when there is none. */
export function clockTime(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const m = /(\d{1,2})[:.](\d{2})(?:\s*([AaPp])\.?\s*[Mm]\.?)?/.exec(text);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const half = m[3]?.toLowerCase();
  if (half === 'p' && hour < 12) hour += 12;
  if (half === 'a' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** An ISO date-time from seconds since 1970 (Telegram's data-timestamp); undefined when not a number. */
export function isoFromSeconds(value: string | null | undefined): string | undefined {
  const seconds = Number(value);
  if (!value || !Number.isFinite(seconds) || seconds <= 0) return undefined;
  return new Date(seconds * 1000).toISOString();
}

/** An ISO date-time from a datetime attribute; undefined when it does not parse. */
export function isoFromDatetime(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * The root of a job search page: the element holding both the results list and the job pane beside it (the
 * page's main landmark when it holds both, else their nearest common ancestor), or the list alone.
 */
export function listRoot(list: Element, pane: Element | null): Element {
  const main = list.closest('main, [role="main"]');
  if (main && (!pane || main.contains(pane))) return main;
  let el: Element | null = list;
  while (pane && el && !el.contains(pane)) el = el.parentElement;
  return el ?? list;
}

/** What a search shows, for the chat id of a results list: the path and query without the selected job's parameters. */
export function searchKey(url: URL, ...selected: string[]): string {
  const params = new URLSearchParams(url.search);
  for (const name of selected) params.delete(name);
  params.sort();
  return `search:${url.pathname}?${params}`;
}

/** Inserts the warning right after an element (as its next sibling). */
export function placeAfter(el: Element, warning: Element): void {
  el.after(warning);
}
