// Scores a text against a compiled pack: normalise once, find all phrases in one pass, run gated patterns,
// money and places, evaluate each candidate rule's condition, and explain every point with evidence.
// Pure: no DOM, no I/O. Never logs, stores or sends the text.
import type { CompiledCondition, CompiledPack, CompiledRule } from './compile-pack.js';
import { findMoney, HAN_NUMERALS } from './find-money.js';
import { insideJoinedRun, mapSpanToOriginal, normalizeText, type NormalizedText } from './normalize-text.js';
import { boundaryFlags, buildPhraseAutomaton, isWordChar, NEEDS_LEFT_BOUNDARY, NEEDS_RIGHT_BOUNDARY, type PhraseAutomaton } from './phrase-automaton.js';
import { buildTermTable, findWordTerms, forgetTerms, modelSums, noteTerm, termsEvidence, type FoundTerms, type TermTable } from './term-table.js';
import { LEVELS, type Evidence, type Level, type LocalizedText, type Signal, type Verdict } from './types.js';

/** Hits kept per matcher: enough to explain and to test nearness, bounded on hostile pages. */
const MAX_HITS_PER_MATCHER = 64;
const MAX_EVIDENCE_PER_SIGNAL = 6;
const MAX_PATTERN_WINDOWS = 32;

interface Span {
  start: number;
  end: number;
}

interface Runtime {
  automaton: PhraseAutomaton;
  /** phrase id → phrase matchers that list it. */
  phraseMatchers: number[][];
  /** phrase id → pattern matchers anchored on it. */
  phraseAnchors: number[][];
  /** phrase id → places whose name it is. */
  phrasePlaces: number[][];
  /** place index → places matchers that include it. */
  placeMatchers: number[][];
  /** matcher index → rules that use it. */
  matcherRules: number[][];
  regexes: (RegExp | null)[];
  moneyMatchers: number[];
  /** 1 for phrase ids that are currency tokens. */
  isMoneyGate: Uint8Array;
  /**
   * How far from a currency token the digits of an amount can be: a multiplier and a space may stand between
   * ("5 triệu đồng", "1,500 thousand baht"). Money is searched only where a currency token has a digit this near.
   */
  moneyReach: number;
  /** 1 for phrase ids that no matcher or place uses (a currency token only gates the money search). */
  gateOnly: Uint8Array;
  /** NEEDS_* sides on which a word-part phrase ("*lipa") may sit inside a word; 0 for whole-word phrases. */
  openSides: Uint8Array;
  /** Scratch: 1 for each rule that has a matcher hit in the text being scored (cleared after each text). */
  ruleMarks: Uint8Array;
  /** The terms of terms matchers (weighted wording). */
  terms: TermTable;
  /** 1 for each rule whose condition reads a terms matcher: those are evaluated after the others. */
  readsTerms: Uint8Array;
  /**
   * Whether the wording model must be consulted on every text: only when a rule that reads it could raise a text
   * on its own (a positive sign or a floor). Otherwise it is consulted only where another rule already gave one.
   */
  termsAlways: boolean;
}

const runtimes = new WeakMap<CompiledPack, Runtime>();

