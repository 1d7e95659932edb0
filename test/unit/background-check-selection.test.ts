// "Check this text with Lureguard": scores the (capped) selection, keeps the verdict as the tab report with a
// badge, and asks the content script to show it; a page without a content script is not an error.
import { describe, expect, it, vi } from 'vitest';
import { createSelectionChecker, MAX_SELECTION_LENGTH, type SelectionCheckDeps } from '../../src/background/check-selection.js';
import type { TabReports } from '../../src/background/tab-reports.js';
import type { Verdict } from '../../src/engine/types.js';
import type { TabReport } from '../../src/shared/messages.js';

const SECRET = 'selected secret ZQX-4417';
const verdict: Verdict = { level: 'caution', score: 30, signals: [], destinations: [] };

function setup(reply: () => Promise<unknown> = async () => ({ shown: true })) {
  const data = new Map<number, TabReport>();
  const reports: TabReports = {
    get: async (id) => data.get(id) ?? null,
    all: async () => new Map(data),
    set: async (id, r) => void data.set(id, r),
    remove: async (id) => void data.delete(id),
  };
  const score = vi.fn((_p: unknown, _text: string) => verdict);
  const sendToTab = vi.fn(async (..._args: unknown[]) => reply());
  const showBadge = vi.fn(async () => {});
  const deps: SelectionCheckDeps<unknown> = {
    getPack: async () => ({ compiled: {} }),
    score,
    getSettings: async () => ({ country: 'VN', language: 'auto', bannerLevel: 'danger', allowedSites: ['jobs.example'], pausedSites: [] }),
    browserLanguage: () => 'vi',
    hotlines: [],
    now: () => 7,
    reports,
    showBadge,
    sendToTab,
  };
  return { data, score, sendToTab, showBadge, check: createSelectionChecker(deps) };
}

describe('check selection', () => {
  it('scores the selection, keeps the report and shows the result in the page (even below the banner level, on an allowed site)', async () => {
    const { data, score, sendToTab, showBadge, check } = setup();
    const result = await check({ selectionText: SECRET, pageUrl: 'https://jobs.example/x', frameId: 2 }, { id: 4 });
    expect(result).toEqual({ verdict, shown: true });
    expect(score.mock.calls[0]![1]).toBe(SECRET);
    const report = { url: 'https://jobs.example/x', kind: 'selection', verdict, checkedAt: 7 };
    expect(data.get(4)).toEqual(report);
    expect(showBadge).toHaveBeenCalledWith(4, report);
    expect(sendToTab).toHaveBeenCalledWith(4, {
      type: 'show-verdict', verdict, origin: 'selection', banner: { show: true, minLevel: 'danger', help: [] },
    }, 2);
    expect(JSON.stringify([...data])).not.toContain(SECRET);
  });

  it(`checks at most ${MAX_SELECTION_LENGTH} characters`, async () => {
    const { score, check } = setup();
    await check({ selectionText: 'a'.repeat(MAX_SELECTION_LENGTH + 50) }, { id: 1 });
    expect(score.mock.calls[0]![1]).toHaveLength(MAX_SELECTION_LENGTH);
  });

  it('accepts the content script answering inside a Reply envelope', async () => {
    const { check } = setup(async () => ({ ok: true, value: { shown: true } }));
    expect((await check({ selectionText: 'x' }, { id: 1 })).shown).toBe(true);
  });

  it('keeps the report when the page has no content script to show it', async () => {
    const { data, check } = setup(async () => { throw new Error('Could not establish connection. Receiving end does not exist.'); });
    expect(await check({ selectionText: 'x', pageUrl: 'https://a.example/' }, { id: 3 })).toEqual({ verdict, shown: false });
    expect(data.get(3)?.verdict).toBe(verdict);
  });

  it('does nothing without a tab or with an empty selection', async () => {
    const { score, check } = setup();
    expect(await check({ selectionText: 'x' }, undefined)).toEqual({ verdict: null, shown: false });
    expect(await check({ selectionText: '   ' }, { id: 1 })).toEqual({ verdict: null, shown: false });
    expect(score).not.toHaveBeenCalled();
  });
});
