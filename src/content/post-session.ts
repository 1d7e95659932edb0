// Job posts of one list or job page: each post is scored alone, one at a time. The first post of the list,
// and later any post worse than the worst reported so far, goes to the background as `report-page` (so the
// tab's badge and popup show the worst post on screen); other posts are scored with `score-text` only and
// take the banner settings from the last report. A post that warrants it gets an inline warning next to
// it. Never logs or stores post text.
import type { Level, Verdict } from '../engine/types.js';
import type { BannerDecision } from '../shared/messages.js';
import type { Send } from './check-page.js';
import type { InlineWarningHandle, InlineWarningInput } from './inline-warning.js';
import type { ScannedItem } from './scanner.js';

const ORDER: readonly Level[] = ['none', 'caution', 'warning', 'danger'];
const rank = (level: Level) => ORDER.indexOf(level);
/** Longest post text sent for scoring. */
export const MAX_POST_CHARS = 100_000;

export interface PostSessionDeps {
  url: () => string;
  send: Send;
  createWarning: (input: InlineWarningInput, onDismiss: () => void) => InlineWarningHandle;
  placeWarning: (itemEl: Element, warning: Element) => void;
}

export interface PostSession {
  add(items: readonly ScannedItem[]): void;
  settled(): Promise<void>;
  stop(): void;
}

/** Whether a verdict warrants a warning under the settings of an earlier decision on this site. */
export function decisionFor(verdict: Verdict, earlier: BannerDecision): BannerDecision {
  if (earlier.reason === 'site-allowed' || earlier.reason === 'site-paused') return { ...earlier, show: false };
  const show = rank(verdict.level) >= rank(earlier.minLevel);
  return show ? { show, minLevel: earlier.minLevel, help: earlier.help } : { show, reason: 'below-level', minLevel: earlier.minLevel, help: earlier.help };
}

export function createPostSession(deps: PostSessionDeps): PostSession {
  const queue: ScannedItem[] = [];
  /** One warning per post element (a job pane showing another job keeps its element). */
  const warnings = new Map<Element, InlineWarningHandle>();
  const dismissed = new Set<string>();
  let reportedId: string | null = null;
  let reportedEl: Element | null = null;
  let worst: Level | null = null;
  let lastDecision: BannerDecision | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  async function scoreOne(s: ScannedItem): Promise<void> {
    if (s.item.kind !== 'post') return;
    const text = s.item.text.slice(0, MAX_POST_CHARS);
    const title = s.item.title;
    const report = () => deps.send('report-page', { url: deps.url(), kind: 'job-offer', text, ...(title ? { title } : {}) });
    // The reported post itself (also when its element now shows changed text) is always reported again.
    const again = reportedId === s.id || (s.changed && reportedEl === s.el);
    let verdict: Verdict;
    let decision: BannerDecision;
    let reported = false;
    if (lastDecision === null || worst === null || again) {
      ({ verdict, banner: decision } = await report());
      reported = true;
    } else {
      ({ verdict } = await deps.send('score-text', { text }));
      if (rank(verdict.level) > rank(worst)) {
        ({ verdict, banner: decision } = await report());
        reported = true;
      } else {
        decision = decisionFor(verdict, lastDecision);
      }
    }
    if (stopped) return;
    if (reported) {
      lastDecision = decision;
      reportedId = s.id;
      reportedEl = s.el;
      worst = verdict.level;
    }
    show(s, verdict, decision);
  }

  function show(s: ScannedItem, verdict: Verdict, decision: BannerDecision): void {
    const current = warnings.get(s.el);
    if (!decision.show || dismissed.has(s.id) || !s.el.isConnected) {
      current?.remove();
      warnings.delete(s.el);
      return;
    }
    const input: InlineWarningInput = { level: verdict.level, origin: 'post', signals: verdict.signals, help: decision.help };
    if (current?.host.isConnected) {
      current.update(input);
      return;
    }
    const handle = deps.createWarning(input, () => {
      dismissed.add(s.id);
      warnings.delete(s.el);
    });
    deps.placeWarning(s.el, handle.host);
    warnings.set(s.el, handle);
  }

  function drain(): void {
    if (running || stopped) return;
    running = (async () => {
      while (queue.length > 0 && !stopped) {
        try {
          await scoreOne(queue.shift()!);
        } catch {
          // The background did not answer: the post stays unmarked.
        }
      }
    })().finally(() => {
      running = null;
      if (queue.length > 0 && !stopped) drain();
    });
  }

  return {
    add(items) {
      for (const s of items) {
        if (s.item.kind !== 'post') continue;
        const i = queue.findIndex((q) => q.el === s.el || q.id === s.id);
        if (i !== -1) queue.splice(i, 1);
        queue.push(s);
      }
      drain();
    },
    settled: async () => {
      while (running) await running;
    },
    stop() {
      stopped = true;
      queue.length = 0;
      for (const handle of warnings.values()) handle.remove();
      warnings.clear();
    },
  };
}
