// The built extension on a WhatsApp Web chat in real headless Chromium. Playwright answers every request for
// https://web.whatsapp.com itself with a fixture page imitating the app's DOM (test/fixtures/sites), so the
// page has the real host, the manifest's content-script matches apply, and no request leaves the machine
// (any other request is refused and recorded). A recruiter's scam-compound pitch arrives over eight messages
// added one by one: the inline warning appears after the decisive message and not before, next to it, in a
// closed shadow root, and the badge and popup agree with it. A long friendly chat about a holiday in Bangkok
// gets no warning. A job site whose structure the adapter no longer recognises falls back to the generic
// extractor (banner, report) and options says its support is degraded. Screenshots go to test-artifacts/.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePack, scoreConversation, type PackSource } from '../../src/engine/index.js';
import type { Level } from '../../src/engine/types.js';
import type { TabReport } from '../../src/shared/messages.js';
import { DECISIVE, HOLIDAY, PITCH, PITCH_OPENING } from '../fixtures/sites/chat-scenarios.js';
import { appendRowInPage, messageId, messageRowHtml, whatsappPage, type ChatLine } from '../fixtures/sites/generate-whatsapp-chat.js';
import { shadowReader } from './support/closed-shadow.js';
import { launchExtension, skipWithoutBrowser, type LoadedExtension } from './support/launch-extension.js';

