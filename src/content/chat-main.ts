// Content-script entry on chat and job sites (chat.js, listed after the site's adapter script in the same
// manifest entry; the generic detector does not run there): runs the registered site adapters with the
// browser's idle callbacks, observers, timers and messaging, answers `show-verdict`, and stops all work
// when the page is hidden or left. Wiring only; never logs.
import type { Translate } from '../shared/localize-page.js';
import { sendToBackground } from '../shared/send-to-background.js';
import { answerShowVerdict } from './answer-show-verdict.js';
import { idleScheduler } from './idle-scheduler.js';
import { loadPageModule } from './load-page-module.js';
import { createSiteRunner } from './site-runner.js';
import { registeredAdapters } from './sites/adapter-registry.js';
import { withTimeout } from './with-timeout.js';

const t: Translate = (key, substitutions) => chrome.i18n.getMessage(key, substitutions);
const TIMEOUT_MS = 15_000;

const runner = createSiteRunner({
  adapters: registeredAdapters(),
  doc: document,
  href: () => location.href,
  send: (type, request) => withTimeout(sendToBackground(type, request), TIMEOUT_MS),
  t,
  schedule: idleScheduler(),
  setTimer: (fn, ms) => window.setTimeout(fn, ms),
  clearTimer: (handle) => window.clearTimeout(handle),
  now: () => performance.now(),
  createObserver: (callback) => new MutationObserver(callback),
  fallback: async (mode) => (await loadPageModule()).checkThisPage({ assumeOffer: true, kind: mode === 'chat' ? 'message' : 'job-offer' }),
});

chrome.runtime.onMessage.addListener(answerShowVerdict(chrome.runtime.id, () => loadPageModule()));
runner.start();
addEventListener('pagehide', () => runner.stop());
addEventListener('pageshow', (event) => {
  if ((event as PageTransitionEvent).persisted) chrome.runtime.onMessage.addListener(answerShowVerdict(chrome.runtime.id, () => loadPageModule()));
runner.start();
});
