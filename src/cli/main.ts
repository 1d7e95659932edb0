#!/usr/bin/env node
// The `lureguard` command: scan texts, check packs (and later eval and pack tooling). Wiring only.
// Node-only. Never sends anything over the network.
import { parseArgs } from 'node:util';
import { checkPack } from './check-command.js';
import { evaluateRows, formatReport, readLabelledFile, type EvalReport } from './eval-command.js';
import { formatIssue, loadAndValidate } from './load-pack.js';
import { packCommand, UsageError } from './pack-command.js';
import { corePackDir } from './paths.js';
import { scanFiles, scanJsonl } from './scan-command.js';
import { trainTerms } from './train-terms.js';

const USAGE = `Usage:
  lureguard scan [FILE...] [--pack PATH] [--locale LANG]   score files (or standard input) and explain the verdict
  lureguard scan --jsonl [--pack PATH]                      JSON Lines in ({id, text}), one verdict line out per line
  lureguard check [PACK...] [--previous FILE]               validate packs, run their examples, check rev bumps (default: core)
  lureguard eval FILE.jsonl... [--pack PATH] [--by-rule] [--json]
                                                            measure recall and false positives on labelled texts
  lureguard pack keygen --out KEYFILE                       new Ed25519 key pair (KEYFILE, KEYFILE.pub)
  lureguard pack build [PACKDIR] --out FILE                 shipped form: canonical JSON, no examples, with sha256
  lureguard pack sign FILE --key KEYFILE                    detached signature FILE.sig
  lureguard pack verify FILE --pub PUBFILE[,PUBFILE]        exit 0 only if the signature is valid
  lureguard pack diff OLD NEW                               added, removed, changed rules; fails on a missing rev bump
  lureguard pack index FILE... --out INDEX --base-url URL   the pack index the extension's updater reads
  lureguard pack new-rule ID [--pack DIR] [--category C]    scaffold a rule with its examples
  lureguard model train RULE FILE.jsonl... [--pack DIR] [--terms N] [--min-texts N] [--positive-topic T] [--dry-run]
                                                            fit the weights of RULE's terms matcher on labelled texts
                                                            (scam against legit, or topic T against the rest)
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'scan') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { jsonl: { type: 'boolean' }, pack: { type: 'string' }, locale: { type: 'string' } },
    });
    const packPath = values.pack ?? corePackDir();
    const loaded = loadAndValidate(packPath, { realRegexCheck: false, form: 'shipped' });
    if (!loaded.ok) {
      process.stderr.write(`lureguard: the pack ${packPath} is invalid:\n${loaded.issues.map(formatIssue).join('\n')}\n`);
      return 1;
    }
    if (values.jsonl) return scanJsonl(loaded.compiled, process.stdin, process.stdout, values.locale);
    return scanFiles(loaded.compiled, positionals, process.stdin, process.stdout, values.locale);
  }
  if (command === 'eval') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { pack: { type: 'string' }, 'by-rule': { type: 'boolean' }, json: { type: 'boolean' } },
    });
    if (positionals.length === 0) {
      process.stderr.write(`lureguard eval: give one or more labelled .jsonl files\n${USAGE}`);
      return 64;
    }
    const loaded = loadAndValidate(values.pack ?? corePackDir(), { realRegexCheck: false, form: 'shipped' });
    if (!loaded.ok) {
      process.stderr.write(`lureguard: the pack is invalid:\n${loaded.issues.map(formatIssue).join('\n')}\n`);
      return 1;
    }
    const rows = [];
    const malformed: EvalReport['malformed'] = [];
    for (const file of positionals) {
      const r = readLabelledFile(file);
      rows.push(...r.rows);
      malformed.push(...r.malformed);
    }
    const report: EvalReport = { ...evaluateRows(loaded.compiled, rows), malformed };
    process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report, values['by-rule'] ?? false)}\n`);
    return malformed.length > 0 ? 2 : 0;
  }
  if (command === 'pack') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        out: { type: 'string' }, key: { type: 'string' }, pub: { type: 'string' }, sig: { type: 'string' },
        'base-url': { type: 'string' }, pack: { type: 'string' }, file: { type: 'string' }, category: { type: 'string' },
      },
    });
    try {
      return await packCommand(positionals, values, process.stdout, corePackDir());
    } catch (err) {
      if (err instanceof UsageError) {
        process.stderr.write(`lureguard: ${err.message}\n`);
        return 64;
      }
      throw err;
    }
  }
  if (command === 'model') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        pack: { type: 'string' }, terms: { type: 'string' }, 'min-texts': { type: 'string' }, 'dry-run': { type: 'boolean' },
        'positive-topic': { type: 'string' },
      },
    });
    const [action, ruleId, ...files] = positionals;
    const count = (v: string | undefined, name: string): number | undefined => {
      if (v === undefined) return undefined;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw Object.assign(new Error(`--${name} must be a whole number of at least 1`), { usage: true });
      return n;
    };
    if (action !== 'train' || !ruleId || files.length === 0) {
      process.stderr.write(`lureguard model: give "train", a rule id and labelled .jsonl files\n${USAGE}`);
      return 64;
    }
    try {
      const r = trainTerms(values.pack ?? corePackDir(), ruleId, files, {
        terms: count(values.terms, 'terms'),
        minTexts: count(values['min-texts'], 'min-texts'),
        dryRun: values['dry-run'] ?? false,
        positiveTopic: values['positive-topic'],
      });
      const top = (list: [string, number][]) => list.map(([t, w]) => `${t} ${w}`).join(', ');
      process.stdout.write(
        `${values['dry-run'] ? 'would write' : 'wrote'} ${r.kept} terms (of ${r.candidates} candidates, bias ${r.bias}) to ${r.file}\n` +
          `trained on ${r.rows} texts (${r.positives} ${values['positive-topic'] ?? 'scam'}); right side of min on ${(100 * r.trainingAccuracy).toFixed(1)}% of them (training data: not an estimate of quality; run lureguard eval on held-out sets)\n` +
          `heaviest for: ${top(r.weights.slice(0, 12))}\nheaviest against: ${top(r.weights.slice(-12).reverse())}\n`,
      );
      return 0;
    } catch (err) {
      process.stderr.write(`lureguard model train: ${(err as Error).message}\n`);
      return (err as { usage?: boolean }).usage ? 64 : 1;
    }
  }
  if (command === 'check') {
    const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { previous: { type: 'string' } } });
    const packs = positionals.length > 0 ? positionals : [corePackDir()];
    let ok = true;
    for (const p of packs) ok = checkPack(p, process.stdout, values.previous) && ok;
    return ok ? 0 : 1;
  }
  process.stderr.write(command && command !== '--help' && command !== 'help' ? `lureguard: unknown command "${command}"\n${USAGE}` : USAGE);
  return command === '--help' || command === 'help' ? 0 : 64;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A mistyped option is the user's input, not a crash: say which option, show the usage, exit like other
    // usage errors.
    const code = (err as { code?: string })?.code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) {
      process.stderr.write(`lureguard: ${(err as Error).message.split('. ')[0]}\n${USAGE}`);
      process.exitCode = 64;
      return;
    }
    process.stderr.write(`lureguard: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
