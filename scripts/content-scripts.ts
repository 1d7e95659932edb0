// The content scripts' layout and budgets for the build: bundles the on-demand offer module (ESM), the chat
// runtime and one script per site bundle (IIFE), derives the manifest entries they need from
// src/content/sites/site-bundles.ts, and measures what can load on one page and in all. Never writes files.
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { join } from 'node:path';
import { SITE_BUNDLES, type SiteBundle } from '../src/content/sites/site-bundles.js';

export const DETECTOR = 'content.js';
export const PAGE_MODULE = 'content-page.js';
export const CHAT_RUNTIME = 'chat.js';
export const ALL_PAGES = ['http://*/*', 'https://*/*'];

/** Issue 3: content scripts on any one page, minified. */
export const PAGE_BUDGET_BYTES = 40 * 1024;
/** Issue 6: every content script together, minified. */
export const TOTAL_BUDGET_BYTES = 60 * 1024;

export const siteScript = (bundle: Pick<SiteBundle, 'id'>) => `sites/${bundle.id}.js`;
const camel = (file: string) => file.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The manifest's content_scripts: the detector on every http(s) page but the adapters' sites, then each
 * site's adapters with the chat runtime.
 */
export function contentScriptEntries(bundles: readonly SiteBundle[] = SITE_BUNDLES): Record<string, unknown>[] {
  return [
    { matches: ALL_PAGES, exclude_matches: bundles.flatMap((b) => b.matches), js: [DETECTOR], run_at: 'document_idle', all_frames: false },
    ...bundles.map((b) => ({ matches: [...b.matches], js: [siteScript(b), CHAT_RUNTIME], run_at: 'document_idle', all_frames: false })),
  ];
}

/** The offer module is imported by content scripts on demand, so it must be web-accessible (per-session URL in Chrome). */
export function webAccessibleResources(): Record<string, unknown>[] {
  return [{ resources: [PAGE_MODULE], matches: ALL_PAGES, use_dynamic_url: true }];
}

/** Differences between a manifest's content-script declarations and the ones derived from the site bundles. */
export function manifestDrift(manifest: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (!same(manifest.content_scripts, contentScriptEntries())) {
    problems.push(`manifest.json content_scripts differ from src/content/sites/site-bundles.ts; expected:\n${JSON.stringify(contentScriptEntries(), null, 2)}`);
  }
  if (!same(manifest.web_accessible_resources, webAccessibleResources())) {
    problems.push(`manifest.json web_accessible_resources should be:\n${JSON.stringify(webAccessibleResources(), null, 2)}`);
  }
  return problems;
}

/** One virtual entry per site bundle: registers the bundle's adapters for chat.js. */
function siteEntries(root: string): Plugin {
  return {
    name: 'lureguard-site-entries',
    setup(b) {
      b.onResolve({ filter: /^site-bundle:/ }, (args) => ({ path: args.path.slice('site-bundle:'.length), namespace: 'site-bundle' }));
      b.onLoad({ filter: /.*/, namespace: 'site-bundle' }, (args) => {
        const bundle = SITE_BUNDLES.find((s) => s.id === args.path);
        if (!bundle) return { errors: [{ text: `no site bundle ${args.path}` }] };
        const dir = join(root, 'src/content/sites');
        const imports = bundle.adapters.map((file) => `import { ${camel(file)} } from ${JSON.stringify(join(dir, `${file}.ts`))};`);
        const register = `import { registerAdapters } from ${JSON.stringify(join(dir, 'adapter-registry.ts'))};`;
        return { contents: `${register}\n${imports.join('\n')}\nregisterAdapters([${bundle.adapters.map(camel).join(', ')}]);\n`, loader: 'ts', resolveDir: dir };
      });
    },
  };
}

/**
 * Bundles the detector content.js, chat.js and sites/<id>.js (IIFE) and content-page.js (ESM). Written as
 * UTF-8 (browsers require it of content scripts), which keeps the detector's non-Latin job words short.
 */
export async function bundleContentScripts(root: string): Promise<Map<string, Uint8Array>> {
  const common: BuildOptions & { write: false } = {
    bundle: true, minify: true, target: ['chrome120', 'firefox140'], write: false, legalComments: 'none', logLevel: 'warning', absWorkingDir: root,
    charset: 'utf8',
  };
  const classic = await build({
    ...common,
    format: 'iife',
    entryPoints: { content: 'src/content/content-main.ts', chat: 'src/content/chat-main.ts', ...Object.fromEntries(SITE_BUNDLES.map((b) => [`sites/${b.id}`, `site-bundle:${b.id}`])) },
    outdir: 'out',
    plugins: [siteEntries(root)],
  });
  const module = await build({ ...common, format: 'esm', entryPoints: { 'content-page': 'src/content/page-module.ts' }, outdir: 'out' });
  const out = new Map<string, Uint8Array>();
  for (const file of [...classic.outputFiles, ...module.outputFiles]) {
    out.set(file.path.slice(join(root, 'out').length + 1).split('\\').join('/'), file.contents);
  }
  return out;
}

export interface ContentBudget {
  lines: string[];
  problems: string[];
}

/** What can load on one page (detector, plus the offer module or a site's scripts plus the offer module as fallback) and in all. */
export function contentBudget(scripts: ReadonlyMap<string, Uint8Array>, bundles: readonly SiteBundle[] = SITE_BUNDLES): ContentBudget {
  const size = (name: string) => scripts.get(name)?.length ?? 0;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  const pages: [string, string[]][] = [
    ['any page (detector only)', [DETECTOR]],
    ['job-offer page', [DETECTOR, PAGE_MODULE]],
    ...bundles.map((b): [string, string[]] => [`${b.id} (adapter, chat runtime, fallback)`, [siteScript(b), CHAT_RUNTIME, PAGE_MODULE]]),
  ];
  const lines: string[] = [];
  const problems: string[] = [];
  for (const [name, files] of pages) {
    const total = files.reduce((n, f) => n + size(f), 0);
    lines.push(`  on ${name}: ${kb(total)} (${files.join(' + ')}), budget ${kb(PAGE_BUDGET_BYTES)}`);
    if (total > PAGE_BUDGET_BYTES) problems.push(`content scripts on ${name} are ${total} bytes minified; the budget is ${PAGE_BUDGET_BYTES}`);
  }
  const all = [DETECTOR, PAGE_MODULE, CHAT_RUNTIME, ...bundles.map(siteScript)];
  const total = all.reduce((n, f) => n + size(f), 0);
  lines.unshift(`content scripts, all ${all.length} together: ${kb(total)} minified, budget ${kb(TOTAL_BUDGET_BYTES)}`);
  if (total > TOTAL_BUDGET_BYTES) problems.push(`all content scripts are ${total} bytes minified; the budget is ${TOTAL_BUDGET_BYTES}`);
  for (const f of all) if (!scripts.has(f)) problems.push(`content script ${f} was not built`);
  return { lines, problems };
}
