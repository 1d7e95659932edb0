// The pack store: compiles the bundled pack once, caches it by pack version and engine format so a
// restarted worker reuses it, and ignores a corrupt or outdated cache.
import { describe, expect, it, vi } from 'vitest';
import { PACK_CACHE_PREFIX, createPackStore, fetchPackagedJson, packCacheKey, type PackCacheStorage } from '../../src/background/pack-store.js';

const SOURCE = { id: 'core', version: '1.2.0', published: '2026-01-01', expires: '2026-07-01', rules: [] };
const INFO = { id: 'core', version: '1.2.0', published: '2026-01-01', expires: '2026-07-01' };

function memoryStorage(initial: Record<string, unknown> = {}): PackCacheStorage & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
  };
}

function setup(storage = memoryStorage(), source: unknown = SOURCE, engineFormat = 1) {
  const compile = vi.fn((s: typeof SOURCE) => ({ compiledFrom: s.version, engineFormat }));
  const check = vi.fn((c: { engineFormat?: number }) => {
    if (c.engineFormat !== engineFormat) throw new Error('unusable');
  });
  const problems: string[] = [];
  const store = createPackStore({
    loadSource: async () => structuredClone(source),
    compile,
    check,
    storage,
    engineFormat,
    onCacheProblem: (p) => problems.push(p),
  });
  return { store, compile, check, storage, problems };
}

describe('pack store', () => {
  it('compiles the bundled pack on first use and caches it under its id', async () => {
    const { store, compile, storage } = setup();
    const loaded = await store.getPack();
    expect(loaded).toEqual({ compiled: { compiledFrom: '1.2.0', engineFormat: 1 }, info: INFO, fromCache: false });
    expect(compile).toHaveBeenCalledTimes(1);
    expect(storage.data[`${PACK_CACHE_PREFIX}core`]).toEqual({ key: 'core@1.2.0#engine-format-1', info: INFO, compiled: loaded.compiled });
  });

  it('compiles once for concurrent callers in one worker', async () => {
    const { store, compile } = setup();
    await Promise.all([store.getPack(), store.getPack(), store.getPack()]);
    expect(compile).toHaveBeenCalledTimes(1);
  });

  it('a restarted worker reuses the cached compiled pack without compiling', async () => {
    const first = setup();
    await first.store.getPack();
    const restarted = setup(first.storage);
    const loaded = await restarted.store.getPack();
    expect(loaded.fromCache).toBe(true);
    expect(loaded.compiled).toEqual({ compiledFrom: '1.2.0', engineFormat: 1 });
    expect(restarted.compile).not.toHaveBeenCalled();
  });

  it('rebuilds when the pack version changes', async () => {
    const first = setup();
    await first.store.getPack();
    const updated = setup(first.storage, { ...SOURCE, version: '1.3.0' });
    const loaded = await updated.store.getPack();
    expect(loaded).toMatchObject({ fromCache: false, info: { version: '1.3.0' } });
    expect(updated.storage.data[`${PACK_CACHE_PREFIX}core`]).toMatchObject({ key: 'core@1.3.0#engine-format-1' });
  });

  it('rebuilds when the engine format changes', async () => {
    const first = setup();
    await first.store.getPack();
    const newer = setup(first.storage, SOURCE, 2);
    expect(await newer.store.getPack()).toMatchObject({ fromCache: false, compiled: { engineFormat: 2 } });
    expect(newer.compile).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['not an object', 'garbage'],
    ['missing fields', { key: 'core@1.2.0#engine-format-1' }],
    ['compiled is null', { key: 'core@1.2.0#engine-format-1', info: INFO, compiled: null }],
    ['compiled pack unusable', { key: 'core@1.2.0#engine-format-1', info: INFO, compiled: { engineFormat: 99 } }],
  ])('ignores a corrupt cache entry (%s) and rebuilds it', async (_name, entry) => {
    const { store, compile, storage, problems } = setup(memoryStorage({ [`${PACK_CACHE_PREFIX}core`]: entry }));
    expect(await store.getPack()).toMatchObject({ fromCache: false, compiled: { engineFormat: 1 } });
    expect(compile).toHaveBeenCalledTimes(1);
    expect(problems).toHaveLength(1);
    expect(storage.data[`${PACK_CACHE_PREFIX}core`]).toMatchObject({ key: 'core@1.2.0#engine-format-1', compiled: { engineFormat: 1 } });
  });

  it('still serves the pack when storage cannot be read or written', async () => {
    const broken: PackCacheStorage = {
      get: async () => { throw new Error('quota'); },
      set: async () => { throw new Error('quota'); },
    };
    const { store, problems } = setup(broken as ReturnType<typeof memoryStorage>);
    expect(await store.getPack()).toMatchObject({ fromCache: false, info: INFO });
    expect(problems).toEqual(['cache unreadable', 'cache not written']);
  });

  it('fails on a bundled pack without a header, and retries on the next call', async () => {
    let source: unknown = { rules: [] };
    const store = createPackStore({
      loadSource: async () => source,
      compile: (s) => s,
      check: () => {},
      storage: memoryStorage(),
      engineFormat: 1,
    });
    await expect(store.getPack()).rejects.toThrow(/needs id, version, published and expires/);
    source = SOURCE;
    await expect(store.getPack()).resolves.toMatchObject({ info: INFO });
  });

  it('keys the cache by pack id, version and engine format', () => {
    expect(packCacheKey(INFO, 3)).toBe('core@1.2.0#engine-format-3');
  });

  it('reads packaged JSON and fails clearly on a missing file', async () => {
    const ok = vi.fn(async () => new Response('{"id":"core"}'));
    await expect(fetchPackagedJson('chrome-extension://x/packs/core.json', ok as unknown as typeof fetch)).resolves.toEqual({ id: 'core' });
    const missing = vi.fn(async () => new Response('', { status: 404 }));
    await expect(fetchPackagedJson('chrome-extension://x/packs/core.json', missing as unknown as typeof fetch)).rejects.toThrow(/HTTP 404/);
  });
});
