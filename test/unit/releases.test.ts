// The published artefacts in rules/releases: every release listed in the index is signed by a key the
// extension bundles, matches its checksum, and is a valid shipped pack.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../src/engine/index.js';
import { parsePublicKeyFile, sha256Hex, verifyBytes, type PublicKeyFile } from '../../src/shared/pack-signature.js';

const ROOT = resolve(__dirname, '../..');
const dir = join(ROOT, 'rules/releases');
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { kind: string; packs: { id: string; version: string; url: string; sha256: string; minEngine: number; expires: string }[] };
const keys = readdirSync(join(ROOT, 'assets/keys')).map((f) => parsePublicKeyFile(JSON.parse(readFileSync(join(ROOT, 'assets/keys', f), 'utf8')))) as PublicKeyFile[];

describe('released packs', () => {
  it('bundles at least two public keys (the one in use and the next one, for rotation) and no private key', () => {
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(keys.every((k) => k !== null)).toBe(true);
    for (const f of readdirSync(join(ROOT, 'assets/keys'))) expect(readFileSync(join(ROOT, 'assets/keys', f), 'utf8')).not.toMatch(/privateKey/);
  });

  it.each(index.packs.map((p) => [`${p.id} ${p.version}`, p] as const))('%s verifies, matches its checksum and validates', async (_name, entry) => {
    const bytes = new Uint8Array(readFileSync(join(dir, basename(entry.url))));
    expect(await sha256Hex(bytes)).toBe(entry.sha256);
    const sig = JSON.parse(readFileSync(join(dir, `${basename(entry.url)}.sig`), 'utf8'));
    expect(await verifyBytes(bytes, sig, keys)).toMatchObject({ ok: true });
    const pack = JSON.parse(new TextDecoder().decode(bytes));
    expect(validatePack(pack, { form: 'shipped' })).toEqual([]);
    expect(pack).toMatchObject({ id: entry.id, version: entry.version, minEngine: entry.minEngine, expires: entry.expires });
  });
});
