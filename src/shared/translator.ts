// A chrome.i18n.getMessage look-alike over a _locales messages.json object, so pages can follow the language
// chosen in options instead of the browser's: same $NAME$ placeholders, $1…$9 substitutions and "$$" escape,
// falling back to a second catalogue (English) for a missing key. Pure: the catalogues are passed in.
// Returns plain strings only; callers put them in text nodes, never in HTML.
import type { Translate } from './localize-page.js';

export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type LocaleMessages = Record<string, LocaleMessage>;

function isLocaleMessage(value: unknown): value is LocaleMessage {
  return typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string';
}

/** Fills $1…$9 in a string; "$$" stays for the caller. */
function substitute(text: string, args: readonly string[]): string {
  return text.replace(/\$(\$|[1-9])/g, (whole, which: string) => (which === '$' ? whole : (args[Number(which) - 1] ?? '')));
}

/** One message with its placeholders and substitutions filled in, as chrome.i18n.getMessage does. */
export function formatMessage(entry: LocaleMessage, substitutions?: string | string[]): string {
  const args = substitutions === undefined ? [] : [substitutions].flat().map(String);
  const placeholders = new Map<string, string>();
  for (const [name, placeholder] of Object.entries(entry.placeholders ?? {})) {
    placeholders.set(name.toLowerCase(), substitute(placeholder.content, args));
  }
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole);
  return substitute(named, args).replace(/\$\$/g, '$');
}

/** A Translate over one catalogue with a fallback catalogue; an unknown key gives "" as chrome.i18n does. */
export function createTranslator(messages: unknown, fallback?: unknown): Translate {
  const catalogues = [messages, fallback].filter((c): c is Record<string, unknown> => typeof c === 'object' && c !== null);
  return (key, substitutions) => {
    for (const catalogue of catalogues) {
      const entry = Object.prototype.hasOwnProperty.call(catalogue, key) ? catalogue[key] : undefined;
      if (isLocaleMessage(entry)) return formatMessage(entry, substitutions);
    }
    return '';
  };
}
