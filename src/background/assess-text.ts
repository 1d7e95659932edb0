// Scores one text from a page (or a selection) and turns it into what the browser shows: the verdict, the
// banner decision for the page's host and the tab report to keep. Takes the pack, scorer, settings and
// hotline directory as parameters. Never logs or stores the text: the report holds only the verdict.
import type { Verdict } from '../engine/types.js';
import type { BannerDecision, PageKind, TabReport } from '../shared/messages.js';
import type { HotlineEntry } from '../shared/hotlines.js';
import { effectiveLanguage } from '../shared/load-translator.js';
import { hostOf, type Settings } from '../shared/settings.js';
import { decideBanner } from './banner-decision.js';

export interface AssessDeps<C> {
  getPack: () => Promise<{ compiled: C }>;
  score: (pack: C, text: string, opts: { locale?: string }) => Verdict;
  getSettings: () => Promise<Settings>;
  /** chrome.i18n.getUILanguage(): the language signs are explained in when the user chose "auto". */
  browserLanguage: () => string;
  hotlines: readonly HotlineEntry[];
  now: () => number;
}

export interface AssessInput {
  text: string;
  url: string;
  kind: PageKind;
  /** The user asked for this check (context menu): the result is shown whatever the level or site lists. */
  requested?: boolean;
}

export interface Assessment {
  verdict: Verdict;
  banner: BannerDecision;
  report: TabReport;
}

export async function assessText<C>(deps: AssessDeps<C>, input: AssessInput): Promise<Assessment> {
  const [settings, { compiled }] = await Promise.all([deps.getSettings(), deps.getPack()]);
  const verdict = deps.score(compiled, input.text, { locale: effectiveLanguage(settings.language, deps.browserLanguage()) });
  const banner = decideBanner({ verdict, settings, host: hostOf(input.url), hotlines: deps.hotlines, requested: input.requested });
  const report: TabReport = { url: input.url, kind: input.kind, verdict, checkedAt: deps.now() };
  if (banner.reason === 'site-allowed' || banner.reason === 'site-paused') report.suppressed = banner.reason;
  return { verdict, banner, report };
}
