// The packs the worker scores with: the bundled core pack (always there) plus signed updates and NGO/local
// packs installed on this device. Each stored pack is re-verified and re-validated when loaded; a damaged
// one falls back to the previous good version or the bundled pack, with the reason in plain words.
// Never stores page text; never accepts an unsigned or unverified stored pack.
import type { PackSource } from '../engine/types.js';
import { verifyBytes, type PublicKeyFile } from '../shared/pack-signature.js';

export interface StoredPack {
  id: string;
  version: string;
  /** The exact shipped bytes, as text, so the signature can be checked again. */
  text: string;
  signature: unknown;
  sha256: string;
  /** Update source it came from. */
  source: string;
  installedAt: number;
}

/** pack id → the installed version and the one before it (the last good fallback). */
export type InstalledPacks = Record<string, { current: StoredPack; previous?: StoredPack }>;

export interface LoadedPacks {
  /** Base (core) pack first, then the others in id order. */
  sources: PackSource[];
  /** Where each pack came from, for the options page. */
  origins: { id: string; version: string; from: 'bundled' | 'update'; source?: string }[];
  /** Plain-words reasons why a stored pack was not used. */
  problems: string[];
}

/** Compares semver versions (pre-release tags sort before the release). */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core = '', pre] = v.split('-', 2);
    return { nums: core.split('.').map((x) => Number.parseInt(x, 10) || 0), pre };
  };
  const pa = parse(a);
  const pb = parse(b);
  for (let i = 0; i < 3; i++) {
    const d = (pa.nums[i] ?? 0) - (pb.nums[i] ?? 0);
    if (d !== 0) return d;
  }
  if (pa.pre === pb.pre) return 0;
  if (pa.pre === undefined) return 1;
  if (pb.pre === undefined) return -1;
  return pa.pre < pb.pre ? -1 : 1;
}

export interface LibraryDeps {
  bundled: PackSource;
  installed: unknown;
  trustedKeys: PublicKeyFile[];
  /** The engine's validator for the shipped form; returns problems as "code at path: message". */
  validate: (pack: unknown) => string[];
}

async function usable(pack: StoredPack | undefined, deps: LibraryDeps): Promise<{ source: PackSource } | { problem: string }> {
  if (!pack || typeof pack !== 'object' || typeof pack.text !== 'string') return { problem: 'the stored copy is missing or unreadable' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(pack.text);
  } catch {
    return { problem: 'the stored copy is damaged (not valid JSON)' };
  }
  const verified = await verifyBytes(new TextEncoder().encode(pack.text), pack.signature, deps.trustedKeys);
  if (!verified.ok) return { problem: `the stored copy no longer matches its signature (${verified.reason})` };
  const problems = deps.validate(parsed);
  if (problems.length > 0) return { problem: `the stored copy fails validation (${problems[0]})` };
  return { source: parsed as PackSource };
}

export async function loadPacks(deps: LibraryDeps): Promise<LoadedPacks> {
  const installed = (deps.installed && typeof deps.installed === 'object' ? deps.installed : {}) as InstalledPacks;
  const problems: string[] = [];
  const chosen = new Map<string, { source: PackSource; from: 'bundled' | 'update'; origin?: string }>();
  chosen.set(deps.bundled.id, { source: deps.bundled, from: 'bundled' });
  for (const id of Object.keys(installed).sort()) {
    const record = installed[id];
    for (const [label, pack] of [['current', record?.current], ['previous', record?.previous]] as const) {
      if (!pack) continue;
      const result = await usable(pack, deps);
      if ('problem' in result) {
        problems.push(`Rule pack ${id} ${pack.version ?? ''} (${label}) was not used: ${result.problem}.`.replace('  ', ' '));
        continue;
      }
      const bundled = chosen.get(id);
      // An installed pack never replaces a newer bundled one (the extension itself was updated).
      if (bundled?.from === 'bundled' && compareVersions(result.source.version, bundled.source.version) <= 0) break;
      chosen.set(id, { source: result.source, from: 'update', origin: pack.source });
      break;
    }
  }
  const base = chosen.get(deps.bundled.id)!;
  const others = [...chosen.entries()].filter(([id]) => id !== deps.bundled.id).sort(([a], [b]) => a.localeCompare(b));
  const ordered = [base, ...others.map(([, v]) => v)];
  if (problems.length > 0 && base.from === 'bundled') problems.push(`Using the rule pack built into the extension (${base.source.id} ${base.source.version}).`);
  return {
    sources: ordered.map((c) => c.source),
    origins: ordered.map((c) => ({ id: c.source.id, version: c.source.version, from: c.from, ...(c.origin ? { source: c.origin } : {}) })),
    problems,
  };
}
