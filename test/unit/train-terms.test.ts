// `lureguard model train` and its parts: candidate terms, the logistic fit, and the rewrite of one rule file.
// Every text here is written for the test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { candidateTerms, fitLogistic } from '../../src/cli/train-terms.js';
import { normalizeText } from '../../src/engine/normalize-text.js';
import { minimalPack } from '../fixtures/minimal-pack.js';

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const lureguard = (args: string[]) => {
  const r = spawnSync(TSX, [join(ROOT, 'src/cli/main.ts'), ...args], { encoding: 'utf8', cwd: ROOT, timeout: 60_000 });
  return { code: r.status, out: r.stdout + r.stderr };
};

describe('candidate terms', () => {
  it('are the words of spaced scripts and two-character pieces of unspaced ones, never bare numbers', () => {
    const terms = candidateTerms(normalizeText('Boss pays 1500 USD — 老板包机票, ทำงาน  a t3legram').text);
    const thai = normalizeText('ทำงาน').text; // (NFKC writes ำ as two code units)
    const thaiPieces = Array.from({ length: thai.length - 1 }, (_, k) => thai.slice(k, k + 2));
    expect([...terms].sort()).toEqual(['boss', 'pays', 'telegram', 'usd', '老板', '板包', '包机', '机票', ...thaiPieces].sort());
  });
});

describe('fitLogistic', () => {
  it('separates what the features separate, the same way every time', () => {
    // feature 0 only in positives, feature 1 only in negatives, feature 2 in both
    const features = Array.from({ length: 40 }, (_, k) => Int32Array.from(k % 2 === 0 ? [0, 2] : [1, 2]));
    const labels = Uint8Array.from({ length: 40 }, (_, k) => (k % 2 === 0 ? 1 : 0));
    const a = fitLogistic(features, labels, 3);
    expect(a.weights[0]).toBeGreaterThan(1);
    expect(a.weights[1]).toBeLessThan(-1);
    expect(Math.abs(a.weights[2]! + a.bias)).toBeLessThan(Math.abs(a.weights[0]!));
    expect(fitLogistic(features, labels, 3)).toEqual(a);
  });
});

/** A pack directory holding the minimal pack's rules in pack.yaml and `rules/wording.yaml` for the rules under test. */
function packWithRuleFile(prefix: string, minEngine: number): { dir: string; packDir: string; ruleFile: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const packDir = join(dir, 'pack');
  mkdirSync(join(packDir, 'rules'), { recursive: true });
  const header: Record<string, unknown> = { ...minimalPack(), minEngine };
  delete header.rules;
  writeFileSync(join(packDir, 'pack.yaml'), toYaml({ ...header, rules: minimalPack().rules }));
  return { dir, packDir, ruleFile: join(packDir, 'rules', 'wording.yaml') };
}

/** A supportOnly wording rule in YAML with the given (already indented) matchers. */
const wordingRule = (id: string, matchers: string) => `- id: ${id}
  rev: 1
  status: stable
  category: recruitment-wording
  weight: 30
  supportOnly: true
  languages: [en]
  matchers:
${matchers}
  title: { en: "The wording is like recruitment for scam compounds" }
  explanation: { en: "The words together are like a lure." }
  advice: { en: "Check the employer before you travel." }
  references: [https://example.org/source]
  examples:
    match: ["boss pays ticket, telegram only, come quickly"]
    ok: ["contract signed at the licensed office before departure"]
`;

