// The hotline directory as the popup uses it: the entry types of assets/hotlines.json, which lines to
// offer for the user's own country, for the destinations named in an offer, and worldwide, and a guess
// at the user's country from a browser locale. Pure: no I/O, no browser APIs. Never invents, rewrites or
// reformats a number; entries come only from the generated assets/hotlines.json.

/** How a contact is reached. `value` is always written exactly as in the reference. */
export type HotlineContactKind = 'phone' | 'sms' | 'whatsapp' | 'web' | 'email';

export interface HotlineContact {
  kind: HotlineContactKind;
  /** Exactly as written in ../shared/reference/hotlines.md (never a derived international form). */
  value: string;
  /** Qualifier from the reference, e.g. "Metro Manila", "from abroad", "TTY". */
  note?: string;
}

export interface HotlineEntry {
  /** Stable key: lower-case country code plus a slug of the organisation. */
  id: string;
  /** ISO 3166-1 alpha-2; "XX" for international / global entries. */
  country: string;
  countryName: string;
  organisation: string;
  contacts: HotlineContact[];
  /** Who and what the line is for (e.g. "children (abuse, trafficking, exploitation)"). */
  scope?: string;
  hours?: string;
  languages?: string;
  /** First source URL of the row. */
  source: string;
  /** Set when the source URL is not usable as written (e.g. shortened with "…" in the reference). */
  sourceNote?: string;
  /** Newest date the reference gives for the row's sources (YYYY, YYYY-MM or YYYY-MM-DD); null if none. */
  verified: string | null;
  /** Explains an estimated, borrowed or missing `verified` date. */
  verifiedNote?: string;
  /** The qualification written after VERIFIED, e.g. "women & children only". */
  verdictNote?: string;
}

export interface HotlinesFile {
  generatedFrom: string;
  entries: HotlineEntry[];
}

/** The country code used for entries that are not tied to one country. */
export const GLOBAL_COUNTRY = 'XX';

export interface HotlineSelectionInput {
  userCountry?: string | null;
  destinationCountries?: readonly string[];
}

export interface HotlineSelection {
  forUser: HotlineEntry[];
  forDestinations: HotlineEntry[];
  global: HotlineEntry[];
}

function normaliseCountry(code: string | null | undefined): string | null {
  if (typeof code !== 'string') return null;
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper) || upper === GLOBAL_COUNTRY) return null;
  return upper;
}

/**
 * Splits the directory into the lines for the user's own country, the lines for the destination
 * countries (deduplicated, in the order given, without the user's own country) and the global entries.
 */
export function selectHotlines(entries: readonly HotlineEntry[], input: HotlineSelectionInput): HotlineSelection {
  const user = normaliseCountry(input.userCountry);
  const destinations: string[] = [];
  for (const raw of input.destinationCountries ?? []) {
    const code = normaliseCountry(raw);
    if (code !== null && code !== user && !destinations.includes(code)) destinations.push(code);
  }
  return {
    forUser: user === null ? [] : entries.filter((e) => e.country === user),
    forDestinations: destinations.flatMap((code) => entries.filter((e) => e.country === code)),
    global: entries.filter((e) => e.country === GLOBAL_COUNTRY),
  };
}

/** Country assumed for a bare language tag (no region). Only languages spoken mainly in one country. */
const LANGUAGE_COUNTRY: Readonly<Record<string, string>> = {
  id: 'ID', in: 'ID', // "in" is the legacy code for Indonesian
  vi: 'VN',
  th: 'TH',
  zh: 'CN',
  fil: 'PH', tl: 'PH',
  ko: 'KR',
  sw: 'KE',
  hi: 'IN',
  ms: 'MY',
  ja: 'JP',
  km: 'KH',
  lo: 'LA',
  my: 'MM',
  ne: 'NP',
  si: 'LK',
  am: 'ET',
};

/** Country implied by a script subtag when no region is given (zh-Hant → Taiwan). */
const SCRIPT_COUNTRY: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  zh: { hant: 'TW', hans: 'CN' },
};

/**
 * Guesses the user's country from a BCP 47 locale ("en-PH" → "PH", "vi" → "VN", "zh-TW" → "TW").
 * A region subtag wins; otherwise a language spoken mainly in one country; otherwise null.
 */
export function countryFromLocale(locale: string): string | null {
  if (typeof locale !== 'string') return null;
  const parts = locale.trim().replace(/_/g, '-').split('-').filter((p) => p.length > 0);
  const language = parts[0]?.toLowerCase();
  if (language === undefined || !/^[a-z]{2,3}$/.test(language)) return null;
  let script: string | undefined;
  for (const part of parts.slice(1)) {
    if (/^[A-Za-z]{2}$/.test(part)) {
      const region = part.toUpperCase();
      if (region === 'UK') return 'GB';
      return region === GLOBAL_COUNTRY || region === 'ZZ' ? null : region;
    }
    if (/^\d{3}$/.test(part)) break; // UN M.49 area such as "419": not a country; fall back to the language
    if (script === undefined && /^[A-Za-z]{4}$/.test(part)) script = part.toLowerCase();
  }
  const byScript = script === undefined ? undefined : SCRIPT_COUNTRY[language]?.[script];
  return byScript ?? LANGUAGE_COUNTRY[language] ?? null;
}
