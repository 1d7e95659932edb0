// The static pages: every string comes from the locale file, no inline script, and the options page shows
// the pack in use with its name and an "outdated" warning once the pack is past its expiry date.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localizePage } from '../../src/shared/localize-page.js';
import { isPackOutdated, showPackInfo } from '../../src/options/show-pack-info.js';

const messages = JSON.parse(readFileSync('assets/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
const t = (key: string, sub?: string | string[]) => (messages[key]?.message ?? '').replace(/\$[A-Z_]+\$/, String(sub ?? ''));
const INFO = { id: 'core', name: 'Lureguard core rules', version: '1.0.0', published: '2026-11-29', expires: '2027-05-29' };

function load(file: string): void {
  const html = readFileSync(file, 'utf8');
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
}

function packElements() {
  return {
    list: document.querySelector<HTMLElement>('#pack-info')!,
    error: document.querySelector<HTMLElement>('#pack-error')!,
    outdated: document.querySelector<HTMLElement>('#pack-outdated')!,
  };
}

describe.each(['src/popup/popup.html', 'src/options/options.html'])('%s', (file) => {
  it('names only locale keys that exist in the English messages', () => {
    load(file);
    const keys = [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.startsWith('data-i18n')).map((a) => a.value),
    );
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(messages, key).toHaveProperty(key);
  });

  it('is localised from the messages and loads no inline script', () => {
    load(file);
    localizePage(document, t, 'en');
    expect(document.title).toBe(t(file.includes('popup') ? 'extShortName' : 'optionsTitle'));
    for (const script of document.querySelectorAll('script')) expect(script.getAttribute('src')).toMatch(/^\w+\.js$/);
  });

  it('has no visible text that bypasses the locale files', () => {
    load(file);
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('[data-i18n]') || el.children.length > 0 || ['SCRIPT', 'STYLE'].includes(el.tagName)) continue;
      expect(el.textContent?.trim(), `${el.tagName}#${el.id}`).toBe('');
    }
  });
});

describe('localizePage', () => {
  it('sets placeholders through attributes and the document language', () => {
    load('src/popup/popup.html');
    localizePage(document, t, 'id');
    expect(document.querySelector('textarea')!.getAttribute('placeholder')).toBe(messages.popupCheckPlaceholder!.message);
    expect(document.documentElement.lang).toBe('id');
  });
});

describe('options page pack details', () => {
  it('shows name, id, version and dates of the pack in use, without an outdated warning while current', async () => {
    load('src/options/options.html');
    const elements = packElements();
    await showPackInfo(elements, async () => INFO, t, '2027-01-01');
    expect([...elements.list.querySelectorAll('dd')].map((dd) => dd.textContent)).toEqual([
      'Lureguard core rules', 'core', '1.0.0', '2026-11-29', '2027-05-29',
    ]);
    expect(elements.error.hidden).toBe(true);
    expect(elements.outdated.hidden).toBe(true);
  });

  it('warns that an expired pack is outdated (it still applies)', async () => {
    load('src/options/options.html');
    const elements = packElements();
    await showPackInfo(elements, async () => INFO, t, '2027-05-30');
    expect(elements.outdated.hidden).toBe(false);
    expect(elements.outdated.textContent).toContain('2027-05-29');
    expect(elements.outdated.textContent).toMatch(/update Lureguard/);
  });

  it('treats the expiry day itself as current and an unreadable date as not expired', () => {
    expect(isPackOutdated(INFO, '2027-05-29')).toBe(false);
    expect(isPackOutdated({ ...INFO, expires: 'soon' }, '2099-01-01')).toBe(false);
  });

  it('shows why the pack could not be loaded', async () => {
    load('src/options/options.html');
    const { list, error } = packElements();
    await showPackInfo({ list, error }, async () => { throw new Error('<b>broken</b>'); }, (key, sub) => `${key}: ${String(sub)}`);
    expect(error.hidden).toBe(false);
    expect(error.textContent).toBe('optionsPackError: <b>broken</b>');
    expect(error.querySelector('b')).toBeNull();
  });
});
