// `lureguard model train`: fits the weights of a rule's terms matcher (weighted wording: a logistic model over
// the words of a text) on labelled JSON Lines, and writes bias and weights into the rule's YAML file.
// Node-only maintainer tooling. Never reads anything but the files it is given, never writes anything but the
// numbers of that one matcher, and never copies a text: only single words and two-character pieces, each seen
// in several texts, end up in the pack.
import { readFileSync, writeFileSync } from 'node:fs';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { compilePack } from '../engine/compile-pack.js';
import { normalizePhrase, normalizeText } from '../engine/normalize-text.js';
import { isWordChar } from '../engine/phrase-automaton.js';
import { analyzeText } from '../engine/score-text.js';
import { isUnspacedScript } from '../engine/term-table.js';
import { PACK_LIMITS } from '../engine/validate-pack.js';
import type { PackSource, RuleSource } from '../engine/types.js';
import { readLabelledFile, type LabelledRow } from './eval-command.js';
import { loadPackSource } from './load-pack-source.js';

export interface TrainOptions {
  /** Keep this many terms, the heaviest by absolute weight (default 4000). */
  terms?: number;
  /** A candidate term must occur in at least this many texts (default 3): no term is one text's own word. */
  minTexts?: number;
  /** Only report; do not write the rule file. */
  dryRun?: boolean;
  /** Texts of this topic are the positive class (for a model of warning texts: "awareness"); default: label scam. */
  positiveTopic?: string;
  /** L2 penalty and passes over the data (defaults 0.01 and 30). */
  l2?: number;
  epochs?: number;
}

export interface TrainResult {
  file: string;
  rows: number;
  positives: number;
  candidates: number;
  kept: number;
  bias: number;
  weights: [string, number][];
  /** Share of training texts on the right side of the matcher's min after training. */
  trainingAccuracy: number;
}

/**
 * Candidate terms of a normalised text: its words in scripts written with spaces (two characters or more, not
 * only digits), and every two-character piece of a stretch of an unspaced script. The engine later finds them
 * as phrases, whole-word where the script has words, so a candidate is what the automaton will see.
 */
export function candidateTerms(norm: string): Set<string> {
  const out = new Set<string>();
  let i = 0;
  while (i < norm.length) {
    const c = norm.charCodeAt(i);
    let j = i + 1;
    if (isWordChar(c)) {
      while (j < norm.length && isWordChar(norm.charCodeAt(j))) j++;
      const word = norm.slice(i, j);
      if (word.length >= 2 && word.length <= 40 && !/^[0-9]+$/.test(word)) out.add(word);
    } else if (isUnspacedScript(c)) {
      while (j < norm.length && isUnspacedScript(norm.charCodeAt(j))) j++;
      for (let k = i; k + 2 <= j; k++) out.add(norm.slice(k, k + 2));
    }
    i = j;
  }
  return out;
}

/** A small deterministic generator, so the same data always gives the same weights. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * L2-regularised logistic regression on binary features by AdaGrad: features[k] lists the feature indexes of
 * example k. Returns the bias and one weight per feature.
 */
export function fitLogistic(features: Int32Array[], labels: Uint8Array, featureCount: number, epochs = 30, l2 = 0.01): { bias: number; weights: Float64Array } {
  const w = new Float64Array(featureCount);
  const g2 = new Float64Array(featureCount).fill(1e-8);
  let bias = 0;
  let gb2 = 1e-8;
  const rate = 0.1;
  const order = Int32Array.from(features.keys());
  const random = mulberry32(20261129);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    for (const k of order) {
      const x = features[k]!;
      let z = bias;
      for (let f = 0; f < x.length; f++) z += w[x[f]!]!;
      const g = 1 / (1 + Math.exp(-z)) - labels[k]!;
      for (let f = 0; f < x.length; f++) {
        const j = x[f]!;
        const gj = g + l2 * w[j]!;
        g2[j]! += gj * gj;
        w[j]! -= (rate * gj) / Math.sqrt(g2[j]!);
      }
      gb2 += g * g;
      bias -= (rate * g) / Math.sqrt(gb2);
    }
  }
  return { bias, weights: w };
}

