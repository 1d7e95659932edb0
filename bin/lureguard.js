#!/usr/bin/env node
// The `lureguard` command: runs the bundled CLI (dist/cli/lureguard.mjs, made by `npm run build`).
// Only locates and loads the bundle; all behaviour lives in src/cli.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli/lureguard.mjs', import.meta.url);
if (!existsSync(bundle)) {
  console.error('lureguard: the command line tool is not built yet; run npm run build first');
  process.exit(1);
}
await import(bundle.href);
