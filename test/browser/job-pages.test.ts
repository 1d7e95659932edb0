// The built extension on fixture job pages in real headless Chromium: the scam-compound offer gets the banner
// (closed shadow root) and a badge, and the popup lists its signs and a hotline; a legitimate overseas job
// and a news article about scam compounds get nothing; "Check this text" works through the context-menu
// handler; "Allow this site" removes the warning on reload and survives a service-worker restart; tab
// reports survive a restart; popup and banner pass axe-core and stay usable at 200% zoom; and no request
// leaves for anywhere but the 127.0.0.1 fixture server. Screenshots go to test-artifacts/.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/engine/types.js';
import type { HotlinesFile } from '../../src/shared/hotlines.js';
import type { TabReport } from '../../src/shared/messages.js';
import { launchExtension, skipWithoutBrowser, type LoadedExtension } from './support/launch-extension.js';
import { startFixtureServer, type FixtureServer } from './support/fixture-server.js';
import { shadowReader } from './support/closed-shadow.js';
import { axeSource, bundleForPage, type AxeViolation } from './support/bundle.js';

const ARTIFACTS = 'test-artifacts';
const HOST_ATTRIBUTE = 'data-lureguard-banner';
const RANK: Record<Level, number> = { none: 0, caution: 1, warning: 2, danger: 3 };
const en = JSON.parse(readFileSync('assets/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
/** An invented recruiter chat message, pasted into a page to be selected. */
const SELECTION =
  'Hi dear, urgent hiring customer service in Sihanoukville, Cambodia. Salary 2,000 USD per month, no experience needed. ' +
  'Company pays your flight ticket and visa. Come on a tourist visa, tell immigration you are on holiday. Contact me on Telegram @hr_fast_job.';

describe.skipIf(skipWithoutBrowser)('the extension on job pages in headless Chromium', () => {
  let ext: LoadedExtension;
  let server: FixtureServer;
  let scamTab: { page: Page; tabId: number } | null = null;

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** All tab reports in storage.session, by tab id. */
  const reports = () =>
    ext.evaluateInWorker(async () => {
      const all = await chrome.storage.session.get(null);
      return Object.entries(all).filter(([key]) => key.startsWith('tabReport:')).map(([key, value]) => [Number(key.slice(10)), value]);
    }, undefined) as Promise<[number, TabReport][]>;

  /** Waits for a report of the page at `url` newer than `since`, and returns its tab id and report. */
  async function reportFor(url: string, since = 0, timeoutMs = 10_000): Promise<[number, TabReport]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const found = (await reports()).find(([, report]) => report.url === url && report.checkedAt > since);
        if (found) return found;
      } catch {
        // The worker may be waking up.
      }
      if (Date.now() > deadline) throw new Error(`no tab report for ${url} within ${timeoutMs} ms`);
      await sleep(100);
    }
  }

  const badge = (tabId: number) => ext.evaluateInWorker((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  const bannerCount = (page: Page) => page.locator(`[${HOST_ATTRIBUTE}]`).count();

  async function openFixture(file: string): Promise<Page> {
    const page = await ext.context.newPage();
    await page.goto(server.url(file));
    return page;
  }

  async function runAxe(page: Page, context?: string): Promise<AxeViolation[]> {
    await page.evaluate(axeSource());
    return page.evaluate(async (selector) => {
      const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
      const target = selector ? document.querySelector(selector) : document;
      const result = await axe.run(target, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
    }, context ?? null);
  }

  /** Emulates 200% zoom: the CSS viewport halves while the device pixels stay the same. */
  async function zoom200(page: Page, deviceWidth: number, deviceHeight: number): Promise<void> {
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: deviceWidth / 2, height: deviceHeight / 2, deviceScaleFactor: 2, mobile: false });
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startFixtureServer('test/fixtures/pages');
    ext = await launchExtension();
    // A known country, so the popup's hotlines do not depend on the machine's locale.
    await ext.evaluateInWorker(() => chrome.storage.local.set({ 'settings.country': 'ID' }), undefined);
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('shows the banner in a closed shadow root and a badge on the scam-compound offer', async () => {
    const page = await openFixture('scam-compound-offer.html');
    const host = page.locator(`[${HOST_ATTRIBUTE}]`);
    await host.waitFor({ state: 'attached', timeout: 10_000 });
    expect(await page.evaluate((attr) => (document.querySelector(`[${attr}]`) as HTMLElement).shadowRoot, HOST_ATTRIBUTE)).toBeNull();

    const shadow = await shadowReader(ext.context, page, HOST_ATTRIBUTE);
    expect(await shadow.rootType()).toBe('closed');
    const banner = await shadow.call<{ role: string | null; level: string | null; headline: string; signs: number; quotes: number }>(`function () {
      const banner = this.querySelector('.banner');
      return { role: banner && banner.getAttribute('role'), level: banner && banner.getAttribute('data-level'),
        headline: (this.querySelector('h2') || {}).textContent || '', signs: this.querySelectorAll('[data-testid="signs"] li').length,
        quotes: this.querySelectorAll('q').length };
    }`);
    await shadow.detach();
    expect(banner.role).toBe('alert');
    expect(RANK[banner.level as Level]).toBeGreaterThanOrEqual(RANK.warning);
    expect([en.bannerHeadlineDanger!.message, en.bannerHeadlineWarning!.message]).toContain(banner.headline);
    expect(banner.signs).toBeGreaterThan(0);
    expect(banner.quotes).toBeGreaterThan(0);

    const [tabId, report] = await reportFor(server.url('scam-compound-offer.html'));
    expect(report.kind).toBe('job-offer');
    expect(RANK[report.verdict!.level]).toBeGreaterThanOrEqual(RANK.warning);
    await expect.poll(() => badge(tabId)).toBe(report.verdict!.level === 'danger' ? '!!' : '!');
    expect(await ext.evaluateInWorker(() => chrome.action.getBadgeText({}), undefined)).toBe('');
    await page.screenshot({ path: `${ARTIFACTS}/banner-scam-offer.png` });
    scamTab = { page, tabId };
  });

  it('the popup for that tab lists its signs with evidence, the advice and a hotline, and passes axe', async () => {
    expect(scamTab).not.toBeNull();
    const popup = await ext.openPage(`popup.html?tab=${scamTab!.tabId}`);
    await popup.setViewportSize({ width: 380, height: 900 });
    expect(await popup.getByTestId('level').first().getAttribute('data-level')).toMatch(/^(warning|danger)$/);
    const signs = popup.locator('#report [data-testid="signals"] > li');
    expect(await signs.count()).toBeGreaterThan(0);
    expect(await signs.first().locator('q.evidence').count()).toBeGreaterThan(0);
    expect(await signs.first().locator('.why').textContent()).toMatch(/^Why it matters: /);
    expect(await signs.first().getByTestId('rule-source').textContent()).toMatch(/^Rule [\w-]+@\d+ from the core pack$/);
    expect(await popup.getByTestId('victims').textContent()).toBe(en.adviceVictims!.message);
    // Readable text: the browser's small default font for extension pages is overridden.
    expect(await popup.evaluate(() => parseFloat(getComputedStyle(document.querySelector('#advice li')!).fontSize))).toBeGreaterThanOrEqual(14);
    expect(await popup.getByTestId('help-embassy').textContent()).toBe(en.helpEmbassy!.message);
    const hotlines = popup.locator('[data-testid="hotline"][data-country="ID"]');
    expect(await hotlines.count()).toBeGreaterThan(0);
    const directory = (JSON.parse(readFileSync('assets/hotlines.json', 'utf8')) as HotlinesFile).entries;
    expect(await hotlines.first().getByTestId('hotline-number').first().textContent()).toBe(directory.find((e) => e.country === 'ID')!.contacts[0]!.value);
    // The offer names Cambodia: the popup says no checked line is known there and points to the embassy.
    expect(await popup.locator('#help').textContent()).toContain('Cambodia');
    await popup.screenshot({ path: `${ARTIFACTS}/popup-scam-offer.png`, fullPage: true });
    expect(await runAxe(popup)).toEqual([]);
    await popup.close();
  });

  it('shows no banner and an empty badge on a legitimate overseas job with relocation support', async () => {
    const page = await openFixture('legit-overseas-job.html');
    const [tabId, report] = await reportFor(server.url('legit-overseas-job.html'));
    expect(report.kind).toBe('job-offer');
    expect(RANK[report.verdict!.level]).toBeLessThan(RANK.warning);
    await sleep(300);
    expect(await bannerCount(page)).toBe(0);
    expect(await badge(tabId)).toBe('');
    await page.close();
  });

  it('shows no banner on a news article about scam compounds', async () => {
    const page = await openFixture('news-scam-compounds.html');
    // The article may not be taken for an offer at all; if it is reported, it stays below the banner level.
    const reported = await reportFor(server.url('news-scam-compounds.html'), 0, 3_000).catch(() => null);
    if (reported) {
      expect(RANK[reported[1].verdict?.level ?? 'none']).toBeLessThan(RANK.warning);
      expect(await badge(reported[0])).toBe('');
    }
    expect(await bannerCount(page)).toBe(0);
    await page.close();
  });

  it('checks selected text through the context-menu handler and shows the result in the page', async () => {
    const page = await openFixture('legit-overseas-job.html');
    const [tabId] = await reportFor(server.url('legit-overseas-job.html'), Date.now() - 60_000);
    const selected = await page.evaluate((text) => {
      const p = document.createElement('p');
      p.id = 'pasted-chat';
      p.textContent = text;
      document.body.append(p);
      const range = document.createRange();
      range.selectNodeContents(p);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    }, SELECTION);
    const result = await ext.evaluateInWorker(
      ([info, tab]) => (globalThis as unknown as { lureguard: { checkSelection: (i: unknown, t: unknown) => Promise<{ verdict: { level: string } | null; shown: boolean }> } })
        .lureguard.checkSelection(info, tab),
      [{ menuItemId: 'lureguard-check-selection', selectionText: selected, pageUrl: page.url(), frameId: 0 }, { id: tabId }] as const,
      10_000,
    );
    expect(result.shown).toBe(true);
    expect(RANK[result.verdict!.level as Level]).toBeGreaterThanOrEqual(RANK.warning);
    const host = page.locator(`[${HOST_ATTRIBUTE}][data-origin="selection"]`);
    await host.waitFor({ state: 'attached' });
    const shadow = await shadowReader(ext.context, page, HOST_ATTRIBUTE);
    const headline = await shadow.call<string>(`function () { return this.querySelector('h2').textContent; }`);
    await shadow.detach();
    expect([en.bannerSelectionHeadlineDanger!.message, en.bannerSelectionHeadlineWarning!.message]).toContain(headline);
    const report = (await reports()).find(([id]) => id === tabId)![1];
    expect(report.kind).toBe('selection');
    expect(JSON.stringify(report)).not.toContain('hr_fast_job.'); // only evidence snippets, never the whole text
    expect(await badge(tabId)).not.toBe('');
    await page.screenshot({ path: `${ARTIFACTS}/banner-selection.png` });
    await page.close();
  });

  it('keeps tab reports across a service-worker restart', async () => {
    const { page, tabId } = scamTab!;
    const before = (await reports()).find(([id]) => id === tabId)![1];
    await ext.stopWorkers(page);
    await expect(ext.evaluateInWorker(() => 1, undefined, 1_000)).rejects.toThrow(/did not answer/);
    // Opening the popup wakes the worker, which answers from storage.session.
    const popup = await ext.openPage(`popup.html?tab=${tabId}`);
    expect(await popup.locator('#report ul.signals > li').count()).toBe(before.verdict!.signals.length);
    await popup.close();
    expect((await reports()).find(([id]) => id === tabId)![1]).toEqual(before);
  });

  it('"Allow this site" removes the warning on reload, and the choice survives a service-worker restart', async () => {
    const { page, tabId } = scamTab!;
    const url = server.url('scam-compound-offer.html');
    try {
      const popup = await ext.openPage(`popup.html?tab=${tabId}`);
      await popup.locator('#looks-wrong summary').click();
      await popup.getByTestId('allow-site').click();
      await expect.poll(() => popup.getByTestId('site-status').textContent()).toContain('127.0.0.1');
      expect(await popup.getByTestId('report-suppressed').textContent()).toBe(en.popupSuppressedAllowed!.message);
      await popup.close();
      expect(await ext.evaluateInWorker(() => chrome.storage.local.get('settings.allowedSites'), undefined)).toEqual({ 'settings.allowedSites': ['127.0.0.1'] });
      await expect.poll(() => badge(tabId)).toBe('');

      let since = Date.now();
      await page.reload();
      let [, report] = await reportFor(url, since);
      expect(report.suppressed).toBe('site-allowed');
      await sleep(300);
      expect(await bannerCount(page)).toBe(0);

      await ext.stopWorkers(page);
      since = Date.now();
      await page.reload(); // the page's report wakes the worker
      [, report] = await reportFor(url, since, 15_000);
      expect(report.suppressed).toBe('site-allowed');
      await sleep(300);
      expect(await bannerCount(page)).toBe(0);
      expect(await badge(tabId)).toBe('');

      const options = await ext.openPage('options.html');
      expect(await options.locator('#allowed-sites li').getAttribute('data-host')).toBe('127.0.0.1');
      await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
      await expect.poll(() => ext.evaluateInWorker(() => chrome.storage.local.get('settings.allowedSites'), undefined))
        .toEqual({ 'settings.allowedSites': [] });
      await options.close();
      since = Date.now();
      await page.reload();
      await page.locator(`[${HOST_ATTRIBUTE}]`).waitFor({ state: 'attached', timeout: 10_000 });
    } finally {
      await ext.evaluateInWorker(() => chrome.storage.local.remove('settings.allowedSites'), undefined).catch(() => undefined);
    }
  });

  it('the popup and options follow the language chosen in options, and options pass axe', async () => {
    const vi = JSON.parse(readFileSync('assets/_locales/vi/messages.json', 'utf8')) as Record<string, { message: string }>;
    try {
      await ext.evaluateInWorker(() => chrome.storage.local.set({ 'settings.language': 'vi' }), undefined);
      const popup = await ext.openPage(`popup.html?tab=${scamTab!.tabId}`);
      expect(await popup.locator('#report-heading').textContent()).toBe(vi.popupReportHeadingOffer!.message);
      expect(await popup.locator('html').getAttribute('lang')).toBe('vi');
      expect(await popup.getByTestId('victims').textContent()).toBe(vi.adviceVictims!.message);
      await popup.close();
      const options = await ext.openPage('options.html');
      expect(await options.locator('label[for="country"]').textContent()).toBe(vi.optionsCountryLabel!.message);
      expect(await options.getByTestId('country').inputValue()).toBe('ID');
      expect(await runAxe(options)).toEqual([]);
      await options.screenshot({ path: `${ARTIFACTS}/options-vi.png`, fullPage: true });
      await options.close();
    } finally {
      await ext.evaluateInWorker(() => chrome.storage.local.remove('settings.language'), undefined);
    }
  });

  it('forgets a tab\'s report and clears its badge when the tab goes to another page', async () => {
    const since = Date.now();
    const page = await openFixture('scam-compound-offer.html');
    const [tabId] = await reportFor(server.url('scam-compound-offer.html'), since);
    await expect.poll(() => badge(tabId)).not.toBe(''); // the badge follows the stored report
    await page.goto(server.url('plain-page.html')); // not an offer: nothing new is reported
    await expect.poll(async () => (await reports()).some(([id]) => id === tabId), { timeout: 5_000 }).toBe(false);
    expect(await badge(tabId)).toBe('');
    await page.close();
  });

  it('the banner markup passes axe (rendered by the real banner module with an open root)', async () => {
    const page = await openFixture('plain-page.html');
    const [, report] = await reportFor(server.url('scam-compound-offer.html'));
    const help = (JSON.parse(readFileSync('assets/hotlines.json', 'utf8')) as HotlinesFile).entries.filter((e) => e.country === 'ID');
    await page.evaluate(await bundleForPage('test/browser/support/banner-harness.ts'));
    await page.evaluate(([verdict, lines]) => {
      (globalThis as unknown as { renderLureguardBanner: (input: unknown) => void }).renderLureguardBanner({ verdict, help: lines, origin: 'page' });
    }, [report.verdict, help] as const);
    await page.locator('[data-lureguard-banner] >> role=alert').waitFor();
    expect(await runAxe(page, `[${HOST_ATTRIBUTE}]`)).toEqual([]);
    await page.close();
  });

  it('stays usable at 200% zoom: no horizontal overflow, every control reachable', async () => {
    // Banner: a 1024×600 window at 200% is a 512×300 CSS viewport.
    const page = await openFixture('scam-compound-offer.html');
    await page.locator(`[${HOST_ATTRIBUTE}]`).waitFor({ state: 'attached', timeout: 10_000 });
    await zoom200(page, 1024, 600);
    await sleep(200);
    const shadow = await shadowReader(ext.context, page, HOST_ATTRIBUTE);
    const layout = await shadow.call<{ overflow: boolean; controls: { name: string; ok: boolean }[] }>(`function () {
      const banner = this.querySelector('.banner');
      const controls = [...this.querySelectorAll('button, a[href]')].map((el) => {
        el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        const r = el.getBoundingClientRect();
        return { name: (el.getAttribute('aria-label') || el.textContent || '').trim(),
          ok: r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= innerWidth + 1 && r.top >= 0 && r.bottom <= innerHeight + 1 };
      });
      return { overflow: banner.scrollWidth > banner.clientWidth + 1, controls };
    }`);
    await shadow.detach();
    expect(layout.overflow).toBe(false);
    expect(layout.controls.length).toBeGreaterThan(1);
    expect(layout.controls.filter((c) => !c.ok)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/banner-200-percent.png` });
    await page.close();

    // Popup: Chrome's popup is at most 800×600 device pixels, so 400×300 CSS pixels at 200%.
    const popup = await ext.openPage(`popup.html?tab=${scamTab!.tabId}`);
    await zoom200(popup, 800, 600);
    await popup.locator('#looks-wrong summary').click();
    await sleep(100);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    for (const id of ['allow-site', 'pause-site', 'check-button', 'open-options']) {
      const control = popup.getByTestId(id);
      await control.scrollIntoViewIfNeeded();
      const box = (await control.boundingBox())!;
      expect(box.x, id).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, id).toBeLessThanOrEqual(401);
    }
    await popup.screenshot({ path: `${ARTIFACTS}/popup-200-percent.png`, fullPage: true });
    await popup.close();
  });

  it('never sees a request from the extension to anywhere but the 127.0.0.1 fixture server', () => {
    // The extension's own files, also under the per-session id Chrome gives its web-accessible offer module.
    const own = /^chrome-extension:\/\/(?:[a-p]{32}|[0-9a-f-]{36})\//;
    const outside = ext.requests.filter(({ url }) => !url.startsWith(`${server.origin}/`) && !own.test(url) && !/^(data|blob|about):/.test(url));
    expect(outside).toEqual([]);
    expect(ext.requests.some((r) => r.fromWorker)).toBe(true); // the recording covers the service worker too
    expect(server.requested).toContain('/scam-compound-offer.html');
  });
});
