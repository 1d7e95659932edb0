// "This looks wrong": allow or pause the current site, say so, and undo; hidden when there is no site.
import { describe, expect, it, vi } from 'vitest';
import { setupSiteControls, type SiteControlDeps } from '../../src/popup/site-controls.js';

const t = (key: string, sub?: string | string[]) => (sub === undefined ? `[${key}]` : `[${key}:${[sub].flat().join(',')}]`);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function mount(deps: Partial<SiteControlDeps> = {}) {
  document.body.innerHTML = `<div id="c" hidden><button id="a"></button><button id="p"></button><button id="u" hidden></button><p id="s"></p></div>`;
  const elements = {
    container: document.querySelector<HTMLElement>('#c')!,
    allow: document.querySelector<HTMLButtonElement>('#a')!,
    pause: document.querySelector<HTMLButtonElement>('#p')!,
    undo: document.querySelector<HTMLButtonElement>('#u')!,
    status: document.querySelector<HTMLElement>('#s')!,
  };
  const addSite = vi.fn(async () => {});
  const removeSite = vi.fn(async () => {});
  setupSiteControls(elements, { host: 'jobs.example', listedIn: null, addSite, removeSite, t, ...deps });
  return { ...elements, addSite, removeSite };
}

describe('site controls', () => {
  it('allows the site, says so and offers undo', async () => {
    const c = mount();
    expect(c.container.hidden).toBe(false);
    c.allow.click();
    await settle();
    expect(c.addSite).toHaveBeenCalledWith('allowedSites', 'jobs.example');
    expect(c.status.textContent).toBe('[popupSiteAllowed:jobs.example]');
    expect([c.allow.hidden, c.pause.hidden, c.undo.hidden]).toEqual([true, true, false]);
    c.undo.click();
    await settle();
    expect(c.removeSite).toHaveBeenCalledWith('allowedSites', 'jobs.example');
    expect(c.status.textContent).toBe('[popupSiteUndone:jobs.example]');
    expect([c.allow.hidden, c.pause.hidden, c.undo.hidden]).toEqual([false, false, true]);
  });

  it('pauses the site', async () => {
    const c = mount();
    c.pause.click();
    await settle();
    expect(c.addSite).toHaveBeenCalledWith('pausedSites', 'jobs.example');
    expect(c.status.textContent).toBe('[popupSitePaused:jobs.example]');
  });

  it('offers undo at once for a site already on a list', () => {
    const c = mount({ listedIn: 'pausedSites' });
    expect([c.allow.hidden, c.pause.hidden, c.undo.hidden]).toEqual([true, true, false]);
  });

  it('shows a failed save as an error', async () => {
    const c = mount({ addSite: async () => { throw new Error('quota'); } });
    c.allow.click();
    await settle();
    expect(c.status.textContent).toBe('[popupSiteError:quota]');
    expect(c.status.classList.contains('error')).toBe(true);
    expect(c.undo.hidden).toBe(true);
  });

  it('stays hidden when there is no site', () => {
    expect(mount({ host: null }).container.hidden).toBe(true);
  });
});
