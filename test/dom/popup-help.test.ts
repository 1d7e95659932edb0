// "Get help" in the popup: the embassy first, then the user's country, each destination the offer names,
// and worldwide directories; every line with organisation, numbers as written, scope, source and date.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderHelp, type HelpInput } from '../../src/popup/render-help.js';
import type { HotlineEntry, HotlinesFile } from '../../src/shared/hotlines.js';

const t = (key: string, sub?: string | string[]) => (sub === undefined ? `[${key}]` : `[${key}:${[sub].flat().join(',')}]`);
const directory = (JSON.parse(readFileSync('assets/hotlines.json', 'utf8')) as HotlinesFile).entries;

function render(input: Partial<HelpInput>): HTMLElement {
  const host = document.createElement('div');
  host.append(renderHelp(document, { entries: directory, userCountry: null, destinations: [], countryName: () => undefined, ...input }, t));
  return host;
}

describe('popup help', () => {
  it('always starts with "contact your embassy or consulate"', () => {
    for (const host of [render({}), render({ userCountry: 'ID', destinations: ['TH'] })]) {
      expect(host.firstElementChild!.getAttribute('data-testid')).toBe('help-embassy');
      expect(host.firstElementChild!.textContent).toBe('[helpEmbassy]');
    }
  });

  it('lists the user\'s country, then each destination, then worldwide, with the country names given', () => {
    const host = render({ userCountry: 'ID', destinations: ['TH', 'ID', 'KH'], countryName: (c) => ({ ID: 'Indonesia', TH: 'Thailand', KH: 'Cambodia' })[c] });
    const headings = [...host.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).toEqual(['[helpForCountry:Indonesia]', '[helpForDestination:Thailand]', '[helpForDestination:Cambodia]', '[helpWorldwide]']);
    const countries = [...host.querySelectorAll('[data-testid="hotline"]')].map((li) => li.getAttribute('data-country'));
    expect(countries.filter((c) => c === 'ID').length).toBe(directory.filter((e) => e.country === 'ID').length);
    expect(countries).toContain('TH');
    expect(host.textContent).toContain('[helpNoLinesDestination:Cambodia]');
  });

  it('shows each line with organisation, numbers exactly as written, scope, source link and verified date', () => {
    const host = render({ userCountry: 'ID' });
    const sapa = directory.find((e) => e.country === 'ID')!;
    const item = host.querySelector<HTMLElement>(`[data-testid="hotline"][data-country="ID"]`)!;
    expect(item.querySelector('.organisation')!.textContent).toBe(sapa.organisation);
    expect([...item.querySelectorAll('[data-testid="hotline-number"]')].map((n) => n.textContent)).toEqual(sapa.contacts.map((c) => c.value));
    expect(item.textContent).toContain(`[hotlineScope:${sapa.scope}]`);
    const source = item.querySelector<HTMLAnchorElement>('.source a')!;
    expect(source.href).toBe(new URL(sapa.source).href);
    expect(source.rel).toBe('noopener noreferrer');
    expect(item.querySelector('.source')!.textContent).toContain(`[hotlineVerified:${sapa.verified}]`);
  });

  it('asks for the country when it is not set', () => {
    expect(render({}).textContent).toContain('[helpNoCountry]');
  });

  it('never links anything but http(s) and never turns directory text into markup', () => {
    const evil: HotlineEntry = {
      id: 'zz-x', country: 'ZZ', countryName: 'Z', organisation: '<img src=x>', source: 'javascript:alert(1)', verified: null,
      contacts: [{ kind: 'web', value: 'javascript:alert(1)' }, { kind: 'phone', value: '<b>1</b>' }],
    };
    const host = render({ entries: [evil], userCountry: 'ZZ' });
    expect(host.querySelector('img, b')).toBeNull();
    for (const a of host.querySelectorAll('a')) expect(a.href).toMatch(/^https?:/);
    expect(host.textContent).toContain('[hotlineVerifiedUnknown]');
  });
});
