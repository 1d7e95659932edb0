// Finds amounts of money in normalised text ("usd 1,500/month", "rp5jt", "3万元", "月薪七万", "$800-1500") and converts
// each to US dollars per month, using the currency, period and multiplier tables of a rule pack.
// Works on the normalised text only and returns spans in it. Pure: no DOM, no I/O, never logs text.
// Must never throw and never take more than linear time: one scan for digit runs (and Chinese numerals before
// 万/千), bounded look-around.

import { PERIODS, type MoneyTables, type Period } from './types.js';

export interface CompiledCurrency {
  code: string;
  usd: number;
}
export interface CompiledCurrencyToken {
  token: string;
  /** Index into `CompiledMoney.currencies`. */
  currency: number;
}
export interface CompiledPeriodToken {
  token: string;
  per: Period;
}
export interface CompiledMultiplier {
  token: string;
  factor: number;
  /**
   * When the same token is also a currency token ("triệu", "juta", "万", "만"), a number with this
   * multiplier and no other currency beside it is money in that currency ("15 triệu"). Index or null.
   */
  currency: number | null;
}
/** The money tables in matching form. Plain data (JSON round-trips), tokens longest first. */
export interface CompiledMoney {
  currencies: CompiledCurrency[];
  currencyTokens: CompiledCurrencyToken[];
  periodTokens: CompiledPeriodToken[];
  multipliers: CompiledMultiplier[];
}

export interface MoneyHit {
  /** Span in the normalised text: currency, amount (or range) and multiplier; not the period. */
  start: number;
  end: number;
  /** In units of `currency`; the lower bound of a range. */
  amount: number;
  currency: string;
  period: Period | null;
  usdPerMonth: number;
}

/** How far (in characters) a period word may sit from the amount. */
export const PERIOD_WINDOW = 24;

const PER_MONTH: Record<Period, number> = { hour: 160, day: 22, week: 4.33, month: 1, year: 1 / 12 };

function normToken(token: unknown): string {
  if (typeof token !== 'string') return '';
  return token.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function byLengthDesc<T extends { token: string }>(list: T[]): T[] {
  return list.sort((a, b) => b.token.length - a.token.length || (a.token < b.token ? -1 : a.token > b.token ? 1 : 0));
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function field(entry: unknown, key: string): unknown {
  return typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)[key] : undefined;
}

const HAS_DIGIT = /[0-9]/;

/**
 * Turns pack money tables into matching form. Tokens are normalised defensively (NFKC, lower case,
 * single spaces); empty tokens, tokens with digits, duplicates (first wins) and entries with a bad
 * rate, period or factor are dropped, so a malformed table never makes matching throw.
 */
export function compileMoneyTables(tables: MoneyTables): CompiledMoney {
  const currencies: CompiledCurrency[] = [];
  const currencyTokens: CompiledCurrencyToken[] = [];
  const seenCurrency = new Map<string, number>();
  for (const entry of asArray(field(tables, 'currencies'))) {
    const code = field(entry, 'code');
    const usd = field(entry, 'usd');
    if (typeof code !== 'string' || code === '' || typeof usd !== 'number' || !Number.isFinite(usd) || usd <= 0) continue;
    const index = currencies.length;
    currencies.push({ code, usd });
    for (const raw of asArray(field(entry, 'tokens'))) {
      const token = normToken(raw);
      if (token === '' || HAS_DIGIT.test(token) || seenCurrency.has(token)) continue;
      seenCurrency.set(token, index);
      currencyTokens.push({ token, currency: index });
    }
  }

  const periodTokens: CompiledPeriodToken[] = [];
  const seenPeriod = new Set<string>();
  for (const entry of asArray(field(tables, 'periods'))) {
    const per = field(entry, 'per');
    if (!(PERIODS as readonly unknown[]).includes(per)) continue;
    for (const raw of asArray(field(entry, 'tokens'))) {
      const token = normToken(raw);
      if (token === '' || seenPeriod.has(token)) continue;
      seenPeriod.add(token);
      periodTokens.push({ token, per: per as Period });
    }
  }

  const multipliers: CompiledMultiplier[] = [];
  const seenMultiplier = new Set<string>();
  for (const entry of asArray(field(tables, 'multipliers'))) {
    const token = normToken(field(entry, 'token'));
    const factor = field(entry, 'factor');
    if (token === '' || HAS_DIGIT.test(token) || seenMultiplier.has(token)) continue;
    if (typeof factor !== 'number' || !Number.isFinite(factor) || factor <= 0) continue;
    seenMultiplier.add(token);
    multipliers.push({ token, factor, currency: seenCurrency.get(token) ?? null });
  }

  return {
    currencies,
    currencyTokens: byLengthDesc(currencyTokens),
    periodTokens: byLengthDesc(periodTokens),
    multipliers: byLengthDesc(multipliers),
  };
}

// ── matching ──

/** Letters of alphabetic scripts (and digits): tokens that start or end with one need a word boundary there. */
const WORD_CHAR = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\u0300-\u036f]/u;
const ASCII_LETTER = /^[a-z]$/;
const CURRENCY_SYMBOL = /\p{Sc}$/u;

