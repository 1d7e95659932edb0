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

export interface Assessment<V extends Verdict = Verdict> {
  verdict: V;
  banner: BannerDecision;
  report: TabReport;
}

export interface ScoredInput<C, V extends Verdict> {
  url: string;
  kind: PageKind;
  requested?: boolean;
  /** Scores the content with the compiled pack in the given locale. */
  score: (pack: C, opts: { locale?: string }) => V;
}

/** The common path of every check: settings and pack, score, banner decision, report. */
export async function assessWith<C, V extends Verdict>(deps: Omit<AssessDeps<C>, 'score'>, input: ScoredInput<C, V>): Promise<Assessment<V>> {
  const [settings, { compiled }] = await Promise.all([deps.getSettings(), deps.getPack()]);
  const verdict = input.score(compiled, { locale: effectiveLanguage(settings.language, deps.browserLanguage()) });
  const banner = decideBanner({ verdict, settings, host: hostOf(input.url), hotlines: deps.hotlines, requested: input.requested });
  const report: TabReport = { url: input.url, kind: input.kind, verdict, checkedAt: deps.now() };
  if (banner.reason === 'site-allowed' || banner.reason === 'site-paused') report.suppressed = banner.reason;
  return { verdict, banner, report };
}

export async function assessText<C>(deps: AssessDeps<C>, input: AssessInput): Promise<Assessment> {
  return assessWith(deps, { url: input.url, kind: input.kind, requested: input.requested, score: (pack, opts) => deps.score(pack, input.text, opts) });
}
