import { describe, expect, it, vi } from 'vitest';
import { setupUpdatePanel } from '../../src/options/update-panel.js';
import type { UpdateStatus } from '../../src/shared/messages.js';

const t = (key: string, sub?: string | string[]) => `${key}${sub === undefined ? '' : `(${[sub].flat().join(',')})`}`;

function dom() {
  document.body.innerHTML = `<ul id="p"></ul><ul id="pr"></ul><ul id="s"></ul><input type="checkbox" id="d"><form id="f"><input id="u"></form><button id="c"></button><p id="st"></p>`;
  const $ = (id: string) => document.getElementById(id) as any;
  return { packs: $('p'), problems: $('pr'), sources: $('s'), useDefault: $('d'), addForm: $('f'), addInput: $('u'), checkNow: $('c'), status: $('st') };
}

const status: UpdateStatus = {
  packs: [
    { id: 'core', name: 'Core rules', version: '1.1.0', published: '2026-11-29', expires: '2026-01-01', outdated: true, from: 'update', source: 'lureguard' },
    { id: 'ngo', version: '0.2.0', published: '2026-10-01', expires: '2027-10-01', outdated: false, from: 'update', source: 'options-1' },
  ],
  sources: [
    { id: 'lureguard', url: 'https://lureguard.org/packs/v1/index.json', origin: 'default', lastCheck: 1000, lastError: 'The update server answered with an error (HTTP 500) for the pack index.' },
    { id: 'options-1', url: 'https://ngo.example.org/i.json', origin: 'options', lastCheck: 1000, lastResult: 'ngo 0.2.0 accepted' },
  ],
  problems: ['Rule pack core 1.2.0 (current) was not used: the stored copy is damaged (not valid JSON). <img src=x onerror=alert(1)>'],
  optionSources: ['https://ngo.example.org/i.json'],
  useDefaultSource: true,
};

describe('options: rule-pack updates', () => {
  it('shows packs (outdated marked), problems as text, and each source with last check and last error', async () => {
    const el = dom();
    const panel = setupUpdatePanel(el, { getStatus: async () => status, checkNow: async () => status, saveOptions: async () => {}, t, formatTime: (ms) => `T${ms}` });
    await panel.refresh();
    expect(el.packs.textContent).toContain('Core rules 1.1.0 — optionsUpdatesFromSource(lureguard) optionsPackOutdated(2026-01-01)');
    expect(el.problems.hidden).toBe(false);
    expect(el.problems.querySelector('img')).toBeNull();
    expect(el.problems.textContent).toContain('<img src=x onerror=alert(1)>');
    const [first, second] = [...el.sources.querySelectorAll('li')];
    expect(first!.textContent).toContain('optionsUpdatesLastCheck(T1000)');
    expect(first!.querySelector('.error')!.textContent).toBe('optionsUpdatesLastError(The update server answered with an error (HTTP 500) for the pack index.)');
    expect(first!.querySelector('button')).toBeNull();
    expect(second!.textContent).toContain('ngo 0.2.0 accepted');
    expect(second!.querySelector('button')!.getAttribute('aria-label')).toBe('optionsUpdatesRemoveLabel(https://ngo.example.org/i.json)');
  });

  it('adds an https source, refuses a plain-http one, removes one, and toggles the default source', async () => {
    const el = dom();
    const saveOptions = vi.fn(async () => {});
    const panel = setupUpdatePanel(el, { getStatus: async () => status, checkNow: async () => status, saveOptions, t, formatTime: String });
    await panel.refresh();
    el.addInput.value = 'http://evil.example/i.json';
    el.addForm.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(el.status.textContent).toBe('optionsUpdatesBadUrl');
    expect(saveOptions).not.toHaveBeenCalled();
    el.addInput.value = 'https://other.example.org/i.json';
    el.addForm.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(saveOptions).toHaveBeenCalledWith({ sources: ['https://ngo.example.org/i.json', 'https://other.example.org/i.json'], useDefaultSource: true }));
    (el.sources.querySelector('button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(saveOptions).toHaveBeenLastCalledWith({ sources: [], useDefaultSource: true }));
    el.useDefault.checked = false;
    el.useDefault.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(saveOptions).toHaveBeenLastCalledWith({ sources: ['https://ngo.example.org/i.json'], useDefaultSource: false }));
  });

  it('runs a check on demand and says when it finished or failed', async () => {
    const el = dom();
    let fail = false;
    const panel = setupUpdatePanel(el, { getStatus: async () => status, checkNow: async () => { if (fail) throw new Error('no worker'); return status; }, saveOptions: async () => {}, t, formatTime: String });
    await panel.refresh();
    el.checkNow.click();
    expect(el.checkNow.disabled).toBe(true);
    await vi.waitFor(() => expect(el.status.textContent).toBe('optionsUpdatesChecked'));
    fail = true;
    el.checkNow.click();
    await vi.waitFor(() => expect(el.status.textContent).toBe('optionsUpdatesFailed(no worker)'));
    expect(el.checkNow.disabled).toBe(false);
  });
});
