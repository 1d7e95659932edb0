// The terms of terms matchers (weighted wording), each counted once per text. Whole-word terms and two-character
// pieces of scripts written without spaces are found in one pass that hashes every word and every pair of such
// characters (as automaton phrases, thousands of common words and pairs would keep it deep inside every word and
// double its time); any other term is a phrase of the one-pass automaton. Pure: no DOM, no I/O. Never keeps the
// text or the terms a text contained.
import type { CompiledPack } from './compile-pack.js';
import { WORD_CHAR } from './phrase-automaton.js';

/** Scripts written without spaces between words (Chinese, Japanese kana, Hangul, Thai, Lao, Burmese, Khmer). */
export function isUnspacedScript(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xac00 && c <= 0xd7af) || (c >= 0x0e00 && c <= 0x0eff) || (c >= 0x1000 && c <= 0x109f) ||
    (c >= 0x1780 && c <= 0x17ff)
  );
}
const UNSPACED = Uint8Array.from({ length: 0x10000 }, (_, c) => (isUnspacedScript(c) ? 1 : 0));

/** How a term is found: as a whole word, as a two-character piece of an unspaced script, or as a phrase. */
export function termKind(term: string): 'word' | 'piece' | 'phrase' {
  if (term.length === 2 && UNSPACED[term.charCodeAt(0)] === 1 && UNSPACED[term.charCodeAt(1)] === 1) return 'piece';
  if (term.length === 0) return 'phrase';
  for (let i = 0; i < term.length; i++) if (WORD_CHAR[term.charCodeAt(i)] !== 1) return 'phrase';
  return 'word';
}

interface Span {
  start: number;
  end: number;
}

export interface TermTable {
  /** Indexes of the terms matchers. */
  matchers: number[];
  /**
   * Per terms matcher (by its position in `matchers`): its model, one per distinct set of bias and weights.
   * Matchers that take their weights `from` another rule read the same model, so its sum is taken once per text.
   */
  modelOf: Int32Array;
  models: number;
  /** The weight of item t in model k: weight[k * items + t] (0 where the model does not weigh it). */
  weight: Float64Array;
  /** Per term item: its normalised text. */
  text: string[];
  /** Phrase id → term item, or -1. */
  phraseTerm: Int32Array;
  /** Open-addressing hash of the whole-word items: slot → item + 1 (0: empty), and slotHash the item's word hash. */
  slots: Int32Array;
  slotHash: Int32Array;
  shift: number;
  /** Per item: its length. */
  lengthOf: Int32Array;
  words: number;
  /** The same for two-character pieces, keyed by (first << 16 | second). */
  pieceSlots: Int32Array;
  pieceSlotKey: Int32Array;
  pieceShift: number;
  pieces: number;
  /** Scratch: 1 for each item already found in the text being scored (cleared after each text). */
  seen: Uint8Array;
}

