// Picks the translations for the language chosen in options: the browser's own (chrome.i18n) for "auto",
// otherwise the packaged _locales/<lang>/messages.json with English as the fallback. Reads only files inside
// the extension (extension URLs, never the network); the reader and the browser's getMessage are passed in.
// Falls back to the browser's translations when a catalogue cannot be read, so the UI never goes blank.
import type { Translate } from './localize-page.js';
import type { UiLanguage } from './settings.js';
import { createTranslator } from './translator.js';

export interface TranslatorSource {
  /** chrome.i18n.getMessage. */
  browserTranslate: Translate;
  /** chrome.i18n.getUILanguage(). */
  browserLanguage: string;
  /** Reads a packaged JSON file by its path inside the extension ("_locales/id/messages.json"). */
  readJson: (path: string) => Promise<unknown>;
}

export interface LoadedTranslator {
  t: Translate;
  /** BCP 47 tag of the language the strings are in (for lang attributes and for scoring). */
  language: string;
}

export async function loadTranslator(language: UiLanguage, source: TranslatorSource): Promise<LoadedTranslator> {
  if (language === 'auto') return { t: source.browserTranslate, language: source.browserLanguage };
  try {
    const [messages, english] = await Promise.all([
      source.readJson(`_locales/${language}/messages.json`),
      language === 'en' ? Promise.resolve(undefined) : source.readJson('_locales/en/messages.json'),
    ]);
    return { t: createTranslator(messages, english), language };
  } catch {
    return { t: source.browserTranslate, language: source.browserLanguage };
  }
}

/** The language whose words a verdict's signs should use: the chosen one, or the browser's. */
export function effectiveLanguage(language: UiLanguage, browserLanguage: string): string {
  return language === 'auto' ? browserLanguage : language;
}
