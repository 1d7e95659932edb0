// The generic job-offer module (built to content-page.js, loaded on demand by the detector and by site
// adapters that fell back): wires the page check and the banner to the browser, and shows a "Check this
// text" result. Wiring only; logic lives in the modules it imports. Never logs, never throws into the page.
import type { Translate } from '../shared/localize-page.js';
import type { PageKind, PageReportReply } from '../shared/messages.js';
import { sendToBackground } from '../shared/send-to-background.js';
import { showBanner, type BannerHandle, type BannerInput } from './banner.js';
import { checkPage, type CheckOutcome } from './check-page.js';
import type { JobPageReason } from './job-page-detector.js';
import { isShowVerdictMessage } from './show-verdict-message.js';

const t: Translate = (key, substitutions) => chrome.i18n.getMessage(key, substitutions);
let current: BannerHandle | null = null;

function render(input: BannerInput): void {
  current?.dismiss();
  current = showBanner(input, { doc: document, t, onDismiss: () => (current = null) });
}

/**
 * Checks this page as a job offer and shows the banner when the background says so. `reason` is what the
 * detector found; `assumeOffer` reads the page's main content without detecting (a site whose adapter
 * could not read it), reported as `kind` (a chat app's page as 'message').
 */
export function checkThisPage(options: { reason?: JobPageReason | null; assumeOffer?: boolean; kind?: PageKind }): Promise<CheckOutcome> {
  const known: JobPageReason | null = options.reason ?? (options.assumeOffer ? 'job-board' : null);
  return checkPage({
    doc: document,
    url: location.href,
    send: (type, request) => sendToBackground(type, request),
    showBanner: (reply: PageReportReply) => render({ verdict: reply.verdict, help: reply.banner.help, origin: 'page' }),
    detect: () => known,
    ...(options.kind ? { kind: options.kind } : {}),
  });
}

/** Shows the result of "Check this text with Lureguard"; false when the message is malformed or it could not be shown. */
export function showSelectionVerdict(message: unknown): boolean {
  if (!isShowVerdictMessage(message)) return false;
  try {
    render({ verdict: message.verdict, help: message.banner.help, origin: 'selection' });
    return true;
  } catch {
    return false;
  }
}