/** The terms found in one text, each once, in the order first found (items, with their first span). */
export interface FoundTerms {
  items: number[];
  starts: number[];
  ends: number[];
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const slotOf = (hash: number, shift: number) => Math.imul(hash, 0x9e3779b1) >>> shift;

function wordHash(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

export function buildTermTable(pack: CompiledPack): TermTable {
  const text: string[] = [];
  const itemOf = new Map<string, number>();
  const matchers: number[] = [];
  const phraseTerm = new Int32Array(pack.phrases.length).fill(-1);
  const wordItems: number[] = [];
  const pieceItems: number[] = [];
  const item = (key: string, term: string, kind: 'word' | 'piece' | 'phrase'): number => {
    let t = itemOf.get(key);
    if (t === undefined) {
      t = text.length;
      itemOf.set(key, t);
      text.push(term);
      if (kind === 'word') wordItems.push(t);
      else if (kind === 'piece') pieceItems.push(t);
    }
    return t;
  };
  // One model per distinct set of weights: matchers compiled `from` another rule's share its arrays, and after a
  // JSON round trip they hold equal copies.
  const modelMatchers: TermsMatcher[] = [];
  const modelOfList: number[] = [];
  pack.matchers.forEach((m, index) => {
    if (m.kind !== 'terms') return;
    matchers.push(index);
    let model = modelMatchers.findIndex((o) => sameWeights(o, m));
    if (model < 0) {
      model = modelMatchers.length;
      modelMatchers.push(m);
    }
    modelOfList.push(model);
    m.phrases.forEach((id) => (phraseTerm[id] = item(`p${id}`, pack.phrases[id]!, 'phrase')));
    m.words.forEach((word) => item(`w${word}`, word, termKind(word) === 'piece' ? 'piece' : 'word'));
  });
  const items = text.length;
  const weight = new Float64Array(modelMatchers.length * items);
  modelMatchers.forEach((m, k) => {
    m.phrases.forEach((id, j) => (weight[k * items + itemOf.get(`p${id}`)!] = m.weights[j]!));
    m.words.forEach((word, j) => (weight[k * items + itemOf.get(`w${word}`)!] = m.wordWeights[j]!));
  });
  let bits = 4;
  while (1 << bits < wordItems.length * 4) bits++;
  const slots = new Int32Array(1 << bits);
  const slotHash = new Int32Array(1 << bits);
  const lengthOf = Int32Array.from(text, (t) => t.length);
  const shift = 32 - bits;
  for (const t of wordItems) {
    const h = wordHash(text[t]!);
    let slot = slotOf(h, shift);
    while (slots[slot] !== 0) slot = (slot + 1) & ((1 << bits) - 1);
    slots[slot] = t + 1;
    slotHash[slot] = h;
  }
  let pieceBits = 4;
  while (1 << pieceBits < pieceItems.length * 4) pieceBits++;
  const pieceSlots = new Int32Array(1 << pieceBits);
  const pieceSlotKey = new Int32Array(1 << pieceBits);
  const pieceShift = 32 - pieceBits;
  for (const t of pieceItems) {
    const key = pieceKey(text[t]!);
    let slot = slotOf(key, pieceShift);
    while (pieceSlots[slot] !== 0) slot = (slot + 1) & ((1 << pieceBits) - 1);
    pieceSlots[slot] = t + 1;
    pieceSlotKey[slot] = key;
  }
  return {
    matchers, modelOf: Int32Array.from(modelOfList), models: modelMatchers.length, weight, text, phraseTerm, slots, slotHash, shift, lengthOf, words: wordItems.length,
    pieceSlots, pieceSlotKey, pieceShift, pieces: pieceItems.length, seen: new Uint8Array(text.length),
  };
}

type TermsMatcher = Extract<CompiledPack['matchers'][number], { kind: 'terms' }>;

function sameWeights(a: TermsMatcher, b: TermsMatcher): boolean {
  return a.bias === b.bias && sameList(a.words, b.words) && sameList(a.wordWeights, b.wordWeights) && sameList(a.phrases, b.phrases) && sameList(a.weights, b.weights);
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function pieceKey(piece: string): number {
  return (piece.charCodeAt(0) << 16) | piece.charCodeAt(1);
}

/** Records item t at [start, end) unless the text already had it. */
export function noteTerm(table: TermTable, found: FoundTerms, t: number, start: number, end: number): void {
  if (table.seen[t] === 1) return;
  table.seen[t] = 1;
  found.items.push(t);
  found.starts.push(start);
  found.ends.push(end);
}

/**
 * Finds the whole-word terms among the words (maximal runs of word characters) of a normalised text, and the
 * two-character pieces among the pairs of adjacent characters of unspaced scripts.
 */
export function findWordTerms(table: TermTable, norm: string, found: FoundTerms): void {
  if (table.words === 0 && table.pieces === 0) return;
  const { slots, slotHash, shift, lengthOf, text, pieceSlots, pieceSlotKey, pieceShift } = table;
  const mask = slots.length - 1;
  const pieceMask = pieceSlots.length - 1;
  const word = WORD_CHAR;
  const unspaced = UNSPACED;
  const n = norm.length;
  let start = -1; // start of the word being read, or -1
  let h = FNV_OFFSET;
  let previous = 0; // the character before, when it belongs to an unspaced script (else 0)
  for (let i = 0; i <= n; i++) {
    const c = i < n ? norm.charCodeAt(i) : 0x20;
    if (word[c] === 1) {
      if (start < 0) {
        start = i;
        h = FNV_OFFSET;
      }
      h = Math.imul(h ^ c, FNV_PRIME);
      previous = 0;
      continue;
    }
    if (unspaced[c] === 1) {
      if (previous !== 0) {
        const key = (previous << 16) | c;
        for (let slot = slotOf(key, pieceShift); pieceSlots[slot] !== 0; slot = (slot + 1) & pieceMask) {
          if (pieceSlotKey[slot] !== key) continue;
          noteTerm(table, found, pieceSlots[slot]! - 1, i - 1, i + 1);
          break;
        }
      }
      previous = c;
    } else previous = 0;
    if (start < 0) continue;
    const length = i - start;
    for (let slot = slotOf(h, shift); slots[slot] !== 0; slot = (slot + 1) & mask) {
      if (slotHash[slot] !== h) continue;
      const t = slots[slot]! - 1;
      // (a word whose hash and length collide with a term's is not that term: look on)
      if (lengthOf[t] !== length || !norm.startsWith(text[t]!, start)) continue;
      noteTerm(table, found, t, start, i);
      break;
    }
    start = -1;
  }
}

/** Clears the scratch marks of the terms a text had. */
export function forgetTerms(table: TermTable, found: FoundTerms): void {
  for (const t of found.items) table.seen[t] = 0;
}

/** Evidence a terms matcher shows: its heaviest positive terms in the text. */
const MAX_TERM_EVIDENCE = 6;

/** The sum of each model's weights over the terms found (bias not included), by model. */
export function modelSums(table: TermTable, found: FoundTerms): Float64Array {
  const sums = new Float64Array(table.models);
  const items = table.text.length;
  for (let k = 0; k < table.models; k++) {
    let sum = 0;
    const base = k * items;
    for (let j = 0; j < found.items.length; j++) sum += table.weight[base + found.items[j]!]!;
    sums[k] = sum;
  }
  return sums;
}

/**
 * A terms matcher's verdict on the terms found (the matcher at position `position` of table.matchers, whose model's
 * sum is `sum`): when 1 / (1 + e^-(bias + sum)) reaches its min, the spans of its heaviest positive terms (the
 * words that weighed most), else none.
 */
export function termsEvidence(table: TermTable, position: number, sum: number, bias: number, min: number, found: FoundTerms): Span[] {
  if (1 / (1 + Math.exp(-(bias + sum))) < min) return [];
  const base = table.modelOf[position]! * table.text.length;
  const positive: { weight: number; start: number; end: number }[] = [];
  for (let k = 0; k < found.items.length; k++) {
    const weight = table.weight[base + found.items[k]!]!;
    if (weight > 0) positive.push({ weight, start: found.starts[k]!, end: found.ends[k]! });
  }
  positive.sort((a, b) => b.weight - a.weight || a.start - b.start);
  return positive.slice(0, MAX_TERM_EVIDENCE).map((p) => ({ start: p.start, end: p.end }));
}