/** Builds (once per compiled pack object) the automaton and indexes that scoring needs. */
export function prepareRuntime(pack: CompiledPack): Runtime {
  const cached = runtimes.get(pack);
  if (cached) return cached;
  const phraseMatchers: number[][] = pack.phrases.map(() => []);
  const phraseAnchors: number[][] = pack.phrases.map(() => []);
  const placeMatchers: number[][] = pack.places.map(() => []);
  const phrasePlaces: number[][] = pack.phrases.map(() => []);
  pack.placePhrases.forEach((ids, place) => ids.forEach((id) => phrasePlaces[id]!.push(place)));
  const regexes: (RegExp | null)[] = [];
  const moneyMatchers: number[] = [];
  const terms = buildTermTable(pack);
  pack.matchers.forEach((m, index) => {
    regexes.push(null);
    if (m.kind === 'phrases') m.phrases.forEach((id) => phraseMatchers[id]!.push(index));
    else if (m.kind === 'terms') return;
    else if (m.kind === 'pattern') {
      m.anchors.forEach((id) => phraseAnchors[id]!.push(index));
      regexes[index] = new RegExp(m.source, 'gu');
    } else if (m.kind === 'money') moneyMatchers.push(index);
    else m.places.forEach((p) => placeMatchers[p]!.push(index));
  });
  const matcherRules: number[][] = pack.matchers.map(() => []);
  pack.rules.forEach((rule, r) => rule.matchers.forEach((m) => matcherRules[m]!.push(r)));
  const readsTerms = Uint8Array.from(pack.rules, (rule) => (rule.matchers.some((m) => pack.matchers[m]!.kind === 'terms') ? 1 : 0));
  const termsAlways = pack.rules.some((rule, r) => readsTerms[r] === 1 && (isPositiveSign(rule) || (rule.scores && rule.floor !== null)));
  const isMoneyGate = new Uint8Array(pack.phrases.length);
  for (const id of pack.moneyGate) isMoneyGate[id] = 1;
  const gateOnly = new Uint8Array(pack.phrases.length);
  for (const id of pack.moneyGate) {
    if (phraseMatchers[id]!.length === 0 && phraseAnchors[id]!.length === 0 && phrasePlaces[id]!.length === 0 && terms.phraseTerm[id] === -1) gateOnly[id] = 1;
  }
  // A side is open where the phrase text would need a word boundary but its flags do not ask for one.
  const openSides = new Uint8Array(pack.phrases.length);
  pack.phrases.forEach((phrase, id) => (openSides[id] = boundaryFlags(phrase) & ~pack.phraseFlags[id]!));
  const longestMultiplier = pack.money ? Math.max(0, ...pack.money.multipliers.map((m) => m.token.length)) : 0;
  const runtime: Runtime = {
    isMoneyGate,
    gateOnly,
    openSides,
    moneyReach: longestMultiplier + 3,
    automaton: buildPhraseAutomaton(pack.phrases),
    phraseMatchers,
    phraseAnchors,
    ruleMarks: new Uint8Array(pack.rules.length),
    terms,
    readsTerms,
    termsAlways,
    phrasePlaces,
    placeMatchers,
    matcherRules,
    regexes,
    moneyMatchers: pack.money ? moneyMatchers : [],
  };
  runtimes.set(pack, runtime);
  return runtime;
}

/** A rule that can raise a text by itself: it scores, adds points, and does not wait for another sign. */
function isPositiveSign(rule: CompiledRule): boolean {
  return rule.scores && rule.weight > 0 && !rule.supportOnly;
}

export interface AnalyzeOptions {
  /**
   * Consult the wording model (terms matchers) on every text. By default it is consulted only where a rule
   * that does not read it gave a positive sign, because then alone can it change the verdict: its rules either
   * wait for another sign (supportOnly), cap the level, or take points away (a rule that reads it with a positive
   * sign or a floor of its own makes it consulted on every text). Training and pack examples need
   * what the model sees on every text.
   */
  everyText?: boolean;
  /** Fill Analysis.terms (model training reads it; scoring does not need it). */
  listTerms?: boolean;
}

export interface ScoreOptions {
  /** Locale for titles and explanations ("id", "vi", "zh-TW"); falls back to the language, then English. */
  locale?: string;
}

/**
 * Which rules fire on a normalised text, with their evidence in normalised coordinates, in rule order. Includes
 * non-scoring rules; rules that read the wording model only where it was consulted (AnalyzeOptions.everyText).
 */
export interface RuleFiring {
  rule: number;
  spans: Span[];
}

export interface Analysis {
  normalized: NormalizedText;
  firings: RuleFiring[];
  placeCountries: string[];
  /**
   * With AnalyzeOptions.listTerms: the normalised terms (of any terms matcher) the text contains, each once, that
   * is what a terms model saw (none when it was not consulted). Otherwise empty.
   */
  terms: string[];
}

/** The shortest phrase that may match wholly inside a joined run of spaced-out letters (see analyzeText). */
const MIN_INSIDE_RUN = 5;

/** How far evidence for a word part reaches into its word on each open side: words are shorter, hostile text not. */
const WORD_PART_REACH = 40;

