// The popup's report for the current tab: verdict as word + icon + colour class with score, signs with quoted
// evidence, why they matter and rule id@rev in small print; plain words when there is nothing to show.
import { describe, expect, it } from 'vitest';
import { renderReport, reportHeadingKey, type ReportState } from '../../src/popup/render-report.js';
import { tabFromQuery, resolveTargetTab } from '../../src/popup/target-tab.js';
import type { Verdict } from '../../src/engine/types.js';
import type { TabReport } from '../../src/shared/messages.js';

const t = (key: string, sub?: string | string[]) => (sub === undefined ? `[${key}]` : `[${key}:${[sub].flat().join(',')}]`);
const HOSTILE = '<img src=x onerror="window.pwned=1">Telegram @hr';
const verdict: Verdict = {
  level: 'danger', score: 88.6, destinations: ['KH'],
  signals: [{
    rule: 'chat-app-contact', rev: 2, pack: 'core', category: 'channel', weight: 20, title: 'Asks you to move to a chat app',
    explanation: 'Recruiters move you to Telegram <b>to hide</b>.', advice: 'Ask for a company email.',
    evidence: [{ start: 0, end: HOSTILE.length, text: HOSTILE }],
  }],
};
const report = (extra: Partial<TabReport> = {}): TabReport => ({ url: 'https://jobs.example/1', kind: 'job-offer', verdict, checkedAt: 1, ...extra });

function render(state: ReportState): HTMLElement {
  const host = document.createElement('div');
  host.append(renderReport(document, state, t));
  return host;
}

describe('popup report', () => {
  it('shows the level as word, icon and colour class, the score, and each sign in full', () => {
    const host = render({ kind: 'report', report: report() });
    const level = host.querySelector('[data-testid="level"]')!;
    expect(level.getAttribute('data-level')).toBe('danger');
    expect(level.className).toContain('level-danger');
    expect(level.textContent).toBe('[levelDanger]');
    expect(level.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(host.querySelector('[data-testid="score"]')!.textContent).toBe('[popupScore:89]');
    const sign = host.querySelector('[data-testid="signals"] li')!;
    expect(sign.querySelector('strong')!.textContent).toBe('Asks you to move to a chat app');
    expect(sign.querySelector('q')!.textContent).toBe(HOSTILE);
    expect(sign.querySelector('.why')!.textContent).toBe('[popupWhyItMatters:Recruiters move you to Telegram <b>to hide</b>.]');
    expect(sign.querySelector('[data-testid="rule-source"]')!.textContent).toBe('[popupRuleSource:chat-app-contact@2,core]');
    expect(host.querySelector('img, b')).toBeNull();
  });

  it('shows the strongest three signs open and folds the rest, quoting each distinct evidence once', () => {
    const signal = verdict.signals[0]!;
    const many: Verdict = {
      ...verdict,
      signals: Array.from({ length: 5 }, (_, i) => ({ ...signal, rule: `r${i}`, evidence: [signal.evidence[0]!, signal.evidence[0]!] })),
    };
    const host = render({ kind: 'report', report: report({ verdict: many }) });
    expect(host.querySelectorAll('[data-testid="signals"] > li')).toHaveLength(3);
    const more = host.querySelector<HTMLDetailsElement>('details.more-signs')!;
    expect(more.open).toBe(false);
    expect(more.querySelector('summary')!.textContent).toBe('[popupMoreSigns:2]');
    expect(more.querySelectorAll('[data-testid="more-signals"] > li')).toHaveLength(2);
    expect(host.querySelector('[data-testid="signals"] > li')!.querySelectorAll('q')).toHaveLength(1);
  });

  it('names what was checked in the heading', () => {
    expect(reportHeadingKey({ kind: 'report', report: report() })).toBe('popupReportHeadingOffer');
    expect(reportHeadingKey({ kind: 'report', report: report({ kind: 'selection' }) })).toBe('popupReportHeadingSelection');
    expect(reportHeadingKey({ kind: 'report', report: null })).toBe('popupReportHeadingPage');
  });

  it.each([
    [{ kind: 'report', report: null } as ReportState, '[popupNoReport]'],
    [{ kind: 'no-tab' } as ReportState, '[popupNoTab]'],
    [{ kind: 'unavailable', detail: 'the background did not answer' } as ReportState, '[popupReportUnavailable:the background did not answer]'],
    [{ kind: 'report', report: report({ verdict: null, problem: 'extract-failed' }) } as ReportState, '[popupProblemExtractFailed]'],
    [{ kind: 'report', report: report({ verdict: null, problem: 'worker-unreachable' }) } as ReportState, '[popupProblemWorkerUnreachable]'],
    [{ kind: 'report', report: report({ verdict: null, problem: 'text-too-long' }) } as ReportState, '[popupProblemTextTooLong]'],
  ])('says in plain words what happened (%j)', (state, text) => {
    const host = render(state);
    expect(host.textContent).toBe(text);
    expect(host.querySelector('[data-testid="level"]')).toBeNull();
  });

  it('on an allowed or paused site says so, with the findings folded away', () => {
    for (const [suppressed, key] of [['site-allowed', '[popupSuppressedAllowed]'], ['site-paused', '[popupSuppressedPaused]']] as const) {
      const host = render({ kind: 'report', report: report({ suppressed }) });
      expect(host.querySelector('[data-testid="report-suppressed"]')!.textContent).toBe(key);
      const details = host.querySelector('details')!;
      expect(details.open).toBe(false);
      expect(details.querySelector('[data-testid="signals"]')).not.toBeNull();
    }
  });

  it('says nothing was found on a clean page', () => {
    const host = render({ kind: 'report', report: report({ verdict: { level: 'none', score: 0, signals: [], destinations: [] } }) });
    expect(host.textContent).toContain('[popupNoSignsPage]');
  });
});

describe('target tab', () => {
  it('takes ?tab=ID only when it is a whole number', () => {
    expect(tabFromQuery('?tab=42')).toBe(42);
    for (const search of ['', '?tab=', '?tab=-1', '?tab=1.5', '?tab=abc', '?tab=99999999999']) expect(tabFromQuery(search), search).toBeNull();
  });

  it('otherwise uses the active tab, and null when there is none', async () => {
    expect(await resolveTargetTab('?tab=7', async () => ({ id: 1 }))).toBe(7);
    expect(await resolveTargetTab('', async () => ({ id: 1 }))).toBe(1);
    expect(await resolveTargetTab('', async () => undefined)).toBeNull();
    expect(await resolveTargetTab('', async () => { throw new Error('no tabs'); })).toBeNull();
  });
});
