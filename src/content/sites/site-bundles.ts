// Which site adapters load where: one content-script bundle per site, with its manifest match patterns and
// the adapter files it holds. Data plus a match-pattern test only. The build makes one script per bundle,
// manifest.json lists them (a test keeps the two equal), and the generic detector leaves these sites to them.

export interface SiteBundle {
  /** Bundle name: the built script is sites/<id>.js. */
  id: string;
  /** Adapter files in src/content/sites (without .ts); each exports one adapter named after the file. */
  adapters: readonly string[];
  /** Manifest match patterns: the adapters load only on these pages. */
  matches: readonly string[];
}

export const SITE_BUNDLES: readonly SiteBundle[] = [
  { id: 'whatsapp', adapters: ['whatsapp'], matches: ['https://web.whatsapp.com/*'] },
  { id: 'telegram', adapters: ['telegram-k', 'telegram-a'], matches: ['https://web.telegram.org/*'] },
  { id: 'messenger', adapters: ['messenger'], matches: ['https://www.messenger.com/*'] },
  { id: 'facebook', adapters: ['messenger', 'facebook-posts'], matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'] },
  { id: 'linkedin', adapters: ['linkedin'], matches: ['https://www.linkedin.com/*'] },
  { id: 'indeed', adapters: ['indeed'], matches: ['https://*.indeed.com/*'] },
  {
    id: 'jobstreet',
    adapters: ['jobstreet'],
    matches: ['https://*.jobstreet.com/*', 'https://*.jobstreet.co.id/*', 'https://*.jobstreet.com.my/*', 'https://*.jobstreet.com.ph/*', 'https://*.jobstreet.com.sg/*'],
  },
];

/**
 * True when a URL matches a manifest match pattern of the form scheme://host/path, where the host may
 * start with "*." (the domain and its subdomains) and "*" in the path matches anything.
 */
export function matchesPattern(url: URL, pattern: string): boolean {
  const m = /^(https?|\*):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  if (scheme !== '*' ? url.protocol !== `${scheme}:` : url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const hostname = url.hostname.toLowerCase();
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
  } else if (host !== '*' && hostname !== host) {
    return false;
  }
  const glob = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return glob.test(url.pathname);
}

/** The bundle whose patterns match the URL, or null: on those pages a site adapter reads the page. */
export function siteBundleFor(href: string, bundles: readonly SiteBundle[] = SITE_BUNDLES): SiteBundle | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  return bundles.find((b) => b.matches.some((p) => matchesPattern(url, p))) ?? null;
}
