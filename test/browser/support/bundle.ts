// Bundles a small test-only script (such as the banner harness) for injection into a page, and reads
// axe-core's browser build. Test support only.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export async function bundleForPage(entry: string): Promise<string> {
  const result = await build({ entryPoints: [entry], bundle: true, format: 'iife', write: false, target: ['chrome120'], logLevel: 'silent' });
  return result.outputFiles[0]!.text;
}

export function axeSource(): string {
  return readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}
