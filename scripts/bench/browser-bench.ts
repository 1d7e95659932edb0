// Content-script cost in real Chromium, from a DevTools trace: main-thread time spent in the extension's
// content scripts (compile + evaluate + callbacks, including the offer module loaded on demand) on a page
// that is not a job offer and on a 1 MB job page, as CPU time (targets; steady on a shared machine) and wall
// time, the longest task they are part of, and as a ratio to the page's own main-thread work in the same run.
// The baseline is a copy of the build whose content.js is empty, measured on the same page in the same run:
// what Chromium charges any extension for running a content script at all (its isolated world, its compile).
// A benchmark: it prints figures and targets, never fails a build. Needs `npm run build` and /usr/bin/chromium.
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchExtension, CHROMIUM, type LoadedExtension } from '../../test/browser/support/launch-extension.js';
import { startFixtureServer } from '../../test/browser/support/fixture-server.js';
import type { BenchResult } from './engine-bench.js';
import { extensionScriptEvents, longestTaskWith, median, startTrace, sumCpuMs, sumMs, tasksOfThread, type TraceEvent } from './trace.js';

/** Sums the content script's own top-level work on the page's main thread, and finds the longest task holding it. */
function contentScriptCost(events: TraceEvent[], extensionId: string): { scriptMs: number; cpuMs: number; longestTaskMs: number; pageMs: number } {
  const ours = extensionScriptEvents(events, extensionId);
  const pageMs = sumMs(tasksOfThread(events, ours));
  return { scriptMs: sumMs(ours), cpuMs: sumCpuMs(ours), longestTaskMs: longestTaskWith(events, ours), pageMs };
}

function bigJobPage(): string {
  const para = 'Our customer service team works with clients across the region. You will answer questions, keep records and help colleagues. ';
  const description = para.repeat(Math.ceil(1_000_000 / para.length));
  const jsonLd = JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Customer service officer', hiringOrganization: { name: 'Example Co' }, description });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Customer service officer - jobs</title><script type="application/ld+json">${jsonLd}</script></head><body><main><h1>Customer service officer</h1><p>${description}</p></main></body></html>`;
}

function plainPage(): string {
  const para = '<p>The garden was quiet this morning; the tomatoes are ripening and the basil needs water.</p>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Garden diary</title></head><body><main><h1>Garden diary</h1>${para.repeat(400)}</main></body></html>`;
}

type Sample = { scriptMs: number; cpuMs: number; longestTaskMs: number; pageMs: number };

/** Loads each page `runs + 1` times in a fresh tab (the first warms caches) and gives median costs and the worst task. */
async function measurePage(ext: LoadedExtension, url: string, settleMs: number, runs: number): Promise<Sample> {
  const samples: Sample[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const page = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(page);
    const stop = await startTrace(cdp);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(settleMs);
    const events = await stop();
    if (i > 0) samples.push(contentScriptCost(events, ext.extensionId));
    await cdp.detach();
    await page.close();
  }
  return {
    scriptMs: median(samples.map((s) => s.scriptMs)),
    cpuMs: median(samples.map((s) => s.cpuMs)),
    longestTaskMs: Math.max(...samples.map((s) => s.longestTaskMs)),
    pageMs: median(samples.map((s) => s.pageMs)),
  };
}

/** The same page with a copy of the build whose content.js does nothing: the floor any content script pays. */
async function emptyContentScriptCost(url: string, runs: number): Promise<Sample> {
  const dir = mkdtempSync(join(tmpdir(), 'lureguard-bench-empty-'));
  let ext: LoadedExtension | null = null;
  try {
    cpSync(resolve('dist/chrome'), dir, { recursive: true });
    writeFileSync(join(dir, 'content.js'), 'void 0;\n');
    ext = await launchExtension({ extensionDir: dir });
    return await measurePage(ext, url, 800, runs);
  } finally {
    await ext?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchContentScript(runs = 5): Promise<BenchResult[]> {
  if (!existsSync(CHROMIUM) || !existsSync(resolve('dist/chrome/manifest.json'))) {
    return [{ name: 'content script in Chromium', value: 'skipped (needs /usr/bin/chromium and npm run build)' }];
  }
  const server = await startFixtureServer(resolve('test/fixtures/pages'), {
    '/bench-plain.html': { type: 'text/html; charset=utf-8', body: plainPage() },
    '/bench-big-job.html': { type: 'text/html; charset=utf-8', body: bigJobPage() },
  });
  let ext: LoadedExtension | null = null;
  try {
    ext = await launchExtension();
    const plain = await measurePage(ext, server.url('/bench-plain.html'), 800, runs);
    const big = await measurePage(ext, server.url('/bench-big-job.html'), 1800, runs);
    await ext.close();
    ext = null;
    const empty = await emptyContentScriptCost(server.url('/bench-plain.html'), runs);
    return [
      { name: 'not an offer: an empty content script', value: `${empty.cpuMs.toFixed(2)} ms CPU (the floor: Chromium's cost of running any content script)` },
      { name: 'not an offer: content script main thread', value: `${plain.cpuMs.toFixed(2)} ms CPU, ${plain.scriptMs.toFixed(2)} ms wall (${((plain.scriptMs / Math.max(plain.pageMs, 0.001)) * 100).toFixed(1)}% of the page's own ${plain.pageMs.toFixed(1)} ms; ${(plain.cpuMs / Math.max(empty.cpuMs, 0.001)).toFixed(1)}× the empty script)`, target: '< 2 ms (CPU)', met: plain.cpuMs < 2 },
      { name: '1 MB job page: content script main thread', value: `${big.cpuMs.toFixed(1)} ms CPU, ${big.scriptMs.toFixed(1)} ms wall (${((big.scriptMs / Math.max(big.pageMs, 0.001)) * 100).toFixed(1)}% of the page's own ${big.pageMs.toFixed(0)} ms)`, target: '< 20 ms (CPU)', met: big.cpuMs < 20 },
      { name: '1 MB job page: longest task with content script', value: `${big.longestTaskMs.toFixed(1)} ms (worst of ${runs})`, target: '≤ 50 ms', met: big.longestTaskMs <= 50 },
    ];
  } finally {
    await ext?.close();
    await server.close();
  }
}
