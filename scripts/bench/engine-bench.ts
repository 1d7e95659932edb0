// Engine throughput on the evaluation corpus (../shared/corpus, read in place, never copied), reported as MB/s
// and as a ratio to a plain `text.normalize('NFKC').toLowerCase()` pass over the same texts in the same run.
// A benchmark, not a test: it prints figures and the target, and never fails a build on noisy machines.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { scoreText, type CompiledPack } from '../../src/engine/index.js';
import { normalizeText } from '../../src/engine/normalize-text.js';

export interface BenchResult {
  name: string;
  value: string;
  target?: string;
  met?: boolean;
}

export function loadCorpusTexts(corpusDir: string): string[] {
  if (!existsSync(corpusDir)) return [];
  const texts: string[] = [];
  for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(corpusDir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const row = JSON.parse(line) as { text?: unknown };
        if (typeof row.text === 'string') texts.push(row.text);
      } catch {
        // a broken line is skipped: the benchmark measures speed, not the corpus
      }
    }
  }
  return texts;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function benchEngine(pack: CompiledPack, texts: string[], rounds = 7): BenchResult[] {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  let sink = 0;
  const baseline = (): void => {
    for (const t of texts) sink += t.normalize('NFKC').toLowerCase().length;
  };
  const engine = (): void => {
    for (const t of texts) sink += scoreText(pack, t).score;
  };
  // The normaliser alone: the part of the engine's time that the baseline pass stands for.
  const normalise = (): void => {
    for (const t of texts) sink += normalizeText(t).text.length;
  };
  // The floor for any engine written in JavaScript: one loop that reads each character once and does nothing
  // else. The engine needs several passes (normalise, phrases, words), each doing far more per character.
  const barePass = (): void => {
    for (const t of texts) {
      let h = 0;
      for (let i = 0; i < t.length; i++) h = (h + t.charCodeAt(i)) | 0;
      sink += h;
    }
  };
  baseline();
  engine(); // warm both paths before timing
  normalise();
  barePass();
  const baseTimes: number[] = [];
  const engineTimes: number[] = [];
  const normTimes: number[] = [];
  const bareTimes: number[] = [];
  for (let r = 0; r < rounds; r++) {
    // Alternate so a noisy neighbour slows both sides alike.
    let t0 = performance.now();
    baseline();
    baseTimes.push(performance.now() - t0);
    t0 = performance.now();
    engine();
    engineTimes.push(performance.now() - t0);
    t0 = performance.now();
    normalise();
    normTimes.push(performance.now() - t0);
    t0 = performance.now();
    barePass();
    bareTimes.push(performance.now() - t0);
  }
  const base = median(baseTimes);
  const eng = median(engineTimes);
  const ratio = eng / base;
  const norm = median(normTimes);
  const bare = median(bareTimes);
  if (sink === -1) console.log(''); // keep the work observable
  const mb = bytes / 1e6;
  return [
    { name: 'corpus size', value: `${texts.length} texts, ${mb.toFixed(1)} MB` },
    { name: 'baseline normalize(NFKC).toLowerCase()', value: `${base.toFixed(0)} ms (${(mb / (base / 1000)).toFixed(1)} MB/s)` },
    { name: 'engine scoreText (core pack)', value: `${eng.toFixed(0)} ms (${(mb / (eng / 1000)).toFixed(1)} MB/s)` },
    { name: 'engine / baseline time ratio', value: `${ratio.toFixed(2)}×`, target: '≤ 2.00×', met: ratio <= 2 },
    { name: '  of which normalisation (normalizeText)', value: `${norm.toFixed(0)} ms, ${(norm / base).toFixed(2)}× the baseline` },
    { name: 'one bare JavaScript pass over the characters', value: `${bare.toFixed(0)} ms, ${(bare / base).toFixed(2)}× the baseline (the floor of one pass)` },
  ];
}

export function benchLargeText(pack: CompiledPack): BenchResult[] {
  const chunk = 'Customer service staff needed in Sihanoukville, free flight and visa, contact Telegram. 高薪客服 gaji tinggi. ';
  const text = chunk.repeat(Math.ceil(5_000_000 / chunk.length));
  const t0 = performance.now();
  scoreText(pack, text);
  const ms = performance.now() - t0;
  return [{ name: 'one 5 MB text', value: `${ms.toFixed(0)} ms`, target: '< 1000 ms', met: ms < 1000 }];
}
