// The options form: country, language and banner level selects filled from settings, each change saved at
// once with a status; allowed and paused sites listed with named remove buttons; country choices sorted.
import { describe, expect, it, vi } from 'vitest';
import { COMMON_COUNTRIES, countryChoices } from '../../src/options/country-choices.js';
import { setupSettingsForm, type SettingsFormDeps } from '../../src/options/settings-form.js';
import type { Settings } from '../../src/shared/settings.js';

const t = (key: string, sub?: string | string[]) => (sub === undefined ? `[${key}]` : `[${key}:${[sub].flat().join(',')}]`);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const SETTINGS: Settings = { country: 'VN', language: 'auto', bannerLevel: 'warning', allowedSites: ['a.example', 'b.example'], pausedSites: [] };

function mount(deps: Partial<SettingsFormDeps> = {}) {
  document.body.innerHTML = `
    <select id="country"></select><select id="language"></select><select id="level"></select>
    <ul id="al"></ul><p id="ae"></p><ul id="pl"></ul><p id="pe"></p><p id="status"></p>`;
  const $ = <T extends HTMLElement>(s: string) => document.querySelector<T>(s)!;
  const elements = {
    country: $<HTMLSelectElement>('#country'), language: $<HTMLSelectElement>('#language'), bannerLevel: $<HTMLSelectElement>('#level'),
    allowedList: $('#al'), allowedEmpty: $('#ae'), pausedList: $('#pl'), pausedEmpty: $('#pe'), status: $('#status'),
  };
  const save = vi.fn(async (_changes: Partial<Settings>) => {});
  const onLanguageChange = vi.fn();
  const form = setupSettingsForm(elements, {
    settings: SETTINGS, countries: [{ code: 'ID', name: 'Indonesia' }, { code: 'VN', name: 'Vietnam' }], save, t, onLanguageChange, ...deps,
  });
  return { ...elements, save, onLanguageChange, form };
}

const change = (el: HTMLSelectElement, value: string) => {
  el.value = value;
  el.dispatchEvent(new Event('change'));
};

describe('options settings form', () => {
  it('fills the selects from the settings', () => {
    const f = mount();
    expect([...f.country.options].map((o) => o.value)).toEqual(['', 'ID', 'VN']);
    expect(f.country.value).toBe('VN');
    expect([...f.language.options].map((o) => [o.value, o.textContent])).toEqual([
      ['auto', '[optionsLanguageAuto]'], ['en', '[languageEn]'], ['id', '[languageId]'], ['vi', '[languageVi]'],
    ]);
    expect([...f.bannerLevel.options].map((o) => o.value)).toEqual(['caution', 'warning', 'danger']);
    expect(f.bannerLevel.value).toBe('warning');
  });

  it('saves each change at once and says so', async () => {
    const f = mount();
    change(f.country, 'ID');
    change(f.bannerLevel, 'danger');
    change(f.country, '');
    await settle();
    expect(f.save.mock.calls.map((c) => c[0])).toEqual([{ country: 'ID' }, { bannerLevel: 'danger' }, { country: null }]);
    expect(f.status.textContent).toBe('[optionsSaved]');
  });

  it('reloads in the new language after saving it', async () => {
    const f = mount();
    change(f.language, 'id');
    await settle();
    expect(f.save).toHaveBeenCalledWith({ language: 'id' });
    expect(f.onLanguageChange).toHaveBeenCalled();
  });

  it('lists sites with a remove button named after each, and removes one', async () => {
    const f = mount();
    const buttons = [...f.allowedList.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['[optionsRemoveSite:a.example]', '[optionsRemoveSite:b.example]']);
    expect(f.allowedEmpty.hidden).toBe(true);
    expect(f.pausedEmpty.hidden).toBe(false);
    buttons[0]!.click();
    await settle();
    expect(f.save).toHaveBeenCalledWith({ allowedSites: ['b.example'] });
    expect([...f.allowedList.querySelectorAll('li')].map((li) => li.getAttribute('data-host'))).toEqual(['b.example']);
    expect(f.status.textContent).toBe('[optionsSiteRemoved:a.example]');
  });

  it('shows sites changed elsewhere', () => {
    const f = mount();
    f.form.showSites({ allowedSites: [], pausedSites: ['p.example'] });
    expect(f.allowedEmpty.hidden).toBe(false);
    expect(f.pausedList.textContent).toContain('p.example');
  });

  it('shows a refused save and keeps the list', async () => {
    const f = mount({ save: async () => { throw new Error('quota'); } });
    f.allowedList.querySelector('button')!.click();
    await settle();
    expect(f.status.textContent).toBe('[optionsSaveError:quota]');
    expect(f.allowedList.querySelectorAll('li')).toHaveLength(2);
  });

  it('never renders a site name as markup', () => {
    const f = mount({ settings: { ...SETTINGS, allowedSites: ['<img src=x>'] } });
    expect(f.allowedList.querySelector('img')).toBeNull();
  });
});

describe('country choices', () => {
  it('offers the directory countries and the common ones, once each, sorted by name, without "XX"', () => {
    const choices = countryChoices(['TH', 'XX', 'th', 'ET'], (code) => ({ TH: 'Thailand', ET: 'Ethiopia' })[code]);
    const codes = choices.map((c) => c.code);
    expect(codes).not.toContain('XX');
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of COMMON_COUNTRIES) expect(codes).toContain(code);
    expect(choices.find((c) => c.code === 'ET')!.name).toBe('Ethiopia');
    const names = choices.map((c) => c.name);
    expect(names).toEqual([...names].sort(new Intl.Collator().compare));
  });
});
