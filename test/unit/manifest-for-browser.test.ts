// The per-browser manifests derived from the one cross-browser manifest.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestForBrowser } from '../../scripts/manifest-for-browser.js';

const source = JSON.parse(readFileSync('manifest.json', 'utf8')) as Record<string, any>;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('manifest.json', () => {
  it('is one MV3 manifest carrying the package.json version, localised name and minimal permissions', () => {
    expect(source.manifest_version).toBe(3);
    expect(source.version).toBe(pkg.version);
    expect(source.name).toMatch(/^__MSG_\w+__$/);
    expect(source.description).toMatch(/^__MSG_\w+__$/);
    expect(source.default_locale).toBe('en');
    expect(source.permissions).toEqual(['storage', 'contextMenus', 'alarms']);
    expect(source.host_permissions).toBeUndefined();
  });

  it('every __MSG_ key it uses exists in the English locale', () => {
    const messages = JSON.parse(readFileSync('assets/_locales/en/messages.json', 'utf8')) as Record<string, unknown>;
    const keys = [...JSON.stringify(source).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(messages, key).toHaveProperty(key);
  });
});

describe('manifestForBrowser', () => {
  it('chrome: drops browser_specific_settings and background.scripts, keeps the service worker', () => {
    const chrome = manifestForBrowser(source, 'chrome', '9.8.7');
    expect(chrome.version).toBe('9.8.7');
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
  });

  it('firefox: keeps the gecko settings and background.scripts, drops the service worker', () => {
    const firefox = manifestForBrowser(source, 'firefox', '9.8.7') as Record<string, any>;
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.minimum_chrome_version).toBeUndefined();
    expect(firefox.browser_specific_settings.gecko).toEqual({
      id: 'lureguard@lureguard.org',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
    // Firefox for Android reads data_collection_permissions from 142 on.
    expect(firefox.browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
  });

  it('does not change the source object', () => {
    const before = JSON.stringify(source);
    manifestForBrowser(source, 'chrome', '1.0.0');
    manifestForBrowser(source, 'firefox', '1.0.0');
    expect(JSON.stringify(source)).toBe(before);
  });
});
