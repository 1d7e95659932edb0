// Content-script entry (built to content.js): wires the page check, the banner and the `show-verdict`
// listener to the browser. Logic lives in the modules it imports. Never logs, never throws into the page.
import type { Translate } from '../shared/localize-page.js';
import type { PageReportReply, Reply } from '../shared/messages.js';
import { sendToBackground } from '../shared/send-to-background.js';
import { showBanner, type BannerHandle, type BannerInput } from './banner.js';
import { checkPage } from './check-page.js';
import { isShowVerdictMessage } from './show-verdict-message.js';

const t: Translate = (key, substitutions) => chrome.i18n.getMessage(key, substitutions);
let current: BannerHandle | null = null;

function render(input: BannerInput): void {
  current?.dismiss();
  current = showBanner(input, { doc: document, t, onDismiss: () => (current = null) });
}

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id || !isShowVerdictMessage(message)) return false;
  let shown = false;
  try {
    render({ verdict: message.verdict, help: message.banner.help, origin: 'selection' });
    shown = true;
  } catch {
    shown = false;
  }
  const reply: Reply<{ shown: boolean }> = { ok: true, value: { shown } };
  sendResponse(reply);
  return false;
});

void checkPage({
  doc: document,
  url: location.href,
  send: (type, request) => sendToBackground(type, request),
  showBanner: (reply: PageReportReply) => render({ verdict: reply.verdict, help: reply.banner.help, origin: 'page' }),
}).catch(() => undefined);