/** Finds the rule and its terms matcher in a pack directory, with the YAML file it lives in. */
function findTermsRule(packDir: string, ruleId: string): { file: string; rule: RuleSource; matcher: string; source: PackSource } {
  const loaded = loadPackSource(packDir);
  const rules = (loaded.pack.rules ?? []) as RuleSource[];
  const index = rules.findIndex((r) => r && r.id === ruleId);
  if (index < 0) throw new Error(`no rule "${ruleId}" in ${packDir}`);
  const rule = rules[index]!;
  const termsOf = (m: unknown) => (m && typeof m === 'object' && 'terms' in m ? (m as { terms: Record<string, unknown> }).terms : undefined);
  const all = Object.entries(rule.matchers ?? {}).filter(([, m]) => termsOf(m) !== undefined);
  // matchers that take their weights `from` another rule are that rule's model, not this one's
  const names = all.filter(([, m]) => typeof termsOf(m)?.from !== 'string').map(([n]) => n);
  if (names.length === 0 && all.length > 0) {
    throw new Error(`rule "${ruleId}" takes its weights from "${String(termsOf(all[0]![1])!.from)}": train that rule`);
  }
  if (names.length !== 1) throw new Error(`rule "${ruleId}" needs exactly one terms matcher with weights of its own (found ${names.length})`);
  const file = loaded.ruleFiles[index]!;
  if (!/\.ya?ml$/.test(file)) throw new Error(`rule "${ruleId}" lives in ${file}; training writes YAML rule files only`);
  return { file, rule, matcher: names[0]!, source: loaded.pack as unknown as PackSource };
}

/**
 * What the engine sees of each text: the ids (in `pool`) of the candidate terms it finds, as the engine finds them.
 * The pool is probed in slices the validator accepts (PACK_LIMITS.termsPerMatcher terms each).
 */
function termsSeenByEngine(source: PackSource, pool: string[], texts: string[]): Int32Array[] {
  const seen: number[][] = texts.map(() => []);
  for (let from = 0; from < pool.length; from += PACK_LIMITS.termsPerMatcher) {
    const slice = pool.slice(from, from + PACK_LIMITS.termsPerMatcher);
    const probe: PackSource = {
      ...source,
      minEngine: Math.max(3, source.minEngine),
      rules: [{
        id: 'probe', rev: 1, status: 'stable', category: 'trafficking-pattern', weight: 1, languages: ['any'],
        matchers: { words: { terms: { bias: 0, min: 0.5, weights: Object.fromEntries(slice.map((t) => [t, 0])) } } },
        title: { en: 'probe' }, explanation: { en: 'probe' }, advice: { en: 'probe' },
        references: ['https://lureguard.org'], examples: { match: ['x'], ok: ['y'] },
      }],
      overrides: [],
    };
    const compiled = compilePack(probe);
    const poolIndex = new Map(slice.map((t, i) => [t, from + i]));
    texts.forEach((text, k) => {
      for (const term of analyzeText(compiled, text, { everyText: true, listTerms: true }).terms) {
        const f = poolIndex.get(term);
        if (f !== undefined) seen[k]!.push(f);
      }
    });
  }
  return seen.map((list) => Int32Array.from(list));
}

