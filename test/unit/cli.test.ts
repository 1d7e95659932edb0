import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalPack } from '../fixtures/minimal-pack.js';

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function lureguard(args: string[], input = '') {
  const r = spawnSync(TSX, [join(ROOT, 'src/cli/main.ts'), ...args], { input, encoding: 'utf8', cwd: ROOT, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'lureguard-cli-'));
const packFile = join(tmp, 'test-pack.json');
writeFileSync(packFile, JSON.stringify(minimalPack()));

describe('lureguard scan --jsonl (the machine contract)', () => {
  it('writes one line per input line, in order, with id, level, score and signals', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Job in Sihanoukville, free flight, Telegram. $2000 per month, no experience needed.' }),
      JSON.stringify({ id: 2, text: 'See you at lunch', kind: 'message', url: 'https://example.org' }),
      JSON.stringify({ id: 'c', text: 'Work in Sihanoukville' }),
    ].join('\n');
    const { code, out } = lureguard(['scan', '--jsonl', '--pack', packFile], input + '\n');
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.level])).toEqual([['a', 'danger'], [2, 'none'], ['c', 'caution']]);
    expect(lines[0].score).toBeGreaterThanOrEqual(70);
    expect(lines[0].signals[0]).toEqual(expect.objectContaining({ rule: expect.any(String), category: expect.any(String), rev: 1, pack: 'test' }));
    expect(lines[2].signals[0].evidence).toEqual([{ start: 8, end: 21, text: 'Sihanoukville' }]);
    expect(lines[1].signals).toEqual([]);
  });

  it('answers a malformed line with an error line, scores the others, and exits 2', () => {
    const input = ['{"id":"ok1","text":"Sihanoukville"}', '{"id":"broken", "text": ', '', '[1,2]', '{"text":"no id"}', '{"id":"ok2","text":"hello"}'].join('\n');
    const { code, out } = lureguard(['scan', '--jsonl', '--pack', packFile], input);
    expect(code).toBe(2);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatchObject({ id: 'ok1', level: 'caution' });
    for (const [i, n] of [[1, 2], [2, 3], [3, 4], [4, 5]] as const) {
      expect(lines[i]).toEqual({ id: null, line: n, error: expect.any(String) });
    }
    expect(lines[1].error).toMatch(/not valid JSON/);
    expect(lines[4].error).toMatch(/"id"/);
    expect(lines[5]).toMatchObject({ id: 'ok2', level: 'none' });
  });

  it('reports an invalid --pack clearly and exits non-zero', () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...minimalPack(), version: 'x' }));
    const { code, err } = lureguard(['scan', '--jsonl', '--pack', bad], '{"id":1,"text":"a"}');
    expect(code).toBe(1);
    expect(err).toMatch(/bad-version\s+\$\.version/);
  });
});

describe('lureguard scan (readable)', () => {
  it('prints level, score and each sign with its quoted evidence', () => {
    const file = join(tmp, 'offer.txt');
    writeFileSync(file, 'Customer service in Sihanoukville. Free flight! Contact me on Telegram. $2000 per month, no experience needed.');
    const { code, out } = lureguard(['scan', '--pack', packFile, file]);
    expect(code).toBe(0);
    expect(out).toMatch(/DANGER .*\(score \d+\/100\)/);
    expect(out).toContain('[test/hub@1, high-risk-destination, +25]');
    expect(out).toContain('“Sihanoukville”');
    expect(out).toContain('“Free flight”');
  });

  it('scores with a pack in its shipped form (examples stripped, as pack build writes it)', () => {
    const shipped = join(tmp, 'shipped-pack.json');
    const p = minimalPack();
    writeFileSync(shipped, JSON.stringify({ ...p, rules: p.rules.map(({ examples: _e, ...r }) => r) }));
    const { code, out } = lureguard(['scan', '--jsonl', '--pack', shipped], '{"id":1,"text":"Myawaddy"}\n');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ id: 1, level: 'caution' });
    expect(lureguard(['check', shipped]).out).toContain('missing-examples'); // check still wants the examples
  });

  it('reads standard input when no file is given', () => {
    const { code, out } = lureguard(['scan', '--pack', packFile], 'nothing to see');
    expect(code).toBe(0);
    expect(out).toMatch(/^\(stdin\): NONE/);
  });
});

