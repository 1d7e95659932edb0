// axe-core on the banner (open shadow root in jsdom) at each level and for a selection result: no
// violations of the rules jsdom can evaluate (colour contrast needs a real browser and is checked there).
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { BANNER_ATTRIBUTE, showBanner } from '../../src/content/banner.js';
import { hotline, signal, t, verdict } from './content-helpers.js';

afterEach(() => {
  for (const host of document.querySelectorAll(`[${BANNER_ATTRIBUTE}]`)) host.remove();
});

const SIGNS = [signal('a', 30, ['Sihanoukville']), signal('b', 20, ['tourist visa', 'free flight']), signal('c', 12, ['Telegram'])];

describe('banner accessibility (axe-core)', () => {
  it.each([
    ['danger on a page', verdict('danger', SIGNS), 'page'],
    ['warning on a page', verdict('warning', SIGNS), 'page'],
    ['none for a selection', verdict('none'), 'selection'],
  ] as const)('%s has no violations', async (_name, v, origin) => {
    document.documentElement.lang = 'en';
    document.title = 'Test page';
    document.body.innerHTML = '<main><h1>Job</h1><p>Text</p></main>';
    showBanner({ verdict: v, help: [hotline()], origin }, { doc: document, t, mode: 'open', highlightApi: null });
    const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('looks inside the shadow root (a nameless button there is reported)', async () => {
    const { host } = showBanner({ verdict: verdict('danger', SIGNS), help: [], origin: 'page' }, { doc: document, t, mode: 'open', highlightApi: null });
    host.shadowRoot!.querySelector('.controls')!.append(document.createElement('button'));
    const results = await axe.run(document, { runOnly: ['button-name'] });
    expect(results.violations.map((v) => v.id)).toEqual(['button-name']);
  });
});
