// The site adapters in Firefox ESR (puppeteer-core over WebDriver BiDi, dist/firefox as a temporary add-on).
// Pages open on the sites' real addresses (https://web.whatsapp.com, https://www.indeed.com): BiDi request
// interception answers them with the fixture HTML before any connection is made, so the manifest's
// content-script matches apply exactly as on the live site and nothing leaves the machine (other requests
// are refused and recorded). Firefox exposes no CDP and no way into the add-on's background here, so the
// test watches the page: a MutationObserver in the page records every warning host the adapter inserts,
// with the message it sits next to and how many messages had arrived. Messages arrive one by one, PACE_MS
// apart (time enough for the worker to score each one; a slower machine only coalesces reports, which can
// never move a warning earlier). Shows: the scam-compound pitch gets one warning, placed after the decisive
// message and only once it has arrived, never next to the user's own message naming the same signs; the
// Bangkok holiday chat gets none (and then warns at once on a recruiter's pitch, so the adapter was
// reading it); an Indeed results list warns next to the scam card only (checked in the page's DOM: the list
// is scored as soon as the page is idle, before a recorder could be installed). Skips without /usr/bin/firefox-esr
// unless CI is set.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECISIVE, HOLIDAY, PITCH, PITCH_OPENING } from '../fixtures/sites/chat-scenarios.js';
import { appendRowInPage, messageId, messageRowHtml, whatsappPage, type ChatLine } from '../fixtures/sites/generate-whatsapp-chat.js';
import { launchFirefox, skipWithoutFirefox, type FirefoxWithExtension } from './support/launch-firefox.js';

const ARTIFACTS = 'test-artifacts';
const APP = 'https://web.whatsapp.com';
const WARNING = 'data-lureguard-warning';
const PACE_MS = 250;
/** An invented recruiter's pitch in one message (danger on its own). */
const ONE_MESSAGE_PITCH =
  'Hi dear, urgent hiring customer service in Sihanoukville, Cambodia. Salary 2,000 USD per month, no experience needed. ' +
  'Company pays your flight ticket and visa. Come on a tourist visa, tell immigration you are on holiday. Contact me on Telegram @hr_fast_job.';

interface Seen {
  level: string | null;
  /** data-id of the message (or data-jk of the job card) right before the warning. */
  next: string | null;
  /** Messages in the chat when the warning appeared. */
  rows: number;
  open: boolean;
}

/** Runs in the page: records every warning host added from now on (the page sees the host, not its closed root). */
function recordWarnings(attribute: string): void {
  const seen: Seen[] = [];
  (window as unknown as { __seen: Seen[] }).__seen = seen;
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element) || !node.hasAttribute(attribute)) continue;
        const before = node.previousElementSibling;
        const marked = before?.querySelector('[data-id], [data-jk]');
        seen.push({
          level: node.getAttribute(attribute),
          next: marked?.getAttribute('data-id') ?? marked?.getAttribute('data-jk') ?? null,
          rows: document.querySelectorAll('[data-id]').length,
          open: (node as HTMLElement).shadowRoot !== null,
        });
      }
    }
  }).observe(document.body, { childList: true, subtree: true });
}

const seenIn = (page: Page) => page.evaluate(() => (window as unknown as { __seen: Seen[] }).__seen);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe.skipIf(skipWithoutFirefox)('site adapters in Firefox ESR (fixture pages on the sites\' real addresses)', () => {
  let ff: FirefoxWithExtension;

  async function openChat(path: string, lines: readonly ChatLine[]): Promise<Page> {
    const page = await ff.openSite({ [`${APP}${path}`]: whatsappPage(lines) });
    await page.goto(`${APP}${path}`);
    await page.waitForSelector('#main [role="application"]');
    await page.evaluate(recordWarnings, WARNING);
    await sleep(PACE_MS); // the content script reads the chat already there
    return page;
  }

  async function arrive(page: Page, index: number, line: ChatLine): Promise<void> {
    await page.evaluate(appendRowInPage, messageRowHtml(index, line));
    await sleep(PACE_MS);
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ff = await launchFirefox();
    expect(ff.addonId).toBe(ff.manifestId);
  });

  afterAll(async () => {
    await ff?.close();
  });

  it('warns after the decisive message of the pitch, next to it, and not before', async () => {
    const page = await openChat('/pitch', PITCH_OPENING);
    for (let i = 0; i < PITCH.length; i++) {
      await arrive(page, PITCH_OPENING.length + i + 1, PITCH[i]!);
      if (i < DECISIVE) expect(await page.$(`[${WARNING}]`), `warning after message ${i + 1}`).toBeNull();
    }
    await page.waitForSelector(`[${WARNING}]`, { timeout: 10_000 });
    const seen = await seenIn(page);
    // One warning in all, added only once every message up to the decisive one had arrived.
    expect(seen).toHaveLength(1);
    expect(seen[0]).toEqual({
      level: expect.stringMatching(/^(warning|danger)$/),
      next: messageId(PITCH_OPENING.length + DECISIVE + 1, 'incoming'),
      rows: PITCH_OPENING.length + PITCH.length,
      open: false, // closed shadow root: the page cannot reach into the warning
    });
    const box = await page.$eval(`[${WARNING}]`, (el) => el.getBoundingClientRect().height);
    expect(box).toBeGreaterThan(0);
    await page.screenshot({ path: `${ARTIFACTS}/firefox-chat-inline-warning.png` });
    await page.close();
  });

  it('gives the Bangkok holiday chat no warning, then warns on a recruiter\'s pitch in the same chat', async () => {
    const page = await openChat('/holiday', HOLIDAY.slice(0, 10));
    for (let i = 10; i < HOLIDAY.length; i++) await arrive(page, i + 1, HOLIDAY[i]!);
    await sleep(500);
    expect(await seenIn(page)).toEqual([]);
    // The control: the adapter was reading this chat all along.
    const index = HOLIDAY.length + 1;
    await arrive(page, index, { direction: 'incoming', text: ONE_MESSAGE_PITCH, time: '11:00' });
    await page.waitForSelector(`[${WARNING}]`, { timeout: 10_000 });
    expect((await seenIn(page)).map((s) => s.next)).toEqual([messageId(index, 'incoming')]);
    expect(await page.$$eval(`[${WARNING}]`, (els) => els.length)).toBe(1); // none from before the recorder either
    await page.close();
  });

  it('warns next to the scam card of an Indeed results list and no other', async () => {
    const url = 'https://www.indeed.com/jobs?q=customer+service&l=&vjk=9f8e7d6c5b4a3210';
    const page = await ff.openSite({ [url]: readFileSync('test/fixtures/sites/indeed-search.html', 'utf8') });
    await page.goto(url);
    await page.waitForSelector(`[${WARNING}]`, { timeout: 10_000 });
    await sleep(1_000); // every other card and the pane are scored meanwhile
    // The cards the warnings sit next to (the list is scored as soon as the page is idle: read the page, not a recorder).
    const next = await page.$$eval(`[${WARNING}]`, (els) => els.map((el) => el.previousElementSibling?.querySelector('[data-jk]')?.getAttribute('data-jk') ?? null));
    expect(next).toEqual(['1a2b3c4d5e6f7a8b']);
    await page.screenshot({ path: `${ARTIFACTS}/firefox-indeed-results.png` });
    await page.close();
  });

  it('lets no request leave the machine', () => {
    expect(ff.refused, ff.refused.join(" ")).toEqual([]);
  });
});