/** The whole word a word-part hit sits in ("analipa" for "*lipa*"), at most WORD_PART_REACH more on each side. */
function wholeWord(norm: string, start: number, end: number, open: number): Span {
  if ((open & NEEDS_LEFT_BOUNDARY) !== 0) {
    const limit = Math.max(0, start - WORD_PART_REACH);
    while (start > limit && isWordChar(norm.charCodeAt(start - 1))) start--;
  }
  if ((open & NEEDS_RIGHT_BOUNDARY) !== 0) {
    const limit = Math.min(norm.length, end + WORD_PART_REACH);
    while (end < limit && isWordChar(norm.charCodeAt(end))) end++;
  }
  return { start, end };
}

export function analyzeText(pack: CompiledPack, text: string, options: AnalyzeOptions = {}): Analysis {
  const rt = prepareRuntime(pack);
  const normalized = normalizeText(typeof text === 'string' ? text : String(text));
  const norm = normalized.text;
  const hits = new Map<number, Span[]>();
  const anchorHits = new Map<number, Span[]>();
  const termsFound: FoundTerms = { items: [], starts: [], ends: [] };
  const countries = new Set<string>();
  const add = (map: Map<number, Span[]>, key: number, span: Span): void => {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    if (list.length < MAX_HITS_PER_MATCHER) list.push(span);
  };

  const flags = pack.phraseFlags;
  // Currency tokens with a digit near them gate the money search (no boundary check: "rp5jt", "5000u" count).
  // Every amount findMoney reports has its digits within moneyReach of a currency token, so the gate never
  // hides one; it spares the number parser most texts that merely contain "w", "rm" or "元".
  let currencySeen = false;
  const digits = new DigitScan();
  const { hits: found, count } = rt.automaton.collect(norm);
  const lengths = rt.automaton.lengths;
  for (let h = 0; h < count; h++) {
    const phrase = found[h * 2]!;
    const end = found[h * 2 + 1]!;
    const start = end - lengths[phrase]!;
    if (rt.isMoneyGate[phrase] === 1 && !currencySeen) currencySeen = digits.near(norm, start - rt.moneyReach, end + rt.moneyReach);
    if (rt.gateOnly[phrase] === 1) continue;
    const f = flags[phrase]!;
    // Inside a joined run of spaced-out letters a word boundary may have been lost where a one-letter word was
    // glued on ("ởcampuchia", "haveapassport", both sides in "apassagemagente"). Both sides are crossed only for a
    // phrase of MIN_INSIDE_RUN characters or more: a shorter one wholly inside a joined word is mostly a piece of
    // it ("awas" in "k a w a s a n", "u" in "c u s t o m e r").
    const leftShut = (f & NEEDS_LEFT_BOUNDARY) !== 0 && start > 0 && isWordChar(norm.charCodeAt(start - 1));
    const rightShut = (f & NEEDS_RIGHT_BOUNDARY) !== 0 && end < norm.length && isWordChar(norm.charCodeAt(end));
    if (leftShut && !insideJoinedRun(normalized, start)) continue;
    if (rightShut && !insideJoinedRun(normalized, end)) continue;
    if (leftShut && rightShut && end - start < MIN_INSIDE_RUN) continue;
    // (a term that is neither a whole word nor a two-character piece is a phrase; it counts once per text)
    if (rt.terms.phraseTerm[phrase] !== -1) noteTerm(rt.terms, termsFound, rt.terms.phraseTerm[phrase]!, start, end);
    const open = rt.openSides[phrase]!;
    // evidence quotes the whole word a word part sits in ("analipa", not "lipa")
    const span = open === 0 ? { start, end } : wholeWord(norm, start, end, open);
    for (const m of rt.phraseMatchers[phrase]!) add(hits, m, span);
    for (const m of rt.phraseAnchors[phrase]!) add(anchorHits, m, span);
    for (const place of rt.phrasePlaces[phrase]!) {
      countries.add(pack.places[place]!.country);
      for (const m of rt.placeMatchers[place]!) add(hits, m, span);
    }
  }

  for (const [m, anchors] of anchorHits) runPattern(pack, rt, m, norm, anchors, (span) => add(hits, m, span));

  if (currencySeen && rt.moneyMatchers.length > 0 && pack.money) {
    const amounts = findMoney(norm, pack.money);
    for (const amount of amounts) {
      for (const m of rt.moneyMatchers) {
        const matcher = pack.matchers[m]!;
        if (matcher.kind !== 'money') continue;
        if (amount.usdPerMonth < matcher.min || amount.usdPerMonth > matcher.max) continue;
        if (matcher.periods && (amount.period === null || !matcher.periods.includes(amount.period))) continue;
        add(hits, m, { start: amount.start, end: amount.end });
      }
    }
  }

  // Only rules with a hit can fire (a rule whose condition is only "not" has no effect on the score). Rules that
  // read the wording model wait until it is known whether it is consulted.
  const marks = rt.ruleMarks;
  for (const m of hits.keys()) for (const r of rt.matcherRules[m]!) marks[r] = 1;
  const firings: RuleFiring[] = [];
  let positiveSign = false;
  for (let r = 0; r < marks.length; r++) {
    if (marks[r] === 0 || rt.readsTerms[r] === 1) continue;
    marks[r] = 0;
    const result = evaluate(pack.rules[r]!.condition, hits);
    if (!result.ok) continue;
    firings.push({ rule: r, spans: result.spans });
    if (isPositiveSign(pack.rules[r]!)) positiveSign = true;
  }
  const consulted = rt.terms.matchers.length > 0 && (positiveSign || rt.termsAlways || options.everyText === true);
  if (consulted) {
    findWordTerms(rt.terms, norm, termsFound);
    const sums = modelSums(rt.terms, termsFound);
    rt.terms.matchers.forEach((m, position) => {
      const matcher = pack.matchers[m]!;
      if (matcher.kind !== 'terms') return;
      const sum = sums[rt.terms.modelOf[position]!]!;
      for (const span of termsEvidence(rt.terms, position, sum, matcher.bias, matcher.min, termsFound)) add(hits, m, span);
      for (const r of rt.matcherRules[m]!) marks[r] = 1;
    });
  }
  forgetTerms(rt.terms, termsFound); // (phrase terms were noted during the scan, consulted or not)
  let late = false;
  for (let r = 0; r < marks.length; r++) {
    if (marks[r] === 0) continue;
    marks[r] = 0;
    if (!consulted) continue;
    const result = evaluate(pack.rules[r]!.condition, hits);
    if (result.ok) {
      firings.push({ rule: r, spans: result.spans });
      late = true;
    }
  }
  if (late) firings.sort((a, b) => a.rule - b.rule);
  const terms = consulted && options.listTerms === true ? termsFound.items.map((t) => rt.terms.text[t]!) : [];
  return { normalized, firings, placeCountries: [...countries].sort(), terms };
}

