// Runs the site adapters of one page: picks the adapter for the current URL, finds its root (retrying while
// the app loads), reads it with a scanner into a chat or post session, and starts over when the route, the
// root or the open chat changes (a new address that shows the same root and chat, such as a job picked in a
// results list, keeps the session). When the root cannot be found it records the adapter as degraded and falls
// back to the generic extractor. stop() ends all work: observer, idle callbacks, timers and warnings.
// Takes the browser as parameters; never logs or stores page text.
import type { Send } from './check-page.js';
import type { Translate } from '../shared/localize-page.js';
import { MAX_CHAT_MESSAGES } from '../shared/messages.js';
import { createChatSession } from './chat-session.js';
import type { IdleScheduler } from './idle-scheduler.js';
import { createInlineWarning, type InlineWarningInput } from './inline-warning.js';
import { createPostSession } from './post-session.js';
import { createScanner, type Scanner, type ScannerOptions } from './scanner.js';
import type { SiteAdapter } from './sites/site-adapter.js';
import { hashText } from './text-hash.js';

export interface SiteRunnerDeps {
  adapters: readonly SiteAdapter[];
  doc: Document;
  /** The page's current address (single-page apps change it without loading). */
  href: () => string;
  send: Send;
  t: Translate;
  schedule: IdleScheduler;
  setTimer: (fn: () => void, ms: number) => number;
  clearTimer: (handle: number) => void;
  now: () => number;
  createObserver: ScannerOptions['createObserver'];
  /** Runs the generic job-offer extractor on the page (an adapter that cannot find its root falls back to it). */
  fallback: (mode: 'chat' | 'posts') => Promise<unknown>;
  shadowMode?: ShadowRootMode;
  /** How long the root may stay unrecognised before the adapter counts as degraded. */
  graceMs?: number;
  /** How often the route, the root and the open chat are checked between batches. */
  checkEveryMs?: number;
}

export type RunnerPhase = 'idle' | 'locating' | 'waiting' | 'reading' | 'degraded' | 'stopped';

export interface SiteRunner {
  start(): void;
  stop(): void;
  /** Checks the route, root and chat now (done every checkEveryMs; the route also before every batch). */
  check(): void;
  /** What it is doing, for tests: the phase, the adapter and the (hashed) chat id. */
  state(): { phase: RunnerPhase; site: string | null; chatId: string | null };
  /** Resolves when the current session has no report in flight (for tests). */
  settled(): Promise<void>;
}

export const DEFAULT_GRACE_MS = 15_000;
const DEFAULT_CHECK_MS = 1_000;

interface Session {
  initial(items: Parameters<ScannerOptions['onInitial']>[0]): void;
  add(items: Parameters<ScannerOptions['onItems']>[0]): void;
  settled(): Promise<void>;
  stop(): void;
}

