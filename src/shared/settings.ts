// The user's settings (country, language, banner level, allowed and paused sites): their types, defaults,
// validation of stored values and reading/writing them through a storage passed in (chrome.storage.local).
// A corrupt stored value falls back to its default and never throws. Pure apart from the storage given;
// never stores page text (sites are stored as bare host names only).
import type { Level } from '../engine/types.js';

export const UI_LANGUAGES = ['auto', 'en', 'id', 'vi'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Levels from which the in-page banner can be set to appear (never `none`: that would warn on every page). */
export const BANNER_LEVELS = ['caution', 'warning', 'danger'] as const satisfies readonly Level[];
export type BannerLevel = (typeof BANNER_LEVELS)[number];

export interface Settings {
  /** ISO 3166-1 alpha-2 (upper case), or null when unknown. */
  country: string | null;
  language: UiLanguage;
  bannerLevel: BannerLevel;
  /** Host names the user trusts: no warning there. */
  allowedSites: string[];
  /** Host names where the user paused Lureguard: no warning there. */
  pausedSites: string[];
}

/** Storage key of each setting (one key each, so two pages editing different settings never overwrite each other). */
export const SETTINGS_KEYS: { readonly [K in keyof Settings]: string } = {
  country: 'settings.country',
  language: 'settings.language',
  bannerLevel: 'settings.bannerLevel',
  allowedSites: 'settings.allowedSites',
  pausedSites: 'settings.pausedSites',
};

/** The part of chrome.storage.local the settings use. */
export interface SettingsStorage {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove?(keys: string[]): Promise<void>;
}

/** Most sites kept per list; older entries drop off first. */
export const MAX_SITES = 500;
const MAX_HOST_LENGTH = 253;

export interface SettingsEnvironment {
  /** chrome.i18n.getUILanguage() or navigator.language; the default country is guessed from it. */
  locales: readonly (string | undefined)[];
  /** Guesses a country from a locale ("en-PH" → "PH"); src/shared/hotlines.ts countryFromLocale. */
  countryFromLocale: (locale: string) => string | null;
}

export function normalizeCountry(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const upper = value.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(upper) && upper !== 'XX' && upper !== 'ZZ' ? upper : null;
}

export function defaultSettings(env: SettingsEnvironment): Settings {
  let country: string | null = null;
  for (const locale of env.locales) {
    if (typeof locale !== 'string' || locale === '') continue;
    country = normalizeCountry(env.countryFromLocale(locale));
    if (country !== null) break;
  }
  return { country, language: 'auto', bannerLevel: 'warning', allowedSites: [], pausedSites: [] };
}

/**
 * The host name of a URL or a typed-in site ("https://Jobs.Example.com/x" → "jobs.example.com"), or null
 * when it has none (about:blank, data:, garbage). A leading "www." is kept: it is a different host.
 */
export function hostOf(urlOrHost: unknown): string | null {
  if (typeof urlOrHost !== 'string') return null;
  const trimmed = urlOrHost.trim();
  if (trimmed === '' || trimmed.length > 2048) return null;
  let host: string;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    host = url.hostname.toLowerCase();
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '');
  if (host === '' || host.length > MAX_HOST_LENGTH || !/^[a-z0-9.[\]:-]+$/.test(host)) return null;
  return host;
}

/** True when the host is on the list, or is a subdomain of a host on the list. */
export function isSiteListed(host: string | null, sites: readonly string[]): boolean {
  if (host === null) return false;
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}

function validSites(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string') continue;
    const host = hostOf(item);
    if (host !== null && host === item && !out.includes(host)) out.push(host);
  }
  return out.slice(-MAX_SITES);
}

/** Turns stored values into settings: each missing or corrupt value takes its default. */
export function validateSettings(stored: Record<string, unknown>, defaults: Settings): Settings {
  const country = stored[SETTINGS_KEYS.country];
  const language = stored[SETTINGS_KEYS.language];
  const bannerLevel = stored[SETTINGS_KEYS.bannerLevel];
  return {
    country: normalizeCountry(country) ?? defaults.country,
    language: (UI_LANGUAGES as readonly unknown[]).includes(language) ? (language as UiLanguage) : defaults.language,
    bannerLevel: (BANNER_LEVELS as readonly unknown[]).includes(bannerLevel) ? (bannerLevel as BannerLevel) : defaults.bannerLevel,
    allowedSites: SETTINGS_KEYS.allowedSites in stored ? validSites(stored[SETTINGS_KEYS.allowedSites]) : defaults.allowedSites,
    pausedSites: SETTINGS_KEYS.pausedSites in stored ? validSites(stored[SETTINGS_KEYS.pausedSites]) : defaults.pausedSites,
  };
}

/** Reads the settings; an unreadable storage gives the defaults. */
export async function loadSettings(storage: SettingsStorage, defaults: Settings): Promise<Settings> {
  let stored: Record<string, unknown>;
  try {
    stored = (await storage.get(Object.values(SETTINGS_KEYS))) ?? {};
  } catch {
    return defaults;
  }
  return validateSettings(typeof stored === 'object' && stored !== null ? stored : {}, defaults);
}

/** Writes the given settings (validated: an invalid value is refused with an error, nothing is written). */
export async function saveSettings(storage: SettingsStorage, changes: Partial<Settings>): Promise<void> {
  const items: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(changes) as [keyof Settings, unknown][]) {
    switch (name) {
      case 'country': {
        if (value !== null && normalizeCountry(value) === null) throw new TypeError('country must be an ISO 3166-1 alpha-2 code');
        items[SETTINGS_KEYS.country] = value === null ? null : normalizeCountry(value);
        break;
      }
      case 'language':
        if (!(UI_LANGUAGES as readonly unknown[]).includes(value)) throw new TypeError(`language must be one of ${UI_LANGUAGES.join(', ')}`);
        items[SETTINGS_KEYS.language] = value;
        break;
      case 'bannerLevel':
        if (!(BANNER_LEVELS as readonly unknown[]).includes(value)) throw new TypeError(`bannerLevel must be one of ${BANNER_LEVELS.join(', ')}`);
        items[SETTINGS_KEYS.bannerLevel] = value;
        break;
      case 'allowedSites':
      case 'pausedSites':
        if (!Array.isArray(value)) throw new TypeError(`${name} must be a list of host names`);
        items[SETTINGS_KEYS[name]] = validSites(value);
        break;
      default:
        throw new TypeError(`unknown setting ${String(name)}`);
    }
  }
  if (Object.keys(items).length > 0) await storage.set(items);
}

export type SiteList = 'allowedSites' | 'pausedSites';

/** Adds a host to the allowed or paused list (no duplicates). Returns the host added, or null for a URL without one. */
export async function addSite(storage: SettingsStorage, defaults: Settings, list: SiteList, urlOrHost: string): Promise<string | null> {
  const host = hostOf(urlOrHost);
  if (host === null) return null;
  const current = (await loadSettings(storage, defaults))[list];
  if (!current.includes(host)) await saveSettings(storage, { [list]: [...current, host] });
  return host;
}

/** Removes a host from the allowed or paused list. */
export async function removeSite(storage: SettingsStorage, defaults: Settings, list: SiteList, host: string): Promise<void> {
  const current = (await loadSettings(storage, defaults))[list];
  if (current.includes(host)) await saveSettings(storage, { [list]: current.filter((h) => h !== host) });
}