interface Tok {
  text: string;
  /** Starts with a letter or digit: needs a boundary before it. */
  left: boolean;
  /** Ends with a letter or digit: needs a boundary after it. */
  right: boolean;
  /** A single ASCII letter ("u", "k", "m"): only directly after a number, never after a space. */
  bare: boolean;
  /** Ends in a currency sign ("$", "us$", "₱"): glued to a following number, it prefixes that number. */
  sign: boolean;
}
interface CurTok extends Tok {
  currency: number;
}
interface MultTok extends Tok {
  factor: number;
  currency: number | null;
}
interface PerTok extends Tok {
  per: Period;
}
interface Matcher {
  currencies: CompiledCurrency[];
  curByFirst: Map<string, CurTok[]>;
  curByLast: Map<string, CurTok[]>;
  multByFirst: Map<string, MultTok[]>;
  perByFirst: Map<string, PerTok[]>;
  perByLast: Map<string, PerTok[]>;
}

const matchers = new WeakMap<object, Matcher>();

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return WORD_CHAR.test(ch);
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i); // NaN out of range
  return c >= 48 && c <= 57;
}

function makeTok(text: string): Tok {
  return {
    text,
    left: isWordChar(text[0]),
    right: isWordChar(text[text.length - 1]),
    bare: ASCII_LETTER.test(text),
    sign: CURRENCY_SYMBOL.test(text),
  };
}

function index<T extends Tok>(list: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const tok of list) {
    const k = key(tok);
    const bucket = map.get(k);
    if (bucket) bucket.push(tok);
    else map.set(k, [tok]);
  }
  return map; // buckets keep the longest-first order of the compiled lists
}

function strings<T>(list: unknown, ok: (item: Record<string, unknown>) => T | null): T[] {
  const out: T[] = [];
  for (const item of asArray(list)) {
    if (typeof item !== 'object' || item === null) continue;
    const r = ok(item as Record<string, unknown>);
    if (r !== null) out.push(r);
  }
  return out;
}

function buildMatcher(money: CompiledMoney): Matcher {
  const currencies = strings(money.currencies, (c) =>
    typeof c.code === 'string' && typeof c.usd === 'number' && Number.isFinite(c.usd) ? { code: c.code, usd: c.usd } : null,
  );
  const validToken = (t: unknown): t is string => typeof t === 'string' && t !== '' && !HAS_DIGIT.test(t);
  const validCurrency = (c: unknown): c is number => typeof c === 'number' && currencies[c] !== undefined;
  const longestFirst = <T extends Tok>(list: T[]): T[] => list.sort((a, b) => b.text.length - a.text.length);
  const cur = longestFirst(
    strings(money.currencyTokens, (t) => (validToken(t.token) && validCurrency(t.currency) ? { ...makeTok(t.token), currency: t.currency } : null)),
  );
  const mult = longestFirst(
    strings(money.multipliers, (t) =>
      validToken(t.token) && typeof t.factor === 'number' && Number.isFinite(t.factor) && t.factor > 0
        ? { ...makeTok(t.token), factor: t.factor, currency: validCurrency(t.currency) ? t.currency : null }
        : null,
    ),
  );
  const per = longestFirst(
    strings(money.periodTokens, (t) =>
      typeof t.token === 'string' && t.token !== '' && (PERIODS as readonly unknown[]).includes(t.per)
        ? { ...makeTok(t.token), per: t.per as Period }
        : null,
    ),
  );
  const first = (t: Tok): string => t.text[0] ?? '';
  const last = (t: Tok): string => t.text[t.text.length - 1] ?? '';
  return {
    currencies,
    curByFirst: index(cur, first),
    curByLast: index(cur, last),
    multByFirst: index(mult, first),
    perByFirst: index(per, first),
    perByLast: index(per, last),
  };
}

