// `npm run bench`: every benchmark of the project, each reporting its figure, the target and whether it was met.
// Benchmarks never fail the build (shared machines are noisy); they exit 0 and print the figures.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadAndValidate } from '../src/cli/load-pack.js';
import { corePackDir, projectRoot } from '../src/cli/paths.js';
import { benchContentScript } from './bench/browser-bench.js';
import { benchChatAdapter } from './bench/chat-bench.js';
import { benchEngine, benchLargeText, loadCorpusTexts, type BenchResult } from './bench/engine-bench.js';

function print(section: string, results: BenchResult[]): void {
  console.log(`\n## ${section}`);
  for (const r of results) {
    const target = r.target ? `  target ${r.target}: ${r.met ? 'met' : 'NOT met'}` : '';
    console.log(`  ${r.name.padEnd(44)} ${r.value}${target}`);
  }
}

// The pack as the extension ships it (dist/chrome/packs/core.json, written by `npm run build`), else the source:
// parsing the YAML source leaves tens of megabytes of garbage that the timed loops would pay for.
const shipped = join(projectRoot(), 'dist', 'chrome', 'packs', 'core.json');
const loaded = existsSync(shipped)
  ? loadAndValidate(shipped, { realRegexCheck: false, form: 'shipped' })
  : loadAndValidate(corePackDir(), { realRegexCheck: false });
console.log(`pack: ${existsSync(shipped) ? shipped : corePackDir()}`);
if (!loaded.ok) {
  console.error('the core pack is invalid; run `lureguard check` first');
  process.exit(1);
}
const heapBefore = process.memoryUsage().heapUsed;
const corpusDir = join(projectRoot(), '..', 'shared', 'corpus');
const texts = loadCorpusTexts(corpusDir);
if (texts.length === 0) console.log(`(no corpus at ${corpusDir}; engine throughput skipped)`);
else print('Engine throughput on ../shared/corpus', benchEngine(loaded.compiled, texts));
print('Engine on a huge page', benchLargeText(loaded.compiled));
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
print('Memory', [{ name: 'heap growth over the engine benchmarks', value: `${heapMb.toFixed(0)} MB (includes the loaded corpus)` }]);
print('Content script in Chromium (DevTools trace)', await benchContentScript());
print('Chat adapter in Chromium (WhatsApp Web fixture, DevTools trace) and content-script sizes', await benchChatAdapter());
