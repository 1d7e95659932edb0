// When the user allows, pauses or un-pauses a site, updates the kept reports of open tabs on that site and
// their badges at once (the in-page banner follows on the page's next load). Settings, store and badge are
// passed in. Touches verdicts only, never page text.
import type { TabReport } from '../shared/messages.js';
import { hostOf, type Settings } from '../shared/settings.js';
import { suppressionFor } from './banner-decision.js';
import type { TabReports } from './tab-reports.js';

export interface RefreshDeps {
  reports: TabReports;
  getSettings: () => Promise<Settings>;
  showBadge: (tabId: number, report: TabReport | null) => Promise<void>;
}

export async function refreshReports(deps: RefreshDeps): Promise<number> {
  const settings = await deps.getSettings();
  let changed = 0;
  for (const [tabId, report] of await deps.reports.all()) {
    // A check the user asked for (a selection) is never hidden.
    const suppressed = report.kind === 'selection' ? undefined : suppressionFor(hostOf(report.url), settings);
    if (suppressed === report.suppressed) continue;
    const { suppressed: _old, ...rest } = report;
    const next: TabReport = suppressed === undefined ? rest : { ...rest, suppressed };
    await deps.reports.set(tabId, next);
    await deps.showBadge(tabId, next);
    changed += 1;
  }
  return changed;
}
