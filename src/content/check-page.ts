// One page check, wired from content-main: detect a job offer, extract it, ask the background to score
// it, and show the banner when the background says so. Every failure ends quietly (a `report-problem`
// when possible): it never throws into the page, never logs, and sends page text only to the background.
import type { BackgroundMessageType, BackgroundMessages, BackgroundResponse, PageProblem, PageReportReply } from '../shared/messages.js';
import { extractOffer, type ExtractedOffer } from './extract-offer.js';
import { detectJobPage, type JobPageReason } from './job-page-detector.js';

export type Send = <K extends BackgroundMessageType>(type: K, request: BackgroundMessages[K]['request']) => Promise<BackgroundResponse<K>>;

export interface CheckPageDeps {
  doc: Document;
  url: string;
  send: Send;
  showBanner: (reply: PageReportReply) => void;
  /** How long to wait for the background's answer before giving up. */
  timeoutMs?: number;
  detect?: (doc: Document, url: string) => JobPageReason | null;
  extract?: (doc: Document) => ExtractedOffer;
}

export type CheckOutcome = 'not-html' | 'not-an-offer' | 'empty' | 'extract-failed' | 'worker-unreachable' | 'no-banner' | 'banner';

export const DEFAULT_TIMEOUT_MS = 15_000;

/** Rejects when the promise has not settled after `ms` milliseconds. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error('failed'));
      },
    );
  });
}

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
    if ((deps.detect ?? detectJobPage)(doc, deps.url) === null) return 'not-an-offer';
    offer = (deps.extract ?? extractOffer)(doc);
  } catch {
    reportProblem(deps, 'extract-failed');
    return 'extract-failed';
  }
  if (offer.text.trim() === '') return 'empty';
  let reply: PageReportReply;
  try {
    reply = await trySend(deps, 'report-page', { url: deps.url, kind: offer.kind, text: offer.text, title: offer.title });
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
