// The toolbar badge per tab: "!" at warning and "!!" at danger with a colour, empty text at caution and
// below (the tooltip still tells), empty on allowed or paused sites; a closed tab is not an error.
import { describe, expect, it, vi } from 'vitest';
import { applyBadge, badgeFor, type BadgeAction } from '../../src/background/tab-badge.js';
import type { Level } from '../../src/engine/types.js';
import type { TabReport } from '../../src/shared/messages.js';

const t = (key: string) => `[${key}]`;
const report = (level: Level, extra: Partial<TabReport> = {}): TabReport => ({
  url: 'https://jobs.example/', kind: 'job-offer', checkedAt: 1, verdict: { level, score: 1, signals: [], destinations: [] }, ...extra,
});

describe('badgeFor', () => {
  it('shows text and colour only at warning and danger', () => {
    expect(badgeFor(report('danger'), t)).toEqual({ text: '!!', color: '#b3261e', title: '[badgeTitleDanger]' });
    expect(badgeFor(report('warning'), t)).toEqual({ text: '!', color: '#b45309', title: '[badgeTitleWarning]' });
  });

  it('keeps the text empty at caution and none, but says what was found in the tooltip', () => {
    expect(badgeFor(report('caution'), t)).toEqual({ text: '', title: '[badgeTitleCaution]' });
    expect(badgeFor(report('none'), t)).toEqual({ text: '', title: '[badgeTitleNone]' });
  });

  it('is empty for no report, a problem, and allowed or paused sites', () => {
    expect(badgeFor(null, t)).toEqual({ text: '', title: '[actionTitle]' });
    expect(badgeFor({ ...report('none'), verdict: null, problem: 'extract-failed' }, t)).toEqual({ text: '', title: '[badgeTitleProblem]' });
    expect(badgeFor(report('danger', { suppressed: 'site-allowed' }), t)).toEqual({ text: '', title: '[badgeTitleAllowed]' });
    expect(badgeFor(report('danger', { suppressed: 'site-paused' }), t)).toEqual({ text: '', title: '[badgeTitlePaused]' });
  });

  it('falls back to the product name when a translation is missing', () => {
    expect(badgeFor(report('warning'), () => '').title).toBe('Lureguard');
  });
});

describe('applyBadge', () => {
  function action(): BadgeAction & { calls: unknown[][] } {
    const calls: unknown[][] = [];
    const record = (name: string) => vi.fn(async (details: unknown) => void calls.push([name, details]));
    return {
      calls,
      setBadgeText: record('text'),
      setBadgeBackgroundColor: record('color'),
      setBadgeTextColor: record('textColor'),
      setTitle: record('title'),
    };
  }

  it('sets colour, text and title for that tab only', async () => {
    const a = action();
    await applyBadge(a, 9, { text: '!!', color: '#b3261e', title: 'T' });
    expect(a.calls).toEqual([
      ['color', { tabId: 9, color: '#b3261e' }],
      ['textColor', { tabId: 9, color: '#ffffff' }],
      ['text', { tabId: 9, text: '!!' }],
      ['title', { tabId: 9, title: 'T' }],
    ]);
  });

  it('clears the text without touching the colour', async () => {
    const a = action();
    await applyBadge(a, 9, { text: '', title: 'T' });
    expect(a.calls).toEqual([['text', { tabId: 9, text: '' }], ['title', { tabId: 9, title: 'T' }]]);
  });

  it('ignores a tab that closed meanwhile', async () => {
    const a = action();
    a.setBadgeText = async () => { throw new Error('No tab with id: 9.'); };
    await expect(applyBadge(a, 9, { text: '', title: 'T' })).resolves.toBeUndefined();
  });
});
