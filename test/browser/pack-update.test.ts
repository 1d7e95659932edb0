// The updater inside Chromium: the extension fetches a signed pack from a local server on 127.0.0.1 (set as
// the user's own source in options, the project's default source turned off), installs it, and the new rule
// changes the verdict on a fixture page. The build under test is a copy of dist/chrome that also trusts a
// signing key made for this test; the real build trusts only the release keys.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/shared/canonical-json.js';
import { generateKeyPair, sha256Hex, signBytes } from '../../src/shared/pack-signature.js';
import type { TabReport } from '../../src/shared/messages.js';
import { startFixtureServer, type FixtureServer } from './support/fixture-server.js';
import { CHROME_DIST, launchExtension, skipWithoutBrowser, type LoadedExtension } from './support/launch-extension.js';

// A made-up recruiter phrase no bundled rule knows (our own writing).
const NEW_PHRASE = 'silver lantern placement';
const OFFER_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Support agent wanted</title>
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Support agent', hiringOrganization: { name: 'Example Services' }, description: `Join the ${NEW_PHRASE} for support agents. Apply today.` })}</script>
</head><body><main><h1>Support agent</h1><p>Join the ${NEW_PHRASE} for support agents. Apply today.</p></main></body></html>`;

describe.skipIf(skipWithoutBrowser)('signed pack updates inside Chromium', () => {
  let ext: LoadedExtension;
  let server: FixtureServer;
  let extDir: string;

  beforeAll(async () => {
    const key = await generateKeyPair();
    extDir = mkdtempSync(join(tmpdir(), 'lureguard-update-ext-'));
    cpSync(CHROME_DIST, extDir, { recursive: true });
    const keyNames = JSON.parse(readFileSync(join(extDir, 'keys/index.json'), 'utf8')) as string[];
    writeFileSync(join(extDir, 'keys/test-signing-key.json'), JSON.stringify(key.publicFile));
    writeFileSync(join(extDir, 'keys/index.json'), JSON.stringify([...keyNames, 'test-signing-key.json']));

    // The next core pack: the bundled one plus a rule for the new phrase.
    const bundled = JSON.parse(readFileSync(join(CHROME_DIST, 'packs/core.json'), 'utf8'));
    const next = {
      ...bundled,
      version: '99.0.0',
      rules: [
        ...bundled.rules,
        {
          id: 'test-new-lure', rev: 1, status: 'stable', category: 'trafficking-pattern', weight: 50, languages: ['en'],
          matchers: { lure: { phrases: [NEW_PHRASE] } },
          title: { en: 'A new recruiter phrase' }, explanation: { en: 'Recruiters started using this phrase.' }, advice: { en: 'Check the employer.' },
          references: ['https://example.org/new-lure'],
        },
      ],
    };
    const bytes = canonicalJson(next);
    const sig = await signBytes(new TextEncoder().encode(bytes), key.privateFile);
    const index = { kind: 'lureguard-pack-index', format: 1, generated: '2026-11-29T00:00:00Z', packs: [{ id: 'core', version: '99.0.0', minEngine: next.minEngine, sha256: await sha256Hex(bytes), url: 'core-99.0.0.json', signature: 'core-99.0.0.json.sig', expires: next.expires, published: next.published, size: bytes.length }] };
    server = await startFixtureServer('test/fixtures/pages', {
      '/offer-new-lure.html': { type: 'text/html; charset=utf-8', body: OFFER_PAGE },
      '/packs/index.json': { type: 'application/json', body: JSON.stringify(index) },
      '/packs/core-99.0.0.json': { type: 'application/json', body: bytes },
      '/packs/core-99.0.0.json.sig': { type: 'application/json', body: JSON.stringify(sig) },
    });
    ext = await launchExtension({ extensionDir: extDir });
    await ext.evaluateInWorker((url) => chrome.storage.local.set({ 'updates.options': { sources: [url], useDefaultSource: false } }), server.url('packs/index.json'));
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
    if (extDir) rmSync(extDir, { recursive: true, force: true });
  });

  const reportFor = async (url: string) => {
    const all = (await ext.evaluateInWorker(() => chrome.storage.session.get(null), undefined)) as Record<string, TabReport>;
    return Object.values(all).find((r) => r?.url === url && r.verdict) ?? null;
  };

  it('scores the page with the bundled pack first: no warning', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('offer-new-lure.html'));
    await expect.poll(() => reportFor(server.url('offer-new-lure.html')), { timeout: 10_000 }).not.toBeNull();
    expect((await reportFor(server.url('offer-new-lure.html')))!.verdict!.level).toBe('none');
    expect(await page.locator('[data-lureguard-banner]').count()).toBe(0);
    await page.close();
  });

  it('"Check for updates now" in options installs the signed pack from 127.0.0.1, and the new rule changes the verdict', async () => {
    const options = await ext.openPage('options.html');
    await options.getByTestId('check-updates').click();
    await expect.poll(() => options.getByTestId('packs-in-use').textContent(), { timeout: 15_000 }).toContain('99.0.0');
    expect(await options.getByTestId('update-sources').textContent()).toContain(server.url('packs/index.json'));
    expect(await options.getByTestId('update-sources').locator('.error').count()).toBe(0);
    await options.screenshot({ path: 'test-artifacts/options-updates.png', fullPage: true });

    await ext.evaluateInWorker(() => chrome.storage.session.clear(), undefined);
    const page = await ext.context.newPage();
    await page.goto(server.url('offer-new-lure.html'));
    await expect.poll(async () => (await reportFor(server.url('offer-new-lure.html')))?.verdict?.level, { timeout: 10_000 }).toBe('warning');
    const report = await reportFor(server.url('offer-new-lure.html'));
    expect(report!.verdict!.signals.map((s) => `${s.pack}/${s.rule}@${s.rev}`)).toContain('core/test-new-lure@1');
    await page.locator('[data-lureguard-banner]').waitFor({ state: 'attached', timeout: 10_000 });
  });

  it('made no request outside 127.0.0.1', () => {
    const outside = ext.requests.filter((r) => /^https?:/.test(r.url) && !r.url.startsWith(server.origin));
    expect(outside).toEqual([]);
    expect(ext.requests.some((r) => r.url === server.url('packs/core-99.0.0.json'))).toBe(true);
  });
});
