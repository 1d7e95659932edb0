// `lureguard pack …`: the maintainer's release tooling — keygen, build (canonical shipped form with its sha256),
// sign, verify, diff (refuses changed rules without a rev bump), index, new-rule.
// Node-only. Never writes a private key anywhere but the path it is given, and never into the repository's rules.
import { existsSync, readFileSync, writeFileSync, mkdirSync, appendFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { ruleFires, type PackSource, type RuleSource } from '../engine/index.js';
import { canonicalJson } from '../shared/canonical-json.js';
import {
  generateKeyPair,
  parsePrivateKeyFile,
  parsePublicKeyFile,
  sha256Hex,
  signBytes,
  verifyBytes,
  type PublicKeyFile,
} from '../shared/pack-signature.js';
import { formatIssue, loadAndValidate } from './load-pack.js';
import { loadPackSource, PackLoadError } from './load-pack-source.js';

export class UsageError extends Error {}

/** Fields of a rule whose change alters what users see or how texts score: changing them needs a rev bump. */
const BEHAVIOUR_FIELDS: (keyof RuleSource)[] = ['status', 'category', 'weight', 'languages', 'matchers', 'condition', 'cap', 'title', 'explanation', 'advice'];

/** The shipped form: the validated source without examples, as canonical JSON bytes. */
export function shippedForm(source: PackSource): string {
  const stripped = { ...source, rules: source.rules.map(({ examples: _examples, ...rule }) => rule) };
  return canonicalJson(stripped);
}

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${what} ${path}: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${what} ${path} is not valid JSON: ${(err as Error).message}`);
  }
}

/** Loads the rules of a pack given as a source directory/file or a shipped .json. */
export function loadRules(path: string): { id: string; version: string; rules: RuleSource[] } {
  let pack: Record<string, unknown>;
  try {
    ({ pack } = loadPackSource(path));
  } catch (err) {
    if (err instanceof PackLoadError) throw new UsageError(err.message);
    throw err;
  }
  if (!Array.isArray(pack.rules)) throw new UsageError(`${path} has no rules list`);
  return { id: String(pack.id), version: String(pack.version), rules: pack.rules as RuleSource[] };
}

export interface RuleDiff {
  added: string[];
  removed: string[];
  changed: { id: string; from: number; to: number; fields: string[] }[];
  /** Changed rules whose rev was not increased. */
  notBumped: { id: string; rev: number; fields: string[] }[];
}

export function diffRules(oldRules: RuleSource[], newRules: RuleSource[]): RuleDiff {
  const before = new Map(oldRules.map((r) => [r.id, r]));
  const after = new Map(newRules.map((r) => [r.id, r]));
  const diff: RuleDiff = { added: [], removed: [], changed: [], notBumped: [] };
  for (const [id, rule] of after) {
    const old = before.get(id);
    if (!old) {
      diff.added.push(id);
      continue;
    }
    const fields = BEHAVIOUR_FIELDS.filter((f) => canonicalJson(old[f] ?? null) !== canonicalJson(rule[f] ?? null));
    if (fields.length === 0) continue;
    diff.changed.push({ id, from: old.rev, to: rule.rev, fields });
    if (!(rule.rev > old.rev)) diff.notBumped.push({ id, rev: rule.rev, fields });
  }
  for (const id of before.keys()) if (!after.has(id)) diff.removed.push(id);
  return diff;
}

export function formatDiff(diff: RuleDiff): string {
  const lines: string[] = [];
  for (const id of diff.added) lines.push(`+ ${id}`);
  for (const id of diff.removed) lines.push(`- ${id}`);
  for (const c of diff.changed) lines.push(`~ ${id(c)} (${c.fields.join(', ')})`);
  for (const n of diff.notBumped) lines.push(`✗ ${n.id}: changed (${n.fields.join(', ')}) but rev stayed ${n.rev}; bump rev`);
  if (lines.length === 0) lines.push('no rule changes');
  return lines.join('\n');
  function id(c: RuleDiff['changed'][number]) {
    return `${c.id} rev ${c.from} → ${c.to}`;
  }
}

export interface IndexEntry {
  id: string;
  version: string;
  sha256: string;
  signature: string;
  url: string;
  minEngine: number;
  published: string;
  expires: string;
  size: number;
}

export interface PackIndex {
  kind: 'lureguard-pack-index';
  format: 1;
  generated: string;
  packs: IndexEntry[];
}

function scaffoldRule(id: string, category: string): string {
  return `# Scaffolded by \`lureguard pack new-rule ${id}\`. Fill in every TODO, then run \`lureguard check\`:
# the placeholder examples fail on purpose until the matchers and examples are real.
- id: ${id}
  rev: 1
  status: experimental
  category: ${category}
  weight: 10
  languages: [en]
  matchers:
    words:
      phrases:
        - TODO phrase recruiters use
  title:
    en: TODO short title of the warning sign
  explanation:
    en: TODO why this sign matters, in plain and blame-free words
  advice:
    en: TODO what the reader can do
  references:
    - https://TODO.example/source-for-this-red-flag
  falsePositives:
    - TODO innocent texts that may say the same
  examples:
    match:
      - TODO a text this rule must fire on (write your own; never copy the evaluation corpus)
    ok:
      - TODO phrase recruiters use, in a text this rule must not fire on
`;
}

export async function packCommand(args: string[], opts: Record<string, string | boolean | undefined>, out: Writable, defaultPack: string): Promise<number> {
  const [sub, ...rest] = args;
  const need = (name: string): string => {
    const v = opts[name];
    if (typeof v !== 'string' || v === '') throw new UsageError(`pack ${sub} needs --${name}`);
    return v;
  };
  switch (sub) {
    case 'keygen': {
      const keyPath = need('out');
      if (existsSync(keyPath)) throw new UsageError(`${keyPath} exists; refusing to overwrite a key`);
      const { privateFile, publicFile } = await generateKeyPair();
      mkdirSync(dirname(resolve(keyPath)), { recursive: true });
      writeFileSync(keyPath, `${JSON.stringify(privateFile, null, 2)}\n`, { mode: 0o600 });
      writeFileSync(`${keyPath}.pub`, `${JSON.stringify(publicFile, null, 2)}\n`);
      out.write(`wrote private key ${keyPath} (keep it secret, never commit it) and public key ${keyPath}.pub\nkey id ${privateFile.keyId}\n`);
      return 0;
    }
    case 'build': {
      const packPath = rest[0] ?? defaultPack;
      const outPath = need('out');
      const loaded = loadAndValidate(packPath);
      if (!loaded.ok) {
        out.write(`${packPath}: INVALID — not built\n${loaded.issues.map(formatIssue).join('\n')}\n`);
        return 1;
      }
      const failing = loaded.source.rules.flatMap((rule) =>
        (['match', 'ok'] as const).flatMap((kind) =>
          rule.examples[kind].filter((text) => ruleFires(loaded.compiled, loaded.source.id, rule.id, text) !== (kind === 'match')).map(() => `${rule.id} (${kind})`),
        ),
      );
      if (failing.length > 0) {
        out.write(`${packPath}: examples fail — not built: ${[...new Set(failing)].join(', ')}\nrun \`lureguard check ${packPath}\` for details\n`);
        return 1;
      }
      const json = shippedForm(loaded.source);
      const sha = await sha256Hex(json);
      mkdirSync(dirname(resolve(outPath)), { recursive: true });
      writeFileSync(outPath, json);
      writeFileSync(`${outPath}.sha256`, `${sha}  ${basename(outPath)}\n`);
      // the size on disk: UTF-8 bytes, not UTF-16 code units of the string
      out.write(`built ${loaded.source.id} ${loaded.source.version}: ${outPath} (${Buffer.byteLength(json, 'utf8')} bytes, ${loaded.source.rules.length} rules)\nsha256 ${sha}\n`);
      return 0;
    }
    case 'sign': {
      const file = rest[0];
      if (!file) throw new UsageError('pack sign FILE --key KEYFILE');
      const key = parsePrivateKeyFile(readJson(need('key'), 'private key'));
      if (!key) throw new UsageError(`${String(opts.key)} is not a Lureguard private key (make one with pack keygen)`);
      const bytes = readFileSync(file);
      const sig = await signBytes(new Uint8Array(bytes), key);
      writeFileSync(`${file}.sig`, `${JSON.stringify(sig, null, 2)}\n`);
      out.write(`signed ${file} with ${key.keyId}: ${file}.sig\n`);
      return 0;
    }
    case 'verify': {
      const file = rest[0];
      if (!file) throw new UsageError('pack verify FILE --pub PUBFILE');
      const pubPaths = String(need('pub')).split(',');
      const keys: PublicKeyFile[] = pubPaths.map((p) => {
        const k = parsePublicKeyFile(readJson(p, 'public key'));
        if (!k) throw new UsageError(`${p} is not a Lureguard public key`);
        return k;
      });
      const sigPath = typeof opts.sig === 'string' ? opts.sig : `${file}.sig`;
      if (!existsSync(file)) {
        out.write(`malformed: ${file} does not exist\n`);
        return 1;
      }
      if (!existsSync(sigPath)) {
        out.write(`malformed: no signature file ${sigPath}\n`);
        return 1;
      }
      let sig: unknown;
      try {
        sig = JSON.parse(readFileSync(sigPath, 'utf8'));
      } catch (err) {
        out.write(`malformed: ${sigPath} is not valid JSON (${(err as Error).message})\n`);
        return 1;
      }
      const result = await verifyBytes(new Uint8Array(readFileSync(file)), sig, keys);
      if (result.ok) {
        out.write(`valid: ${file} is signed by ${result.keyId}\n`);
        return 0;
      }
      out.write(`${result.reason}: ${result.message}\n`);
      return 1;
    }
    case 'diff': {
      const [oldPath, newPath] = rest;
      if (!oldPath || !newPath) throw new UsageError('pack diff OLD NEW');
      const a = loadRules(oldPath);
      const b = loadRules(newPath);
      const diff = diffRules(a.rules, b.rules);
      out.write(`${a.id} ${a.version} → ${b.id} ${b.version}\n${formatDiff(diff)}\n`);
      return diff.notBumped.length > 0 ? 1 : 0;
    }
    case 'index': {
      const files = rest;
      const outPath = need('out');
      const baseUrl = need('base-url').replace(/\/+$/, '');
      if (files.length === 0) throw new UsageError('pack index FILE... --out INDEX --base-url URL');
      const packs: IndexEntry[] = [];
      for (const file of files) {
        const bytes = readFileSync(file);
        const pack = readJson(file, 'pack') as PackSource;
        const sigName = `${basename(file)}.sig`;
        if (!existsSync(`${file}.sig`)) throw new UsageError(`${file} is not signed (no ${sigName}); run pack sign first`);
        packs.push({
          id: pack.id,
          version: pack.version,
          sha256: await sha256Hex(new Uint8Array(bytes)),
          signature: `${baseUrl}/${sigName}`,
          url: `${baseUrl}/${basename(file)}`,
          minEngine: pack.minEngine,
          published: pack.published,
          expires: pack.expires,
          size: bytes.length,
        });
      }
      const index: PackIndex = { kind: 'lureguard-pack-index', format: 1, generated: new Date().toISOString(), packs };
      writeFileSync(outPath, `${JSON.stringify(index, null, 2)}\n`);
      out.write(`wrote ${outPath}: ${packs.map((p) => `${p.id} ${p.version}`).join(', ')}\n`);
      return 0;
    }
    case 'new-rule': {
      const id = rest[0];
      if (!id || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(id)) throw new UsageError('pack new-rule ID (lower-case letters, digits and dashes)');
      const packDir = typeof opts.pack === 'string' ? opts.pack : defaultPack;
      const existing = loadRules(packDir).rules.map((r) => r.id);
      if (existing.includes(id)) throw new UsageError(`rule ${id} already exists in ${packDir}`);
      const file = typeof opts.file === 'string' ? opts.file : join(packDir, 'rules', `${id}.yaml`);
      const category = typeof opts.category === 'string' ? opts.category : 'job-title-front';
      if (existsSync(file)) appendFileSync(file, `\n${scaffoldRule(id, category)}`);
      else writeFileSync(file, scaffoldRule(id, category));
      out.write(`scaffolded rule ${id} in ${file}; fill in the TODOs, then run lureguard check ${packDir}\n`);
      return 0;
    }
    default:
      throw new UsageError(`unknown pack command "${sub ?? ''}" (keygen, build, sign, verify, diff, index, new-rule)`);
  }
}
