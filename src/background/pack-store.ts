// Provides the compiled rule pack to the background: loads the bundled pack source, compiles it once and
// caches the compiled form in storage keyed by pack id, version and ENGINE_FORMAT, so a restarted worker
// reuses it; a corrupt or outdated cache entry is ignored and rebuilt. Never stores page text.
import type { PackInfo } from '../shared/messages.js';

/** The part of chrome.storage.local the store uses. */
export interface PackCacheStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface PackStoreDeps<S, C> {
  /** Returns the parsed bundled pack source (packs/core.json). */
  loadSource: () => Promise<unknown>;
  /** Compiles a pack source; throws on an invalid pack. */
  compile: (source: S) => C;
  /** Throws when a compiled pack from the cache cannot be used (for example: score an empty text). */
  check: (compiled: C) => void;
  storage: PackCacheStorage;
  /** ENGINE_FORMAT of the running engine: a cache written by another format is rebuilt. */
  engineFormat: number;
  /** Told when the cache could not be used or written; gets no pack or page content. */
  onCacheProblem?: (problem: string) => void;
}

export interface LoadedPack<C> {
  compiled: C;
  info: PackInfo;
  fromCache: boolean;
}

interface CacheEntry {
  key: string;
  info: PackInfo;
  compiled: unknown;
}

export const PACK_CACHE_PREFIX = 'packCache:';

export class PackSourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackSourceError';
  }
}

function readInfo(source: unknown): PackInfo {
  if (typeof source !== 'object' || source === null) throw new PackSourceError('the bundled pack is not an object');
  const { id, name, version, published, expires } = source as Record<string, unknown>;
  if (typeof id !== 'string' || typeof version !== 'string' || typeof published !== 'string' || typeof expires !== 'string') {
    throw new PackSourceError('the bundled pack header needs id, version, published and expires');
  }
  return typeof name === 'string' ? { id, name, version, published, expires } : { id, version, published, expires };
}

function isCacheEntry(value: unknown): value is CacheEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return typeof entry.key === 'string' && typeof entry.info === 'object' && entry.info !== null &&
    typeof entry.compiled === 'object' && entry.compiled !== null;
}

export function packCacheKey(info: PackInfo, engineFormat: number): string {
  return `${info.id}@${info.version}#engine-format-${engineFormat}`;
}

export interface PackStore<C> {
  /** The compiled pack; loads it on first use. A failed load is retried on the next call. */
  getPack(): Promise<LoadedPack<C>>;
}

export function createPackStore<S, C>(deps: PackStoreDeps<S, C>): PackStore<C> {
  let pending: Promise<LoadedPack<C>> | null = null;

  async function fromCache(storageKey: string, key: string, info: PackInfo): Promise<LoadedPack<C> | null> {
    let stored: unknown;
    try {
      stored = (await deps.storage.get(storageKey))[storageKey];
    } catch {
      deps.onCacheProblem?.('cache unreadable');
      return null;
    }
    if (stored === undefined) return null;
    if (!isCacheEntry(stored)) {
      deps.onCacheProblem?.('cache entry corrupt; rebuilding');
      return null;
    }
    if (stored.key !== key) return null;
    try {
      deps.check(stored.compiled as C);
    } catch {
      deps.onCacheProblem?.('cached pack unusable; rebuilding');
      return null;
    }
    return { compiled: stored.compiled as C, info, fromCache: true };
  }

  async function load(): Promise<LoadedPack<C>> {
    const source = await deps.loadSource();
    const info = readInfo(source);
    const storageKey = PACK_CACHE_PREFIX + info.id;
    const key = packCacheKey(info, deps.engineFormat);
    const cached = await fromCache(storageKey, key, info);
    if (cached) return cached;
    const compiled = deps.compile(source as S);
    const entry: CacheEntry = { key, info, compiled };
    try {
      await deps.storage.set({ [storageKey]: entry });
    } catch {
      deps.onCacheProblem?.('cache not written');
    }
    return { compiled, info, fromCache: false };
  }

  return {
    getPack() {
      pending ??= load().catch((error: unknown) => {
        pending = null;
        throw error;
      });
      return pending;
    },
  };
}

/** Reads a JSON file shipped inside the extension (an extension-internal URL, never the network). */
export async function fetchPackagedJson(url: string, fetchImpl: typeof fetch = fetch): Promise<unknown> {
  const response = await fetchImpl(url);
  if (!response.ok) throw new PackSourceError(`cannot read ${url}: HTTP ${response.status}`);
  return response.json();
}
