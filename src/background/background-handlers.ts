// The background's answers to messages: scores a text, reports pack details, scores the page or the chat a
// content script reports (keeping the tab's report and badge), records a content script's problem and a chat
// adapter's status, and gives the popup a tab's report. Takes the pack, scorers, settings, report store and
// badge as parameters. Never logs or stores the text it scores: a tab report holds only the verdict.
import type { BackgroundHandlers, MessageSenderLike } from './message-router.js';
import type { ChatItem, PackInfo, TabReport, UpdateStatus } from '../shared/messages.js';
import type { ConversationVerdict } from '../engine/score-conversation.js';
import { effectiveLanguage } from '../shared/load-translator.js';
import { assessText, assessWith, type AssessDeps, type Assessment } from './assess-text.js';
import { levelRank } from './banner-decision.js';
import type { TabReports } from './tab-reports.js';

export interface BackgroundHandlerDeps<C> extends AssessDeps<C> {
  getPack: () => Promise<{ compiled: C; info: PackInfo }>;
  reports: TabReports;
  /** Shows a tab's report on the toolbar button (badge and tooltip). */
  showBadge: (tabId: number, report: TabReport | null) => Promise<void>;
  /** Scores a chat as one window of the recruiter's recent messages (engine scoreConversation). */
  scoreChat: (pack: C, messages: readonly ChatItem[], opts: { locale?: string }) => ConversationVerdict;
  /** Remembers a chat adapter's status for the options page. */
  recordAdapterStatus: (site: string, status: 'ok' | 'degraded', detail?: string) => Promise<void>;
  /** Rule-pack updates: what is in use and each source's status; a check on demand. */
  updates: { status: () => Promise<UpdateStatus>; checkNow: () => Promise<UpdateStatus> };
}

function senderTab(sender: MessageSenderLike): number {
  const id = sender.tab?.id;
  if (typeof id !== 'number') throw new Error('the message did not come from a tab');
  return id;
}

const isTopFrame = (sender: MessageSenderLike) => sender.frameId === undefined || sender.frameId === 0;

export function createBackgroundHandlers<C>(deps: BackgroundHandlerDeps<C>): BackgroundHandlers {
  /** Keeps a tab's new report and badge; a frame inside the page replaces it only when it found more. */
  const keep = async (tabId: number, sender: MessageSenderLike, { verdict, report }: Assessment): Promise<void> => {
    const current = isTopFrame(sender) ? null : await deps.reports.get(tabId);
    if (current?.verdict != null && levelRank(current.verdict.level) >= levelRank(verdict.level)) return;
    await deps.reports.set(tabId, report);
    await deps.showBadge(tabId, report);
  };

  return {
    'score-text': async ({ text }) => {
      const [{ compiled }, settings] = await Promise.all([deps.getPack(), deps.getSettings()]);
      return { verdict: deps.score(compiled, text, { locale: effectiveLanguage(settings.language, deps.browserLanguage()) }) };
    },
    'get-pack-info': async () => (await deps.getPack()).info,
    'report-page': async ({ url, kind, text }, sender) => {
      const tabId = senderTab(sender);
      const assessment = await assessText(deps, { text, url, kind });
      await keep(tabId, sender, assessment);
      return { verdict: assessment.verdict, banner: assessment.banner };
    },
    'report-chat': async ({ url, messages }, sender) => {
      const tabId = senderTab(sender);
      const assessment = await assessWith(deps, { url, kind: 'message', score: (pack, opts) => deps.scoreChat(pack, messages, opts) });
      await keep(tabId, sender, assessment);
      return { verdict: assessment.verdict, banner: assessment.banner };
    },
    'report-adapter-status': async ({ site, status, detail }) => {
      await deps.recordAdapterStatus(site, status, detail);
      return {};
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
    'get-update-status': () => deps.updates.status(),
    'check-updates-now': () => deps.updates.checkNow(),
  };
}
