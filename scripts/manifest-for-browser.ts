// Derives the per-browser manifest from the one cross-browser source manifest.json.
// Pure data transformation: never reads or writes files.

export type Browser = 'chrome' | 'firefox';
type Json = Record<string, unknown>;

/**
 * Chrome/Edge: drop `browser_specific_settings` and `background.scripts` (Chrome warns about both).
 * Firefox: keep them and drop `background.service_worker` (Firefox runs `scripts` and ignores the worker
 * with a lint warning), `minimum_chrome_version` and `use_dynamic_url` in web_accessible_resources (Chrome
 * only; Firefox's extension URLs are already random per install). The version always comes from package.json.
 */
export function manifestForBrowser(source: Json, browser: Browser, version: string): Json {
  const manifest = structuredClone(source);
  manifest.version = version;
  const background = { ...(manifest.background as Json | undefined) };
  if (browser === 'chrome') {
    delete manifest.browser_specific_settings;
    delete background.scripts;
  } else {
    delete manifest.minimum_chrome_version;
    delete background.service_worker;
    if (Array.isArray(manifest.web_accessible_resources)) {
      manifest.web_accessible_resources = (manifest.web_accessible_resources as Json[]).map(({ use_dynamic_url: _chromeOnly, ...rest }) => rest);
    }
  }
  manifest.background = background;
  return manifest;
}