/** Answers "is there a digit in [from, to)"; a text without any digit is found out once, natively. */
class DigitScan {
  private anyDigit: boolean | null = null;

  near(text: string, from: number, to: number): boolean {
    if (this.anyDigit === null) this.anyDigit = ANY_DIGIT.test(text);
    if (!this.anyDigit) return false;
    const end = Math.min(to, text.length);
    for (let i = Math.max(0, from); i < end; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 48 && c <= 57) || (c >= 0x4e00 && HAN_NUMERALS.includes(text[i]!))) return true;
    }
    return false;
  }
}

// Chinese numerals count as digits: findMoney reads "七万" and "一万五" as amounts.
const ANY_DIGIT = new RegExp(`[0-9${HAN_NUMERALS}]`);

function runPattern(pack: CompiledPack, rt: Runtime, m: number, norm: string, anchors: Span[], onMatch: (s: Span) => void): void {
  const matcher = pack.matchers[m]!;
  const re = rt.regexes[m];
  if (matcher.kind !== 'pattern' || !re) return;
  // Merge overlapping windows so no stretch of text is searched twice.
  const windows: Span[] = [];
  for (const a of [...anchors].sort((x, y) => x.start - y.start)) {
    const start = Math.max(0, a.start - matcher.window);
    const end = Math.min(norm.length, a.end + matcher.window);
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
    if (windows.length >= MAX_PATTERN_WINDOWS) break;
  }
  for (const w of windows) {
    const slice = norm.slice(w.start, w.end);
    re.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = re.exec(slice)) !== null) {
      if (match[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      onMatch({ start: w.start + match.index, end: w.start + match.index + match[0].length });
    }
  }
}

