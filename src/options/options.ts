// Options page entry: localises the page and shows the rule pack in use. Wiring only.
// Settings (country, language, sensitivity, allowlist, pack sources) arrive in a later issue.
import { localizePage } from '../shared/localize-page.js';
import { sendToBackground } from '../shared/send-to-background.js';
import { showPackInfo } from './show-pack-info.js';

const t = (key: string, substitutions?: string | string[]) => chrome.i18n.getMessage(key, substitutions);

localizePage(document, t, chrome.i18n.getUILanguage());
void showPackInfo(
  {
    list: document.querySelector<HTMLElement>('#pack-info')!,
    error: document.querySelector<HTMLElement>('#pack-error')!,
  },
  () => sendToBackground('get-pack-info', {}),
  t,
).finally(() => {
  document.body.dataset.ready = '1';
});
