import { describe, expect, it } from 'vitest';
import { COMPILED_CACHE_KEY, createPackService } from '../../src/background/pack-service.js';
import { INSTALLED_PACKS_KEY } from '../../src/background/pack-updater.js';
import { ENGINE_FORMAT, scoreText } from '../../src/engine/index.js';
import { canonicalJson } from '../../src/shared/canonical-json.js';
import { generateKeyPair, sha256Hex, signBytes } from '../../src/shared/pack-signature.js';
import { minimalPack } from '../fixtures/minimal-pack.js';

const shippedObj = (version: string, edit: (p: any) => void = () => {}) => {
  const p: any = minimalPack();
  p.version = version;
  edit(p);
  return { ...p, rules: p.rules.map(({ examples: _e, ...r }: any) => r) };
};

function memory(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  return { data, get: async (keys: string[]) => Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, structuredClone(data[k])])), set: async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items)) };
}

describe('pack service (what the worker scores with)', async () => {
  const key = await generateKeyPair();
  const storedPack = async (version: string, edit?: (p: any) => void) => {
    const text = canonicalJson(shippedObj(version, edit));
    return { id: 'test', version, text, signature: await signBytes(new TextEncoder().encode(text), key.privateFile), sha256: await sha256Hex(text), source: 'main', installedAt: 1 };
  };
  const service = (storage: ReturnType<typeof memory>) => createPackService({ loadBundled: async () => shippedObj('1.0.0'), storage, trustedKeys: async () => [key.publicFile] });

  it('scores with the bundled pack when nothing is installed, and caches the compiled pack by versions and engine format', async () => {
    const storage = memory();
    const active = await service(storage).getPack();
    expect(active.info).toMatchObject({ id: 'test', version: '1.0.0' });
    expect(active.origins).toEqual([{ id: 'test', version: '1.0.0', from: 'bundled' }]);
    expect(scoreText(active.compiled, 'Sihanoukville').level).toBe('caution');
    await new Promise((r) => setTimeout(r, 0));
    expect((storage.data[COMPILED_CACHE_KEY] as { key: string }).key).toBe(`test@1.0.0#engine-format-${ENGINE_FORMAT}`);
  });

  it('reuses the cached compiled pack after a restart', async () => {
    const storage = memory();
    await service(storage).getPack();
    await new Promise((r) => setTimeout(r, 0));
    (storage.data[COMPILED_CACHE_KEY] as any).compiled.levels.caution = 1; // a marker only a cache hit would carry
    const again = await service(storage).getPack();
    expect(again.compiled.levels.caution).toBe(1);
  });

  it('uses a verified installed update, and falls back to the bundled pack with a reason when the stored pack is corrupt', async () => {
    const good = memory({ [INSTALLED_PACKS_KEY]: { test: { current: await storedPack('1.4.0') } } });
    expect((await service(good).getPack()).info.version).toBe('1.4.0');

    const badJson = memory({ [INSTALLED_PACKS_KEY]: { test: { current: { ...(await storedPack('1.5.0')), text: '{"id":' } } } });
    const a = await service(badJson).getPack();
    expect(a.info.version).toBe('1.0.0');
    expect(a.problems.join(' ')).toMatch(/damaged \(not valid JSON\).*Using the rule pack built into the extension/);

    const failsValidation = memory({ [INSTALLED_PACKS_KEY]: { test: { current: await storedPack('1.6.0', (p) => (p.levels = 'high')) } } });
    const b = await service(failsValidation).getPack();
    expect(b.info.version).toBe('1.0.0');
    expect(b.problems[0]).toMatch(/fails validation/);
    expect(scoreText(b.compiled, 'Sihanoukville').level).toBe('caution');
  });

  it('keeps working when storage cannot be read', async () => {
    const broken = { get: async () => Promise.reject(new Error('quota')), set: async () => Promise.reject(new Error('quota')) };
    const active = await createPackService({ loadBundled: async () => shippedObj('1.0.0'), storage: broken, trustedKeys: async () => [] }).getPack();
    expect(active.info.version).toBe('1.0.0');
  });

  it('loads again after invalidate (a new update was installed)', async () => {
    const storage = memory();
    const s = service(storage);
    expect((await s.getPack()).info.version).toBe('1.0.0');
    storage.data[INSTALLED_PACKS_KEY] = { test: { current: await storedPack('2.0.0') } };
    expect((await s.getPack()).info.version).toBe('1.0.0');
    s.invalidate();
    expect((await s.getPack()).info.version).toBe('2.0.0');
  });
});
