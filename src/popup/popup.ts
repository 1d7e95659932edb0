// Popup entry: localises the page and wires the "Check a message" form to the background.
// Wiring only. Never logs or stores what the user pastes.
import { localizePage } from '../shared/localize-page.js';
import { sendToBackground } from '../shared/send-to-background.js';
import { setupCheckForm } from './check-form.js';

const t = (key: string, substitutions?: string | string[]) => chrome.i18n.getMessage(key, substitutions);

localizePage(document, t, chrome.i18n.getUILanguage());
setupCheckForm(
  {
    form: document.querySelector<HTMLFormElement>('#check-form')!,
    textarea: document.querySelector<HTMLTextAreaElement>('#check-text')!,
    result: document.querySelector<HTMLElement>('#check-result')!,
  },
  { scoreText: (text) => sendToBackground('score-text', { text }), t },
);
document.body.dataset.ready = '1';
