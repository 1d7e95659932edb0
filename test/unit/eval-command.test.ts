import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateRows, formatReport, readLabelledFile } from '../../src/cli/eval-command.js';
import { compilePack } from '../../src/engine/index.js';
import { minimalPack } from '../fixtures/minimal-pack.js';

const pack = compilePack(minimalPack());
const dir = mkdtempSync(join(tmpdir(), 'lureguard-eval-'));
const file = join(dir, 'mini.jsonl');
writeFileSync(
  file,
  [
    { id: 's1', label: 'scam', kind: 'message', lang: 'en', topic: 'job', text: 'Job in Sihanoukville, free flight, Telegram, $2000/month, no experience needed' },
    { id: 's2', label: 'scam', kind: 'message', lang: 'en', topic: 'job', text: 'Work in Myawaddy' },
    { id: 's3', label: 'scam', kind: 'message', lang: 'en', topic: 'prize', text: 'You won a prize' },
    { id: 'l1', label: 'legit', kind: 'message', lang: 'en', topic: 'ham', text: 'Dinner tonight?' },
    { id: 'l2', label: 'legit', kind: 'message', lang: 'en', topic: 'ham', text: 'Our trip to Sihanoukville with a free flight on Telegram deal' },
    { id: 'l3', label: 'legit', kind: 'message', lang: 'en', topic: 'ham', text: 'Dinner tonight?' },
  ]
    .map((r) => JSON.stringify(r))
    .join('\n') + '\n{broken\n{"id":"x","text":"no label"}\n',
);

describe('lureguard eval', () => {
  const { rows, malformed } = readLabelledFile(file);
  const report = evaluateRows(pack, rows);

  it('reads labelled rows and reports malformed lines with their line numbers', () => {
    expect(rows).toHaveLength(6);
    expect(malformed.map((m) => m.line)).toEqual([7, 8]);
  });

  it('computes recall per level, false-positive rates and precision, counting repeated texts once when pooled', () => {
    const all = report.groups.find((g) => g.group === 'all (distinct texts)')!;
    expect(all).toMatchObject({ n: 5, scam: 3, legit: 2 });
    expect(all.recallCaution).toBeCloseTo(2 / 3);
    expect(all.recallDanger).toBeCloseTo(1 / 3);
    expect(all.fprWarning).toBeCloseTo(1 / 2);
    expect(all.precisionWarning).toBeCloseTo(1 / 2);
    const jobs = report.groups.find((g) => g.group === 'topic scam/job')!;
    expect(jobs.recallCaution).toBe(1);
  });

  it('lists the rules that fire on legit texts with example ids', () => {
    const hub = report.rules.find((r) => r.rule === 'test/hub')!;
    expect(hub).toMatchObject({ legitHits: 1, scamHits: 2, legitExamples: ['l2'] });
    expect(formatReport({ ...report, malformed }, true)).toMatch(/test\/hub\s+legit\s+1\s+scam\s+2\s+l2/);
  });
});
