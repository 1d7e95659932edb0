// Loads, validates (with the real regex analyser) and compiles packs for CLI commands.
// Node-only. Never partly loads an invalid pack: problems come back as a list, with the file each is in.
import { compilePack, PackInvalidError, validatePack, type CompiledPack, type PackIssue, type PackSource } from '../engine/index.js';
import { loadPackSource, PackLoadError } from './load-pack-source.js';
import { analyseRegex } from './regex-analyser.js';

export interface LocatedIssue extends PackIssue {
  file: string;
}

export type PackLoadResult =
  | { ok: true; source: PackSource; compiled: CompiledPack; ruleFiles: string[] }
  | { ok: false; issues: LocatedIssue[] };

/** The file a JSON path points into: the rule's own file for `$.rules[N]...`, else the pack itself. */
function fileOf(path: string, packPath: string, ruleFiles: string[]): string {
  const m = /^\$\.rules\[(\d+)\]/.exec(path);
  return (m && ruleFiles[Number(m[1])]) || packPath;
}

/**
 * `form: 'shipped'` also accepts a pack as users receive it (`pack build`, examples stripped): enough to score
 * with. `check` and `pack build` keep the default, which needs every rule's examples.
 */
export function loadAndValidate(
  packPath: string,
  { realRegexCheck = true, form = 'source' }: { realRegexCheck?: boolean; form?: 'source' | 'shipped' } = {},
): PackLoadResult {
  let loaded;
  try {
    loaded = loadPackSource(packPath);
  } catch (err) {
    if (err instanceof PackLoadError) return { ok: false, issues: [{ code: 'unreadable', path: '$', message: err.message, file: err.file }] };
    throw err;
  }
  const options = realRegexCheck ? { checkRegex: analyseRegex, form } : { form };
  const issues = validatePack(loaded.pack, options);
  if (issues.length > 0) return { ok: false, issues: issues.map((i) => ({ ...i, file: fileOf(i.path, packPath, loaded.ruleFiles) })) };
  const source = loaded.pack as unknown as PackSource;
  try {
    return { ok: true, source, compiled: compilePack(source, options), ruleFiles: loaded.ruleFiles };
  } catch (err) {
    if (err instanceof PackInvalidError) return { ok: false, issues: err.issues.map((i) => ({ ...i, file: packPath })) };
    throw err;
  }
}

export function formatIssue(issue: LocatedIssue): string {
  const where = issue.rule ? `rule ${issue.rule}, ` : '';
  return `  ✗ ${issue.code}  ${issue.path}  (${where}${issue.file})\n      ${issue.message}`;
}
