// Keeps what each chat-site adapter last said about itself ("ok", or "degraded": it fell back to the generic
// reader) in storage.session, for the options page to show. Stores only the site id, the status, a short
// detail from the adapter and the time; never page text. The storage is passed in.
import type { TabReportStorage } from './tab-reports.js';

export const ADAPTER_STATUS_PREFIX = 'adapterStatus:';

export interface AdapterStatus {
  status: 'ok' | 'degraded';
  detail?: string;
  at: number;
}

export function createAdapterStatusStore(storage: TabReportStorage, now: () => number) {
  return {
    async record(site: string, status: AdapterStatus['status'], detail?: string): Promise<void> {
      const entry: AdapterStatus = detail === undefined ? { status, at: now() } : { status, detail, at: now() };
      await storage.set({ [`${ADAPTER_STATUS_PREFIX}${site}`]: entry });
    },
  };
}
