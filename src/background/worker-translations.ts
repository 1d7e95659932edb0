// The worker's translations (badge tooltips, the context-menu title) in the language chosen in options,
// loaded once per language. Reads only the extension's own _locales files. Sources are passed in.
import type { Translate } from '../shared/localize-page.js';
import { loadTranslator, type TranslatorSource } from '../shared/load-translator.js';
import type { UiLanguage } from '../shared/settings.js';

export function createTranslations(getLanguage: () => Promise<UiLanguage>, source: TranslatorSource): () => Promise<Translate> {
  const cache = new Map<UiLanguage, Promise<Translate>>();
  return async () => {
    const language = await getLanguage();
    let pending = cache.get(language);
    if (pending === undefined) {
      pending = loadTranslator(language, source).then((loaded) => loaded.t);
      cache.set(language, pending);
    }
    return pending;
  };
}
