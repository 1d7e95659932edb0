// What `npm run build` leaves in dist/: a loadable folder per browser with its own manifest, the bundled
// core pack without examples, and the two release zips. Needs `npm run build` first.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const BROWSERS = ['chrome', 'firefox'] as const;
const EXTENSION_FILES = [
  'manifest.json', 'background.js', 'popup.html', 'popup.js', 'popup.css', 'options.html', 'options.js', 'options.css',
  'packs/core.json', '_locales/en/messages.json', 'icons/icon-16.png', 'icons/icon-32.png', 'icons/icon-48.png', 'icons/icon-128.png',
];

function requireBuild(dir: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run \`npm run build\` before \`npm test\``);
}

describe.each(BROWSERS)('dist/%s', (browser) => {
  const dir = join('dist', browser);

  it('holds every file the manifest and pages refer to', () => {
    requireBuild(dir);
    for (const file of EXTENSION_FILES) expect(existsSync(join(dir, file)), file).toBe(true);
  });

  it('has a manifest for this browser with the package version', () => {
    requireBuild(dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.version).toBe(pkg.version);
    if (browser === 'chrome') {
      expect(manifest.browser_specific_settings).toBeUndefined();
      expect(manifest.background).toEqual({ service_worker: 'background.js' });
    } else {
      expect(manifest.browser_specific_settings.gecko.id).toBe('lureguard@lureguard.org');
      expect(manifest.background).toEqual({ scripts: ['background.js'] });
    }
  });

  it('ships the core pack in its shipped form: no rule examples', () => {
    requireBuild(dir);
    const pack = JSON.parse(readFileSync(join(dir, 'packs/core.json'), 'utf8'));
    expect(pack.id).toBe('core');
    expect(pack.rules.length).toBeGreaterThan(0);
    for (const rule of pack.rules) expect(rule, rule.id).not.toHaveProperty('examples');
  });

  it('has a release zip', () => {
    requireBuild(dir);
    const zip = join('dist', `lureguard-${browser}-${pkg.version}.zip`);
    expect(existsSync(zip), zip).toBe(true);
    expect(readFileSync(zip).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
