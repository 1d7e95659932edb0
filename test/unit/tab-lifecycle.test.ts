// A tab's report is forgotten (and its badge cleared) when the tab closes or loads another page.
import { describe, expect, it, vi } from 'vitest';
import { createTabLifecycle } from '../../src/background/tab-lifecycle.js';
import type { TabReports } from '../../src/background/tab-reports.js';
import type { TabReport } from '../../src/shared/messages.js';

function setup() {
  const data = new Map<number, TabReport>([[1, { url: 'https://jobs.example/a#top', kind: 'job-offer', verdict: null, checkedAt: 1 }]]);
  const reports: TabReports = {
    get: async (id) => data.get(id) ?? null,
    all: async () => new Map(data),
    set: async (id, r) => void data.set(id, r),
    remove: async (id) => void data.delete(id),
  };
  const showBadge = vi.fn(async () => {});
  return { data, showBadge, lifecycle: createTabLifecycle({ reports, showBadge }) };
}

describe('tab lifecycle', () => {
  it('drops the report when the tab closes', async () => {
    const { data, lifecycle } = setup();
    await lifecycle.onRemoved(1);
    expect(data.has(1)).toBe(false);
  });

  it('drops the report and clears the badge when the tab starts loading (no URL without the tabs permission)', async () => {
    const { data, lifecycle, showBadge } = setup();
    await lifecycle.onUpdated(1, { status: 'complete' });
    expect(data.has(1)).toBe(true);
    await lifecycle.onUpdated(1, { status: 'loading' });
    expect(data.has(1)).toBe(false);
    expect(showBadge).toHaveBeenCalledWith(1, null);
  });

  it('with a URL: keeps the report for the same page (or a #fragment of it), drops it for another page', async () => {
    const { data, lifecycle } = setup();
    await lifecycle.onUpdated(1, { status: 'loading', url: 'https://jobs.example/a#apply' });
    expect(data.has(1)).toBe(true);
    await lifecycle.onUpdated(1, { url: 'https://jobs.example/b' });
    expect(data.has(1)).toBe(false);
  });

  it('does nothing for a tab without a report', async () => {
    const { lifecycle, showBadge } = setup();
    await lifecycle.onUpdated(2, { status: 'loading' });
    expect(showBadge).not.toHaveBeenCalled();
  });
});
