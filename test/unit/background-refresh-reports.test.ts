// Allowing or pausing a site updates the kept reports of open tabs on it (and their badges) straight away;
// removing it from the list brings the warning back. A selection check is never hidden.
import { describe, expect, it, vi } from 'vitest';
import { refreshReports } from '../../src/background/refresh-reports.js';
import type { TabReports } from '../../src/background/tab-reports.js';
import type { TabReport } from '../../src/shared/messages.js';
import type { Settings } from '../../src/shared/settings.js';

const verdict = { level: 'danger' as const, score: 90, signals: [], destinations: [] };

function setup(settings: Partial<Settings>) {
  const data = new Map<number, TabReport>([
    [1, { url: 'https://jobs.example/a', kind: 'job-offer', verdict, checkedAt: 1 }],
    [2, { url: 'https://other.example/', kind: 'job-offer', verdict, checkedAt: 1, suppressed: 'site-paused' }],
    [3, { url: 'https://jobs.example/b', kind: 'selection', verdict, checkedAt: 1 }],
  ]);
  const reports: TabReports = {
    get: async (id) => data.get(id) ?? null,
    all: async () => new Map(data),
    set: async (id, r) => void data.set(id, r),
    remove: async (id) => void data.delete(id),
  };
  const showBadge = vi.fn(async () => {});
  const getSettings = async (): Promise<Settings> => ({ country: null, language: 'auto', bannerLevel: 'warning', allowedSites: [], pausedSites: [], ...settings });
  return { data, showBadge, run: () => refreshReports({ reports, getSettings, showBadge }) };
}

describe('refreshReports', () => {
  it('marks reports on a newly allowed site and un-marks a site taken off the paused list', async () => {
    const { data, showBadge, run } = setup({ allowedSites: ['jobs.example'] });
    expect(await run()).toBe(2);
    expect(data.get(1)?.suppressed).toBe('site-allowed');
    expect(data.get(2)?.suppressed).toBeUndefined();
    expect(data.get(3)?.suppressed).toBeUndefined();
    expect(showBadge).toHaveBeenCalledTimes(2);
  });

  it('changes nothing when the lists agree with the reports', async () => {
    const { showBadge, run } = setup({ pausedSites: ['other.example'] });
    expect(await run()).toBe(0);
    expect(showBadge).not.toHaveBeenCalled();
  });
});
