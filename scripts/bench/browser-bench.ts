// Content-script cost in real Chromium, from a DevTools trace: main-thread time spent in the extension's
// content scripts (compile + evaluate + callbacks, including the offer module loaded on demand) on a page
// that is not a job offer and on a 1 MB job page, as CPU time (targets; steady on a shared machine) and wall
// time, the longest task they are part of, and as a ratio to the page's own main-thread work in the same run.
// A benchmark: it prints figures and targets, never fails a build. Needs `npm run build` and /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
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
    const measure = async (path: string) => {
      const samples: { scriptMs: number; cpuMs: number; longestTaskMs: number; pageMs: number }[] = [];
      for (let i = 0; i < runs + 1; i++) {
        const page = await ext!.context.newPage();
        const cdp = await ext!.context.newCDPSession(page);
        const stop = await startTrace(cdp);
        await page.goto(server.url(path), { waitUntil: 'load' });
        await page.waitForTimeout(path.includes('big') ? 1800 : 800);
        const events = await stop();
        if (i > 0) samples.push(contentScriptCost(events, ext!.extensionId)); // first run warms caches
        await cdp.detach();
        await page.close();
      }
      return {
        scriptMs: median(samples.map((s) => s.scriptMs)),
        cpuMs: median(samples.map((s) => s.cpuMs)),
        longestTaskMs: Math.max(...samples.map((s) => s.longestTaskMs)),
        pageMs: median(samples.map((s) => s.pageMs)),
      };
    };
    const plain = await measure('/bench-plain.html');
    const big = await measure('/bench-big-job.html');
    return [
      { name: 'not an offer: content script main thread', value: `${plain.cpuMs.toFixed(2)} ms CPU, ${plain.scriptMs.toFixed(2)} ms wall (${((plain.scriptMs / Math.max(plain.pageMs, 0.001)) * 100).toFixed(1)}% of the page's own ${plain.pageMs.toFixed(1)} ms)`, target: '< 2 ms (CPU)', met: plain.cpuMs < 2 },
      { name: '1 MB job page: content script main thread', value: `${big.cpuMs.toFixed(1)} ms CPU, ${big.scriptMs.toFixed(1)} ms wall (${((big.scriptMs / Math.max(big.pageMs, 0.001)) * 100).toFixed(1)}% of the page's own ${big.pageMs.toFixed(0)} ms)`, target: '< 20 ms (CPU)', met: big.cpuMs < 20 },
      { name: '1 MB job page: longest task with content script', value: `${big.longestTaskMs.toFixed(1)} ms (worst of ${runs})`, target: '≤ 50 ms', met: big.longestTaskMs <= 50 },
    ];
  } finally {
    await ext?.close();
    await server.close();
  }
}
