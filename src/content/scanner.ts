// Reads a site adapter's root incrementally: a MutationObserver on the root only queues records; idle-time
// batches, each within a time budget, turn them into item elements, read them through the adapter and
// de-duplicate them by element and by text hash. The first scan reads only the newest items in full (older
// ones are marked as seen), and items that appear before the newest known one (history scrolled in) are
// flagged so they are never scored again. Never changes the page, never sends or logs what it reads.
import type { SiteAdapter, SiteItem } from './sites/site-adapter.js';
import type { IdleDeadlineLike, IdleScheduler } from './idle-scheduler.js';
import { hashText } from './text-hash.js';

export interface ScannedItem {
  el: Element;
  item: SiteItem;
  /** Opaque id: a hash of the app's key, or of the text when the app has none. */
  id: string;
  /** Appeared before the newest known item: older history that scrolled in. */
  history: boolean;
  /** An item seen before whose text changed (an edited message, a job pane showing new content). */
  changed: boolean;
}

export interface ScannerOptions {
  root: Element;
  adapter: Pick<SiteAdapter, 'itemSelector' | 'readItem'>;
  /** How many of the newest items the first scan reads in full; older ones are only marked as seen. */
  initialLimit: number;
  schedule: IdleScheduler;
  /** Most milliseconds one idle batch may take. */
  budgetMs?: number;
  now: () => number;
  createObserver: (callback: (records: MutationRecord[]) => void) => Pick<MutationObserver, 'observe' | 'disconnect'>;
  /** Once, when the first scan is complete: the items it read, oldest first. */
  onInitial: (items: ScannedItem[]) => void;
  /** After each later batch that found new, changed or history items, in page order. */
  onItems: (items: ScannedItem[]) => void;
  /** At the start of every batch (the caller checks for a switched chat or a new route here). */
  onBatch?: () => void;
}

export interface Scanner {
  stop(): void;
  /** Records waiting in the queue plus elements waiting to be read (for tests and benchmarks). */
  pending(): number;
}

/** Items are de-duplicated by id over at most this many ids; the oldest are forgotten first. */
const MAX_IDS = 20_000;
const DEFAULT_BUDGET_MS = 8;
const OWN_TAG = /^LUREGUARD-/;

export function itemId(item: SiteItem): string {
  if (item.key) return `k${hashText(item.key)}`;
  return `t${hashText(`${item.kind === 'message' ? `${item.direction}|${item.time ?? ''}` : 'post'}|${item.text}`)}`;
}

const textHash = (item: SiteItem) => hashText(`${item.kind === 'message' ? item.direction : 'post'}|${item.text}`);

export function createScanner(options: ScannerOptions): Scanner {
  const { root, adapter } = options;
  const selector = adapter.itemSelector;
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const records: MutationRecord[] = [];
  const waiting: Element[] = [];
  const waitingSet = new Set<Element>();
  /** Element de-duplication: the text hash each element had when it was last read ('' when it held no item). */
  const readHash = new WeakMap<Element, string>();
  /** Older elements the first scan only marked as seen. */
  const marked = new WeakSet<Element>();
  /** Text-hash de-duplication across elements (virtual lists re-create elements): id → text hash. */
  const idHash = new Map<string, string>();
  let newest: Element | null = null;
  let initial: ScannedItem[] | null = [];
  let handle: number | null = null;
  let stopped = false;

  const observer = options.createObserver((list) => {
    // Only queue: all reading happens later, in idle time.
    for (const record of list) records.push(record);
    request();
  });

  function request(): void {
    if (handle === null && !stopped) handle = options.schedule.request(run);
  }

  function enqueue(el: Element): void {
    if (waitingSet.has(el)) return;
    waitingSet.add(el);
    waiting.push(el);
  }

  function ownerItem(node: Node): Element | null {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const owner = el?.closest(selector) ?? null;
    return owner !== null && root.contains(owner) ? owner : null;
  }

  /** Turns one mutation record into the item elements it touched. */
  function expand(record: MutationRecord): void {
    const owner = ownerItem(record.target);
    if (owner) enqueue(owner);
    for (const node of record.addedNodes) {
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (OWN_TAG.test(el.tagName)) continue;
      if (el.matches(selector)) enqueue(el);
      else if (el.firstElementChild) for (const inner of el.querySelectorAll(selector)) enqueue(inner);
    }
  }

  function isBeforeNewest(el: Element): boolean {
    if (newest === null || newest === el) return false;
    if (!newest.isConnected) return false;
    return (newest.compareDocumentPosition(el) & 2 /* PRECEDING */) !== 0;
  }

  function read(el: Element, found: ScannedItem[]): void {
    if (!el.isConnected || !root.contains(el)) return;
    const item = adapter.readItem(el);
    if (item === null) {
      readHash.set(el, '');
      return;
    }
    const hash = textHash(item);
    if (readHash.get(el) === hash) return; // this element, unchanged
    const knownElement = readHash.has(el) || marked.has(el);
    readHash.set(el, hash);
    const id = itemId(item);
    const before = idHash.get(id);
    if (before === hash) return; // the same item in a re-created element
    idHash.set(id, hash);
    if (idHash.size > MAX_IDS) idHash.delete(idHash.keys().next().value as string);
    const history = initial === null && (marked.has(el) || isBeforeNewest(el));
    if (!history && (newest === null || !newest.isConnected || !isBeforeNewest(el))) newest = el;
    found.push({ el, item, id, history, changed: before !== undefined || (knownElement && !marked.has(el)) });
  }

  function run(deadline: IdleDeadlineLike): void {
    handle = null;
    if (stopped) return;
    options.onBatch?.();
    if (stopped) return;
    const start = options.now();
    if (firstScan) collectPresent();
    const inBudget = () => options.now() - start < budget && deadline.timeRemaining() > 0;
    const found: ScannedItem[] = [];
    let done = 0;
    while ((records.length > 0 || waiting.length > 0) && (done === 0 || inBudget())) {
      done++;
      if (waiting.length === 0) {
        // Records become elements in order; a large history insert may give many at once.
        expand(records.shift()!);
        continue;
      }
      const el = waiting.shift()!;
      waitingSet.delete(el);
      read(el, found);
    }
    if (initial !== null) {
      initial.push(...found);
      if (waiting.length === 0 && records.length === 0) {
        const first = initial;
        initial = null;
        options.onInitial(first);
      }
    } else if (found.length > 0) {
      if (found.length > 1) found.sort((a, b) => (a.el.compareDocumentPosition(b.el) & 4 /* FOLLOWING */ ? -1 : 1));
      options.onItems(found);
    }
    if (records.length > 0 || waiting.length > 0) request();
  }

  /** First scan, in the first idle batch: every item element in the root; only the newest `initialLimit` are read in full. */
  let firstScan = true;
  function collectPresent(): void {
    firstScan = false;
    const present = root.matches(selector) ? [root] : Array.from(root.querySelectorAll(selector));
    const cut = Math.max(0, present.length - options.initialLimit);
    for (let i = 0; i < cut; i++) marked.add(present[i]!);
    for (let i = cut; i < present.length; i++) enqueue(present[i]!);
  }

  observer.observe(root, { childList: true, subtree: true });
  request();

  return {
    stop() {
      stopped = true;
      observer.disconnect();
      if (handle !== null) options.schedule.cancel(handle);
      handle = null;
      records.length = 0;
      waiting.length = 0;
      waitingSet.clear();
    },
    pending: () => records.length + waiting.length,
  };
}
