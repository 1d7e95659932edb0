// "Check this text with Lureguard" (context menu on a selection): scores the selected text, keeps the result
// as the tab's report with its badge, and asks the tab's content script to show it in the page. Takes its
// dependencies as parameters. Never logs or stores the selected text: the report holds only the verdict.
import type { ContentRequest } from '../shared/messages.js';
import type { TabReport } from '../shared/messages.js';
import type { Verdict } from '../engine/types.js';
import { assessText, type AssessDeps } from './assess-text.js';
import type { TabReports } from './tab-reports.js';

export const CHECK_SELECTION_MENU_ID = 'lureguard-check-selection';
/** Longest selection checked; longer selections are cut (a job offer fits many times over). */
export const MAX_SELECTION_LENGTH = 20_000;

/** The fields of contextMenus.OnClickData the check uses. */
export interface SelectionClick {
  menuItemId?: string | number;
  selectionText?: string;
  pageUrl?: string;
  frameId?: number;
}

export interface SelectionCheckDeps<C> extends AssessDeps<C> {
  reports: TabReports;
  showBadge: (tabId: number, report: TabReport | null) => Promise<void>;
  /** chrome.tabs.sendMessage to one frame of a tab. */
  sendToTab: (tabId: number, message: ContentRequest<'show-verdict'>, frameId: number | undefined) => Promise<unknown>;
}

export interface SelectionCheckResult {
  verdict: Verdict | null;
  /** True when the content script answered that it showed the result in the page. */
  shown: boolean;
}

function shownIn(reply: unknown): boolean {
  if (typeof reply !== 'object' || reply === null) return false;
  const r = reply as { shown?: unknown; ok?: unknown; value?: { shown?: unknown } };
  return r.shown === true || (r.ok === true && r.value?.shown === true);
}

export function createSelectionChecker<C>(deps: SelectionCheckDeps<C>) {
  return async (info: SelectionClick, tab: { id?: number } | undefined): Promise<SelectionCheckResult> => {
    const tabId = tab?.id;
    const text = (info.selectionText ?? '').slice(0, MAX_SELECTION_LENGTH);
    if (typeof tabId !== 'number' || tabId < 0 || text.trim() === '') return { verdict: null, shown: false };
    const { verdict, banner, report } = await assessText(deps, { text, url: info.pageUrl ?? '', kind: 'selection', requested: true });
    await deps.reports.set(tabId, report);
    await deps.showBadge(tabId, report);
    let shown = false;
    try {
      const frameId = typeof info.frameId === 'number' ? info.frameId : undefined;
      shown = shownIn(await deps.sendToTab(tabId, { type: 'show-verdict', verdict, banner, origin: 'selection' }, frameId));
    } catch {
      // No content script in that page (a browser page, a PDF, or a page loaded before install): the popup shows it.
    }
    return { verdict, shown };
  };
}