describe('lureguard model train', () => {
  const { dir, packDir, ruleFile } = packWithRuleFile('lureguard-train-', 3);
  const ruleYaml = `# a hand-written comment that training keeps
${wordingRule('wording', '    words:\n      terms:\n        min: 0.8\n        bias: 0\n        weights: { placeholder: 0 }')}`;
  writeFileSync(ruleFile, ruleYaml);
  const fillers = ['today', 'friend', 'please', 'good', 'new', 'team', 'city', 'week', 'month', 'hello'];
  const lines: string[] = [];
  for (let k = 0; k < 30; k++) {
    const f = `${fillers[k % 10]} ${fillers[(k * 3) % 10]}`;
    lines.push(JSON.stringify({ id: `s${k}`, label: 'scam', text: `${f}: the boss pays your ticket, talk on telegram, come quickly` }));
    lines.push(JSON.stringify({ id: `l${k}`, label: 'legit', text: `${f}: contract signed at the licensed office, apply before departure` }));
  }
  const data = join(dir, 'data.jsonl');
  writeFileSync(data, `${lines.join('\n')}\n`);

  it('writes bias and weights into the rule, keeps the rest of the file, and the pack then checks', () => {
    const r = lureguard(['model', 'train', 'wording', data, '--pack', packDir, '--min-texts', '2']);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/wrote \d+ terms .* to .*wording\.yaml/);
    const text = readFileSync(ruleFile, 'utf8');
    expect(text.startsWith('# a hand-written comment that training keeps\n')).toBe(true);
    const rule = parseYaml(text)[0];
    expect(rule.matchers.words.terms.min).toBe(0.8);
    expect(rule.matchers.words.terms.weights.telegram).toBeGreaterThan(0);
    expect(rule.matchers.words.terms.weights.contract).toBeLessThan(0);
    expect(rule.matchers.words.terms.weights.placeholder).toBeUndefined();
    expect(rule.title.en).toBe('The wording is like recruitment for scam compounds');
    const check = lureguard(['check', packDir]);
    expect(check.code, check.out).toBe(0);
  });

  it('only reports with --dry-run', () => {
    const before = readFileSync(ruleFile, 'utf8');
    const r = lureguard(['model', 'train', 'wording', data, '--pack', packDir, '--min-texts', '2', '--dry-run']);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/would write/);
    expect(readFileSync(ruleFile, 'utf8')).toBe(before);
  });

  it('says what is wrong: an unknown rule, a rule without terms, a broken line, missing arguments', () => {
    expect(lureguard(['model', 'train', 'nope', data, '--pack', packDir])).toMatchObject({ code: 1, out: expect.stringContaining('no rule "nope"') });
    expect(lureguard(['model', 'train', 'hub', data, '--pack', packDir])).toMatchObject({ code: 1, out: expect.stringContaining('needs exactly one terms matcher') });
    const broken = join(dir, 'broken.jsonl');
    writeFileSync(broken, `${lines[0]}\n{"id": "x", "label": "scam", "text": \n`);
    expect(lureguard(['model', 'train', 'wording', broken, '--pack', packDir])).toMatchObject({ code: 1, out: expect.stringContaining('line 2') });
    expect(lureguard(['model', 'train', 'wording'])).toMatchObject({ code: 64 });
    expect(lureguard(['model', 'train', 'wording', data, '--pack', packDir, '--terms', 'many']).code).toBe(64);
  });
});

describe('lureguard model train on a rule that also reads another rule’s model', () => {
  const { dir, packDir, ruleFile } = packWithRuleFile('lureguard-train-from-', 4);
  writeFileSync(ruleFile, [
    wordingRule('older', '    words:\n      terms: { min: 0.8, bias: 3, weights: { placeholder: 0 } }'),
    wordingRule('newer', '    words:\n      terms: { min: 0.8, bias: 0, weights: { placeholder: 0 } }\n    also-older:\n      terms: { from: older, min: 0.9 }'),
    wordingRule('steps', '    step:\n      terms: { from: newer, min: 0.6 }'),
  ].join('\n'));
  const lines: string[] = [];
  for (let k = 0; k < 20; k++) {
    lines.push(JSON.stringify({ id: `s${k}`, label: 'scam', text: `day ${k}: the boss pays your ticket, talk on telegram, come quickly` }));
    lines.push(JSON.stringify({ id: `l${k}`, label: 'legit', text: `day ${k}: contract signed at the licensed office, apply before departure` }));
  }
  const data = join(dir, 'data.jsonl');
  writeFileSync(data, `${lines.join('\n')}\n`);

  it('trains the matcher with weights of its own and leaves the borrowed one as it was', () => {
    const r = lureguard(['model', 'train', 'newer', data, '--pack', packDir, '--min-texts', '2']);
    expect(r.code, r.out).toBe(0);
    const [older, newer] = parseYaml(readFileSync(ruleFile, 'utf8'));
    expect(newer.matchers.words.terms.weights.telegram).toBeGreaterThan(0);
    expect(newer.matchers['also-older'].terms).toEqual({ from: 'older', min: 0.9 });
    expect(older.matchers.words.terms.weights).toEqual({ placeholder: 0 });
  });

  it('points a rule that only borrows a model to the rule that owns it', () => {
    expect(lureguard(['model', 'train', 'steps', data, '--pack', packDir])).toMatchObject({ code: 1, out: expect.stringContaining('takes its weights from "newer"') });
  });
});
