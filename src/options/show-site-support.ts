// Shows on the options page which site readers (the chat and job-site adapters) could not read their site
// in this browser session: "Support for this site is degraded: WhatsApp Web". Reads the statuses the worker
// keeps in storage.session (site id, status, time; never page text) and writes text with textContent only.
import type { Translate } from '../shared/localize-page.js';

/** Key prefix of the statuses in storage.session; the worker's adapter-status store writes them. */
export const ADAPTER_STATUS_PREFIX = 'adapterStatus:';

/** Display names of the site readers (product names, the same in every language). */
export const SITE_NAMES: Readonly<Record<string, string>> = {
  whatsapp: 'WhatsApp Web',
  'telegram-k': 'Telegram Web (K)',
  'telegram-a': 'Telegram Web (A)',
  messenger: 'Messenger',
  'facebook-posts': 'Facebook groups and Marketplace',
  linkedin: 'LinkedIn',
  indeed: 'Indeed',
  jobstreet: 'JobStreet',
};

export interface SiteSupportElements {
  list: HTMLElement;
  /** Shown when no reader reported a problem. */
  allOk: HTMLElement;
}

/** The site ids whose newest status is "degraded", in a stable order. */
export function degradedSites(stored: Record<string, unknown>): string[] {
  const sites: string[] = [];
  for (const [key, value] of Object.entries(stored)) {
    if (!key.startsWith(ADAPTER_STATUS_PREFIX)) continue;
    if (typeof value === 'object' && value !== null && (value as { status?: unknown }).status === 'degraded') sites.push(key.slice(ADAPTER_STATUS_PREFIX.length));
  }
  return sites.sort();
}

export function showSiteSupport(elements: SiteSupportElements, stored: Record<string, unknown>, t: Translate): void {
  const doc = elements.list.ownerDocument;
  const sites = degradedSites(stored);
  elements.list.replaceChildren(
    ...sites.map((site) => {
      const item = doc.createElement('li');
      item.className = 'warning';
      item.dataset.site = site;
      item.textContent = t('optionsSiteDegraded', SITE_NAMES[site] ?? site);
      return item;
    }),
  );
  elements.list.hidden = sites.length === 0;
  elements.allOk.hidden = sites.length > 0;
}
