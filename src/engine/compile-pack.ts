// Turns validated rule packs into one compiled pack: plain JSON-serialisable data (normalised phrases, matcher
// and rule tables) that a restarted worker can cache and load within milliseconds.
// Pure. Never partly loads an invalid pack: any problem throws PackInvalidError with every issue.
import { LEGIT_CONTEXT_CATEGORY } from './categories.js';
import { compileMoneyTables, type CompiledMoney } from './find-money.js';
import { gluedPhraseVariants, normalizePhrase, unaccentedVietnameseVariant } from './normalize-text.js';
import { boundaryFlags, splitWordPart } from './phrase-automaton.js';
import { termKind } from './term-table.js';
import { validatePack, type ValidateOptions } from './validate-pack.js';
import {
  ENGINE_FORMAT,
  type Condition,
  type LevelThresholds,
  type Level,
  type LocalizedText,
  type PackIssue,
  type PackSource,
  type Period,
  type RuleSource,
} from './types.js';

export class PackInvalidError extends Error {
  constructor(
    readonly issues: PackIssue[],
    readonly packId?: string,
  ) {
    super(`rule pack${packId ? ` "${packId}"` : ''} is invalid: ${issues.length} problem(s); first: ${issues[0]?.code} at ${issues[0]?.path}: ${issues[0]?.message}`);
    this.name = 'PackInvalidError';
  }
}

export type CompiledMatcher =
  | { kind: 'phrases'; phrases: number[] }
  | { kind: 'pattern'; source: string; anchors: number[]; window: number }
  | { kind: 'money'; min: number; max: number; periods: Period[] | null }
  | { kind: 'places'; places: number[] }
  /**
   * Weighted wording: whole-word terms and two-character pieces of unspaced scripts in `words` with `wordWeights`,
   * found by hashing (see term-table.ts); other terms as phrase ids in `phrases` with `weights`. Each term once.
   */
  | { kind: 'terms'; phrases: number[]; weights: number[]; words: string[]; wordWeights: number[]; bias: number; min: number };

/** A condition over the rule's matchers, by global matcher index. */
export type CompiledCondition =
  | { op: 'hit'; matcher: number }
  | { op: 'all' | 'any'; of: CompiledCondition[] }
  | { op: 'atLeast'; n: number; of: CompiledCondition[] }
  | { op: 'not'; of: CompiledCondition }
  | { op: 'near'; matchers: number[]; within: number };

export interface CompiledRule {
  pack: string;
  id: string;
  rev: number;
  category: string;
  weight: number;
  /** Experimental and deprecated rules are evaluated for their examples but never score. */
  scores: boolean;
  cap: Level | null;
  /** Adds its weight only beside another scoring rule with a positive weight (RuleSource.supportOnly). */
  supportOnly: boolean;
  /** The level this rule raises a text to by itself (RuleSource.floor), or null. */
  floor: Level | null;
  matchers: number[];
  condition: CompiledCondition;
  title: LocalizedText;
  explanation: LocalizedText;
  advice: LocalizedText;
}

export interface CompiledPackInfo {
  id: string;
  name: string;
  version: string;
  published: string;
  expires: string;
  minEngine: number;
  languages: string[];
  rules: number;
}

export interface CompiledPack {
  engineFormat: number;
  /** The packs this was compiled from, base pack first. */
  packs: CompiledPackInfo[];
  levels: LevelThresholds;
  categoryCap: number;
  categoryCaps: Record<string, number>;
  /** Normalised phrases; index = phrase id. */
  phrases: string[];
  /** NEEDS_LEFT_BOUNDARY / NEEDS_RIGHT_BOUNDARY flags per phrase. */
  phraseFlags: number[];
  places: { id: string; country: string }[];
  /** For each place, the phrase ids of its names. */
  placePhrases: number[][];
  money: CompiledMoney | null;
  /** Phrase ids of the currency tokens: money is looked for only in a text holding one of them. */
  moneyGate: number[];
  matchers: CompiledMatcher[];
  rules: CompiledRule[];
}

export interface CompileOptions extends ValidateOptions {}