export function createSiteRunner(deps: SiteRunnerDeps): SiteRunner {
  const grace = deps.graceMs ?? DEFAULT_GRACE_MS;
  const every = deps.checkEveryMs ?? DEFAULT_CHECK_MS;
  let phase: RunnerPhase = 'idle';
  let href = '';
  let url: URL | null = null;
  let adapter: SiteAdapter | null = null;
  let since = 0;
  let delay = 250;
  let root: Element | null = null;
  let rawChatId = '';
  let chatKey: string | null = null;
  let scanner: Scanner | null = null;
  let session: Session | null = null;
  let locateTimer: number | null = null;
  let checkTimer: number | null = null;
  /** Status already recorded in this page, per site (one message each way per page at most). */
  const statusSent = new Map<string, 'ok' | 'degraded'>();
  const fellBack = new Set<string>();

  function status(site: string, value: 'ok' | 'degraded'): void {
    if (statusSent.get(site) === value) return;
    statusSent.set(site, value);
    try {
      deps.send('report-adapter-status', value === 'ok' ? { site, status: value } : { site, status: value, detail: 'root-not-found' }).catch(() => undefined);
    } catch {
      // The extension was reloaded: nothing to tell.
    }
  }

  function teardown(): void {
    scanner?.stop();
    session?.stop();
    scanner = null;
    session = null;
    root = null;
    chatKey = null;
    if (locateTimer !== null) deps.clearTimer(locateTimer);
    locateTimer = null;
  }

  function later(ms: number): void {
    if (locateTimer !== null) deps.clearTimer(locateTimer);
    locateTimer = deps.setTimer(() => {
      locateTimer = null;
      locate();
    }, ms);
  }

  function route(): void {
    teardown();
    href = deps.href();
    try {
      url = new URL(href);
    } catch {
      url = null;
    }
    adapter = url ? (deps.adapters.find((a) => a.handles(url!)) ?? null) : null;
    since = deps.now();
    delay = 250;
    if (!adapter) {
      phase = 'idle';
      return;
    }
    locate();
  }

  function locate(): void {
    if (phase === 'stopped' || !adapter || !url) return;
    let found: ReturnType<SiteAdapter['findRoot']>;
    try {
      found = adapter.findRoot(deps.doc, url);
    } catch {
      found = null;
    }
    if (found !== null && found !== 'waiting') {
      attach(found);
      return;
    }
    if (found === 'waiting') {
      phase = 'waiting';
      since = deps.now(); // the grace period counts from when the app stops showing a known waiting state
      later(every);
      return;
    }
    if (deps.now() - since < grace) {
      if (phase !== 'degraded') phase = 'locating';
      later(delay);
      delay = Math.min(delay * 2, every);
      return;
    }
    degrade(adapter);
    later(every * 2); // the app may still show its root later
  }

  function degrade(failed: SiteAdapter): void {
    phase = 'degraded';
    status(failed.id, 'degraded');
    if (fellBack.has(href)) return;
    fellBack.add(href);
    deps.fallback(failed.mode(url!)).catch(() => undefined);
  }

  function attach(found: Element): void {
    teardown();
    const current = adapter!;
    const at = url!;
    const mode = current.mode(at);
    root = found;
    rawChatId = safeChatId(current, found, at);
    chatKey = `c${hashText(`${current.id}|${rawChatId}`)}`;
    status(current.id, 'ok');
    const createWarning = (input: InlineWarningInput, onDismiss: () => void) =>
      createInlineWarning(input, { doc: deps.doc, t: deps.t, mode: deps.shadowMode ?? 'closed', onDismiss });
    const placeWarning = (el: Element, warning: Element) => {
      try {
        current.placeWarning(el, warning);
      } catch {
        // The app moved the element meanwhile: no warning rather than a broken page.
      }
    };
    const pageUrl = () => deps.href();
    session = mode === 'chat'
      ? createChatSession({ site: current.id, chatId: chatKey, url: pageUrl, send: deps.send, createWarning, placeWarning })
      : (() => {
          const posts = createPostSession({ url: pageUrl, send: deps.send, createWarning, placeWarning });
          return { initial: posts.add, add: posts.add, settled: posts.settled, stop: posts.stop };
        })();
    const active = session;
    phase = 'reading';
    scanner = createScanner({
      root: found,
      adapter: current,
      initialLimit: mode === 'chat' ? MAX_CHAT_MESSAGES : Number.POSITIVE_INFINITY,
      schedule: deps.schedule,
      now: deps.now,
      createObserver: deps.createObserver,
      onInitial: (items) => active.initial(items),
      onItems: (items) => active.add(items),
      onBatch: quickCheck,
    });
  }

  function safeChatId(a: SiteAdapter, r: Element, at: URL): string {
    try {
      return a.chatId(r, at);
    } catch {
      return '';
    }
  }

  /** A new address that still shows the same root and chat (a job picked in a results list): keep reading. */
  function sameView(next: string): boolean {
    if (phase !== 'reading' || !adapter || !root?.isConnected) return false;
    let at: URL;
    try {
      at = new URL(next);
      if (deps.adapters.find((a) => a.handles(at)) !== adapter || adapter.findRoot(deps.doc, at) !== root) return false;
    } catch {
      return false;
    }
    if (safeChatId(adapter, root, at) !== rawChatId) return false;
    href = next;
    url = at;
    return true;
  }

  function check(): void {
    if (phase === 'stopped') return;
    const next = deps.href();
    if (next !== href) {
      if (!sameView(next)) route();
      return;
    }
    if (phase !== 'reading' || !adapter || !url || !root) return;
    let current: ReturnType<SiteAdapter['findRoot']> = null;
    try {
      current = adapter.findRoot(deps.doc, url);
    } catch {
      current = null;
    }
    if (current !== root || !root.isConnected) {
      // The app replaced its root (another chat opened, or it re-rendered): read the new one.
      teardown();
      locate();
      return;
    }
    if (safeChatId(adapter, root, url) !== rawChatId) attach(root);
  }

  /** Before each batch: only what is cheap (the route, a detached root); the timer does the full check. */
  function quickCheck(): void {
    if (deps.href() !== href || !root?.isConnected) check();
  }

  function tick(): void {
    checkTimer = deps.setTimer(tick, every);
    check();
  }

  return {
    start() {
      if (phase !== 'idle' && phase !== 'stopped') return;
      phase = 'idle';
      route();
      if (checkTimer === null) checkTimer = deps.setTimer(tick, every);
    },
    stop() {
      phase = 'stopped';
      teardown();
      if (checkTimer !== null) deps.clearTimer(checkTimer);
      checkTimer = null;
    },
    check,
    state: () => ({ phase, site: adapter?.id ?? null, chatId: chatKey }),
    settled: async () => {
      await session?.settled();
    },
  };
}
