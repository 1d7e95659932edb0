// Keeps each tab's report (URL, kind, verdict or problem) in storage.session, so it survives worker restarts
// and disappears when the browser closes; drops it when the tab closes or loads another page.
// Stores verdicts only (their evidence snippets), never the page text. The storage is passed in.
import { LEVELS } from '../engine/types.js';
import { PAGE_KINDS, PAGE_PROBLEMS, type TabReport } from '../shared/messages.js';

/** The part of chrome.storage.session the reports use. */
export interface TabReportStorage {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const TAB_REPORT_PREFIX = 'tabReport:';

export function tabReportKey(tabId: number): string {
  return `${TAB_REPORT_PREFIX}${tabId}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A stored report is used only when it has the expected shape; anything else counts as no report. */
export function isTabReport(value: unknown): value is TabReport {
  if (!isObject(value)) return false;
  if (typeof value.url !== 'string' || typeof value.checkedAt !== 'number') return false;
  if (!(PAGE_KINDS as readonly unknown[]).includes(value.kind)) return false;
  if (value.problem !== undefined && !(PAGE_PROBLEMS as readonly unknown[]).includes(value.problem)) return false;
  if (value.suppressed !== undefined && value.suppressed !== 'site-allowed' && value.suppressed !== 'site-paused') return false;
  if (value.verdict === null) return true;
  if (!isObject(value.verdict)) return false;
  const { level, score, signals, destinations } = value.verdict;
  return (LEVELS as readonly unknown[]).includes(level) && typeof score === 'number' && Array.isArray(signals) && Array.isArray(destinations);
}

export interface TabReports {
  get(tabId: number): Promise<TabReport | null>;
  /** Every kept report by tab id. */
  all(): Promise<Map<number, TabReport>>;
  set(tabId: number, report: TabReport): Promise<void>;
  remove(tabId: number): Promise<void>;
}

export function createTabReports(storage: TabReportStorage): TabReports {
  return {
    async get(tabId) {
      const key = tabReportKey(tabId);
      const stored = (await storage.get(key))[key];
      return isTabReport(stored) ? stored : null;
    },
    async all() {
      const out = new Map<number, TabReport>();
      for (const [key, value] of Object.entries(await storage.get(null))) {
        if (!key.startsWith(TAB_REPORT_PREFIX)) continue;
        const tabId = Number(key.slice(TAB_REPORT_PREFIX.length));
        if (Number.isSafeInteger(tabId) && isTabReport(value)) out.set(tabId, value);
      }
      return out;
    },
    async set(tabId, report) {
      await storage.set({ [tabReportKey(tabId)]: report });
    },
    async remove(tabId) {
      await storage.remove(tabReportKey(tabId));
    },
  };
}