function matcherFor(money: CompiledMoney): Matcher {
  let m = matchers.get(money);
  if (!m) {
    m = buildMatcher(money);
    matchers.set(money, m);
  }
  return m;
}

/** A token starting at `at`, with a word boundary on its alphabetic edges. */
function tokenAt<T extends Tok>(text: string, at: number, byFirst: Map<string, T[]>, attached: boolean): T | null {
  const bucket = byFirst.get(text[at] ?? '');
  if (!bucket) return null;
  for (const tok of bucket) {
    if (tok.bare && !attached) continue;
    if (!text.startsWith(tok.text, at)) continue;
    if (tok.right && isWordChar(text[at + tok.text.length])) continue;
    return tok;
  }
  return null;
}

/** A token after position `p`, glued to it or after one space. */
function tokenAfter<T extends Tok>(text: string, p: number, byFirst: Map<string, T[]>): { tok: T; end: number } | null {
  const glued = tokenAt(text, p, byFirst, true);
  if (glued) return { tok: glued, end: p + glued.text.length };
  if (text[p] !== ' ') return null;
  const spaced = tokenAt(text, p + 1, byFirst, false);
  return spaced ? { tok: spaced, end: p + 1 + spaced.text.length } : null;
}

const BEFORE_GAPS = ['', ' ', '.', '. '];

/** A currency token ending just before a number at `numStart` ("$1", "usd 1", "rp. 1"), not before `min`. */
function currencyBefore(text: string, numStart: number, min: number, m: Matcher): { tok: CurTok; start: number } | null {
  for (const gap of BEFORE_GAPS) {
    const pos = numStart - gap.length;
    if (pos - 1 < min) return null;
    if (gap !== '' && text.slice(pos, numStart) !== gap) continue;
    const bucket = m.curByLast.get(text[pos - 1] ?? '');
    if (!bucket) continue;
    for (const tok of bucket) {
      const s = pos - tok.text.length;
      if (s < min || tok.bare) continue;
      if (gap.includes('.') && !tok.right) continue; // "rp. 5.000" but never "$. 5"
      if (!text.startsWith(tok.text, s)) continue;
      if (tok.left && isWordChar(text[s - 1])) continue;
      return { tok, start: s };
    }
  }
  return null;
}

interface ParsedNumber {
  valid: boolean;
  end: number;
  value: number;
  /** Four plain digits 1900–2099: probably a year. */
  yearLike: boolean;
}

function digitRunEnd(text: string, i: number): number {
  while (isDigitAt(text, i)) i++;
  return i;
}

const MAX_INT_DIGITS = 12;
const MAX_PLAIN_RUN = 9;

/**
 * Reads a number at `start` (a digit): thousands groups of exactly three digits separated by one kind of
 * "," "." or " ", then an optional decimal part ("1.5", "2,50", "1.500.000,50"). Always consumes at
 * least the first digit run, so a caller resuming at `end` makes progress.
 */
function parseNumber(text: string, start: number): ParsedNumber {
  const firstEnd = digitRunEnd(text, start);
  let p = firstEnd;
  let intDigits = firstEnd - start;
  let intText = intDigits <= MAX_INT_DIGITS ? text.slice(start, firstEnd) : '';
  let sep: string | null = null;
  if (intDigits <= 3) {
    for (;;) {
      const c = text[p];
      if ((c !== ',' && c !== '.' && c !== ' ') || (sep !== null && c !== sep)) break;
      const e = digitRunEnd(text, p + 1);
      if (e - p - 1 !== 3) break;
      sep = c;
      intDigits += 3;
      if (intDigits <= MAX_INT_DIGITS) intText += text.slice(p + 1, e);
      p = e;
    }
  }
  let frac = '';
  const d = text[p];
  if ((d === ',' || d === '.') && d !== sep) {
    const e = digitRunEnd(text, p + 1);
    const len = e - p - 1;
    if (len >= 1 && (len <= 2 || (len === 3 && sep !== null))) {
      frac = text.slice(p + 1, e);
      p = e;
    }
  }
  const invalid = { valid: false, end: p, value: 0, yearLike: false };
  // "1,1,1", "1.5.2024", "10:30", "12/05", "50%": not an amount
  const next = text[p];
  if ((next === ',' || next === '.' || next === ':' || next === '/') && isDigitAt(text, p + 1)) return invalid;
  if (next === '%') return invalid;
  if (intDigits > MAX_INT_DIGITS || (sep === null && intDigits > MAX_PLAIN_RUN)) return invalid;
  if (intDigits > 1 && text[start] === '0') return invalid; // "0812…": phone numbers and codes
  const value = Number(frac === '' ? intText : `${intText}.${frac}`);
  if (!Number.isFinite(value) || value <= 0) return invalid;
  const yearLike = sep === null && frac === '' && intDigits === 4 && value >= 1900 && value <= 2099;
  return { valid: true, end: p, value, yearLike };
}