/** Compiles one pack, or a base pack plus local packs that add rules and override the base's rules. */
export function compilePack(source: PackSource | PackSource[], options: CompileOptions = {}): CompiledPack {
  const sources = Array.isArray(source) ? source : [source];
  if (sources.length === 0) throw new PackInvalidError([{ code: 'missing-field', path: '$', message: 'no pack given' }]);
  for (const s of sources) {
    const issues = validatePack(s, options);
    if (issues.length > 0) throw new PackInvalidError(issues, typeof (s as { id?: unknown })?.id === 'string' ? s.id : undefined);
  }
  const base = sources[0]!;
  const phraseIndex = new Map<string, number>();
  const phrases: string[] = [];
  const phraseFlags: number[] = [];
  // A word-part phrase ("*lipa") is a different phrase from the whole word "lipa": same text, fewer boundaries.
  const internNormalized = (norm: string, open: number): number => {
    const key = open === 0 ? norm : `${open}\u0000${norm}`;
    let id = phraseIndex.get(key);
    if (id === undefined) {
      id = phrases.length;
      phraseIndex.set(key, id);
      phrases.push(norm);
      phraseFlags.push(boundaryFlags(norm) & ~open);
    }
    return id;
  };
  const intern = (raw: string): number => {
    const { text, open } = splitWordPart(raw);
    return internNormalized(normalizePhrase(text), open);
  };
  const internWithVariants = (raw: string): number[] => {
    const { text, open } = splitWordPart(raw);
    const norm = normalizePhrase(text);
    const unaccented = unaccentedVietnameseVariant(norm);
    const forms = unaccented === null ? [norm] : [norm, unaccented];
    return forms.flatMap((form) => [internNormalized(form, open), ...gluedPhraseVariants(form).map((v) => internNormalized(v, open))]);
  };

  // Gazetteers of all packs, merged by place id (a local pack may add names to a base place).
  const places: { id: string; country: string }[] = [];
  const placePhrases: number[][] = [];
  const placeIndex = new Map<string, number>();
  for (const s of sources) {
    for (const place of s.places ?? []) {
      let idx = placeIndex.get(place.id);
      if (idx === undefined) {
        idx = places.length;
        placeIndex.set(place.id, idx);
        places.push({ id: place.id, country: place.country });
        placePhrases.push([]);
      }
      for (const name of place.names) {
        const pid = intern(name);
        if (!placePhrases[idx]!.includes(pid)) placePhrases[idx]!.push(pid);
      }
    }
  }

  const overrides = new Map<string, { disable?: boolean; weight?: number }>();
  for (const s of sources) for (const o of s.overrides ?? []) overrides.set(o.rule, { ...overrides.get(o.rule), ...o });

  const matchers: CompiledMatcher[] = [];
  const rules: CompiledRule[] = [];
  const compiledTerms = new Map<object, { phrases: number[]; weights: number[]; words: string[]; wordWeights: number[] }>();
  for (const s of sources) {
    for (const rule of s.rules) {
      const override = overrides.get(`${s.id}/${rule.id}`);
      if (override?.disable) continue;
      rules.push(compileRule(s, rule, override?.weight));
    }
  }

  const money = sources.map((s) => s.money).find((m) => m !== undefined);
  const compiledMoney = money ? compileMoneyTables(money) : null;
  const moneyGate = compiledMoney ? [...new Set(compiledMoney.currencyTokens.map((t) => intern(t.token)))] : [];
  return {
    engineFormat: ENGINE_FORMAT,
    packs: sources.map((s) => ({
      id: s.id,
      name: s.name,
      version: s.version,
      published: s.published,
      expires: s.expires,
      minEngine: s.minEngine,
      languages: s.languages,
      rules: s.rules.length,
    })),
    levels: base.levels,
    categoryCap: base.categoryCap,
    categoryCaps: { [LEGIT_CONTEXT_CATEGORY]: base.categoryCap, ...(base.categoryCaps ?? {}) },
    phrases,
    phraseFlags,
    places,
    placePhrases,
    money: compiledMoney,
    moneyGate,
    matchers,
    rules,
  };

  function compileRule(packSource: PackSource, rule: RuleSource, weight: number | undefined): CompiledRule {
    const packId = packSource.id;
    const byName = new Map<string, number>();
    for (const [name, m] of Object.entries(rule.matchers)) {
      const index = matchers.length;
      byName.set(name, index);
      // (with the forms a phrase takes when a one-letter word in it was joined to a spaced-out word)
      if ('phrases' in m) matchers.push({ kind: 'phrases', phrases: [...new Set(m.phrases.flatMap(internWithVariants))] });
      else if ('terms' in m) {
        // Terms are whole words (or two-character pieces of unspaced scripts) as `lureguard model train` wrote
        // them; two spellings that normalise alike add up.
        // (a matcher that takes them `from` another rule shares that rule's compiled terms)
        const own = 'weights' in m.terms ? m.terms : termsOfRule(packSource.rules, m.terms.from);
        let terms = compiledTerms.get(own);
        if (!terms) {
          const weightOf = new Map<number, number>();
          const wordWeightOf = new Map<string, number>();
          for (const [term, w] of Object.entries(own.weights)) {
            const norm = normalizePhrase(term);
            if (termKind(norm) !== 'phrase') wordWeightOf.set(norm, (wordWeightOf.get(norm) ?? 0) + w);
            else {
              const id = internNormalized(norm, 0);
              weightOf.set(id, (weightOf.get(id) ?? 0) + w);
            }
          }
          terms = { phrases: [...weightOf.keys()], weights: [...weightOf.values()], words: [...wordWeightOf.keys()], wordWeights: [...wordWeightOf.values()] };
          compiledTerms.set(own, terms);
        }
        matchers.push({ kind: 'terms', ...terms, bias: own.bias, min: m.terms.min });
      } else if ('pattern' in m) matchers.push({ kind: 'pattern', source: m.pattern, anchors: m.anchors.map(intern), window: m.window ?? 80 });
      else if ('money' in m) {
        matchers.push({ kind: 'money', min: m.money.minMonthlyUsd ?? 0, max: m.money.maxMonthlyUsd ?? Number.MAX_SAFE_INTEGER, periods: m.money.periods ?? null });
      } else {
        const wanted = new Set(m.places.ids ?? []);
        const countries = new Set(m.places.countries ?? []);
        matchers.push({ kind: 'places', places: places.flatMap((p, i) => (wanted.has(p.id) || countries.has(p.country) ? [i] : [])) });
      }
    }
    const toCondition = (c: Condition): CompiledCondition => {
      if (typeof c === 'string') return { op: 'hit', matcher: byName.get(c)! };
      if ('all' in c) return { op: 'all', of: c.all.map(toCondition) };
      if ('any' in c) return { op: 'any', of: c.any.map(toCondition) };
      if ('atLeast' in c) return { op: 'atLeast', n: c.atLeast, of: c.of.map(toCondition) };
      if ('not' in c) return { op: 'not', of: toCondition(c.not) };
      return { op: 'near', matchers: c.near.map((n) => byName.get(n)!), within: c.within };
    };
    const all = [...byName.values()];
    return {
      pack: packId,
      id: rule.id,
      rev: rule.rev,
      category: rule.category,
      weight: weight ?? rule.weight,
      scores: rule.status === 'stable' || rule.status === 'test',
      cap: rule.cap ?? null,
      supportOnly: rule.supportOnly === true,
      floor: rule.floor ?? null,
      matchers: all,
      condition: rule.condition === undefined ? { op: 'any', of: all.map((m) => ({ op: 'hit', matcher: m })) } : toCondition(rule.condition),
      title: rule.title,
      explanation: rule.explanation,
      advice: rule.advice,
    };
  }
}

/** The bias and weights of the terms matcher of rule `id` (the validator made sure it exists and has its own). */
function termsOfRule(rules: RuleSource[], id: string): { bias: number; weights: Record<string, number> } {
  for (const rule of rules) {
    if (rule.id !== id) continue;
    for (const m of Object.values(rule.matchers)) if ('terms' in m && 'weights' in m.terms) return m.terms;
  }
  throw new PackInvalidError([{ code: 'bad-terms', path: '$.rules', message: `no rule "${id}" with terms weights` }]);
}

/** Whether a cached compiled pack can be used by this engine as it is. */
export function isCompatibleCompiledPack(value: unknown): value is CompiledPack {
  return (
    value !== null &&
    typeof value === 'object' &&
    (value as CompiledPack).engineFormat === ENGINE_FORMAT &&
    Array.isArray((value as CompiledPack).rules) &&
    Array.isArray((value as CompiledPack).phrases) &&
    Array.isArray((value as CompiledPack).moneyGate)
  );
}