interface Outcome {
  ok: boolean;
  spans: Span[];
}

function evaluate(c: CompiledCondition, hits: Map<number, Span[]>): Outcome {
  switch (c.op) {
    case 'hit': {
      const list = hits.get(c.matcher);
      return list && list.length > 0 ? { ok: true, spans: list } : { ok: false, spans: [] };
    }
    case 'all': {
      const spans: Span[] = [];
      for (const child of c.of) {
        const r = evaluate(child, hits);
        if (!r.ok) return { ok: false, spans: [] };
        spans.push(...r.spans);
      }
      return { ok: true, spans };
    }
    case 'any':
    case 'atLeast': {
      const need = c.op === 'atLeast' ? c.n : 1;
      const spans: Span[] = [];
      let count = 0;
      for (const child of c.of) {
        const r = evaluate(child, hits);
        if (r.ok) {
          count++;
          spans.push(...r.spans);
        }
      }
      return count >= need ? { ok: true, spans } : { ok: false, spans: [] };
    }
    case 'not':
      return { ok: !evaluate(c.of, hits).ok, spans: [] };
    case 'near':
      return nearest(c.matchers, c.within, hits);
  }
}

/**
 * Finds the tightest stretch holding one hit of every matcher, if it spans at most `within` characters.
 * Exact: each hit in turn is taken as the stretch's first character, and every other matcher contributes its hit
 * that starts there or later and ends soonest. (A sliding window over all hits in order was not exact: a long hit
 * of one matcher, such as a phrase containing another matcher's word, widened every window that held it, and the
 * window moved past the short hit that made the tight stretch.)
 */
export function nearest(matchers: number[], within: number, hits: Map<number, Span[]>): Outcome {
  const lists: Span[][] = [];
  for (const m of matchers) {
    const list = hits.get(m);
    if (!list || list.length === 0) return { ok: false, spans: [] };
    lists.push(list.length > 1 ? [...list].sort((a, b) => a.start - b.start) : list);
  }
  // soonestEnd[k][i]: index of the hit of lists[k] that ends soonest among those from i on (by start)
  const soonestEnd = lists.map((list) => {
    const best = new Array<number>(list.length);
    for (let i = list.length - 1; i >= 0; i--) best[i] = i + 1 < list.length && list[best[i + 1]!]!.end < list[i]!.end ? best[i + 1]! : i;
    return best;
  });
  const starts: { span: Span; who: number }[] = [];
  for (let k = 0; k < lists.length; k++) for (const span of lists[k]!) starts.push({ span, who: k });
  starts.sort((a, b) => a.span.start - b.span.start);
  const next = new Array<number>(lists.length).fill(0);
  let best: { width: number; spans: Span[] } | null = null;
  for (const first of starts) {
    let end = first.span.end;
    const chosen: Span[] = [];
    let complete = true;
    for (let k = 0; k < lists.length; k++) {
      if (k === first.who) {
        chosen.push(first.span);
        continue;
      }
      const list = lists[k]!;
      while (next[k]! < list.length && list[next[k]!]!.start < first.span.start) next[k]!++;
      if (next[k]! === list.length) {
        complete = false;
        break;
      }
      const span = list[soonestEnd[k]![next[k]!]!]!;
      chosen.push(span);
      if (span.end > end) end = span.end;
    }
    // a matcher with no hit at or after this start has none after any later start either
    if (!complete) break;
    const width = end - first.span.start;
    if (width <= within && (!best || width < best.width)) best = { width, spans: chosen };
  }
  return best ? { ok: true, spans: best.spans } : { ok: false, spans: [] };
}

export function pickLocale(text: LocalizedText, locale: string | undefined): string {
  if (locale) {
    const exact = text[locale];
    if (exact) return exact;
    const lang = text[locale.split('-')[0]!];
    if (lang) return lang;
  }
  return text.en ?? Object.values(text)[0] ?? '';
}

function toEvidence(original: string, normalized: NormalizedText, spans: Span[]): Evidence[] {
  const mapped = spans
    .map((s) => mapSpanToOriginal(normalized, s.start, s.end))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Evidence[] = [];
  for (const s of mapped) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue; // overlapping evidence adds nothing for the reader
    out.push({ start: s.start, end: s.end, text: original.slice(s.start, s.end) });
    if (out.length >= MAX_EVIDENCE_PER_SIGNAL) break;
  }
  return out;
}

