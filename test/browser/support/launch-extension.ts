// Launches headless Chromium with the built extension (dist/chrome) the way guides/browser-testing.md
// verified: a persistent context, --disable-extensions-except plus --load-extension, the full chromium binary.
// Records every request of pages and of the extension's service worker, gives the worker with a timeout
// (a stopped worker makes evaluate hang), and can stop the worker through CDP.
// Browser tests skip when /usr/bin/chromium is missing, except when CI is set: then they fail.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROME_DIST = resolve('dist/chrome');

/** True when browser tests should be skipped: no Chromium on a developer machine. Never true in CI. */
export const skipWithoutBrowser = !existsSync(CHROMIUM) && !process.env.CI;

export interface RecordedRequest {
  url: string;
  /** True when the extension's service worker made it. */
  fromWorker: boolean;
}

export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every request seen since launch (pages and service worker), in order. */
  requests: RecordedRequest[];
  /** worker.evaluate with a timeout: rejects instead of hanging while the worker is stopped. */
  evaluateInWorker<R, A>(fn: (arg: A) => R | Promise<R>, arg: A, timeoutMs?: number): Promise<R>;
  /** Stops every service worker (CDP ServiceWorker.stopAllWorkers through a page's session). */
  stopWorkers(page: Page): Promise<void>;
  /** Opens an extension page (such as popup.html) in a tab and waits for body[data-ready="1"]. */
  openPage(file: string): Promise<Page>;
  close(): Promise<void>;
}

/** `extensionDir`: another build to load (for example a copy of dist/chrome that trusts a test signing key). */
export async function launchExtension({ extensionDir = CHROME_DIST }: { extensionDir?: string } = {}): Promise<LoadedExtension> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM} and CI is set, so browser tests must run: install it (.ci/run does)`);
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error('dist/chrome is missing: run `npm run build` before the browser tests');
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'lureguard-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1024, height: 600 },
    timeout: 30_000,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
  try {
    const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
    const worker = context.serviceWorkers().find(isOurs) ??
      (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    const requests: RecordedRequest[] = [];
    context.on('request', (request) => requests.push({ url: request.url(), fromWorker: request.serviceWorker() !== null }));
    const current = () => context.serviceWorkers().find(isOurs) ?? worker;
    return {
      context,
      get worker() {
        return current();
      },
      extensionId,
      requests,
      evaluateInWorker(fn, arg, timeoutMs = 5_000) {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`service worker did not answer within ${timeoutMs} ms`)), timeoutMs);
        });
        return Promise.race([current().evaluate(fn as never, arg as never) as Promise<never>, timeout]).finally(() => clearTimeout(timer));
      },
      async stopWorkers(page) {
        const cdp = await context.newCDPSession(page);
        try {
          await cdp.send('ServiceWorker.enable');
          await cdp.send('ServiceWorker.stopAllWorkers');
        } finally {
          await cdp.detach().catch(() => undefined);
        }
      },
      async openPage(file) {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/${file}`);
        await page.locator('body[data-ready="1"]').waitFor({ state: 'attached' });
        return page;
      },
      async close() {
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}
