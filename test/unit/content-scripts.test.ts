// The content scripts' layout: manifest.json declares exactly the entries derived from the site bundles
// (the detector everywhere but the adapters' sites; each site's adapters with the chat runtime only on that
// site), every adapter file is in a bundle and serves the URLs of its bundle, the offer module is the only
// web-accessible file, and the built scripts stay within their size budgets. Parts need `npm run build`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentBudget, contentScriptEntries, manifestDrift, PAGE_MODULE, siteScript, webAccessibleResources } from '../../scripts/content-scripts.js';
import { manifestForBrowser } from '../../scripts/manifest-for-browser.js';
import type { SiteAdapter } from '../../src/content/sites/site-adapter.js';
import { matchesPattern, siteBundleFor, SITE_BUNDLES } from '../../src/content/sites/site-bundles.js';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as Record<string, unknown>;
const NOT_ADAPTERS = new Set(['site-adapter', 'site-bundles', 'adapter-registry']);
const camel = (file: string) => file.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

async function adapterOf(file: string): Promise<SiteAdapter> {
  const module = (await import(`../../src/content/sites/${file}.ts`)) as Record<string, SiteAdapter>;
  return module[camel(file)]!;
}

describe('content-script layout', () => {
  it('manifest.json declares exactly the entries derived from the site bundles', () => {
    expect(manifestDrift(manifest)).toEqual([]);
    expect(manifestDrift({ ...manifest, content_scripts: [] })).toHaveLength(1);
  });

  it('runs the detector on every http(s) page except the adapters\' sites', () => {
    const [detector] = contentScriptEntries() as { matches: string[]; exclude_matches: string[]; js: string[] }[];
    expect(detector!.js).toEqual(['content.js']);
    expect(detector!.matches).toEqual(['http://*/*', 'https://*/*']);
    expect(detector!.exclude_matches).toEqual(SITE_BUNDLES.flatMap((b) => b.matches));
  });

  it('puts every adapter file in a bundle under the name the build imports', async () => {
    const files = readdirSync('src/content/sites').map((f) => f.replace(/\.ts$/, '')).filter((f) => !NOT_ADAPTERS.has(f));
    expect(new Set(SITE_BUNDLES.flatMap((b) => b.adapters))).toEqual(new Set(files));
    for (const file of files) expect((await adapterOf(file))?.id, file).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });

  it('loads each adapter only where its own URLs are: the fixture URL matches its bundle and no other', async () => {
    for (const name of readdirSync('test/fixtures/sites').filter((f) => f.endsWith('.expected.json'))) {
      const { url } = JSON.parse(readFileSync(join('test/fixtures/sites', name), 'utf8')) as { url: string };
      const bundle = siteBundleFor(url);
      expect(bundle, name).not.toBeNull();
      const adapters = await Promise.all(bundle!.adapters.map(adapterOf));
      expect(adapters.filter((a) => a.handles(new URL(url))), name).toHaveLength(1);
    }
    expect(siteBundleFor('https://jobs.example.com/listing/1')).toBeNull();
  });

  it('matches manifest patterns like the browser: host wildcards cover the domain and its subdomains only', () => {
    expect(matchesPattern(new URL('https://indeed.com/viewjob'), 'https://*.indeed.com/*')).toBe(true);
    expect(matchesPattern(new URL('https://id.indeed.com/viewjob'), 'https://*.indeed.com/*')).toBe(true);
    expect(matchesPattern(new URL('https://notindeed.com/'), 'https://*.indeed.com/*')).toBe(false);
    expect(matchesPattern(new URL('http://web.whatsapp.com/'), 'https://web.whatsapp.com/*')).toBe(false);
  });

  it('makes only the offer module web-accessible, with a per-session URL in Chrome and without that key in Firefox', () => {
    expect(webAccessibleResources()).toEqual([{ resources: [PAGE_MODULE], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }]);
    const firefox = manifestForBrowser(manifest, 'firefox', '1.0.0') as { web_accessible_resources: Record<string, unknown>[] };
    expect(firefox.web_accessible_resources).toEqual([{ resources: [PAGE_MODULE], matches: ['http://*/*', 'https://*/*'] }]);
  });

  it('keeps the smallest set of permissions: no host permissions, no tabs, no scripting', () => {
    expect(manifest.permissions).toEqual(['storage', 'contextMenus', 'alarms']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
  });

  it('flags a page over 40 KB and all content scripts over 60 KB', () => {
    const sizes = new Map([['content.js', 5_000], [PAGE_MODULE, 20_000], ['chat.js', 25_000], ...SITE_BUNDLES.map((b) => [siteScript(b), 2_000] as const)]);
    const budget = contentBudget(new Map([...sizes].map(([k, v]) => [k, new Uint8Array(v)])));
    expect(budget.problems.some((p) => /on whatsapp/.test(p))).toBe(true);
    expect(budget.problems.some((p) => /all content scripts/.test(p))).toBe(true);
  });

  it('the built content scripts stay within their budgets (dist/chrome)', () => {
    const dir = 'dist/chrome';
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error('dist/chrome is missing: run `npm run build` before `npm test`');
    const built = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
    const files = [...new Set([...built.content_scripts.flatMap((c) => c.js), PAGE_MODULE])];
    const scripts = new Map(files.map((f) => [f, new Uint8Array(readFileSync(join(dir, f)))]));
    const { problems, lines } = contentBudget(scripts);
    expect(problems).toEqual([]);
    expect(lines[0]).toMatch(/all 10 together/);
  });
});