/** A currency token at `at` that can stand before a number: followed by a digit, a space or a non-letter. */
function currencyPrefixAt(text: string, at: number, m: Matcher): CurTok | null {
  const bucket = m.curByFirst.get(text[at] ?? '');
  if (!bucket) return null;
  for (const tok of bucket) {
    if (tok.bare || !text.startsWith(tok.text, at)) continue;
    const e = at + tok.text.length;
    if (tok.right && isWordChar(text[e]) && !isDigitAt(text, e)) continue;
    return tok;
  }
  return null;
}

const RANGE_SIGNS = '-–—~至到';

interface Range {
  end: number;
  value: number;
  mult: MultTok | null;
  /** Only a space between the two numbers ("usd 800 1,200", from a dash the normaliser dropped). */
  bare: boolean;
}

/** The upper half of a range after position `p`: "-1500", " – 1,200", " to $1,500", "~500万". */
function rangeAfter(text: string, p: number, m: Matcher, allowBare: boolean): Range | null {
  let q = p;
  if (text[q] === ' ') q++;
  let bare = false;
  if (RANGE_SIGNS.includes(text[q] ?? '\u0000')) q++;
  else if (q > p && text.startsWith('to', q) && !isWordChar(text[q + 2])) q += 2;
  else if (allowBare && q > p && isDigitAt(text, q)) bare = true;
  else return null;
  if (!bare) {
    if (text[q] === ' ') q++;
    const cur = currencyPrefixAt(text, q, m); // "$800 - $1,500", "usd 800 to usd 1,200"
    if (cur) {
      q += cur.text.length;
      if (text[q] === ' ') q++;
    }
  }
  if (!isDigitAt(text, q)) return null;
  const num = parseNumber(text, q);
  if (!num.valid) return null;
  const mult = tokenAfter(text, num.end, m.multByFirst);
  const end = mult ? mult.end : num.end;
  // "2024-05-01", "12-34-56": a date or a code, not a range
  if (RANGE_SIGNS.includes(text[end] ?? '\u0000') && isDigitAt(text, end + 1)) return null;
  return { end, value: num.value, mult: mult ? mult.tok : null, bare };
}

interface Candidate {
  start: number;
  end: number;
  amount: number;
  currency: number;
}

/** The money expression around the number at `i`, or null. */
function moneyAt(text: string, i: number, num: ParsedNumber, min: number, m: Matcher): Candidate | null {
  const before = currencyBefore(text, i, min, m);
  if (!before) {
    const pc = text[i - 1];
    if (pc === '+' || isWordChar(pc)) return null; // "+66…", "mp3", "covid19"
    if ((pc === ',' || pc === '.' || pc === ':' || pc === '/') && isDigitAt(text, i - 2)) return null; // a fragment
  }
  const mult1 = tokenAfter(text, num.end, m.multByFirst);
  let amount = num.value * (mult1 ? mult1.tok.factor : 1);
  let implied = mult1 ? mult1.tok.currency : null;
  let p = mult1 ? mult1.end : num.end;
  let ranged = false;

  const range = rangeAfter(text, p, m, before !== null);
  if (range) {
    const low = mult1 ? amount : num.value * (range.mult ? range.mult.factor : 1);
    const high = range.value * (range.mult ? range.mult.factor : 1);
    if (high >= low && (!range.bare || high <= low * 10)) {
      amount = low;
      p = range.end;
      ranged = true;
      if (range.mult) implied = range.mult.currency;
    }
  }

  let currency: number | null = before ? before.tok.currency : null;
  let end = p;
  const after = tokenAfter(text, p, m.curByFirst);
  if (after) {
    const leads = isDigitAt(text, after.end) || (text[after.end] === ' ' && isDigitAt(text, after.end + 1));
    if (before) {
      // "rp 5 juta rupiah", but in "$1 $2" the second "$" is the next amount's
      if (after.tok.currency === before.tok.currency && !leads) end = after.end;
    } else {
      const signOfNext = after.tok.sign && isDigitAt(text, after.end); // "… 1500 $500": "$" belongs to 500
      const yearThenMoney = leads && num.yearLike && !mult1 && !ranged; // "2024 usd 1500"
      if (!signOfNext && !yearThenMoney) {
        currency = after.tok.currency;
        end = after.end;
      }
    }
  }
  if (currency === null) currency = implied; // "15 triệu", "月薪1.5万"
  if (currency === null) return null;
  if (end === p && isWordChar(text[end])) return null; // "usd 15th"
  if (!(amount > 0) || !Number.isFinite(amount)) return null;
  return { start: before ? before.start : i, end, amount, currency };
}

