// Finds the last released shipped file of a pack in rules/releases (the published artefacts: shipped packs,
// their signatures and index.json). Node-only; reads only. Never holds or looks for private keys.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { projectRoot } from './paths.js';

export function releasesDir(): string {
  return join(projectRoot(), 'rules', 'releases');
}

function compareSemver(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** The local path of the newest released version of a pack, or null when none was released. */
export function previousRelease(packId: string, dir = releasesDir()): string | null {
  const indexPath = join(dir, 'index.json');
  if (!existsSync(indexPath)) return null;
  const index = JSON.parse(readFileSync(indexPath, 'utf8')) as { packs?: { id: string; version: string; url: string }[] };
  const entries = (index.packs ?? []).filter((p) => p.id === packId).sort((a, b) => compareSemver(b.version, a.version));
  const newest = entries[0];
  if (!newest) return null;
  const file = join(dir, basename(newest.url));
  return existsSync(file) ? file : null;
}
