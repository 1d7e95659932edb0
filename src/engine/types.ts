// The data contracts of the engine: the rule-pack source format (v1), the compiled pack and the verdict.
// Types and constants only. Never imports anything: the engine, the extension and the CLI all depend on it.

/**
 * Layout version of the compiled pack. Bump when CompiledPack changes shape, or when compiling gives different
 * phrases (3: glued forms of phrases holding a one-letter word, spaced Hangul joined; 4: the Devanagari nukta
 * dropped, so Hindi phrases written with it change; 5: terms matchers and supportOnly rules; 6: rule floors;
 * 7: spaced-out Devanagari joined from two clusters, so Hindi phrases of one-cluster words side by side change;
 * 8: a Hangul initial and its vowel jamo composed across one space, and a capital H read as "ㅐ" after an initial;
 * 9: a word of Hangul syllables after the last dot of a dotted run joins it, "여.권만" → "여권만"),
 * so cached copies are rebuilt.
 */
export const ENGINE_FORMAT = 9;
/**
 * Functionality level of this engine. A pack declares `minEngine`; a higher one is refused.
 * 2: word-part phrases ("*lipa", "guard*"), which an engine 1 would read as literal text.
 * 3: `terms` matchers (weighted wording) and `supportOnly` rules, which an engine 2 would refuse as unknown fields.
 * 4: terms matchers that take their weights `from` another rule, which an engine 3 would refuse.
 * 5: rule `floor`s (a level a rule raises a text to by itself), which an engine 4 would refuse.
 */
export const ENGINE_VERSION = 5;
/** The lowest engine that reads word-part phrases. */
export const WORD_PART_ENGINE = 2;
/** The lowest engine that reads terms matchers and supportOnly rules. */
export const TERMS_ENGINE = 3;
/** The lowest engine that reads terms matchers with `from`. */
export const TERMS_FROM_ENGINE = 4;
/** The lowest engine that reads rule floors. */
export const FLOOR_ENGINE = 5;
/** The levels a rule may raise a text to by itself: danger always needs several independent signs. */
export const FLOOR_LEVELS = ['caution', 'warning'] as const;
/** The rule-pack source format this engine reads. */
export const PACK_FORMAT = 1;

export const LEVELS = ['none', 'caution', 'warning', 'danger'] as const;
export type Level = (typeof LEVELS)[number];

export const RULE_STATUSES = ['experimental', 'test', 'stable', 'deprecated'] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

export const PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export type Period = (typeof PERIODS)[number];

/** Text per locale ("en", "id", "vi", "zh", "zh-TW", ...). "en" is always present. */
export type LocalizedText = Record<string, string>;

export interface PackSource {
  id: string;
  name: string;
  version: string;
  format: number;
  /** ISO date (YYYY-MM-DD) the pack was published. */
  published: string;
  /** ISO date after which the UI calls the pack outdated. An expired pack still applies. */
  expires: string;
  minEngine: number;
  languages: string[];
  levels: LevelThresholds;
  /** Most points one category can add, so one sign repeated many times cannot dominate. */
  categoryCap: number;
  /** Per-category overrides of categoryCap. */
  categoryCaps?: Record<string, number>;
  money?: MoneyTables;
  places?: PlaceEntry[];
  rules: RuleSource[];
  /** A local or NGO pack adjusting another pack's rules by qualified id ("core/hub-destination"). */
  overrides?: RuleOverride[];
}

export interface LevelThresholds {
  caution: number;
  warning: number;
  danger: number;
  /** `danger` also needs signs from at least this many different categories. */
  dangerMinCategories: number;
}

export interface MoneyTables {
  currencies: CurrencyEntry[];
  periods: PeriodEntry[];
  multipliers: MultiplierEntry[];
}
export interface CurrencyEntry {
  code: string;
  /** US dollars per one unit of this currency; a coarse, published rate is enough. */
  usd: number;
  /** Symbols and words that name the currency: "$", "usd", "baht", "฿". */
  tokens: string[];
}
export interface PeriodEntry {
  per: Period;
  tokens: string[];
}
export interface MultiplierEntry {
  token: string;
  factor: number;
}

