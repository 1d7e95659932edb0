// Tab reports live in storage.session under one key per tab; a corrupt stored report reads as none.
import { describe, expect, it } from 'vitest';
import { createTabReports, isTabReport, tabReportKey, type TabReportStorage } from '../../src/background/tab-reports.js';
import type { TabReport } from '../../src/shared/messages.js';

function sessionStorage(initial: Record<string, unknown> = {}): TabReportStorage & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = { ...initial };
  const keysOf = (keys: string | string[] | null) => (keys === null ? Object.keys(data) : [keys].flat());
  return {
    data,
    get: async (keys) => Object.fromEntries(keysOf(keys).filter((k) => k in data).map((k) => [k, structuredClone(data[k])])),
    set: async (items) => void Object.assign(data, structuredClone(items)),
    remove: async (keys) => [keys].flat().forEach((k) => delete data[k]),
  };
}

const REPORT: TabReport = {
  url: 'https://jobs.example/1', kind: 'job-offer', checkedAt: 5,
  verdict: { level: 'warning', score: 60, signals: [], destinations: ['KH'] },
};

describe('tab reports', () => {
  it('store, read, list and remove a report per tab', async () => {
    const storage = sessionStorage({ unrelated: 1 });
    const reports = createTabReports(storage);
    await reports.set(3, REPORT);
    await reports.set(4, { ...REPORT, verdict: null, problem: 'extract-failed' });
    expect(storage.data[tabReportKey(3)]).toEqual(REPORT);
    expect(await reports.get(3)).toEqual(REPORT);
    expect([...(await reports.all()).keys()]).toEqual([3, 4]);
    await reports.remove(3);
    expect(await reports.get(3)).toBeNull();
    expect(storage.data.unrelated).toBe(1);
  });

  it.each([
    ['not an object', 'x'],
    ['no url', { ...REPORT, url: undefined }],
    ['unknown kind', { ...REPORT, kind: 'webpage' }],
    ['unknown problem', { ...REPORT, problem: 'oops' }],
    ['unknown suppression', { ...REPORT, suppressed: 'yes' }],
    ['verdict with an unknown level', { ...REPORT, verdict: { ...REPORT.verdict, level: 'extreme' } }],
    ['verdict without signals', { ...REPORT, verdict: { level: 'none', score: 0, destinations: [] } }],
  ])('reads a corrupt report (%s) as no report', async (_name, stored) => {
    const reports = createTabReports(sessionStorage({ [tabReportKey(1)]: stored }));
    expect(await reports.get(1)).toBeNull();
    expect(isTabReport(stored)).toBe(false);
  });
});