/** Ends the search for a period word: another number, or a clause or sentence break. */
function isStop(text: string, i: number, after: boolean): boolean {
  const c = text[i];
  if (c === undefined) return true;
  if (isDigitAt(text, i)) return true;
  if (',;!?。、()|'.includes(c)) return true;
  if (c === ':' && after) return true;
  return c === '.' && (i + 1 >= text.length || text[i + 1] === ' ');
}

/** The first period word starting in [from, limit), searching forward. */
function periodAfter(text: string, from: number, limit: number, m: Matcher): { per: Period; end: number } | null {
  for (let p = from; p < limit; p++) {
    const bucket = m.perByFirst.get(text[p] ?? '');
    if (bucket) {
      for (const tok of bucket) {
        if (!text.startsWith(tok.text, p)) continue;
        const e = p + tok.text.length;
        if (tok.left && isWordChar(text[p - 1])) continue;
        if (tok.right && isWordChar(text[e])) continue;
        return { per: tok.per, end: e };
      }
    }
    if (isStop(text, p, true)) return null;
  }
  return null;
}

/** The nearest period word ending in (limit, to], searching backward from `to`. */
function periodBefore(text: string, to: number, limit: number, m: Matcher): Period | null {
  for (let e = to; e > limit; e--) {
    const bucket = m.perByLast.get(text[e - 1] ?? '');
    if (bucket) {
      for (const tok of bucket) {
        const s = e - tok.text.length;
        if (s < limit || !text.startsWith(tok.text, s)) continue;
        if (tok.left && isWordChar(text[s - 1])) continue;
        if (tok.right && isWordChar(text[e])) continue;
        return tok.per;
      }
    }
    if (isStop(text, e - 1, false)) return null;
  }
  return null;
}

const DIGIT_RUN = /[0-9]+/g;

const HAN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** The Chinese numerals an amount may be written in (一…九, 两, 十); the money gate counts them as digits. */
export const HAN_NUMERALS = `${Object.keys(HAN_DIGITS).join('')}十`;
/** One to three Chinese numerals right before 万, 萬 or 千, not after another numeral or digit. */
const HAN_NUMERAL_RUN = new RegExp(`(?<![0-9${HAN_NUMERALS}百万萬])[${HAN_NUMERALS}]{1,3}[几幾]?(?=[万萬千])`, 'g');
const HAN_NUMERAL_BEFORE_MULTIPLIER = new RegExp(`[${HAN_NUMERALS}][几幾]?[万萬千]`);
const NUMBER_START = new RegExp(`${DIGIT_RUN.source}|${HAN_NUMERAL_RUN.source}`, 'g');
const HAN_AMOUNT_TAIL = `${HAN_NUMERALS}百千元块塊`;
const HAN_TENTH_BLOCKER = new RegExp(`[${HAN_NUMERALS}百]`);
/** Idioms that read like an amount: "十万火急" (most urgent), "九万里" (very far). */
const HAN_NOT_MONEY = ['火急', '里'];

/**
 * The value of Chinese numerals start..end (一 to 九十九: "七" 7, "十五" 15, "二十" 20, "十几" 10) as a number ending before
 * its multiplier; one numeral right after 万/萬 is its tenths ("一万五" = 1.5 万). Null when not a plain number.
 */
