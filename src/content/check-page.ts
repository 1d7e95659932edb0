// One page check, wired from page-module: detect a job offer, extract it, ask the background to score
// it, and show the banner when the background says so. Every failure ends quietly (a `report-problem`
// when possible): it never throws into the page, never logs, and sends page text only to the background.
import type { BackgroundMessageType, BackgroundMessages, BackgroundResponse, PageKind, PageProblem, PageReportReply } from '../shared/messages.js';
import { extractOffer, type ExtractedOffer } from './extract-offer.js';
import type { JobPageReason } from './job-page-detector.js';
import { withTimeout } from './with-timeout.js';

export { withTimeout };

export type Send = <K extends BackgroundMessageType>(type: K, request: BackgroundMessages[K]['request']) => Promise<BackgroundResponse<K>>;

export interface CheckPageDeps {
  doc: Document;
  url: string;
  send: Send;
  showBanner: (reply: PageReportReply) => void;
  /** How long to wait for the background's answer before giving up. */
  timeoutMs?: number;
  /** Whether the page is a job offer (the detector in content.js has usually decided already). */
  detect: (doc: Document, url: string) => JobPageReason | null;
  /** What to report the text as (default: the extractor's kind, a job offer). */
  kind?: PageKind;
  extract?: (doc: Document) => ExtractedOffer;
}

export type CheckOutcome = 'not-html' | 'not-an-offer' | 'empty' | 'extract-failed' | 'worker-unreachable' | 'no-banner' | 'banner';

export const DEFAULT_TIMEOUT_MS = 15_000;

/** Calls `send` with a timeout, turning a synchronous throw (extension reloaded) into a rejection. */
function trySend<K extends BackgroundMessageType>(deps: CheckPageDeps, type: K, request: BackgroundMessages[K]['request']): Promise<BackgroundResponse<K>> {
  try {
    return withTimeout(deps.send(type, request), deps.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error('failed'));
  }
}

function reportProblem(deps: CheckPageDeps, problem: PageProblem): void {
  trySend(deps, 'report-problem', { url: deps.url, problem }).catch(() => undefined);
}

export async function checkPage(deps: CheckPageDeps): Promise<CheckOutcome> {
  const { doc } = deps;
  if (!doc.documentElement || doc.documentElement.namespaceURI !== 'http://www.w3.org/1999/xhtml') return 'not-html';
  let offer: ExtractedOffer;
  try {
    if (deps.detect(doc, deps.url) === null) return 'not-an-offer';
    offer = (deps.extract ?? extractOffer)(doc);
  } catch {
    reportProblem(deps, 'extract-failed');
    return 'extract-failed';
  }
  if (offer.text.trim() === '') return 'empty';
  let reply: PageReportReply;
  try {
    reply = await trySend(deps, 'report-page', { url: deps.url, kind: deps.kind ?? offer.kind, text: offer.text, title: offer.title });
  } catch (error) {
    const tooLong = (error as { code?: unknown } | null)?.code === 'text-too-long';
    reportProblem(deps, tooLong ? 'text-too-long' : 'worker-unreachable');
    return 'worker-unreachable';
  }
  if (!reply?.banner?.show) return 'no-banner';
  try {
    deps.showBanner(reply);
  } catch {
    return 'no-banner';
  }
  return 'banner';
}
