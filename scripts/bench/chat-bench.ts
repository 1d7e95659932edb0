// Chat-adapter cost in real Chromium, from a DevTools trace: the built extension on a WhatsApp Web fixture
// chat of 5,000 messages (served for the real host by Playwright; nothing leaves the machine). Measures the
// initial scan (the longest main-thread task holding content-script work, and its total time) and the
// main-thread time the content scripts spend on each new message (median), and reports the content-script
// sizes. A benchmark: prints figures and targets, never fails. Needs `npm run build` and /usr/bin/chromium.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { contentBudget, PAGE_BUDGET_BYTES, TOTAL_BUDGET_BYTES } from '../content-scripts.js';
import { appendRowInPage, longFriendlyChat, messageRowHtml, whatsappPage } from '../../test/fixtures/sites/generate-whatsapp-chat.js';
import { CHROMIUM, launchExtension, type LoadedExtension } from '../../test/browser/support/launch-extension.js';
import type { BenchResult } from './engine-bench.js';
import { extensionScriptEvents, longestTaskWith, median, startTrace, sumCpuMs, sumMs } from './trace.js';

const APP = 'https://web.whatsapp.com';
const CHAT_SIZE = 5_000;

/** Newest time the worker kept a report for this tab's chat (0 when none yet). */
async function reportTime(ext: LoadedExtension): Promise<number> {
  const all = await ext.evaluateInWorker(async () => {
    const stored = await chrome.storage.session.get(null);
    return Object.entries(stored).filter(([key]) => key.startsWith('tabReport:')).map(([, value]) => value as { url: string; checkedAt: number });
  }, undefined);
  return Math.max(0, ...all.filter((r) => r.url.startsWith(APP)).map((r) => r.checkedAt));
}

async function waitForReport(ext: LoadedExtension, after: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await reportTime(ext)) <= after) {
    if (Date.now() > deadline) throw new Error('the chat was not reported in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

function sizeResults(): BenchResult[] {
  const dir = resolve('dist/chrome');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[]; web_accessible_resources?: { resources: string[] }[] };
  const files = new Set([...manifest.content_scripts.flatMap((c) => c.js), ...(manifest.web_accessible_resources ?? []).flatMap((w) => w.resources)]);
  const scripts = new Map([...files].map((f) => [f, new Uint8Array(readFileSync(join(dir, f)))]));
  const total = [...scripts.values()].reduce((n, s) => n + s.length, 0);
  const { lines } = contentBudget(scripts);
  const pages = lines.slice(1).map((l) => /: ([\d.]+) kB/.exec(l)).map((m) => Number(m?.[1] ?? 0) * 1024);
  const worst = Math.max(...pages);
  return [
    { name: 'all content scripts together (minified)', value: `${(total / 1024).toFixed(1)} kB in ${scripts.size} files`, target: `≤ ${TOTAL_BUDGET_BYTES / 1024} KB`, met: total <= TOTAL_BUDGET_BYTES },
    { name: 'most content scripts one page can load', value: `${(worst / 1024).toFixed(1)} kB (an adapter site falling back)`, target: `≤ ${PAGE_BUDGET_BYTES / 1024} KB`, met: worst <= PAGE_BUDGET_BYTES },
  ];
}

export async function benchChatAdapter(newMessages = 25): Promise<BenchResult[]> {
  if (!existsSync(CHROMIUM) || !existsSync(resolve('dist/chrome/manifest.json'))) {
    return [{ name: 'chat adapter in Chromium', value: 'skipped (needs /usr/bin/chromium and npm run build)' }];
  }
  const sizes = sizeResults();
  const body = whatsappPage(longFriendlyChat(CHAT_SIZE));
  let ext: LoadedExtension | null = null;
  try {
    ext = await launchExtension();
    await ext.context.route((url) => url.protocol === 'http:' || url.protocol === 'https:', (route) =>
      new URL(route.request().url()).origin === APP ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }) : route.abort());
    const page: Page = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(page);

    // Initial scan: from navigation until the first report of the chat.
    let stop = await startTrace(cdp);
    const before = Date.now();
    await page.goto(`${APP}/`, { waitUntil: 'load' });
    await waitForReport(ext, before - 1, 30_000);
    await page.waitForTimeout(500);
    let events = await stop();
    const initial = extensionScriptEvents(events, ext.extensionId);
    const initialLongest = longestTaskWith(events, initial);
    const initialMs = sumMs(initial);

    // New messages, one at a time; the page marks each arrival in the trace.
    stop = await startTrace(cdp);
    for (let i = 0; i < newMessages; i++) {
      const since = await reportTime(ext);
      const row = messageRowHtml(CHAT_SIZE + i + 1, { direction: 'incoming', text: `Shall we meet at the market at ${(i % 12) + 1} o'clock?`, time: '18:00' });
      await page.evaluate((n) => console.timeStamp(`lureguard-bench-message-${n}`), i);
      await page.evaluate(appendRowInPage, row);
      await waitForReport(ext, since);
      await page.waitForTimeout(150);
    }
    events = await stop();
    const marks = events.filter((e) => e.name === 'TimeStamp' && /lureguard-bench-message-/.test(e.args?.data?.message ?? '')).map((e) => e.ts).sort((a, b) => a - b);
    const ours = extensionScriptEvents(events, ext.extensionId);
    const inWindow = (i: number) => ours.filter((e) => e.ts >= marks[i]! && e.ts < (marks[i + 1] ?? Number.POSITIVE_INFINITY));
    const perMessage = marks.map((_, i) => sumCpuMs(inWindow(i)));
    const perMessageWall = marks.map((_, i) => sumMs(inWindow(i)));
    const perMessageMedian = median(perMessage);
    if (process.env.LUREGUARD_BENCH_DEBUG) {
      marks.forEach((start, i) => console.log(i, inWindow(i).map((e) => `${e.name}@${((e.ts - start) / 1000).toFixed(0)}:${((e.dur ?? 0) / 1000).toFixed(2)}/${((e.tdur ?? 0) / 1000).toFixed(2)}`).join(' ')));
    }
    await cdp.detach();

    return [
      {
        name: `new message in a ${CHAT_SIZE.toLocaleString('en')}-message chat: main thread`,
        value: `${perMessageMedian.toFixed(2)} ms median CPU of ${perMessage.length} (max ${Math.max(...perMessage).toFixed(2)}; wall ${median(perMessageWall).toFixed(2)} ms median)`,
        target: '≤ 1 ms median',
        met: perMessageMedian <= 1,
      },
      {
        name: `initial scan of ${CHAT_SIZE.toLocaleString('en')} messages: longest task`,
        value: `${initialLongest.toFixed(1)} ms wall (content scripts ${sumCpuMs(initial).toFixed(1)} ms CPU, ${initialMs.toFixed(1)} ms wall, in all)`,
        target: 'no task over 50 ms',
        met: initialLongest <= 50,
      },
      ...sizes,
    ];
  } finally {
    await ext?.close();
  }
}
