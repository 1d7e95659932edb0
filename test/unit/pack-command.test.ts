import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { canonicalJson } from '../../src/shared/canonical-json.js';
import { minimalPack } from '../fixtures/minimal-pack.js';

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const lureguard = (args: string[]) => {
  const r = spawnSync(TSX, [join(ROOT, 'src/cli/main.ts'), ...args], { encoding: 'utf8', cwd: ROOT, timeout: 60_000 });
  return { code: r.status, out: r.stdout + r.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), 'lureguard-pack-'));
const packFile = join(tmp, 'source.json');
writeFileSync(packFile, JSON.stringify(minimalPack()));

describe('lureguard pack: keygen → build → sign → verify', () => {
  const key = join(tmp, 'maintainer.key');
  const other = join(tmp, 'other.key');
  const built = join(tmp, 'test-1.0.0.json');

  it('succeeds end to end, and the shipped form is canonical JSON without examples, with its sha256', () => {
    expect(lureguard(['pack', 'keygen', '--out', key]).code).toBe(0);
    const priv = JSON.parse(readFileSync(key, 'utf8'));
    const pub = JSON.parse(readFileSync(`${key}.pub`, 'utf8'));
    expect(priv.keyId).toMatch(/^ed25519:[0-9a-f]{16}$/);
    expect(pub).toEqual({ kind: 'lureguard-public-key', algorithm: 'Ed25519', keyId: priv.keyId, publicKey: expect.any(String) });
    expect(pub.privateKey).toBeUndefined();

    const b = lureguard(['pack', 'build', packFile, '--out', built]);
    expect(b.code).toBe(0);
    const bytes = readFileSync(built, 'utf8');
    const shipped = JSON.parse(bytes);
    expect(shipped.rules.every((r: object) => !('examples' in r))).toBe(true);
    expect(bytes).toBe(canonicalJson(shipped));
    expect(bytes).not.toMatch(/\n|": /);
    expect(readFileSync(`${built}.sha256`, 'utf8')).toMatch(/^[0-9a-f]{64}  test-1\.0\.0\.json\n$/);
    expect(b.out).toContain(readFileSync(`${built}.sha256`, 'utf8').slice(0, 64));
    expect(b.out).toContain(`(${statSync(built).size} bytes,`); // the size on disk, UTF-8

    expect(lureguard(['pack', 'sign', built, '--key', key]).code).toBe(0);
    const v = lureguard(['pack', 'verify', built, '--pub', `${key}.pub`]);
    expect(v.out).toMatch(/^valid: .* signed by ed25519:/);
    expect(v.code).toBe(0);
  });

  it('fails with a bad signature when one byte of the pack is flipped', () => {
    const tampered = join(tmp, 'tampered.json');
    const bytes = Buffer.from(readFileSync(built));
    bytes[200] = bytes[200]! ^ 0x01;
    writeFileSync(tampered, bytes);
    cpSync(`${built}.sig`, `${tampered}.sig`);
    const v = lureguard(['pack', 'verify', tampered, '--pub', `${key}.pub`]);
    expect(v.code).not.toBe(0);
    expect(v.out).toMatch(/^bad-signature:/);
  });

  it('fails with an unknown key when verified against a different key', () => {
    expect(lureguard(['pack', 'keygen', '--out', other]).code).toBe(0);
    const v = lureguard(['pack', 'verify', built, '--pub', `${other}.pub`]);
    expect(v.code).not.toBe(0);
    expect(v.out).toMatch(/^unknown-key:/);
  });

  it('fails with a bad signature when another key signs but claims the trusted key id', () => {
    const forged = join(tmp, 'forged.json');
    cpSync(built, forged);
    expect(lureguard(['pack', 'sign', forged, '--key', other]).code).toBe(0);
    const sig = JSON.parse(readFileSync(`${forged}.sig`, 'utf8'));
    sig.keyId = JSON.parse(readFileSync(`${key}.pub`, 'utf8')).keyId;
    writeFileSync(`${forged}.sig`, JSON.stringify(sig));
    const v = lureguard(['pack', 'verify', forged, '--pub', `${key}.pub`]);
    expect(v.code).not.toBe(0);
    expect(v.out).toMatch(/^bad-signature:/);
  });

  it('fails as malformed on a broken signature file', () => {
    const broken = join(tmp, 'broken.json');
    cpSync(built, broken);
    writeFileSync(`${broken}.sig`, '{"kind": "lureguard-signature", ');
    const v = lureguard(['pack', 'verify', broken, '--pub', `${key}.pub`]);
    expect(v.code).not.toBe(0);
    expect(v.out).toMatch(/^malformed:/);
  });

  it('refuses to overwrite an existing key', () => {
    const r = lureguard(['pack', 'keygen', '--out', key]);
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/refusing to overwrite/);
  });

  it('refuses to build a pack whose examples fail', () => {
    const p = minimalPack() as any;
    p.rules[0].examples.ok.push('Sihanoukville');
    const file = join(tmp, 'failing.json');
    writeFileSync(file, JSON.stringify(p));
    const r = lureguard(['pack', 'build', file, '--out', join(tmp, 'never.json')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/examples fail — not built: hub \(ok\)/);
  });

  it('writes a pack index with version, sha256, signature, url, minEngine and expiry', () => {
    const index = join(tmp, 'index.json');
    const r = lureguard(['pack', 'index', built, '--out', index, '--base-url', 'https://packs.example.org/v1/']);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(readFileSync(index, 'utf8'));
    expect(parsed.packs).toEqual([
      expect.objectContaining({
        id: 'test',
        version: '1.0.0',
        sha256: readFileSync(`${built}.sha256`, 'utf8').slice(0, 64),
        url: 'https://packs.example.org/v1/test-1.0.0.json',
        signature: 'https://packs.example.org/v1/test-1.0.0.json.sig',
        minEngine: 1,
        expires: '2027-01-01',
      }),
    ]);
  });
});

describe('lureguard pack diff and rev bumps', () => {
  const changed = () => {
    const p = minimalPack() as any;
    p.version = '1.1.0';
    p.rules[1].matchers.flight.phrases.push('flight ticket provided');
    p.rules.push({ ...p.rules[0], id: 'new-rule' });
    p.rules.splice(2, 1);
    return p;
  };

  it('lists added, removed and changed rules, and refuses a change without a rev bump', () => {
    const next = join(tmp, 'next.json');
    writeFileSync(next, JSON.stringify(changed()));
    const r = lureguard(['pack', 'diff', packFile, next]);
    expect(r.out).toContain('+ new-rule');
    expect(r.out).toContain('- telegram');
    expect(r.out).toContain('~ free-flight rev 1 → 1 (matchers)');
    expect(r.out).toMatch(/✗ free-flight: changed \(matchers\) but rev stayed 1/);
    expect(r.code).toBe(1);
  });

  it('accepts the same change with the rev bumped; example-only edits need no bump', () => {
    const p = changed();
    p.rules[1].rev = 2;
    p.rules[0].examples.match.push('Jobs in Myawaddy');
    const next = join(tmp, 'next-bumped.json');
    writeFileSync(next, JSON.stringify(p));
    const r = lureguard(['pack', 'diff', packFile, next]);
    expect(r.out).toContain('~ free-flight rev 1 → 2 (matchers)');
    expect(r.out).not.toContain('hub');
    expect(r.code).toBe(0);
  });

  it('check --previous enforces the rev bump against the last release', () => {
    const built = join(tmp, 'released.json');
    expect(lureguard(['pack', 'build', packFile, '--out', built]).code).toBe(0);
    const next = join(tmp, 'next-check.json');
    const p = minimalPack() as any;
    p.rules[0].weight = 30;
    writeFileSync(next, JSON.stringify(p));
    const r = lureguard(['check', next, '--previous', built]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/rev-not-bumped\s+rule hub changed \(weight\)/);
    p.rules[0].rev = 2;
    writeFileSync(next, JSON.stringify(p));
    expect(lureguard(['check', next, '--previous', built]).code).toBe(0);
  });
});

describe('lureguard pack new-rule', () => {
  it('scaffolds a rule whose placeholder examples fail check until it is written', () => {
    const dir = join(tmp, 'pack-dir');
    cpSync(join(ROOT, 'test/fixtures/packs/tiny'), dir, { recursive: true });
    expect(lureguard(['check', dir]).code).toBe(0);
    const r = lureguard(['pack', 'new-rule', 'visa-run', '--pack', dir, '--category', 'tourist-visa-for-work']);
    expect(r.code).toBe(0);
    const file = join(dir, 'rules', 'visa-run.yaml');
    const rules = parseYaml(readFileSync(file, 'utf8'));
    expect(rules[0]).toMatchObject({ id: 'visa-run', rev: 1, status: 'experimental', category: 'tourist-visa-for-work', examples: { match: [expect.any(String)], ok: [expect.any(String)] } });
    const c = lureguard(['check', dir]);
    expect(c.code).toBe(1);
    expect(c.out).toMatch(/rule visa-run/);
    // Filling it in makes it pass.
    rules[0].matchers.words.phrases = ['visa run'];
    rules[0].references = ['https://example.org/visa-runs'];
    rules[0].examples = { match: ['we do a visa run every month'], ok: ['we renew your work permit'] };
    writeFileSync(file, toYaml(rules));
    expect(lureguard(['check', dir]).code).toBe(0);
    expect(lureguard(['pack', 'new-rule', 'visa-run', '--pack', dir]).out).toMatch(/already exists/);
  });
});