export interface PlaceEntry {
  id: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Names in every script and common misspellings. */
  names: string[];
}

export interface RuleOverride {
  rule: string;
  disable?: boolean;
  weight?: number;
}

export interface RuleSource {
  id: string;
  rev: number;
  status: RuleStatus;
  category: string;
  weight: number;
  languages: string[];
  matchers: Record<string, MatcherSource>;
  /** Over matcher names. Absent means: any matcher. */
  condition?: Condition;
  /** When this rule fires the verdict's level is at most this (texts that warn about scams). */
  cap?: Level;
  /**
   * The rule adds its weight only when another scoring rule with a positive weight fired too: it supports other
   * signs and never raises a text alone (for wording matchers, which judge the whole text, not one sign).
   */
  supportOnly?: boolean;
  /**
   * When this rule fires the verdict's level is at least this (caution or warning), unless a cap holds it lower:
   * for a sign strong enough alone, such as wording almost certainly a recruiter's. Never danger.
   */
  floor?: (typeof FLOOR_LEVELS)[number];
  title: LocalizedText;
  explanation: LocalizedText;
  advice: LocalizedText;
  references: string[];
  falsePositives?: string[];
  /** Absent in the shipped form (`pack build` strips them); required in the source form. */
  examples: { match: string[]; ok: string[] };
}

export type MatcherSource = PhraseMatcherSource | PatternMatcherSource | MoneyMatcherSource | PlaceMatcherSource | TermsMatcherSource;
export interface PhraseMatcherSource {
  phrases: string[];
}
export interface PatternMatcherSource {
  /** A regular expression over the normalised text (lower case, NFKC, folded). */
  pattern: string;
  /** Literal phrases that gate the pattern: it runs only near one of them. */
  anchors: string[];
  /** Characters on each side of an anchor hit that the pattern may look at. Default 80. */
  window?: number;
}
export interface MoneyMatcherSource {
  money: { minMonthlyUsd?: number; maxMonthlyUsd?: number; periods?: Period[] };
}
export interface PlaceMatcherSource {
  places: { countries?: string[]; ids?: string[] };
}
/**
 * Weighted wording: a logistic model over the words (and, in scripts written without spaces, two-character
 * pieces) a text contains, each counted once. It hits when 1 / (1 + e^-(bias + sum of the weights present))
 * reaches `min`. Data only: the engine adds numbers; `lureguard model train` writes the weights.
 */
export interface TermsMatcherSource {
  /** Own weights, or `from`: the id of another rule of the same pack whose terms matcher's bias and weights to use. */
  terms: { bias: number; min: number; weights: Record<string, number> } | { from: string; min: number };
}

export type Condition =
  | string
  | { all: Condition[] }
  | { any: Condition[] }
  | { atLeast: number; of: Condition[] }
  | { not: Condition }
  | { near: string[]; within: number };

/** One problem found in a pack. Every problem is reported; an invalid pack is never partly loaded. */
export interface PackIssue {
  code: string;
  /** JSON path into the pack source, e.g. `$.rules[3].matchers.visa.pattern`. */
  path: string;
  message: string;
  /** The id of the rule the problem is in, when it is in one. */
  rule?: string;
}

export interface Evidence {
  start: number;
  end: number;
  text: string;
  /** In a conversation verdict: the id of the message the offsets refer to. */
  message?: string;
}

export interface Signal {
  rule: string;
  rev: number;
  pack: string;
  category: string;
  weight: number;
  title: string;
  explanation: string;
  advice: string;
  evidence: Evidence[];
}

export interface Verdict {
  level: Level;
  score: number;
  signals: Signal[];
  /** Countries of hub places named in the text (ISO alpha-2), for destination hotlines. */
  destinations: string[];
  /** Set when a rule such as "this text warns about scams" capped the level. */
  cappedBy?: string;
}
