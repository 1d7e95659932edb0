// `npm run build`: bundles the extension for Chrome/Edge (dist/chrome) and Firefox (dist/firefox) with the
// bundled core pack (examples stripped), the CLI (dist/cli/lureguard.mjs) and the two release zips, then
// prints bundle sizes. Fails on an invalid core pack or a version mismatch. Never copies ../shared into dist.
import { build, type BuildOptions } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadPackSource } from '../src/cli/load-pack-source.js';
import { shippedForm } from '../src/cli/pack-command.js';
import { compilePack, PackInvalidError, type PackSource } from '../src/engine/index.js';
import { manifestForBrowser, type Browser } from './manifest-for-browser.js';
import { bundleContentScripts, contentBudget, manifestDrift } from './content-scripts.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const BROWSERS: Browser[] = ['chrome', 'firefox'];
const ENTRIES: Record<string, string> = {
  background: 'src/background/worker.ts',
  popup: 'src/popup/popup.ts',
  options: 'src/options/options.ts',
};
const STATIC_FILES = ['src/popup/popup.html', 'src/popup/popup.css', 'src/options/options.html', 'src/options/options.css'];
const CORE_PACK_DIR = 'rules/packs/core';
const CLI_ENTRY = 'src/cli/main.ts';
const CLI_OUT = join(DIST, 'cli', 'lureguard.mjs');

const path = (p: string) => join(ROOT, p);
const readJson = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;

function fail(message: string): never {
  console.error(`build failed: ${message}`);
  process.exit(1);
}

/** The source manifest must carry the package.json version, so the two never drift. */
function readManifest(version: string): Record<string, unknown> {
  const manifest = readJson(path('manifest.json'));
  if (manifest.version !== version) fail(`manifest.json version ${String(manifest.version)} differs from package.json ${version}`);
  return manifest;
}

async function bundleExtensionScripts(): Promise<Map<string, Uint8Array>> {
  const result = await build({
    entryPoints: ENTRIES,
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome120', 'firefox140'],
    outdir: 'out',
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: ROOT,
  });
  return new Map(result.outputFiles.map((f) => [relative(path('out'), f.path), f.contents]));
}

/**
 * The core pack as shipped: the canonical shipped form (`lureguard pack build`: the source without rule
 * examples), checked by compiling it exactly as the worker will.
 */
function buildCorePack(): string {
  const { pack } = loadPackSource(path(CORE_PACK_DIR));
  let shipped: string;
  try {
    shipped = shippedForm(pack as unknown as PackSource);
    compilePack(JSON.parse(shipped) as PackSource, { form: 'shipped' });
  } catch (error) {
    if (error instanceof PackInvalidError) {
      for (const issue of error.issues) console.error(`  ${issue.code} ${issue.path}: ${issue.message}`);
    }
    fail(`the core pack in ${CORE_PACK_DIR} does not compile as shipped: ${(error as Error).message}`);
  }
  return shipped;
}

async function bundleCli(): Promise<boolean> {
  if (!existsSync(path(CLI_ENTRY))) {
    console.warn(`warning: ${CLI_ENTRY} does not exist yet; skipping the CLI bundle`);
    return false;
  }
  const options: BuildOptions = {
    entryPoints: [path(CLI_ENTRY)],
    outfile: CLI_OUT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['recheck'],
    // Bundled CommonJS dependencies may call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __lureguardCreateRequire } from 'node:module';\nconst require = __lureguardCreateRequire(import.meta.url);" },
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: ROOT,
  };
  await build(options);
  return true;
}

/** Zips one browser folder with web-ext (offline; no lint, no signing). */
function zip(browser: Browser, version: string): string {
  const filename = `lureguard-${browser}-${version}.zip`;
  const args = ['build', '--source-dir', join(DIST, browser), '--artifacts-dir', DIST, '--filename', filename, '--overwrite-dest', '--no-config-discovery'];
  const run = spawnSync(path('node_modules/.bin/web-ext'), args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
  });
  if (run.status !== 0) fail(`web-ext build for ${browser} failed:\n${run.stdout}${run.stderr}`);
  return join(DIST, filename);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

