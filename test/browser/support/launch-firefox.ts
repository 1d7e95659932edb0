// Launches headless Firefox ESR with the built extension (dist/firefox) the way guides/browser-testing.md
// verified: puppeteer-core over WebDriver BiDi with the stock /usr/bin/firefox-esr, the add-on installed as a
// temporary one. Opens pages on a site's real https address without network: BiDi request interception
// answers the listed addresses with fixture HTML (the browser opens no connection for them) and refuses and
// records every other http(s) request. Firefox tests skip when the binary is missing, except when CI is set.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = '/usr/bin/firefox-esr';
export const FIREFOX_DIST = resolve('dist/firefox');

/** True when Firefox tests should be skipped: no Firefox ESR on a developer machine. Never true in CI. */
export const skipWithoutFirefox = !existsSync(FIREFOX) && !process.env.CI;

/** A content security policy like a real web app's: no inline or outside scripts. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id the browser reports (the manifest's gecko id). */
  addonId: string;
  /** The gecko id the manifest declares. */
  manifestId: string;
  /** Requests refused because no fixture answers them (none should leave the machine). */
  refused: string[];
  /** A new tab whose requests for these exact addresses get the HTML given; every other request is refused. */
  openSite(pages: Record<string, string>): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxWithExtension> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox ESR is missing at ${FIREFOX} and CI is set: install it (.ci/run does)`);
  if (!existsSync(resolve(FIREFOX_DIST, 'manifest.json'))) throw new Error('dist/firefox is missing: run `npm run build` first');
  const manifest = JSON.parse(readFileSync(resolve(FIREFOX_DIST, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    timeout: 30_000,
    defaultViewport: { width: 1024, height: 700 },
    extraPrefsFirefox: {
      // Keep the browser off the network (no update, telemetry or remote-settings traffic during the test).
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  try {
    const addonId = await browser.installExtension(FIREFOX_DIST);
    const refused: string[] = [];
    return {
      browser,
      addonId,
      manifestId: manifest.browser_specific_settings.gecko.id,
      refused,
      async openSite(pages) {
        const page = await browser.newPage();
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          const url = request.url();
          const body = pages[url];
          if (!/^https?:/.test(url)) {
            void request.continue(); // data:, blob: and the add-on's own files are not network requests
          } else if (body !== undefined) {
            void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': CSP }, body });
          } else {
            if (!url.endsWith('/favicon.ico')) refused.push(url);
            void request.abort();
          }
        });
        return page;
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
