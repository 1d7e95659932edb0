// The worker's rule packs: the bundled core pack plus verified updates and local packs (pack-library),
// compiled together once and cached in storage keyed by every pack's id@version and ENGINE_FORMAT, so a
// restarted worker is scoring within milliseconds. A failed load never stops scanning: the bundled pack is
// always there. Never stores page text.
import { compilePack, ENGINE_FORMAT, isCompatibleCompiledPack, validatePack, type CompiledPack, type PackSource } from '../engine/index.js';
import type { PackInfo } from '../shared/messages.js';
import type { PublicKeyFile } from '../shared/pack-signature.js';
import { loadPacks, type LoadedPacks } from './pack-library.js';
import { INSTALLED_PACKS_KEY } from './pack-updater.js';

export const COMPILED_CACHE_KEY = 'compiledPackCache';

export interface PackServiceStorage {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface PackServiceDeps {
  /** The bundled pack (packs/core.json, shipped form). */
  loadBundled: () => Promise<unknown>;
  storage: PackServiceStorage;
  trustedKeys: () => Promise<PublicKeyFile[]>;
  /** Told about cache trouble; gets no pack or page content. */
  onProblem?: (problem: string) => void;
}

export interface ActivePacks {
  compiled: CompiledPack;
  /** The base pack's header, for the popup and options. */
  info: PackInfo;
  origins: LoadedPacks['origins'];
  /** Plain-words reasons why a stored pack was not used (shown in options). */
  problems: string[];
}

export const validateShipped = (pack: unknown): string[] => validatePack(pack, { form: 'shipped' }).map((i) => `${i.code} at ${i.path}: ${i.message}`);

interface CacheEntry {
  key: string;
  compiled: unknown;
}

export function createPackService(deps: PackServiceDeps) {
  let pending: Promise<ActivePacks> | null = null;

  async function load(): Promise<ActivePacks> {
    const bundledRaw = await deps.loadBundled();
    const bundledProblems = validateShipped(bundledRaw);
    if (bundledProblems.length > 0) throw new Error(`the bundled pack is invalid: ${bundledProblems[0]}`);
    const bundled = bundledRaw as PackSource;
    let stored: Record<string, unknown> = {};
    try {
      stored = await deps.storage.get([INSTALLED_PACKS_KEY, COMPILED_CACHE_KEY]);
    } catch {
      deps.onProblem?.('storage unreadable; using the bundled pack');
    }
    let loaded: LoadedPacks;
    try {
      loaded = await loadPacks({ bundled, installed: stored[INSTALLED_PACKS_KEY], trustedKeys: await deps.trustedKeys(), validate: validateShipped });
    } catch (err) {
      loaded = { sources: [bundled], origins: [{ id: bundled.id, version: bundled.version, from: 'bundled' }], problems: [`Installed packs could not be read (${(err as Error).message}); using the bundled pack.`] };
    }
    const key = `${loaded.origins.map((o) => `${o.id}@${o.version}`).join('+')}#engine-format-${ENGINE_FORMAT}`;
    const cache = stored[COMPILED_CACHE_KEY] as CacheEntry | undefined;
    let compiled: CompiledPack | null = null;
    if (cache && cache.key === key && isCompatibleCompiledPack(cache.compiled)) compiled = cache.compiled;
    if (!compiled) {
      try {
        compiled = compilePack(loaded.sources, { form: 'shipped' });
      } catch (err) {
        // Packs that are valid alone can still clash together (an override naming a rule no pack has is
        // fine, but two packs with one id are not): fall back to the base pack alone.
        loaded.problems.push(`The installed packs could not be combined (${(err as Error).message}); using ${loaded.sources[0]!.id} alone.`);
        loaded = { ...loaded, sources: [loaded.sources[0]!], origins: [loaded.origins[0]!] };
        compiled = compilePack(loaded.sources, { form: 'shipped' });
      }
      deps.storage.set({ [COMPILED_CACHE_KEY]: { key, compiled } satisfies CacheEntry }).catch(() => deps.onProblem?.('compiled pack not cached'));
    }
    const base = loaded.sources[0]!;
    return {
      compiled,
      info: { id: base.id, name: base.name, version: base.version, published: base.published, expires: base.expires },
      origins: loaded.origins,
      problems: loaded.problems,
    };
  }

  return {
    getPack(): Promise<ActivePacks> {
      pending ??= load().catch((error: unknown) => {
        pending = null;
        throw error;
      });
      return pending;
    },
    /** After an update is installed: the next getPack loads and compiles again. */
    invalidate(): void {
      pending = null;
    },
  };
}

export type PackService = ReturnType<typeof createPackService>;