function parseHanNumber(text: string, start: number, end: number): ParsedNumber | null {
  let run = text.slice(start, end);
  // "十几万" (ten-odd 万) counts as its lower bound, 十万; "几万" alone is no number
  if (run.endsWith('几') || run.endsWith('幾')) {
    run = run.slice(0, -1);
    if (!run.endsWith('十')) return null;
  }
  let value: number;
  const ten = run.indexOf('十');
  if (ten === -1) {
    if (run.length !== 1) return null; // "一二万" is not a number
    value = HAN_DIGITS[run]!;
  } else {
    if (run.indexOf('十', ten + 1) !== -1) return null;
    const tens = ten === 0 ? 1 : ten === 1 ? HAN_DIGITS[run[0]!] : undefined;
    const ones = ten === run.length - 1 ? 0 : ten === run.length - 2 ? HAN_DIGITS[run[ten + 1]!] : undefined;
    if (tens === undefined || ones === undefined) return null;
    value = tens * 10 + ones;
  }
  const mult = text[end]!;
  for (const idiom of HAN_NOT_MONEY) if (text.startsWith(idiom, end + 1)) return null;
  const tenth = mult === '千' ? undefined : HAN_DIGITS[text[end + 1] ?? ''];
  // "一万五" and "一万五千": the numeral after 万 is its thousands (not "一万五十", not "一万五百")
  if (tenth !== undefined && !HAN_TENTH_BLOCKER.test(text[end + 2] ?? '')) value += tenth / 10;
  return { valid: true, end, value, yearLike: false };
}

/**
 * Every amount of money in `normText`, in text order, without overlaps. A number is money only with a
 * currency token beside it (or a multiplier that names one); years, phone numbers and bare numbers are not.
 */
export function findMoney(normText: string, money: CompiledMoney): MoneyHit[] {
  if (typeof normText !== 'string' || typeof money !== 'object' || money === null) return [];
  const m = matcherFor(money);
  if (m.curByFirst.size === 0) return [];
  const text = normText;

  const found: Candidate[] = [];
  let lastEnd = 0;
  let tailEnd = 0; // end of the last run of amount-tail characters scanned (each is scanned once)
  // Amounts in Chinese numerals before 万/萬/千 ("月薪七万", "台幣七萬", "一万五") are read in the same pass.
  const withHan = HAN_NUMERAL_BEFORE_MULTIPLIER.test(text);
  const re = new RegExp(withHan ? NUMBER_START.source : DIGIT_RUN.source, 'g');
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    const i = match.index;
    const han = !isDigitAt(text, i);
    const num = han ? parseHanNumber(text, i, i + match[0].length) : parseNumber(text, i);
    if (num === null) continue;
    const hit = num.valid ? moneyAt(text, i, num, lastEnd, m) : null;
    if (hit) {
      found.push(hit);
      lastEnd = hit.end;
      // the rest of the amount ("一万五千元": 五千元) is this amount's, not the next one's currency; an amount
      // inside a tail already scanned ("…二千二千") shares its end
      if (han) {
        if (lastEnd < tailEnd) lastEnd = tailEnd;
        while (lastEnd < text.length && HAN_AMOUNT_TAIL.includes(text[lastEnd]!)) lastEnd++;
        tailEnd = lastEnd;
      }
    }
    re.lastIndex = Math.max(hit ? hit.end : num.end, i + 1);
  }

  const hits: MoneyHit[] = [];
  let claimed = 0; // a period word is used by one amount only
  for (let k = 0; k < found.length; k++) {
    const c = found[k]!;
    const nextStart = found[k + 1]?.start ?? text.length;
    let period: Period | null = null;
    const after = periodAfter(text, c.end, Math.min(c.end + PERIOD_WINDOW, nextStart), m);
    if (after) {
      period = after.per;
      claimed = after.end;
    } else {
      period = periodBefore(text, c.start, Math.max(c.start - PERIOD_WINDOW, claimed, 0), m);
      claimed = c.end;
    }
    const cur = m.currencies[c.currency]!;
    hits.push({
      start: c.start,
      end: c.end,
      amount: c.amount,
      currency: cur.code,
      period,
      usdPerMonth: c.amount * cur.usd * PER_MONTH[period ?? 'month'],
    });
  }
  return hits;
}
