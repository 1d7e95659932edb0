// Renders the current tab's report in the popup: its verdict with signs and evidence, or in plain words what
// happened instead (not checked, could not be read, the checker did not answer, the site is allowed or
// paused). Text nodes only, never innerHTML. Takes the report and translations as parameters.
import type { PageKind, PageProblem, TabReport } from '../shared/messages.js';
import type { Translate } from '../shared/localize-page.js';
import { element, renderVerdict } from './render-verdict.js';

const HEADING_KEYS: Record<PageKind, string> = {
  'job-offer': 'popupReportHeadingOffer',
  message: 'popupReportHeadingMessage',
  selection: 'popupReportHeadingSelection',
  page: 'popupReportHeadingPage',
};

const PROBLEM_KEYS: Record<PageProblem, string> = {
  'extract-failed': 'popupProblemExtractFailed',
  'worker-unreachable': 'popupProblemWorkerUnreachable',
  'text-too-long': 'popupProblemTextTooLong',
};

/** What the popup knows about the tab: a report (or none), no tab at all, or an error asking for it. */
export type ReportState =
  | { kind: 'report'; report: TabReport | null }
  | { kind: 'no-tab' }
  | { kind: 'unavailable'; detail: string };

export function reportHeadingKey(state: ReportState): string {
  return state.kind === 'report' && state.report !== null ? HEADING_KEYS[state.report.kind] : 'popupReportHeadingPage';
}

function status(doc: Document, text: string, testid: string, className = 'status'): HTMLElement {
  const p = element(doc, 'p', text, className);
  p.dataset.testid = testid;
  return p;
}

export function renderReport(doc: Document, state: ReportState, t: Translate): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  if (state.kind === 'no-tab') {
    fragment.append(status(doc, t('popupNoTab'), 'report-status'));
    return fragment;
  }
  if (state.kind === 'unavailable') {
    fragment.append(status(doc, t('popupReportUnavailable', state.detail), 'report-status', 'status error'));
    return fragment;
  }
  const { report } = state;
  if (report === null) {
    fragment.append(status(doc, t('popupNoReport'), 'report-status'));
    return fragment;
  }
  if (report.problem !== undefined) fragment.append(status(doc, t(PROBLEM_KEYS[report.problem]), 'report-problem'));
  if (report.verdict === null) return fragment;
  if (report.suppressed !== undefined) {
    fragment.append(status(doc, t(report.suppressed === 'site-allowed' ? 'popupSuppressedAllowed' : 'popupSuppressedPaused'), 'report-suppressed'));
    const details = element(doc, 'details', undefined, 'findings');
    details.append(element(doc, 'summary', t('popupShowFindings')), renderVerdict(doc, report.verdict, t, { headingTag: 'h2' }));
    fragment.append(details);
    return fragment;
  }
  fragment.append(renderVerdict(doc, report.verdict, t, { headingTag: 'h2', noSignsKey: 'popupNoSignsPage' }));
  return fragment;
}
