// The built Chrome extension in real headless Chromium: the worker starts, scores texts sent from an
// extension page through chrome.runtime.sendMessage, refuses oversized and unknown messages, caches the
// compiled pack without storing page text, and the popup shows a verdict (screenshot in test-artifacts/).
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Level, Verdict } from '../../src/engine/types.js';
import { MAX_TEXT_LENGTH, type PackInfo, type Reply } from '../../src/shared/messages.js';
import { launchExtension, skipWithoutBrowser, type LoadedExtension } from './support/launch-extension.js';

/** Invented offer with several compound-recruitment signs; the marker checks that no text is stored. */
const MARKER = 'ref ZQX-4417';
const FLAGGED =
  `Urgent hiring (${MARKER})! Customer service staff for an online company in Sihanoukville, Cambodia. ` +
  'Salary 2,000 USD per month, no experience needed. The company pays your flight ticket and visa. ' +
  'Enter on a tourist visa and tell immigration you are on holiday. Contact HR on Telegram @job_hr_asia now.';
const INNOCENT = 'Hi Sam, the team lunch moves to Thursday at noon. Could you bring the projector cable? Thanks, Ana';
const RANK: Record<Level, number> = { none: 0, caution: 1, warning: 2, danger: 3 };

describe.skipIf(skipWithoutBrowser)('extension in headless Chromium', () => {
  let ext: LoadedExtension;
  let page: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    page = await ext.openPage('popup.html');
  });
  afterAll(async () => {
    await ext?.close();
  });

  const send = <T>(message: unknown) =>
    page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<Reply<T>>;

  const score = async (text: string): Promise<Verdict> => {
    const reply = await send<{ verdict: Verdict }>({ type: 'score-text', text });
    if (!reply.ok) throw new Error(`score-text refused: ${reply.error.code} ${reply.error.message}`);
    return reply.value.verdict;
  };

  it('runs the background service worker from background.js', () => {
    expect(ext.worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
  });

  it('scores a recruitment offer at warning or above and an innocent message lower', async () => {
    const flagged = await score(FLAGGED);
    const innocent = await score(INNOCENT);
    expect(RANK[flagged.level]).toBeGreaterThanOrEqual(RANK.warning);
    expect(RANK[innocent.level]).toBeLessThan(RANK[flagged.level]);
    expect(flagged.score).toBeGreaterThan(innocent.score);
    expect(flagged.signals.length).toBeGreaterThan(0);
    for (const signal of flagged.signals) {
      for (const evidence of signal.evidence) expect(FLAGGED.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
  });

  it('answers get-pack-info with the bundled core pack', async () => {
    const reply = await send<PackInfo>({ type: 'get-pack-info' });
    expect(reply).toMatchObject({
      ok: true,
      value: {
        id: 'core', name: expect.any(String), version: expect.stringMatching(/^\d+\.\d+\.\d+/), published: expect.any(String), expires: expect.any(String),
      },
    });
  });

  it(`refuses a text over ${MAX_TEXT_LENGTH} characters with a clear error`, async () => {
    const reply = await page.evaluate(
      (n) => chrome.runtime.sendMessage({ type: 'score-text', text: 'x'.repeat(n) }),
      MAX_TEXT_LENGTH + 1,
    ) as Reply<unknown>;
    expect(reply).toEqual({
      ok: false,
      error: { code: 'text-too-long', message: `text is ${MAX_TEXT_LENGTH + 1} characters; at most ${MAX_TEXT_LENGTH} can be checked` },
    });
  });

  it('refuses an unknown message type and a malformed text', async () => {
    expect(await send({ type: 'delete-everything' })).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
    expect(await send({ type: 'score-text', text: 42 })).toMatchObject({ ok: false, error: { code: 'bad-message' } });
  });

  it('caches the compiled pack by version and engine format and stores no checked text', async () => {
    await score(FLAGGED);
    const local = await ext.worker.evaluate(() => chrome.storage.local.get(null));
    // The compiled pack (all packs in use together) is cached under one key naming every pack's version.
    await expect.poll(async () => ((await ext.worker.evaluate(() => chrome.storage.local.get('compiledPackCache'))) as Record<string, { key?: string }>).compiledPackCache?.key)
      .toMatch(/^core@\d+\.\d+\.\d+.*#engine-format-\d+$/);
    const session = await ext.worker.evaluate(() => chrome.storage.session.get(null));
    expect(JSON.stringify(local)).not.toContain(MARKER);
    expect(JSON.stringify(session)).not.toContain(MARKER);
  });

  it('shows the verdict with quoted evidence in the popup', async () => {
    await page.setViewportSize({ width: 380, height: 640 });
    await page.getByTestId('check-text').fill(FLAGGED);
    await page.getByTestId('check-button').click();
    const level = page.getByTestId('level');
    await level.waitFor();
    expect(RANK[(await level.getAttribute('data-level')) as Level]).toBeGreaterThanOrEqual(RANK.warning);
    expect(await page.getByTestId('score').textContent()).toMatch(/\d+ of 100/);
    expect(await page.locator('[data-testid="signals"] li strong').count()).toBeGreaterThan(0);
    expect(await page.locator('q.evidence').count()).toBeGreaterThan(0);
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/popup.png', fullPage: true });
  });

  it('shows the pack in use on the options page', async () => {
    const options = await ext.openPage('options.html');
    await expect.poll(() => options.locator('[data-field="id"]').textContent()).toBe('core');
    expect(await options.getByTestId('pack-error').isHidden()).toBe(true);
    await options.close();
  });
});
