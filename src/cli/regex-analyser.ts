// Runs a real backtracking analyser (recheck) over a pack's regular expressions for `lureguard check`.
// Node-only tooling; the extension never bundles it. Never runs a pattern against user text.
import { createRequire } from 'node:module';

type RecheckResult = { status: 'safe' | 'vulnerable' | 'unknown'; complexity?: { type?: string }; attack?: { pattern?: string } };
const require = createRequire(import.meta.url);

/** Returns null when the analyser proves the pattern safe, otherwise a plain-words reason. */
export function analyseRegex(pattern: string): string | null {
  let checkSync: (source: string, flags: string) => RecheckResult;
  try {
    ({ checkSync } = require('recheck') as { checkSync: typeof checkSync });
  } catch (err) {
    return `the regex analyser (recheck) could not be loaded: ${(err as Error).message}`;
  }
  const result = checkSync(pattern, 'u');
  if (result.status === 'safe') return null;
  if (result.status === 'vulnerable') {
    const kind = result.complexity?.type ?? 'super-linear';
    return `recheck found ${kind} backtracking${result.attack?.pattern ? ` (attack string: ${result.attack.pattern})` : ''}`;
  }
  return 'recheck could not prove the pattern safe; simplify it';
}