describe('lureguard usage errors', () => {
  it('names an unknown option in one line, shows the usage and exits 64 without a stack trace', () => {
    const { code, err } = lureguard(['eval', '--bogus']);
    expect(code).toBe(64);
    expect(err).toMatch(/^lureguard: Unknown option '--bogus'\n/);
    expect(err).toContain('Usage:');
    expect(err).not.toMatch(/\bat .*\(/);
  });
});

describe('lureguard check', () => {
  it('passes a valid pack and runs its examples', () => {
    const { code, out } = lureguard(['check', packFile]);
    expect(out).toMatch(/OK — test 1\.0\.0: 6 rules/);
    expect(code).toBe(0);
  });

  it('rejects a catastrophic regular expression, naming the rule id and JSON path', () => {
    const p = minimalPack() as any;
    p.rules[2].matchers.handle.pattern = '(a+)+$';
    const file = join(tmp, 'redos.json');
    writeFileSync(file, JSON.stringify(p));
    const { code, out } = lureguard(['check', file]);
    expect(code).toBe(1);
    expect(out).toMatch(/unsafe-regex\s+\$\.rules\[2\]\.matchers\.handle\.pattern\s+\(rule telegram/);
  });

  it('uses the real analyser for patterns the structural subset allows', () => {
    const p = minimalPack() as any;
    p.rules[2].matchers.handle.pattern = '\\d+\\d+$';
    const file = join(tmp, 'poly.json');
    writeFileSync(file, JSON.stringify(p));
    const { code, out } = lureguard(['check', file]);
    expect(code).toBe(1);
    expect(out).toMatch(/unsafe-regex[\s\S]*recheck found polynomial/);
  });

  it('fails when an example does not behave', () => {
    const p = minimalPack() as any;
    p.rules[0].examples.ok.push('a job in Myawaddy');
    const file = join(tmp, 'example.json');
    writeFileSync(file, JSON.stringify(p));
    const { code, out } = lureguard(['check', file]);
    expect(code).toBe(1);
    expect(out).toMatch(/example-failed\s+rule hub examples\.ok\[1\] should not fire but did/);
  });

  it('reports unreadable files and broken YAML with the file name', () => {
    const file = join(tmp, 'broken.yaml');
    writeFileSync(file, 'id: x\nrules: [\n');
    const { code, out } = lureguard(['check', file, join(tmp, 'missing.yaml')]);
    expect(code).toBe(1);
    expect(out).toContain('broken.yaml: not valid YAML');
    expect(out).toContain('missing.yaml: no such file or directory');
  });

  it('refuses YAML with a key twice in one map, naming the key and its line', () => {
    const file = join(tmp, 'twice.yaml');
    writeFileSync(file, 'id: x\nrules:\n  - id: hub\n    matchers:\n      a: {phrases: [x]}\n      a: {phrases: [y]}\n');
    const { code, out } = lureguard(['check', file]);
    expect(code).toBe(1);
    expect(out).toMatch(/twice\.yaml: not valid YAML: Map keys must be unique: "a" at line 6/);
  });

  it('passes on the core pack', () => {
    const { code, out } = lureguard(['check']);
    expect(out).toMatch(/OK — core/);
    expect(code).toBe(0);
  });
});

describe('npx lureguard (the built command)', () => {
  const built = existsSync(join(ROOT, 'dist/cli/lureguard.mjs'));
  it.runIf(built || process.env.CI)('runs after npm run build', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/lureguard.js'), 'scan', '--jsonl', '--pack', packFile], { input: '{"id":1,"text":"Myawaddy"}\n', encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 1, level: 'caution' });
  });
});
