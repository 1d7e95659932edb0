// Where the CLI finds the project's own files (the core pack), whether it runs from src/ (tsx) or dist/cli/.
// Node-only. Never writes anything.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this file that holds rules/packs/core. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'rules', 'packs', 'core'))) return dir;
    dir = resolve(dir, '..');
  }
  return process.cwd();
}

export function corePackDir(): string {
  return join(projectRoot(), 'rules', 'packs', 'core');
}