function printSizes(files: string[]): void {
  const rows = files.map((f) => {
    const data = readFileSync(f);
    const gz = f.endsWith('.zip') ? '' : kb(gzipSync(data).length);
    return [relative(ROOT, f), kb(data.length), gz] as const;
  });
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`${'file'.padEnd(width)}  ${'size'.padStart(10)}  ${'gzip'.padStart(10)}`);
  for (const [name, size, gz] of rows) console.log(`${name.padEnd(width)}  ${size.padStart(10)}  ${gz.padStart(10)}`);
}

/**
 * Prints what content scripts can load on one page and in all (scripts/content-scripts.ts), and fails the
 * build over a budget or when manifest.json's content-script entries drift from the site bundles.
 */
function checkContentBudget(scripts: Map<string, Uint8Array>, manifest: Record<string, unknown>): void {
  const { lines, problems } = contentBudget(scripts);
  for (const line of lines) console.log(line);
  const drift = manifestDrift(manifest);
  if (problems.length > 0 || drift.length > 0) fail([...problems, ...drift].join('\n'));
}

async function main(): Promise<void> {
  const started = Date.now();
  const version = readJson(path('package.json')).version as string;
  const sourceManifest = readManifest(version);
  const corePack = buildCorePack();
  const scripts = await bundleExtensionScripts();
  for (const [name, contents] of await bundleContentScripts(ROOT)) scripts.set(name, contents);
  checkContentBudget(scripts, sourceManifest);

  for (const target of [...BROWSERS.map((b) => join(DIST, b)), join(DIST, 'cli')]) rmSync(target, { recursive: true, force: true });
  for (const browser of BROWSERS) rmSync(join(DIST, `lureguard-${browser}-${version}.zip`), { force: true });

  for (const browser of BROWSERS) {
    const out = join(DIST, browser);
    mkdirSync(join(out, 'packs'), { recursive: true });
    for (const [name, contents] of scripts) {
      mkdirSync(join(out, name, '..'), { recursive: true });
      writeFileSync(join(out, name), contents);
    }
    for (const file of STATIC_FILES) cpSync(path(file), join(out, file.split('/').pop()!));
    cpSync(path('assets/_locales'), join(out, '_locales'), { recursive: true });
    cpSync(path('assets/icons'), join(out, 'icons'), { recursive: true });
    writeFileSync(join(out, 'packs', 'core.json'), corePack);
    // Public keys trusted to sign pack updates, read by the worker at run time (keys/index.json lists them).
    const keyFiles = readdirSync(path('assets/keys')).filter((f) => f.endsWith('.json')).sort();
    mkdirSync(join(out, 'keys'), { recursive: true });
    for (const f of keyFiles) cpSync(path(`assets/keys/${f}`), join(out, 'keys', f));
    writeFileSync(join(out, 'keys', 'index.json'), `${JSON.stringify(keyFiles)}\n`);
    cpSync(path('assets/managed-schema.json'), join(out, 'managed-schema.json'));
    writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifestForBrowser(sourceManifest, browser, version), null, 2)}\n`);
  }

  const cliBuilt = await bundleCli();
  const zips: string[] = [];
  for (const browser of BROWSERS) zips.push(zip(browser, version));

  const shown = filesUnder(join(DIST, 'chrome')).filter((f) => /\.(js|json|html|css)$/.test(f) && !f.includes('_locales'));
  printSizes([...shown, ...(cliBuilt ? [CLI_OUT] : []), ...zips]);
  console.log(`built lureguard ${version} for ${BROWSERS.join(' and ')} in ${Date.now() - started} ms`);
}

main().catch((error: unknown) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
