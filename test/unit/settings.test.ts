// Settings in storage.local: defaults from the browser locale, validation of stored values (a corrupt value
// falls back to its default, never throws), saving only valid values, and the allowed/paused site lists.
import { describe, expect, it } from 'vitest';
import { countryFromLocale } from '../../src/shared/hotlines.js';
import {
  addSite, defaultSettings, hostOf, isSiteListed, loadSettings, MAX_SITES, removeSite, saveSettings, SETTINGS_KEYS,
  validateSettings, type Settings, type SettingsStorage,
} from '../../src/shared/settings.js';

function memoryStorage(initial: Record<string, unknown> = {}): SettingsStorage & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = { ...initial };
  return {
    data,
    get: async (keys) => Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, structuredClone(data[k])])),
    set: async (items) => void Object.assign(data, structuredClone(items)),
  };
}

const DEFAULTS: Settings = { country: 'VN', language: 'auto', bannerLevel: 'warning', allowedSites: [], pausedSites: [] };

describe('default settings', () => {
  it('guess the country from the first locale that names one, and start at the warning level', () => {
    expect(defaultSettings({ locales: ['en', 'id-ID'], countryFromLocale })).toEqual({
      country: 'ID', language: 'auto', bannerLevel: 'warning', allowedSites: [], pausedSites: [],
    });
    expect(defaultSettings({ locales: ['vi'], countryFromLocale }).country).toBe('VN');
    expect(defaultSettings({ locales: ['en-PH'], countryFromLocale }).country).toBe('PH');
  });

  it('leave the country unset when no locale names one', () => {
    expect(defaultSettings({ locales: ['en', undefined, ''], countryFromLocale }).country).toBeNull();
  });
});

describe('validateSettings', () => {
  it('keeps valid stored values', () => {
    const stored = {
      [SETTINGS_KEYS.country]: 'th', [SETTINGS_KEYS.language]: 'vi', [SETTINGS_KEYS.bannerLevel]: 'danger',
      [SETTINGS_KEYS.allowedSites]: ['jobs.example.com'], [SETTINGS_KEYS.pausedSites]: ['chat.example'],
    };
    expect(validateSettings(stored, DEFAULTS)).toEqual({
      country: 'TH', language: 'vi', bannerLevel: 'danger', allowedSites: ['jobs.example.com'], pausedSites: ['chat.example'],
    });
  });

  it.each([
    ['country', 'Vietnam'], ['country', 42], ['country', 'XX'],
    ['language', 'fr'], ['language', null],
    ['bannerLevel', 'none'], ['bannerLevel', { level: 'danger' }],
  ] as const)('falls back to the default for a corrupt %s (%j)', (name, value) => {
    expect(validateSettings({ [SETTINGS_KEYS[name]]: value }, DEFAULTS)[name]).toEqual(DEFAULTS[name]);
  });

  it('drops corrupt site entries and keeps the good ones', () => {
    const stored = { [SETTINGS_KEYS.allowedSites]: ['ok.example', 7, null, 'https://not-a-host.example/path', 'ok.example', '<script>'] };
    expect(validateSettings(stored, DEFAULTS).allowedSites).toEqual(['ok.example']);
    expect(validateSettings({ [SETTINGS_KEYS.pausedSites]: 'ok.example' }, DEFAULTS).pausedSites).toEqual([]);
  });

  it('keeps at most MAX_SITES sites, the newest ones', () => {
    const many = Array.from({ length: MAX_SITES + 5 }, (_, i) => `s${i}.example`);
    const sites = validateSettings({ [SETTINGS_KEYS.allowedSites]: many }, DEFAULTS).allowedSites;
    expect(sites).toHaveLength(MAX_SITES);
    expect(sites.at(-1)).toBe(`s${MAX_SITES + 4}.example`);
  });
});

describe('loadSettings and saveSettings', () => {
  it('give the defaults for an empty or unreadable storage', async () => {
    expect(await loadSettings(memoryStorage(), DEFAULTS)).toEqual(DEFAULTS);
    const broken: SettingsStorage = { get: async () => { throw new Error('corrupt'); }, set: async () => {} };
    expect(await loadSettings(broken, DEFAULTS)).toEqual(DEFAULTS);
  });

  it('round-trip every setting, each under its own key', async () => {
    const storage = memoryStorage();
    await saveSettings(storage, { country: 'ph', language: 'id', bannerLevel: 'caution', allowedSites: ['a.example'], pausedSites: ['b.example'] });
    expect(storage.data).toEqual({
      'settings.country': 'PH', 'settings.language': 'id', 'settings.bannerLevel': 'caution',
      'settings.allowedSites': ['a.example'], 'settings.pausedSites': ['b.example'],
    });
    expect(await loadSettings(storage, DEFAULTS)).toEqual({
      country: 'PH', language: 'id', bannerLevel: 'caution', allowedSites: ['a.example'], pausedSites: ['b.example'],
    });
  });

  it('refuse an invalid value and write nothing', async () => {
    const storage = memoryStorage();
    await expect(saveSettings(storage, { country: 'PH', bannerLevel: 'none' as never })).rejects.toThrow(/bannerLevel/);
    await expect(saveSettings(storage, { language: 'fr' as never })).rejects.toThrow(/language/);
    await expect(saveSettings(storage, { country: 'Philippines' })).rejects.toThrow(/country/);
    expect(storage.data).toEqual({});
  });

  it('can clear the country', async () => {
    const storage = memoryStorage({ 'settings.country': 'PH' });
    await saveSettings(storage, { country: null });
    expect((await loadSettings(storage, { ...DEFAULTS, country: null })).country).toBeNull();
  });
});

describe('sites', () => {
  it('hostOf takes the host of a URL or a typed host, lower case, and nothing else', () => {
    expect(hostOf('https://Jobs.Example.COM/offer?id=1#x')).toBe('jobs.example.com');
    expect(hostOf('jobs.example.com')).toBe('jobs.example.com');
    expect(hostOf('http://127.0.0.1:8080/a')).toBe('127.0.0.1');
    for (const bad of ['', 'about:blank', 'data:text/html,hi', 'chrome://settings', 'file:///etc/passwd', 42, null, 'a b']) {
      expect(hostOf(bad), String(bad)).toBeNull();
    }
  });

  it('isSiteListed matches the host and its subdomains, not look-alikes', () => {
    expect(isSiteListed('example.com', ['example.com'])).toBe(true);
    expect(isSiteListed('jobs.example.com', ['example.com'])).toBe(true);
    expect(isSiteListed('badexample.com', ['example.com'])).toBe(false);
    expect(isSiteListed('example.com', ['jobs.example.com'])).toBe(false);
    expect(isSiteListed(null, ['example.com'])).toBe(false);
  });

  it('addSite stores the host once; removeSite takes it out again', async () => {
    const storage = memoryStorage();
    expect(await addSite(storage, DEFAULTS, 'allowedSites', 'https://jobs.example.com/offer/7')).toBe('jobs.example.com');
    await addSite(storage, DEFAULTS, 'allowedSites', 'https://jobs.example.com/other');
    expect(storage.data['settings.allowedSites']).toEqual(['jobs.example.com']);
    expect(await addSite(storage, DEFAULTS, 'pausedSites', 'about:blank')).toBeNull();
    await removeSite(storage, DEFAULTS, 'allowedSites', 'jobs.example.com');
    expect((await loadSettings(storage, DEFAULTS)).allowedSites).toEqual([]);
  });
});
