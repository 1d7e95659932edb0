// Content-script entry on every http(s) page except the sites that have their own adapter (content.js):
// the tiny generic job-offer detector. Only on a page that looks like a job offer does it load the offer
// module (extractor, page check, banner), on demand; it answers `show-verdict` once the user selects text.
// Wiring only; never logs, never throws into the page, reads no page text itself.
import { answerShowVerdict, whenSelecting } from './answer-show-verdict.js';
import { detectJobPage } from './job-page-detector.js';
import { loadPageModule } from './load-page-module.js';

let listening = false;
const listen = () => {
  if (listening) return;
  listening = true;
  chrome.runtime.onMessage.addListener(answerShowVerdict(chrome.runtime.id, () => loadPageModule()));
};
whenSelecting(document, listen);

try {
  const reason = detectJobPage(document, document.URL);
  if (reason !== null) {
    listen();
    void loadPageModule().then((module) => module.checkThisPage({ reason })).catch(() => undefined);
  }
} catch {
  // An unusual document (XML, a detached frame): nothing to check.
}