function levelIndex(level: Level): number {
  return LEVELS.indexOf(level);
}

/** Turns the rules that fired into a score, a level and explained signals. */
export function verdictFromAnalysis(pack: CompiledPack, original: string, analysis: Analysis, options: ScoreOptions = {}): Verdict {
  const perCategory = new Map<string, number>();
  const signCategories = new Map<string, number>();
  const signals: Signal[] = [];
  let cap: { level: Level; rule: CompiledRule } | null = null;
  let floor: Level | null = null;
  // a supportOnly rule counts beside another sign only (see RuleSource.supportOnly)
  const otherSign = analysis.firings.some((f) => isPositiveSign(pack.rules[f.rule]!));
  for (const firing of analysis.firings) {
    const rule = pack.rules[firing.rule]!;
    if (!rule.scores || (rule.supportOnly && !otherSign)) continue;
    perCategory.set(rule.category, (perCategory.get(rule.category) ?? 0) + rule.weight);
    if (!rule.supportOnly) signCategories.set(rule.category, (signCategories.get(rule.category) ?? 0) + rule.weight);
    if (rule.cap && (!cap || levelIndex(rule.cap) < levelIndex(cap.level))) cap = { level: rule.cap, rule };
    if (rule.floor && (!floor || levelIndex(rule.floor) > levelIndex(floor))) floor = rule.floor;
    signals.push({
      rule: rule.id,
      rev: rule.rev,
      pack: rule.pack,
      category: rule.category,
      weight: rule.weight,
      title: pickLocale(rule.title, options.locale),
      explanation: pickLocale(rule.explanation, options.locale),
      advice: pickLocale(rule.advice, options.locale),
      evidence: toEvidence(original, analysis.normalized, firing.spans),
    });
  }
  let total = 0;
  for (const [category, sum] of perCategory) {
    const limit = pack.categoryCaps[category] ?? pack.categoryCap;
    total += Math.max(-limit, Math.min(limit, sum));
  }
  // danger needs independent signs: categories with positive points from rules that are not supportOnly
  let positiveCategories = 0;
  for (const sum of signCategories.values()) if (sum > 0) positiveCategories++;
  let score = Math.max(0, Math.min(100, Math.round(total)));
  const t = pack.levels;
  let level: Level = score >= t.danger ? 'danger' : score >= t.warning ? 'warning' : score >= t.caution ? 'caution' : 'none';
  if (level === 'danger' && positiveCategories < t.dangerMinCategories) level = 'warning';
  // a floor raises the level (and the score to its threshold); a cap below still holds it down
  if (floor && levelIndex(level) < levelIndex(floor)) {
    level = floor;
    score = floor === 'caution' ? t.caution : t.warning;
  }
  const verdict: Verdict = { level, score, signals, destinations: analysis.placeCountries };
  if (cap && levelIndex(level) > levelIndex(cap.level)) {
    verdict.level = cap.level;
    const ceiling = cap.level === 'none' ? t.caution : cap.level === 'caution' ? t.warning : t.danger;
    verdict.score = score = Math.min(score, ceiling - 1);
    verdict.cappedBy = `${cap.rule.pack}/${cap.rule.id}@${cap.rule.rev}`;
  }
  signals.sort((a, b) => b.weight - a.weight || a.rule.localeCompare(b.rule));
  return verdict;
}

export function scoreText(pack: CompiledPack, text: string, options: ScoreOptions = {}): Verdict {
  const original = typeof text === 'string' ? text : String(text);
  return verdictFromAnalysis(pack, original, analyzeText(pack, original), options);
}

/** Whether one rule (by id) fires on a text, whatever its status. For running a pack's examples. */
export function ruleFires(pack: CompiledPack, packId: string, ruleId: string, text: string): boolean {
  const index = pack.rules.findIndex((r) => r.pack === packId && r.id === ruleId);
  if (index < 0) return false;
  return analyzeText(pack, text, { everyText: true }).firings.some((f) => f.rule === index);
}
