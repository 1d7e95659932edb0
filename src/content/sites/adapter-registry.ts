// Hands site adapters from their per-site scripts to the shared chat runtime: content scripts of one
// extension share one isolated global scope per frame (never the page's), so a site script adds its
// adapters to a list there and chat.js, listed after it in the same manifest entry, reads them.
import type { SiteAdapter } from './site-adapter.js';

const KEY = '__lureguardSiteAdapters';

type Holder = { [KEY]?: SiteAdapter[] };

export function registerAdapters(adapters: readonly SiteAdapter[], scope: object = globalThis): void {
  const holder = scope as Holder;
  const list = (holder[KEY] ??= []);
  for (const adapter of adapters) if (!list.some((a) => a.id === adapter.id)) list.push(adapter);
}

export function registeredAdapters(scope: object = globalThis): readonly SiteAdapter[] {
  return (scope as Holder)[KEY] ?? [];
}
