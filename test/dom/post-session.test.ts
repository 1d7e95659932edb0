// A post session: the first post of a list goes to the background as `report-page` (the tab's report and
// badge), later posts are scored with `score-text` and reported only when worse than the worst so far;
// each post that warrants it gets its own inline warning, decided with the site's banner settings.
import { afterEach, describe, expect, it } from 'vitest';
import { INLINE_ATTRIBUTE, createInlineWarning } from '../../src/content/inline-warning.js';
import { createPostSession, decisionFor } from '../../src/content/post-session.js';
import type { ScannedItem } from '../../src/content/scanner.js';
import type { Level, Verdict } from '../../src/engine/types.js';
import type { BannerDecision } from '../../src/shared/messages.js';
import { signal, t } from './content-helpers.js';
import { recorder } from './scanner-helpers.js';

afterEach(() => document.body.replaceChildren());

const LEVEL_OF: Record<string, Level> = { scam: 'danger', dodgy: 'warning', meh: 'caution', fine: 'none' };
const verdictFor = (text: string): Verdict => {
  const level = LEVEL_OF[text.split(' ')[0]!] ?? 'none';
  return { level, score: 0, signals: level === 'none' ? [] : [signal('s', 20, [text])], destinations: [] };
};
const decision = (verdict: Verdict, settings: Partial<BannerDecision> = {}): BannerDecision =>
  decisionFor(verdict, { show: true, minLevel: 'warning', help: [], ...settings });

function post(id: string, text: string, opts: Partial<ScannedItem> = {}): ScannedItem {
  const el = document.createElement('article');
  el.textContent = text;
  document.body.append(el);
  return { el, id, history: false, changed: false, item: { kind: 'post', key: id, text, title: `title ${id}` }, ...opts };
}

function session(settings: Partial<BannerDecision> = {}) {
  const { calls, send } = recorder((call) => {
    const verdict = verdictFor(call.request.text as string);
    return call.type === 'score-text' ? { verdict } : { verdict, banner: decision(verdict, settings) };
  });
  const s = createPostSession({
    url: () => 'https://www.facebook.com/groups/1/',
    send,
    createWarning: (input, onDismiss) => createInlineWarning(input, { doc: document, t, mode: 'open', onDismiss }),
    placeWarning: (el, w) => el.append(w),
  });
  return { s, calls, kinds: () => calls.map((c) => `${c.type}:${(c.request.text as string).split(' ')[0]}`) };
}

const warningOf = (item: ScannedItem) => item.el.querySelector(`[${INLINE_ATTRIBUTE}]`);

describe('post session', () => {
  it('reports the first post as a job offer with its title, then scores others and reports only a worse one', async () => {
    const { s, calls, kinds } = session();
    s.add([post('1', 'meh one'), post('2', 'fine two'), post('3', 'scam three'), post('4', 'dodgy four')]);
    await s.settled();
    expect(kinds()).toEqual(['report-page:meh', 'score-text:fine', 'score-text:scam', 'report-page:scam', 'score-text:dodgy']);
    expect(calls[0]!.request).toEqual({ url: 'https://www.facebook.com/groups/1/', kind: 'job-offer', text: 'meh one', title: 'title 1' });
  });

  it('puts a warning on each post that warrants one, also on posts that were only scored', async () => {
    const { s } = session();
    const items = [post('1', 'scam one'), post('2', 'fine two'), post('3', 'dodgy three')];
    s.add(items);
    await s.settled();
    expect(items.map((i) => warningOf(i)?.getAttribute(INLINE_ATTRIBUTE) ?? null)).toEqual(['danger', null, 'warning']);
  });

  it('shows no warning on a site the user allowed', async () => {
    const { s } = session({ show: false, reason: 'site-allowed' });
    const items = [post('1', 'scam one'), post('2', 'scam two')];
    s.add(items);
    await s.settled();
    expect(items.map(warningOf)).toEqual([null, null]);
  });

  it('reports the reported post again when its text changes (a job pane showing the next job)', async () => {
    const { s, kinds } = session();
    const first = post('1', 'fine job');
    s.add([first]);
    await s.settled();
    s.add([{ ...first, id: '1b', changed: true, item: { kind: 'post', key: null, text: 'scam job' } }]);
    await s.settled();
    expect(kinds()).toEqual(['report-page:fine', 'report-page:scam']);
    expect(warningOf(first)?.getAttribute(INLINE_ATTRIBUTE)).toBe('danger');
  });

  it('stops: removes its warnings and scores nothing more', async () => {
    const { s, calls } = session();
    const item = post('1', 'scam one');
    s.add([item]);
    await s.settled();
    s.stop();
    s.add([post('2', 'scam two')]);
    await s.settled();
    expect(warningOf(item)).toBeNull();
    expect(calls).toHaveLength(1);
  });
});

describe('decisionFor', () => {
  it('follows the level threshold and the allow and pause lists of an earlier decision', () => {
    expect(decision(verdictFor('dodgy')).show).toBe(true);
    expect(decision(verdictFor('meh')).show).toBe(false);
    expect(decision(verdictFor('scam'), { minLevel: 'danger' }).show).toBe(true);
    expect(decision(verdictFor('scam'), { show: false, reason: 'site-paused' })).toMatchObject({ show: false, reason: 'site-paused' });
  });
});