export function trainTerms(packDir: string, ruleId: string, dataFiles: string[], options: TrainOptions = {}): TrainResult {
  const keep = options.terms ?? 4000;
  const minTexts = options.minTexts ?? 3;
  const { file, rule, matcher, source } = findTermsRule(packDir, ruleId);
  const rows: LabelledRow[] = [];
  for (const f of dataFiles) {
    const r = readLabelledFile(f);
    if (r.malformed.length > 0) throw new Error(`${f}: line ${r.malformed[0]!.line}: ${r.malformed[0]!.error}`);
    rows.push(...r.rows);
  }
  if (rows.length === 0) throw new Error('no labelled texts to train on');
  const topic = options.positiveTopic;
  const labels = Uint8Array.from(rows, (r) => ((topic === undefined ? r.label === 'scam' : r.topic === topic) ? 1 : 0));
  const positives = labels.reduce((n, y) => n + y, 0);
  if (positives === 0 || positives === rows.length) {
    throw new Error(topic === undefined ? 'training needs both scam and legit texts' : `training needs texts of topic "${topic}" and others`);
  }

  // 1. Candidates: terms in at least minTexts texts, whose normalised form is themselves (so the pack finds them).
  const textsWith = new Map<string, number>();
  for (const row of rows) for (const t of candidateTerms(normalizeText(row.text).text)) textsWith.set(t, (textsWith.get(t) ?? 0) + 1);
  const pool = [...textsWith].filter(([t, n]) => n >= minTexts && normalizePhrase(t) === t).map(([t]) => t).sort();

  // 2. Fit on every candidate as the engine finds it, keep the heaviest, and fit again on those alone.
  const seen = termsSeenByEngine(source, pool, rows.map((r) => r.text));
  const first = fitLogistic(seen, labels, pool.length, options.epochs, options.l2);
  // Rank by how much a term moves the sum over all training texts (|weight| × texts holding it): keeping only
  // the heaviest weights would drop the many common words of ordinary job ads that each weigh a little against.
  const textsHolding = new Int32Array(pool.length);
  for (const x of seen) for (const f of x) textsHolding[f]!++;
  const pull = (f: number) => Math.abs(first.weights[f]!) * textsHolding[f]!;
  const ranked = [...pool.keys()].sort((a, b) => pull(b) - pull(a) || a - b).slice(0, keep);
  const newIndex = new Int32Array(pool.length).fill(-1);
  ranked.forEach((f, k) => (newIndex[f] = k));
  const kept = ranked.map((f) => pool[f]!);
  const reduced = seen.map((x) => Int32Array.from([...x].map((f) => newIndex[f]!).filter((f) => f >= 0)));
  const fit = fitLogistic(reduced, labels, kept.length, options.epochs, options.l2);

  const round = (x: number) => Math.round(x * 1000) / 1000;
  const weights = kept.map((t, k) => [t, round(fit.weights[k]!)] as [string, number]).filter(([, w]) => w !== 0);
  weights.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const bias = round(fit.bias);
  const min = (rule.matchers[matcher] as { terms: { min: number } }).terms.min;
  const weightOf = new Map(weights);
  let right = 0;
  reduced.forEach((x, k) => {
    let z = bias;
    for (const f of x) z += weightOf.get(kept[f]!) ?? 0;
    if ((1 / (1 + Math.exp(-z)) >= min ? 1 : 0) === labels[k]) right++;
  });
  if (!options.dryRun) writeTerms(file, ruleId, matcher, bias, weights);
  return { file, rows: rows.length, positives, candidates: pool.length, kept: weights.length, bias, weights, trainingAccuracy: right / rows.length };
}

/** Replaces bias and weights of the rule's terms matcher in its YAML file, leaving everything else as it was. */
function writeTerms(file: string, ruleId: string, matcher: string, bias: number, weights: [string, number][]): void {
  const doc: Document = parseDocument(readFileSync(file, 'utf8'), { uniqueKeys: false }); // (the loader checked the keys)
  const list = doc.contents;
  if (!isSeq(list)) throw new Error(`${file}: expected a list of rules`);
  const index = list.items.findIndex((item) => isMap(item) && item.get('id') === ruleId);
  if (index < 0) throw new Error(`${file}: no rule "${ruleId}"`);
  doc.setIn([index, 'matchers', matcher, 'terms', 'bias'], bias);
  const map = doc.createNode(Object.fromEntries(weights));
  doc.setIn([index, 'matchers', matcher, 'terms', 'weights'], map);
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
}
