// The options form: country, language and the level from which a banner appears, plus the allowed and
// paused sites with remove buttons. Saves each change at once and says so in a live region; an invalid or
// failed save is shown, never thrown. Storage, translations and names are passed in.
import type { Translate } from '../shared/localize-page.js';
import { BANNER_LEVELS, UI_LANGUAGES, type Settings, type SiteList } from '../shared/settings.js';
import type { CountryChoice } from './country-choices.js';
import { renderSiteList } from './site-lists.js';

export interface SettingsFormElements {
  country: HTMLSelectElement;
  language: HTMLSelectElement;
  bannerLevel: HTMLSelectElement;
  allowedList: HTMLElement;
  allowedEmpty: HTMLElement;
  pausedList: HTMLElement;
  pausedEmpty: HTMLElement;
  status: HTMLElement;
}

export interface SettingsFormDeps {
  settings: Settings;
  countries: readonly CountryChoice[];
  save: (changes: Partial<Settings>) => Promise<void>;
  t: Translate;
  /** Called after the language changed (the page reloads to show the new language). */
  onLanguageChange?: () => void;
}

const LANGUAGE_KEYS: Record<(typeof UI_LANGUAGES)[number], string> = {
  auto: 'optionsLanguageAuto',
  en: 'languageEn',
  id: 'languageId',
  vi: 'languageVi',
};
const LEVEL_KEYS: Record<(typeof BANNER_LEVELS)[number], string> = {
  caution: 'optionsBannerCaution',
  warning: 'optionsBannerWarning',
  danger: 'optionsBannerDanger',
};

function option(doc: Document, value: string, text: string, selected: boolean): HTMLOptionElement {
  const el = doc.createElement('option');
  el.value = value;
  el.textContent = text;
  el.selected = selected;
  return el;
}

export interface SettingsForm {
  /** Shows the site lists again after they changed elsewhere (the popup's "Allow this site"). */
  showSites(sites: Pick<Settings, SiteList>): void;
}

export function setupSettingsForm(elements: SettingsFormElements, deps: SettingsFormDeps): SettingsForm {
  const { t } = deps;
  const doc = elements.country.ownerDocument;
  const settings = { ...deps.settings, allowedSites: [...deps.settings.allowedSites], pausedSites: [...deps.settings.pausedSites] };

  elements.country.replaceChildren(
    option(doc, '', t('optionsCountryNone'), settings.country === null),
    ...deps.countries.map((c) => option(doc, c.code, c.name, c.code === settings.country)),
  );
  if (settings.country !== null && !deps.countries.some((c) => c.code === settings.country)) {
    elements.country.append(option(doc, settings.country, settings.country, true));
  }
  elements.language.replaceChildren(...UI_LANGUAGES.map((l) => option(doc, l, t(LANGUAGE_KEYS[l]), l === settings.language)));
  elements.bannerLevel.replaceChildren(...BANNER_LEVELS.map((l) => option(doc, l, t(LEVEL_KEYS[l]), l === settings.bannerLevel)));

  const save = async (changes: Partial<Settings>): Promise<boolean> => {
    try {
      await deps.save(changes);
      elements.status.textContent = t('optionsSaved');
      elements.status.classList.remove('error');
      return true;
    } catch (error) {
      elements.status.textContent = t('optionsSaveError', error instanceof Error ? error.message : String(error));
      elements.status.classList.add('error');
      return false;
    }
  };

  elements.country.addEventListener('change', () => {
    void save({ country: elements.country.value === '' ? null : elements.country.value });
  });
  elements.language.addEventListener('change', () => {
    void save({ language: elements.language.value as Settings['language'] }).then((ok) => {
      if (ok) deps.onLanguageChange?.();
    });
  });
  elements.bannerLevel.addEventListener('change', () => {
    void save({ bannerLevel: elements.bannerLevel.value as Settings['bannerLevel'] });
  });

  const lists: { name: SiteList; list: HTMLElement; empty: HTMLElement }[] = [
    { name: 'allowedSites', list: elements.allowedList, empty: elements.allowedEmpty },
    { name: 'pausedSites', list: elements.pausedList, empty: elements.pausedEmpty },
  ];
  const draw = (name: SiteList) => {
    const target = lists.find((l) => l.name === name)!;
    renderSiteList(target.list, target.empty, settings[name], (host) => {
      const next = settings[name].filter((h) => h !== host);
      void save({ [name]: next }).then((ok) => {
        if (!ok) return;
        settings[name] = next;
        draw(name);
        elements.status.textContent = t('optionsSiteRemoved', host);
      });
    }, t);
  };
  for (const { name } of lists) draw(name);
  return {
    showSites(sites) {
      for (const { name } of lists) {
        settings[name] = [...sites[name]];
        draw(name);
      }
    },
  };
}
