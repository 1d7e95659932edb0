// Loads the generic job-offer module (content-page.js: extractor, page check and banner) on demand, so the
// detector that runs on every page stays tiny. The module is an extension file made web-accessible (with a
// per-session URL in Chrome) and imported into the content script's own isolated world.
import type * as PageModule from './page-module.js';

export type { PageModule };

export const PAGE_MODULE_FILE = 'content-page.js';

let loading: Promise<typeof PageModule> | null = null;

export function loadPageModule(getUrl: (path: string) => string = (path) => chrome.runtime.getURL(path)): Promise<typeof PageModule> {
  loading ??= import(/* @vite-ignore */ getUrl(PAGE_MODULE_FILE)) as Promise<typeof PageModule>;
  return loading;
}
