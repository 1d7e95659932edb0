// The options page's site-reader section: each site whose adapter reported itself degraded is listed as
// "Support for this site is degraded: <name>", sites that recovered are not, and with none a calm line shows.
// The status key prefix is the one the worker writes.
import { describe, expect, it } from 'vitest';
import { ADAPTER_STATUS_PREFIX as WORKER_PREFIX } from '../../src/background/adapter-status.js';
import { ADAPTER_STATUS_PREFIX, SITE_NAMES, degradedSites, showSiteSupport } from '../../src/options/show-site-support.js';
import { SITE_BUNDLES } from '../../src/content/sites/site-bundles.js';
import { t } from './content-helpers.js';

function elements() {
  document.body.innerHTML = '<ul id="site-support"></ul><p id="ok">No problems reported by the site readers.</p>';
  return { list: document.getElementById('site-support')!, allOk: document.getElementById('ok')! };
}

describe('options: site support', () => {
  it('lists each degraded site by name and leaves out the ones that are fine', () => {
    const el = elements();
    showSiteSupport(el, {
      'adapterStatus:whatsapp': { status: 'degraded', detail: 'root-not-found', at: 1 },
      'adapterStatus:indeed': { status: 'ok', at: 2 },
      'adapterStatus:jobstreet': { status: 'degraded', at: 3 },
      'tabReport:4': { status: 'degraded' },
    }, t);
    expect([...el.list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Support for this site is degraded: JobStreet',
      'Support for this site is degraded: WhatsApp Web',
    ]);
    expect(el.allOk.hidden).toBe(true);
  });

  it('says all is well when no reader reported a problem', () => {
    const el = elements();
    showSiteSupport(el, { 'adapterStatus:indeed': { status: 'ok', at: 2 } }, t);
    expect(el.list.hidden).toBe(true);
    expect(el.allOk.hidden).toBe(false);
  });

  it('ignores malformed stored values', () => {
    expect(degradedSites({ 'adapterStatus:x': 'degraded', 'adapterStatus:y': null, 'adapterStatus:z': { status: 'degraded' } })).toEqual(['z']);
  });

  it('reads the key the worker writes, and names every adapter', async () => {
    expect(ADAPTER_STATUS_PREFIX).toBe(WORKER_PREFIX);
    for (const file of new Set(SITE_BUNDLES.flatMap((b) => b.adapters))) {
      const camel = file.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
      const module = (await import(`../../src/content/sites/${file}.ts`)) as Record<string, { id: string }>;
      expect(SITE_NAMES[module[camel]!.id], file).toBeTruthy();
    }
  });
});
