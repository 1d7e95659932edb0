// Smoke test in Firefox ESR (puppeteer-core over WebDriver BiDi, per guides/browser-testing.md): the built
// dist/firefox installs as a temporary add-on, and the scam-compound fixture offer gets the banner host.
// Firefox has no CDP here, so the closed shadow root is not read; the host element and a screenshot are the
// evidence. Skips when /usr/bin/firefox-esr is missing, except when CI is set: then it fails.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './support/fixture-server.js';

const FIREFOX = '/usr/bin/firefox-esr';
const FIREFOX_DIST = resolve('dist/firefox');
const skip = !existsSync(FIREFOX) && !process.env.CI;

describe.skipIf(skip)('the extension in Firefox ESR', () => {
  let browser: Browser;
  let server: FixtureServer;

  beforeAll(async () => {
    if (!existsSync(FIREFOX)) throw new Error(`Firefox ESR is missing at ${FIREFOX} and CI is set: install it (.ci/run does)`);
    if (!existsSync(resolve(FIREFOX_DIST, 'manifest.json'))) throw new Error('dist/firefox is missing: run `npm run build` first');
    const manifest = JSON.parse(readFileSync(resolve(FIREFOX_DIST, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
    server = await startFixtureServer('test/fixtures/pages');
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      timeout: 30_000,
      extraPrefsFirefox: {
        // Keep the browser off the network (no update, telemetry or remote-settings traffic during the test).
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
      },
    });
    const id = await browser.installExtension(FIREFOX_DIST);
    expect(id).toBe(manifest.browser_specific_settings.gecko.id);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the banner host on the scam-compound offer page', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('scam-compound-offer.html'));
    const host = await page.waitForSelector('[data-lureguard-banner]', { timeout: 15_000 });
    expect(host).not.toBeNull();
    const seen = await page.evaluate(() => {
      const el = document.querySelector('[data-lureguard-banner]') as HTMLElement;
      return { level: el.getAttribute('data-lureguard-banner'), open: el.shadowRoot !== null, height: el.getBoundingClientRect().height };
    });
    expect(seen.level).toMatch(/^(warning|danger)$/);
    expect(seen.open).toBe(false); // closed shadow root: the page cannot reach into the banner
    expect(seen.height).toBeGreaterThan(0);
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/firefox-banner-scam-offer.png' });
    await page.close();
  });

  it('shows no banner on the legitimate overseas job', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('legit-overseas-job.html'));
    await new Promise((done) => setTimeout(done, 2_000));
    expect(await page.$('[data-lureguard-banner]')).toBeNull();
    await page.close();
  });
});
