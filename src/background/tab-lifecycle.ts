// Forgets a tab's report when the tab closes or starts loading another page, and clears its badge, so a
// verdict never outlives the page it was about. Needs no permission: it reads only the tab id and the
// loading status (and the URL when the browser gives it). The report store and badge are passed in.
import type { TabReport } from '../shared/messages.js';
import type { TabReports } from './tab-reports.js';

export interface TabLifecycleDeps {
  reports: TabReports;
  showBadge: (tabId: number, report: TabReport | null) => Promise<void>;
}

/** The fields of tabs.onUpdated's changeInfo used here (url only with the tabs or a host permission). */
export interface TabChange {
  status?: string;
  url?: string;
}

const withoutHash = (url: string) => url.replace(/#.*$/, '');

export function createTabLifecycle(deps: TabLifecycleDeps) {
  return {
    async onRemoved(tabId: number): Promise<void> {
      await deps.reports.remove(tabId);
    },
    async onUpdated(tabId: number, change: TabChange): Promise<void> {
      const current = await deps.reports.get(tabId);
      if (current === null) return;
      const otherUrl = typeof change.url === 'string' && withoutHash(change.url) !== withoutHash(current.url);
      // Without a URL, a new load is the only sign of another page (a reload is re-reported by the page).
      if (otherUrl || (change.url === undefined && change.status === 'loading')) {
        await deps.reports.remove(tabId);
        await deps.showBadge(tabId, null);
      }
    },
  };
}
