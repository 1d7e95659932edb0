// The background's answers to messages: scores a text, reports pack details, scores the page a content
// script reports (keeping the tab's report and badge), records a content script's problem, and gives the
// popup a tab's report. Takes the pack, scorer, settings, report store and badge as parameters.
// Never logs or stores the text it scores: a tab report holds only the verdict.
import type { BackgroundHandlers, MessageSenderLike } from './message-router.js';
import type { PackInfo, TabReport } from '../shared/messages.js';
import { effectiveLanguage } from '../shared/load-translator.js';
import { assessText, type AssessDeps } from './assess-text.js';
import { levelRank } from './banner-decision.js';
import type { TabReports } from './tab-reports.js';

export interface BackgroundHandlerDeps<C> extends AssessDeps<C> {
  getPack: () => Promise<{ compiled: C; info: PackInfo }>;
  reports: TabReports;
  /** Shows a tab's report on the toolbar button (badge and tooltip). */
  showBadge: (tabId: number, report: TabReport | null) => Promise<void>;
}

function senderTab(sender: MessageSenderLike): number {
  const id = sender.tab?.id;
  if (typeof id !== 'number') throw new Error('the message did not come from a tab');
  return id;
}

const isTopFrame = (sender: MessageSenderLike) => sender.frameId === undefined || sender.frameId === 0;

export function createBackgroundHandlers<C>(deps: BackgroundHandlerDeps<C>): BackgroundHandlers {
  return {
    'score-text': async ({ text }) => {
      const [{ compiled }, settings] = await Promise.all([deps.getPack(), deps.getSettings()]);
      return { verdict: deps.score(compiled, text, { locale: effectiveLanguage(settings.language, deps.browserLanguage()) }) };
    },
    'get-pack-info': async () => (await deps.getPack()).info,
    'report-page': async ({ url, kind, text }, sender) => {
      const tabId = senderTab(sender);
      const { verdict, banner, report } = await assessText(deps, { text, url, kind });
      // A frame inside the page replaces the tab's report only when it found more than the page itself.
      const current = isTopFrame(sender) ? null : await deps.reports.get(tabId);
      const keepCurrent = current?.verdict != null && levelRank(current.verdict.level) >= levelRank(verdict.level);
      if (!keepCurrent) {
        await deps.reports.set(tabId, report);
        await deps.showBadge(tabId, report);
      }
      return { verdict, banner };
    },
    'report-problem': async ({ url, problem }, sender) => {
      const tabId = senderTab(sender);
      const current = await deps.reports.get(tabId);
      if (!isTopFrame(sender) && current !== null) return {};
      const report: TabReport = current !== null && current.url === url
        ? { ...current, problem, checkedAt: deps.now() }
        : { url, kind: 'page', verdict: null, problem, checkedAt: deps.now() };
      await deps.reports.set(tabId, report);
      await deps.showBadge(tabId, report);
      return {};
    },
    'get-tab-report': async ({ tabId }) => ({ report: await deps.reports.get(tabId) }),
  };
}
