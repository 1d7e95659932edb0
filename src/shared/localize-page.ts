// Fills a static page's user-visible strings from the extension's _locales (data-i18n attributes).
// Sets text with textContent and attributes with setAttribute only; never parses strings as HTML.

/** chrome.i18n.getMessage, or a stand-in in tests. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

const ATTRIBUTES = ['placeholder', 'title', 'aria-label'] as const;

export function localizePage(root: Document, t: Translate, uiLanguage?: string): void {
  if (uiLanguage) root.documentElement.lang = uiLanguage;
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = t(el.dataset.i18n ?? '');
    if (text) el.textContent = text;
  }
  for (const attribute of ATTRIBUTES) {
    for (const el of root.querySelectorAll<HTMLElement>(`[data-i18n-${attribute}]`)) {
      const text = t(el.getAttribute(`data-i18n-${attribute}`) ?? '');
      if (text) el.setAttribute(attribute, text);
    }
  }
}
