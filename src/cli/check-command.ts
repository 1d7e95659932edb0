// `lureguard check`: validates packs (every problem at once, with code, JSON path and file), proves their
// regular expressions safe with a real analyser, and runs every rule's match/ok examples.
// Node-only. Never modifies a pack.
import type { Writable } from 'node:stream';
import { ruleFires } from '../engine/index.js';
import { formatIssue, loadAndValidate } from './load-pack.js';
import { diffRules, loadRules, UsageError } from './pack-command.js';
import { previousRelease } from './releases.js';

export interface ExampleFailure {
  rule: string;
  kind: 'match' | 'ok';
  index: number;
  text: string;
}

/**
 * Validates a pack and runs its examples. `previous` is the last released shipped file of the same pack
 * (default: the newest one in rules/releases/index.json): a rule changed since then must have a higher rev.
 */
export function checkPack(packPath: string, out: Writable, previous?: string | null): boolean {
  const result = loadAndValidate(packPath);
  if (!result.ok) {
    out.write(`${packPath}: INVALID — ${result.issues.length} problem(s)\n`);
    for (const issue of result.issues) out.write(`${formatIssue(issue)}\n`);
    return false;
  }
  const { source, compiled, ruleFiles } = result;
  const failures: (ExampleFailure & { file: string })[] = [];
  let examples = 0;
  source.rules.forEach((rule, index) => {
    for (const kind of ['match', 'ok'] as const) {
      rule.examples[kind].forEach((text, i) => {
        examples++;
        const fired = ruleFires(compiled, source.id, rule.id, text);
        if (fired !== (kind === 'match')) failures.push({ rule: rule.id, kind, index: i, text, file: ruleFiles[index] ?? packPath });
      });
    }
  });
  const before = previous === undefined ? previousRelease(source.id) : previous;
  let notBumped: string[] = [];
  if (before) {
    try {
      notBumped = diffRules(loadRules(before).rules, source.rules).notBumped.map(
        (n) => `  ✗ rev-not-bumped  rule ${n.id} changed (${n.fields.join(', ')}) since ${before} but rev is still ${n.rev}`,
      );
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      notBumped = [`  ✗ previous-release-unreadable  ${err.message}`];
    }
  }
  if (notBumped.length > 0) {
    out.write(`${packPath}: FAILED — ${notBumped.length} rule(s) changed without a rev bump\n${notBumped.join('\n')}\n`);
    return false;
  }
  const summary = `${source.rules.length} rules, ${compiled.phrases.length} phrases, ${source.places?.length ?? 0} places, ${examples} examples`;
  if (failures.length === 0) {
    out.write(`${packPath}: OK — ${source.id} ${source.version}: ${summary}${before ? `; revs checked against ${before}` : ''}\n`);
    return true;
  }
  out.write(`${packPath}: FAILED — ${failures.length} example(s) of ${examples} did not behave\n`);
  for (const f of failures) {
    const expected = f.kind === 'match' ? 'should fire but did not' : 'should not fire but did';
    out.write(`  ✗ example-failed  rule ${f.rule} examples.${f.kind}[${f.index}] ${expected} (${f.file})\n      “${f.text.slice(0, 160)}”\n`);
  }
  return false;
}
