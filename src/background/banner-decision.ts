// Decides whether the in-page banner appears for a verdict, given the user's settings and the page's host,
// and which hotlines it offers (the user's country, then the destinations the offer names).
// Pure: settings and the hotline directory are passed in. Never sees or stores page text.
import { LEVELS, type Level, type Verdict } from '../engine/types.js';
import type { BannerDecision } from '../shared/messages.js';
import { selectHotlines, type HotlineEntry } from '../shared/hotlines.js';
import { isSiteListed, type Settings } from '../shared/settings.js';

export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

/** Hotlines for the user's own country first, then for each destination country the offer names. */
export function helpFor(entries: readonly HotlineEntry[], userCountry: string | null, destinations: readonly string[]): HotlineEntry[] {
  const selection = selectHotlines(entries, { userCountry, destinationCountries: destinations });
  return [...selection.forUser, ...selection.forDestinations];
}

export type Suppression = 'site-allowed' | 'site-paused';

/** Why warnings are off on this host, if the user allowed or paused it. */
export function suppressionFor(host: string | null, settings: Pick<Settings, 'allowedSites' | 'pausedSites'>): Suppression | undefined {
  if (isSiteListed(host, settings.allowedSites)) return 'site-allowed';
  if (isSiteListed(host, settings.pausedSites)) return 'site-paused';
  return undefined;
}

export interface BannerInput {
  verdict: Verdict;
  settings: Settings;
  /** Host of the page (null for pages without one). */
  host: string | null;
  hotlines: readonly HotlineEntry[];
  /** The user asked for this check (context menu): show the result whatever the level or site lists. */
  requested?: boolean;
}

export function decideBanner({ verdict, settings, host, hotlines, requested = false }: BannerInput): BannerDecision {
  const minLevel: Level = settings.bannerLevel;
  const help = helpFor(hotlines, settings.country, verdict.destinations);
  if (requested) return { show: true, minLevel, help };
  const suppressed = suppressionFor(host, settings);
  if (suppressed !== undefined) return { show: false, reason: suppressed, minLevel, help };
  if (levelRank(verdict.level) < levelRank(minLevel)) return { show: false, reason: 'below-level', minLevel, help };
  return { show: true, minLevel, help };
}
