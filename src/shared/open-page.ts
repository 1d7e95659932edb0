// What every extension page (popup, options) does first: read the settings and load the chosen language,
// then localise the page. Browser APIs are used here because both pages need exactly this; never stores anything.
import { countryFromLocale } from './hotlines.js';
import { localizePage, type Translate } from './localize-page.js';
import { loadTranslator } from './load-translator.js';
import { defaultSettings, loadSettings, type Settings } from './settings.js';

export interface OpenedPage {
  settings: Settings;
  defaults: Settings;
  t: Translate;
  language: string;
}

export async function openPage(): Promise<OpenedPage> {
  const browserLanguage = chrome.i18n.getUILanguage();
  const defaults = defaultSettings({ locales: [browserLanguage, navigator.language], countryFromLocale });
  const settings = await loadSettings(chrome.storage.local, defaults);
  const { t, language } = await loadTranslator(settings.language, {
    browserTranslate: (key, substitutions) => chrome.i18n.getMessage(key, substitutions),
    browserLanguage,
    readJson: async (path) => (await fetch(chrome.runtime.getURL(path))).json(),
  });
  localizePage(document, t, language);
  return { settings, defaults, t, language };
}