const ARTIFACTS = 'test-artifacts';
const APP = 'https://web.whatsapp.com';
const JOBS = 'https://www.indeed.com';
/** An Indeed job page after a redesign the adapter does not know: none of the ids and test ids it looks for. */
const REDESIGNED_JOB_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Customer Service (Overseas) - Indeed</title></head>
<body><div id="root"><main><div class="new-job-layout"><h1 class="new-title">Customer Service Representative (Overseas)</h1>
<div class="new-company">Golden Bridge Network</div><div class="new-location">Sihanoukville, Cambodia</div>
<div class="new-description"><p>Salary 1,800 USD per month, no experience needed. Company pays your flight ticket and visa.</p>
<p>Come on a tourist visa first; our driver picks you up at the airport. Contact our HR on Telegram @example_hr_job.</p></div></div></main></div></body></html>`;
const WARNING = 'data-lureguard-warning';
const RANK: Record<Level, number> = { none: 0, caution: 1, warning: 2, danger: 3 };
/** A content security policy like a real web app's: no inline or outside scripts. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

describe.skipIf(skipWithoutBrowser)('a chat site adapter in headless Chromium (WhatsApp Web fixture)', () => {
  let ext: LoadedExtension;
  const escaped: string[] = [];
  const pages: Record<string, string> = {
    '/pitch': whatsappPage(PITCH_OPENING),
    '/holiday': whatsappPage(HOLIDAY.slice(0, 10)),
  };

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  const reports = () =>
    ext.evaluateInWorker(async () => {
      const all = await chrome.storage.session.get(null);
      return Object.entries(all).filter(([key]) => key.startsWith('tabReport:')).map(([key, value]) => [Number(key.slice(10)), value]);
    }, undefined) as Promise<[number, TabReport][]>;

  /** The newest report of the page at `url` checked after `since`. */
  async function reportAfter(url: string, since: number, timeoutMs = 10_000): Promise<[number, TabReport]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = (await reports().catch(() => [])).find(([, r]) => r.url === url && r.checkedAt > since);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no report for ${url} after ${since} within ${timeoutMs} ms`);
      await sleep(50);
    }
  }

  const warnings = (page: Page) => page.locator(`[${WARNING}]`).count();
  const badge = (tabId: number) => ext.evaluateInWorker((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

  /** Adds one message as the app would, and waits until the worker has scored the chat (for incoming ones). */
  async function arrive(page: Page, index: number, line: ChatLine): Promise<[number, TabReport] | null> {
    const since = Date.now();
    await page.evaluate(appendRowInPage, messageRowHtml(index, line));
    if (line.direction === 'outgoing') {
      await sleep(300); // own messages are never sent for scoring: give a wrong report the time to show
      return null;
    }
    return reportAfter(page.url(), since);
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ext = await launchExtension();
    // Every http(s) request of every page; extension pages and files are not network requests.
    await ext.context.route((url) => url.protocol === 'http:' || url.protocol === 'https:', async (route: Route) => {
      const url = new URL(route.request().url());
      if (url.origin === JOBS && url.pathname === '/viewjob') {
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: REDESIGNED_JOB_PAGE });
        return;
      }
      if (url.origin === APP) {
        const body = pages[url.pathname];
        await route.fulfill(body
          ? { status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': CSP }, body }
          : { status: 404, contentType: 'text/plain', body: 'not found' });
        return;
      }
      escaped.push(url.href);
      await route.abort();
    });
    await ext.evaluateInWorker(() => chrome.storage.local.set({ 'settings.country': 'ID' }), undefined);
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('the fixture pitch is built so that the eighth recruiter message completes the pattern (with the bundled pack)', () => {
    const pack = compilePack(JSON.parse(readFileSync('dist/chrome/packs/core.json', 'utf8')) as PackSource, { form: 'shipped' });
    const chat = PITCH_OPENING.map((l, i) => ({ id: `o${i}`, text: l.text, direction: l.direction }));
    const levels = PITCH.map((l, i) => {
      chat.push({ id: `m${i}`, text: l.text, direction: l.direction });
      return scoreConversation(pack, chat).level;
    });
    expect(PITCH.filter((l) => l.direction === 'incoming')).toHaveLength(8);
    expect(levels.slice(0, DECISIVE).every((level) => RANK[level] < RANK.warning), `levels: ${levels.join(', ')}`).toBe(true);
    expect(RANK[levels[DECISIVE]!]).toBeGreaterThanOrEqual(RANK.warning);
  });

  it('shows the inline warning after the decisive message, not before; badge and popup agree', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${APP}/pitch`);
    await page.locator('#main [role="application"]').waitFor();
    let tabId = -1;
    let last: TabReport | null = null;
    for (let i = 0; i < PITCH.length; i++) {
      const line = PITCH[i]!;
      const reported = await arrive(page, PITCH_OPENING.length + i + 1, line);
      if (reported) [tabId, last] = reported;
      if (i < DECISIVE) {
        expect(await warnings(page), `warning after message ${i + 1}`).toBe(0);
        if (last) expect(RANK[last.verdict!.level], `level after message ${i + 1}`).toBeLessThan(RANK.warning);
      }
    }
    const host = page.locator(`[${WARNING}]`);
    await host.waitFor({ state: 'attached', timeout: 10_000 });
    expect(await warnings(page)).toBe(1);

    // Next to the message that completed the pattern: right after its row.
    const decisiveId = messageId(PITCH_OPENING.length + DECISIVE + 1, 'incoming');
    expect(await page.evaluate(([attr, id]) => {
      const el = document.querySelector(`[${attr}]`)!;
      return el.previousElementSibling?.querySelector('[data-id]')?.getAttribute('data-id') === id;
    }, [WARNING, decisiveId] as const)).toBe(true);
    expect(await page.evaluate((attr) => (document.querySelector(`[${attr}]`) as HTMLElement).shadowRoot, WARNING)).toBeNull();

    const shadow = await shadowReader(ext.context, page, WARNING);
    expect(await shadow.rootType()).toBe('closed');
    const shown = await shadow.call<{ role: string | null; level: string | null; messages: string[]; quotes: string[] }>(`function () {
      const alert = this.querySelector('[role="alert"]');
      return { role: alert && alert.getAttribute('role'), level: alert && alert.getAttribute('data-level'),
        messages: [...this.querySelectorAll('[data-testid="messages"] li')].map((li) => li.textContent),
        quotes: [...this.querySelectorAll('[data-testid="messages"] q')].map((q) => q.textContent) };
    }`);
    await shadow.detach();
    expect(shown.role).toBe('alert');
    expect(RANK[shown.level as Level]).toBeGreaterThanOrEqual(RANK.warning);
    // The warning names the recruiter's messages that carried signs, by the time the app shows.
    expect(shown.messages.length).toBeGreaterThan(1);
    expect(shown.messages.every((m) => /^Message at 10:\d\d /.test(m))).toBe(true);
    expect(shown.messages.at(-1)).toMatch(/^Message at 10:11 /);
    expect(shown.quotes).toContain('Sihanoukville');
    // The user's own message named the same signs at 10:09: it is never one of them.
    expect(shown.messages.some((m) => m.startsWith('Message at 10:09'))).toBe(false);

    // Badge and popup agree with the inline warning.
    expect(last!.kind).toBe('message');
    expect(last!.verdict!.level).toBe(shown.level);
    await expect.poll(() => badge(tabId)).toBe(shown.level === 'danger' ? '!!' : '!');
    const popup = await ext.openPage(`popup.html?tab=${tabId}`);
    expect(await popup.getByTestId('level').first().getAttribute('data-level')).toBe(shown.level);
    expect(await popup.locator('#report [data-testid="signals"] > li').count()).toBeGreaterThan(0);
    await popup.screenshot({ path: `${ARTIFACTS}/popup-chat-pitch.png`, fullPage: true });
    await popup.close();
    // Only the verdict is kept: no whole message in the tab's report.
    expect(JSON.stringify(last)).not.toContain('our driver picks you up at the airport');
    await page.screenshot({ path: `${ARTIFACTS}/chat-inline-warning.png` });
    await page.close();
  });

  it('gives a long friendly chat about a holiday in Bangkok no warning and no badge', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${APP}/holiday`);
    await page.locator('#main [role="application"]').waitFor();
    let tabId = -1;
    for (let i = 10; i < HOLIDAY.length; i++) {
      const reported = await arrive(page, i + 1, HOLIDAY[i]!);
      if (reported) {
        tabId = reported[0];
        expect(RANK[reported[1].verdict!.level]).toBeLessThan(RANK.warning);
      }
    }
    await sleep(300);
    expect(await warnings(page)).toBe(0);
    expect(await badge(tabId)).toBe('');
    await page.close();
  });

  it('falls back to the generic extractor on a job site it no longer recognises, and options says support is degraded', { timeout: 45_000 }, async () => {
    const options = await ext.openPage('options.html');
    expect(await options.getByTestId('site-support-ok').isVisible()).toBe(true);
    const page = await ext.context.newPage();
    const url = `${JOBS}/viewjob?jk=0a1b2c3d4e5f6789`;
    const since = Date.now();
    await page.goto(url);
    // After the adapter's grace period (15 s) the generic extractor reads the page: the usual banner appears.
    await page.locator('[data-lureguard-banner]').waitFor({ state: 'attached', timeout: 30_000 });
    const [tabId, report] = await reportAfter(url, since);
    expect(report.kind).toBe('job-offer');
    expect(RANK[report.verdict!.level]).toBeGreaterThanOrEqual(RANK.warning);
    expect(await badge(tabId)).not.toBe('');
    const status = await ext.evaluateInWorker(() => chrome.storage.session.get('adapterStatus:indeed'), undefined);
    expect(status['adapterStatus:indeed']).toMatchObject({ status: 'degraded' });
    // The options page, already open, follows.
    await expect.poll(() => options.getByTestId('site-support').textContent()).toBe('Support for this site is degraded: Indeed');
    expect(await options.getByTestId('site-support-ok').isVisible()).toBe(false);
    await options.screenshot({ path: `${ARTIFACTS}/options-site-degraded.png`, fullPage: true });
    await options.close();
    await page.close();
  });

  it('lets no request leave the machine', () => {
    expect(escaped).toEqual([]);
    const outside = ext.requests.filter(({ url }) => !url.startsWith(`${APP}/`) && !url.startsWith(`${JOBS}/`) && !/^chrome-extension:|^(data|blob|about):/.test(url));
    expect(outside).toEqual([]);
  });
});
