// The static pages: every string comes from the locale file, and the options page shows the pack in use.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localizePage } from '../../src/shared/localize-page.js';
import { showPackInfo } from '../../src/options/show-pack-info.js';

const messages = JSON.parse(readFileSync('assets/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
const t = (key: string) => messages[key]?.message ?? '';

function load(file: string): void {
  const html = readFileSync(file, 'utf8');
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
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
  it('shows id, version and dates of the pack in use', async () => {
    load('src/options/options.html');
    const list = document.querySelector<HTMLElement>('#pack-info')!;
    const error = document.querySelector<HTMLElement>('#pack-error')!;
    await showPackInfo({ list, error }, async () => ({ id: 'core', version: '1.0.0', published: '2026-11-29', expires: '2027-05-29' }), t);
    expect([...list.querySelectorAll('dd')].map((dd) => dd.textContent)).toEqual(['core', '1.0.0', '2026-11-29', '2027-05-29']);
    expect(error.hidden).toBe(true);
  });

  it('shows why the pack could not be loaded', async () => {
    load('src/options/options.html');
    const list = document.querySelector<HTMLElement>('#pack-info')!;
    const error = document.querySelector<HTMLElement>('#pack-error')!;
    await showPackInfo({ list, error }, async () => { throw new Error('<b>broken</b>'); }, (key, sub) => `${key}: ${String(sub)}`);
    expect(error.hidden).toBe(false);
    expect(error.textContent).toBe('optionsPackError: <b>broken</b>');
    expect(error.querySelector('b')).toBeNull();
  });
});
