// Normalises text for matching (NFKC, lower case, invisible characters and the Devanagari nukta dropped, look-alike
// letters, leetspeak and spaced-out letters folded, capital O written for a zero in a number read as 0, emoji,
// whitespace and dashes collapsed) and maps every output character back
// to the original code units, so evidence quotes exactly what the user saw; it notes where joining spaced-out
// letters may have hidden a word boundary. Spaced-out letters are joined word by word: a longer gap or another
// separator than most of a run's letters are written apart with is a word break ("T.U.Y.Ể.N  N.V" → "tuyển nv";
// a line break is a separator of its own, and any emoji are alike); Chinese characters, Hangul syllables and
// Devanagari clusters join from two written apart (a Hangul word after the last dot ends such a run: "여.권만"),
// letters of other scripts from four; combining marks written apart belong to the letter before ("ร.ั.บ"); digits
// written apart with one separator are one number ("4 0 , 0 0 0", "1.5.0.0.$"), not lists, dates or codes. Hangul
// typed as separate jamo is composed into syllables ("ㅎㅐ외" → "해외", "ㅇr" → "아", "ㅎH" → "해", "ㅂ ㅏ" → "바"); jamo that
// spell none stay ("ㅋㅋ", "ㅠㅠ", "ㅋㅂㄷㅇ"). Rule phrases use the same function.
// Pure: no DOM, no I/O, never logs or keeps text. Never throws; linear time, one pass over the char codes.

export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /** starts[i]: index (UTF-16) in the original of the first code unit that produced text[i]. */
  starts: Int32Array;
  /** ends[i]: index in the original just past the last code unit that produced text[i]. */
  ends: Int32Array;
  /**
   * Runs of spaced-out letters joined into one word ("t e l e g r a m" → "telegram"), as [start, end) pairs of
   * positions in text, in order; null when there are none (most texts). The spaces were the only word breaks,
   * so a one-letter word beside or between spaced-out words is glued on ("ở c a m p u c h i a" → "ởcampuchia",
   * "h a v e a p a s s p o r t"): a position strictly inside a run may be a word boundary (insideJoinedRun).
   * Only runs of letters of scripts that separate words with spaces are listed (not Chinese, not Hangul).
   */
  joinedRuns: Int32Array | null;
}

// ---------------------------------------------------------------------------------------------------------
// Character classes of OUTPUT code units (lazily filled for the BMP; KNOWN marks a filled entry).

const W = 0x1; // part of a word (token): letter, mark, number, or a leet symbol @ $ ! |
const LET = 0x2; // a letter (\p{L})
const LAT = 0x4; // a Latin letter
const DIG = 0x8; // ASCII digit 0-9
const SYM = 0x10; // leet symbol @ $ ! |
const CNF = 0x20; // Cyrillic or Greek letter that looks like a Latin one
const SEP = 0x40; // separator of spaced-out letters: space . * / · • ‧ ・
const SGL = 0x80; // may be one of a run of spaced-out single letters (letters, Hangul syllables; not Hangul jamo)
const DASH = 0x100; // - _ ‐ ‒ – — ― ⸺ ⸻
const LEETABLE = 0x200; // 0 1 3 4 5 7 @ $ ! | (leet characters, see LEET)
const KNOWN = 0x8000;

const OUT_CLS = new Uint16Array(0x10000);

// Kinds of INPUT code units (non-ASCII BMP), lazily filled.
const K_PASS = 1; // NFKC-stable and caseless: output unchanged
const K_MAP1 = 2; // maps to the single code unit MAP1[c]
const K_MAPN = 3; // maps to the string MAPN.get(c)
const K_REMOVE = 4; // produces nothing
const K_SPACE = 5; // whitespace or control: one space
const K_MARK = 6; // combining mark: joins the preceding base into one cluster
const K_EMOJI = 7; // pictograph
const K_HIGH = 8; // high surrogate
const K_LOW = 9; // low surrogate (lone when met first)
const K_PLAIN = 10; // like K_PASS, and the fast loop writes it without looking around (CJK, Thai, ...)

const IN_KIND = new Uint8Array(0x10000);
const MAP1 = new Uint16Array(0x10000);
const MAPN = new Map<number, string>();

/** Latin letter each look-alike maps to, by input code unit (upper and lower case forms differ for Greek). */
const CONF_IN = new Map<number, number>();
/** The same by lowercase output code unit (used for look-alikes produced by NFKC, e.g. mathematical Greek). */
const CONF_OUT = new Map<number, number>();

function addConfusables(pairs: string, table: Map<number, number>): void {
  for (let k = 0; k + 1 < pairs.length; k += 2) table.set(pairs.charCodeAt(k), pairs.charCodeAt(k + 1));
}
// Cyrillic and Greek look-alikes as [look-alike, latin] pairs (Greek capitals apart: Η is h, η is n).
const CYRILLIC = 'аaвbеeіiјjкkмmнhоoрpсcтtуyхxѕsһhԁdԛqԝwӏlүyьb';
const CYRILLIC_UPPER = 'АaВbЕeІiЈjКkМmНhОoРpСcТtУyХxЅsҺhԀdԚqԜwӀlҮyЬb';
const GREEK = 'αaβbγyεeιiκkνvοoρpτtυuχxωwηn';
const GREEK_UPPER = 'ΑaΒbΕeΖzΗhΙiΚkΜmΝnΟoΡpΤtΥyΧx';
addConfusables(CYRILLIC + GREEK, CONF_OUT);
addConfusables(CYRILLIC + CYRILLIC_UPPER + GREEK + GREEK_UPPER, CONF_IN);
// Precomposed look-alikes with a diacritic ("ό", "ӑ", "ё") fold to the Latin letter with the same diacritic
// ("ó", "ă", "ë"), as a Vietnamese word written with look-alikes needs.
for (let k = 0; k + 1 < CYRILLIC.length + GREEK.length; k += 2) {
  const pairs = CYRILLIC + GREEK;
  for (let mark = 0x300; mark < 0x370; mark++) {
    const m = String.fromCharCode(mark);
    const from = (pairs[k]! + m).normalize('NFC');
    if (from.length !== 1) continue;
    const to = (pairs[k + 1]! + m).normalize('NFC');
    if (to.length === 1 && to.toLowerCase() === to) CONF_OUT.set(from.charCodeAt(0), to.charCodeAt(0));
  }
}

/** Small capitals and similar letter forms that NFKC leaves alone. */
const SMALL_CAPS = new Map<number, string>();
for (const [from, to] of [
  ['ᴀ', 'a'], ['ʙ', 'b'], ['ᴄ', 'c'], ['ᴅ', 'd'], ['ᴇ', 'e'], ['ꜰ', 'f'], ['ɢ', 'g'], ['ʜ', 'h'], ['ɪ', 'i'],
  ['ᴊ', 'j'], ['ᴋ', 'k'], ['ʟ', 'l'], ['ᴍ', 'm'], ['ɴ', 'n'], ['ᴏ', 'o'], ['ᴘ', 'p'], ['ꞯ', 'q'], ['ǫ', 'q'],
  ['ʀ', 'r'], ['ꜱ', 's'], ['ᴛ', 't'], ['ᴜ', 'u'], ['ᴠ', 'v'], ['ᴡ', 'w'], ['ʏ', 'y'], ['ᴢ', 'z'],
  ['ß', 'ss'], ['ς', 'σ'],
] as const) {
  SMALL_CAPS.set(from.charCodeAt(0), to);
}

/** Words that, beside a digit, mean the digit is a number (currencies before it, units after it). */
const CURRENCY_WORDS = new Set(
  ('us usd usdt dollar dollars dolar dola thb baht bath bhat rmb cny yuan php peso pesos piso rp idr rupiah vnd vnđ ' +
    'đ đồng tr inr rs rupee rupees lakh krw rm myr ringgit brl real reais ksh kes kshs shilingi shillings sgd hkd ' +
    'aud eur gbp ntd twd jpy mmk khr lak kip btc eth')
    .split(' '),
);
const UNIT_WORDS = new Set(
  ('st nd rd th am pm k kg km cm mm ml g gb mb tb kb hr hrs h d day days yr yrs year years yo mo mos month ' +
    'months mth mths wk wks week weeks min mins sec secs jt jta juta rb ribu tr triệu lakh lakhs pcs pc pax ' +
    'mil million millions bn billion thousand ft lbs lb x usd usdt unit units ' +
    // hours, days, months and years in Indonesian, Malay, Tagalog and Vietnamese; months
    'jam hari bln bulan thn tahun minggu menit oras araw buwan taon giờ ngày tháng năm ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec')
    .split(' '),
);
/** Words written only after a number ("1m", "3w" for 30,000 yuan, "5000u" for USDT, "1o" from "1º", "150p"): never before one. */
const SUFFIX_WORDS = new Set('m b w u o a p'.split(' '));
/** The unit words that are ordinal endings: after a number ("4th"), never before one ("th1rd" is a word). */
const ORDINAL_ENDINGS = new Set('st nd rd th'.split(' '));

const RE_LETTER = /\p{L}/u;
const RE_LATIN = /\p{Script=Latin}/u;
const RE_WORDISH = /[\p{N}\p{M}]/u;
const RE_MARK = /\p{M}/u;
const RE_PICTO = /\p{Extended_Pictographic}/u;

/** How gapSig writes emoji (any of them, and a run of them) in a separator. */
const EMOJI_GAP = '\u263a';

/**
 * Geometric shapes and stars that are not emoji by Unicode's list but are written like them, between the letters
 * of a word to dodge filters ("U ● S ● D ● T", "T ★ e ★ l ★ e"): treated as emoji, so they separate alike.
 */
function isDecorativeShape(c: number): boolean {
  return (c >= 0x25a0 && c <= 0x25ff) || c === 0x2605 || c === 0x2606;
}

function computeOutCls(u: number): number {
  let cls = KNOWN;
  if (u >= 0xd800 && u <= 0xdfff) {
    cls |= W; // half of an astral character (the machine tracks astral words itself, see astral())
  } else {
    const ch = String.fromCharCode(u);
    if (RE_LETTER.test(ch)) {
      cls |= W | LET;
      if (RE_LATIN.test(ch)) cls |= LAT;
      // (jamo on their own are laughter and the like: "ㅋ ㅋ ㅋ")
      const jamo = (u >= 0x1100 && u <= 0x11ff) || (u >= 0x3130 && u <= 0x318f) || (u >= 0xd7a4 && u <= 0xd7af);
      if (!jamo) cls |= SGL;
      if (CONF_OUT.has(u)) cls |= CNF;
    } else if (RE_WORDISH.test(ch)) {
      cls |= W;
    }
    if (u >= 0x30 && u <= 0x39) cls |= DIG;
    if (u === 0x40 || u === 0x24 || u === 0x21 || u === 0x7c) cls |= W | SYM | LEETABLE;
    if (u === 0x5f) cls |= W; // "_" is only ever written inside an @handle or URL path, as part of the word
    if (u === 0x30 || u === 0x31 || u === 0x33 || u === 0x34 || u === 0x35 || u === 0x37) cls |= LEETABLE;
    if (u === 0x20 || u === 0x2e || u === 0x2a || u === 0x2f || u === 0xb7 || u === 0x2022 || u === 0x2027 || u === 0x30fb) {
      cls |= SEP;
    }
    if (u === 0x2d || u === 0x5f || u === 0x2010 || (u >= 0x2012 && u <= 0x2015) || u === 0x2e3a || u === 0x2e3b) {
      cls |= DASH;
    }
  }
  OUT_CLS[u] = cls;
  return cls;
}

function outCls(u: number): number {
  const v = OUT_CLS[u]!;
  return v !== 0 ? v : computeOutCls(u);
}

/**
 * NFKC, lower case, then the few foldings NFKC and toLowerCase do not do (small capitals, ß, final sigma, İ), and
 * the Devanagari nukta dropped: Hindi is written with and without it ("ज़रूरी", "जरूरी"). NFKC has already
 * decomposed the nukta letters U+0958-U+095F into letter + nukta; the three it keeps composed (ऩ ऱ ऴ) are the
 * letter before them plus a nukta. (A nukta on its own is a removed character, see isRemovedBmp.)
 */
function foldString(str: string): string {
  const r = str.normalize('NFKC');
  let l = r.toLowerCase();
  if (l !== r) l = l.normalize('NFKC');
  let ascii = true;
  for (let k = 0; k < l.length; k++) {
    if (l.charCodeAt(k) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return l;
  let res = '';
  for (let k = 0; k < l.length; k++) {
    const u = l.charCodeAt(k);
    const sc = SMALL_CAPS.get(u);
    if (sc !== undefined) res += sc;
    else if (u === 0x307 && k > 0 && l.charCodeAt(k - 1) === 0x69) continue; // "İ" lower-cases to "i" + dot above
    else if (u === 0x93c) continue; // nukta
    else if (u === 0x929 || u === 0x931 || u === 0x934) res += String.fromCharCode(u - 1); // ऩ ऱ ऴ: न र ळ
    else res += l[k];
  }
  return res;
}

function isRemovedBmp(c: number): boolean {
  return (
    c === 0xad || c === 0x34f || c === 0x61c || c === 0x115f || c === 0x1160 || c === 0x180e ||
    (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0x2066 && c <= 0x206f) || c === 0x20e3 || c === 0x3164 || (c >= 0xfe00 && c <= 0xfe0f) ||
    c === 0xfeff || c === 0xffa0 || c === 0x93c // (the Devanagari nukta: see foldString)
  );
}

function isSpaceBmp(c: number): boolean {
  return (
    c < 0x20 || (c >= 0x7f && c <= 0xa0) || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

function computeKind(c: number): number {
  let k: number;
  if (c >= 0xd800 && c <= 0xdbff) k = K_HIGH;
  else if (c >= 0xdc00 && c <= 0xdfff) k = K_LOW;
  else if (isRemovedBmp(c)) k = K_REMOVE;
  else if (isSpaceBmp(c)) k = K_SPACE;
  else {
    const ch = String.fromCharCode(c);
    if (c === 0xff9e || c === 0xff9f || RE_MARK.test(ch)) k = K_MARK;
    else {
      const m = foldString(ch);
      if (m === ch) {
        k = c >= 0x2000 && (RE_PICTO.test(ch) || isDecorativeShape(c)) ? K_EMOJI : computeFk(c) === FK_PLAIN ? K_PLAIN : K_PASS;
        if (k === K_PLAIN && (jamoOf(c) & 0x1f) !== 0) k = K_PASS; // may start a syllable of jamo: not plain
      }
      else if (m.length === 1) {
        k = K_MAP1;
        MAP1[c] = m.charCodeAt(0);
      } else {
        k = K_MAPN;
        MAPN.set(c, m);
      }
    }
  }
  if (c >= 0x80) IN_KIND[c] = k;
  return k;
}

function kindOf(c: number): number {
  const k = IN_KIND[c]!;
  return k !== 0 ? k : computeKind(c);
}

/** Is the code unit a combining mark that joins the cluster before it (not one that is removed)? */
function isClusterMark(c: number): boolean {
  return c >= 0x300 && kindOf(c) === K_MARK;
}

// Astral code points: -1 removed, -2 pictograph, 1 symbol, 2 number or mark, 3 letter, or a folded string.
const A_REMOVE = -1;
const A_EMOJI = -2;
const A_OTHER = 1;
const A_WORD = 2;
const A_LETTER = 3;
const ASTRAL = new Map<number, number | string>();

function astralInfo(cp: number): number | string {
  const cached = ASTRAL.get(cp);
  if (cached !== undefined) return cached;
  let info: number | string;
  if (cp >= 0x1f130 && cp <= 0x1f149) info = String.fromCharCode(0x61 + cp - 0x1f130); // squared letters
  else if (cp >= 0x1f150 && cp <= 0x1f169) info = String.fromCharCode(0x61 + cp - 0x1f150); // negative circled
  else if (cp >= 0x1f170 && cp <= 0x1f189) info = String.fromCharCode(0x61 + cp - 0x1f170); // negative squared
  else if ((cp >= 0xe0000 && cp <= 0xe007f) || (cp >= 0xe0100 && cp <= 0xe01ef)) info = A_REMOVE; // tags, selectors
  else if ((cp >= 0x1f1e6 && cp <= 0x1f1ff) || (cp >= 0x1f3fb && cp <= 0x1f3ff)) info = A_EMOJI; // flags, skin tones
  else {
    const ch = String.fromCodePoint(cp);
    const m = foldString(ch);
    if (m !== ch) info = m;
    else if (RE_PICTO.test(ch)) info = A_EMOJI;
    else if (RE_LETTER.test(ch)) info = A_LETTER;
    else if (RE_WORDISH.test(ch)) info = A_WORD;
    else info = A_OTHER;
  }
  if (ASTRAL.size >= 20000) ASTRAL.clear();
  ASTRAL.set(cp, info);
  return info;
}

// Clusters (a base plus combining marks) are folded as a whole and cached: by number for up to three code
// units, by string otherwise. Both caches are bounded.
const MAX_CLUSTER = 32;
const CLUSTER_NUM = new Map<number, string>();
const CLUSTER_STR = new Map<string, string>();

function foldCluster(s: string, a: number, b: number): string {
  const len = b - a;
  if (len <= 3) {
    let key = s.charCodeAt(a);
    for (let k = a + 1; k < b; k++) key = key * 0x10000 + s.charCodeAt(k);
    key = key * 4 + len;
    let m = CLUSTER_NUM.get(key);
    if (m === undefined) {
      m = foldString(s.slice(a, b));
      if (CLUSTER_NUM.size >= 20000) CLUSTER_NUM.clear();
      CLUSTER_NUM.set(key, m);
    }
    return m;
  }
  const str = s.slice(a, b);
  let m = CLUSTER_STR.get(str);
  if (m === undefined) {
    m = foldString(str);
    if (CLUSTER_STR.size >= 5000) CLUSTER_STR.clear();
    CLUSTER_STR.set(str, m);
  }
  return m;
}

// ASCII: LOWER is the lower-case mapping, AU what the fast loop writes (controls become a space), AFAST the
// characters the machine may fold together with a following combining mark (letters, digits, punctuation).
const LOWER = new Uint16Array(128);
const AU = new Uint16Array(128);
const AFAST = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  LOWER[c] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
  AU[c] = c < 0x20 || c === 0x7f ? 0x20 : LOWER[c]!;
  AFAST[c] = c > 0x20 && c < 0x7f && c !== 0x2d && c !== 0x5f ? 1 : 0;
}

// How the fast loop treats each output unit (lazily filled; 0 = not yet known).
const FK_PLAIN = 1; // written as it is
const FK_SPACE = 2; // collapses; may separate spaced-out letters
const FK_SEP = 3; // . * / · • ‧ ・: may separate spaced-out letters
const FK_DASH = 4; // kept between digits, else a space
const FK_UNDER = 5; // "_": kept inside an @handle or URL path, else a space
const FK_DIGIT = 6; // 0 1 3 4 5 7: plain unless it touches a letter
const FK_SYM = 7; // @ $ ! |: plain unless inside a word
const FK_SLOW = 8; // look-alike letters: the full machine
const FK_CAPO = 9; // "O" (ASCII): plain unless it follows a number and "," or "." ("1,OOO")
const FK_DIGIT2 = 10; // 2 6 8 9: plain unless a capital O follows ("2OOO")
const FK = new Uint8Array(0x10000);

/** "€", which stands for an e between two letters ("t€l€gram"; see Pass.emit). */
const EURO = 0x20ac;

function computeFk(u: number): number {
  const cls = outCls(u);
  const fk =
    u === 0x20 ? FK_SPACE
    : u === 0x5f ? FK_UNDER
    : (cls & DASH) !== 0 ? FK_DASH
    : (cls & SEP) !== 0 ? FK_SEP
    : (cls & SYM) !== 0 ? FK_SYM
    : (cls & LEETABLE) !== 0 ? FK_DIGIT
    : (cls & DIG) !== 0 ? FK_DIGIT2
    : (cls & CNF) !== 0 || (u >= 0xd800 && u <= 0xdfff) || u === EURO ? FK_SLOW
    : FK_PLAIN;
  FK[u] = fk;
  return fk;
}

/** How the fast loop treats each ASCII character (controls: 0). */
const AFK = new Uint8Array(128);
for (let c = 0x20; c < 0x7f; c++) AFK[c] = computeFk(LOWER[c]!);

/** ASCII letters and digits. */
const ALNUM = new Uint8Array(128);
for (let c = 0; c < 128; c++) ALNUM[c] = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 0;

/** ASCII characters the fast loop writes without looking around: their lower case, else 0. */
const APLAIN = new Uint16Array(128);
for (let c = 0x21; c < 0x7f; c++) if (c !== 0x2d && c !== 0x5f && computeFk(LOWER[c]!) === FK_PLAIN) APLAIN[c] = LOWER[c]!;
AFK[0x4f] = FK_CAPO;
APLAIN[0x4f] = 0;

/** Is the input unit a capital O (ASCII or full-width), which may stand for a zero inside a number? */
function isCapitalO(c: number): boolean {
  return c === 0x4f || c === 0xff2f;
}

function decode(buf: Uint16Array, a: number, b: number): string {
  const len = b - a;
  if (len <= 4) {
    let res = '';
    for (let k = a; k < b; k++) res += String.fromCharCode(buf[k]!);
    return res;
  }
  let res = '';
  for (let k = a; k < b; k += 8192) {
    const end = k + 8192 < b ? k + 8192 : b;
    const codes: number[] = [];
    for (let q = k; q < end; q++) codes.push(buf[q]!);
    res += String.fromCharCode.apply(null, codes);
  }
  return res;
}

// Scratch buffers shared by all calls (the engine is synchronous; results are copied out). Ones grown past
// SCRATCH_KEEP units (10 bytes each) for a huge text are let go afterwards.
const SCRATCH_KEEP = 1 << 20;
let sOut = new Uint16Array(1024);
let sSt = new Int32Array(1024);
let sEn = new Int32Array(1024);

// ---------------------------------------------------------------------------------------------------------
// Hangul written with jamo ("ㅎㅐ외", "텔ㄹㅔ그램", "월 1ㅊㅓㄴ"): NFKC maps compatibility jamo one by one to
// conjoining jamo and composes nothing here (the machine folds character by character), so a syllable typed as
// its letters is composed the standard way: initial + vowel [+ final] → 0xAC00 + (L×21 + V)×28 + T. JAMO holds
// each jamo's roles: bits 0-4 its initial index + 1, bits 5-9 its vowel index + 1, bits 10-14 its final index
// (compatibility consonants are initials and finals as the standard tables allow: ㄸ ㅃ ㅉ are no finals, ㄳ ㄵ
// ... no initials); conjoining jamo have their one role; half-width jamo those of their full-width form.

const JAMO_CONJ = 0x1100; // U+1100-U+11FF at JAMO[0..0xff]
const JAMO_COMPAT = 0x3131; // U+3131-U+3163 at JAMO[0x100..]
const JAMO_HALF = 0xffa1; // U+FFA1-U+FFDC at JAMO[0x133..]
const JAMO = new Uint16Array(0x100 + 0x33 + 0x3c);
{
  const initials = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
  const finals = 'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ';
  const byConjoining = new Map<string, number>();
  for (let c = 0x3131; c <= 0x3163; c++) {
    const ch = String.fromCharCode(c);
    const roles =
      c <= 0x314e ? // the consonants ㄱ-ㅎ
        (initials.indexOf(ch) + 1) | ((finals.indexOf(ch) + 1) << 10)
      : (c - 0x314f + 1) << 5; // ㅏ-ㅣ in vowel order
    JAMO[0x100 + c - JAMO_COMPAT] = roles;
    byConjoining.set(ch.normalize('NFKC'), roles);
  }
  for (let c = 0x1100; c <= 0x1112; c++) JAMO[c - JAMO_CONJ] = c - 0x1100 + 1;
  for (let c = 0x1161; c <= 0x1175; c++) JAMO[c - JAMO_CONJ] = (c - 0x1161 + 1) << 5;
  for (let c = 0x11a8; c <= 0x11c2; c++) JAMO[c - JAMO_CONJ] = (c - 0x11a7) << 10;
  for (let c = JAMO_HALF; c <= 0xffdc; c++) {
    JAMO[0x133 + c - JAMO_HALF] = byConjoining.get(String.fromCharCode(c).normalize('NFKC')) ?? 0;
  }
}

/** The roles of input unit c as a Hangul jamo (see JAMO); 0 for anything else. */
function jamoOf(c: number): number {
  if (c < 0x1100) return 0;
  if (c <= 0x11ff) return JAMO[c - JAMO_CONJ]!;
  if (c >= JAMO_COMPAT && c <= 0x3163) return JAMO[0x100 + c - JAMO_COMPAT]!;
  if (c >= JAMO_HALF && c <= 0xffdc) return JAMO[0x133 + c - JAMO_HALF]!;
  return 0;
}

/**
 * The vowel index + 1 of the input at k, else 0: a vowel jamo, or a Latin letter written for one right after a
 * jamo that may start a syllable, and not followed by another ASCII letter: "r" for "ㅏ" ("ㅇr" → "아", "ㅅr랑"),
 * a capital "H" for "ㅐ" ("ㅎH외" → "해외").
 */
function vowelAt(s: string, n: number, k: number): number {
  if (k < 0 || k >= n) return 0;
  const c = s.charCodeAt(k);
  if (c === 0x72 || c === 0x52 || c === 0x48) {
    if (k === 0 || (jamoOf(s.charCodeAt(k - 1)) & 0x1f) === 0) return 0;
    const x = k + 1 < n ? s.charCodeAt(k + 1) | 0x20 : 0;
    if (x >= 0x61 && x <= 0x7a) return 0;
    return c === 0x48 ? 2 : 1;
  }
  return vowelJamoAt(s, n, k);
}

/** A vowel jamo (not a Latin look-alike) at k: its index + 1, else 0. */
function vowelJamoAt(s: string, n: number, k: number): number {
  return k >= 0 && k < n ? (jamoOf(s.charCodeAt(k)) >> 5) & 0x1f : 0;
}

/** Is the input at k a consonant jamo (one that may start or end a syllable)? */
function consonantAt(s: string, n: number, k: number): boolean {
  return k >= 0 && k < n && (jamoOf(s.charCodeAt(k)) & 0x7c1f) !== 0;
}

/** The syllable the last successful jamoSyllable composed. */
let sylU = 0;

/**
 * Does a Hangul syllable written as jamo start at input i: an initial, a vowel and maybe a final? Returns the
 * input index after it (the syllable is left in sylU), or -1. Jamo that spell no syllable stay as they are:
 * laughter and crying ("ㅋㅋ", "ㅠㅠ", "ㅋㅋㅋㅠㅠ": a vowel doubled, or a consonant after a consonant that ends no
 * syllable), chosung abbreviations ("ㅋㅂㄷㅇ"). A consonant after the vowel is the final unless a vowel follows
 * it (then it starts the next syllable: "ㄱㅏㄴㅏ" → "가나") or lone consonants do ("ㄱㅏㅋㅋ" → "가ㅋㅋ"). Two
 * jamo are never combined into one double letter (ㅗ + ㅏ, ㄱ + ㅅ): only ㅘ, ㄳ, ... typed as one are.
 * A pure function of the input around i, so the fast loop and the machine decide alike.
 */
function jamoSyllable(s: string, n: number, i: number): number {
  const l = jamoOf(s.charCodeAt(i)) & 0x1f;
  if (l === 0) return -1;
  // the vowel, or one space and then a vowel jamo: letters of one syllable written apart ("알ㅂ ㅏ" → "알바",
  // "여ㄱ ㅝㄴ" → "여권"), a way to slip past word filters
  let vAt = i + 1;
  let v = vowelAt(s, n, vAt);
  if (v === 0 && vAt < n && s.charCodeAt(vAt) === 0x20) v = vowelJamoAt(s, n, ++vAt);
  if (v === 0) return -1;
  if (vowelAt(s, n, vAt + 1) !== 0) return -1; // "ㅋㅠㅠ", "ㅋ ㅠㅠ"
  if (consonantAt(s, n, i - 1) && vowelAt(s, n, i - 2) === 0) return -1; // "ㅋㅋㅠ": after lone consonants
  let j = vAt + 1;
  let t = 0;
  if (j < n) {
    const x = jamoOf(s.charCodeAt(j));
    t = (x >> 10) & 0x1f;
    if (t !== 0 && (x & 0x1f) !== 0) {
      // (a final that may start a syllable too)
      if (vowelAt(s, n, j + 1) !== 0 || (consonantAt(s, n, j + 1) && vowelAt(s, n, j + 2) === 0)) t = 0;
    }
    if (t !== 0) j++;
  }
  sylU = 0xac00 + ((l - 1) * 21 + (v - 1)) * 28 + t;
  return j;
}

// ---------------------------------------------------------------------------------------------------------

/**
 * Spaced-out Hangul syllables are joined from a run of this many on, like Chinese characters ("텔 레 그 램" →
 * "텔레그램", "여 권" → "여권"). Korean has many one-syllable words, and side by side they are joined too
 * ("좀 더 잘 해" → "좀더잘해"). That changes no match: phrases are normalised the same way and Korean phrases
 * match inside words, so a phrase's one-syllable words are joined just where the text's are; the text only
 * joins more of them outside the phrase. A minimum of three would break that: the phrase "돈 벌" (two) would
 * stay apart while the text "큰 돈 벌 수" (four) is joined. Two-syllable words spaced out ("경 력") need two.
 * Syllables written apart with dots join the same way ("고.수.익", "해.외"; "네.네" → "네네" changes no match either;
 * a sentence end is a longer word before the dot: "했어요.네" stays).
 */
const HANGUL_RUN = 2;

/**
 * Spaced-out Devanagari letters (a consonant with its vowel signs, or a conjunct: one cluster each) join from a
 * run of two, like Hangul syllables: Hindi writes most words in two or three clusters ("दे गी", "वी ज़ा", "न हीं"),
 * so a run of four would leave them apart. One-cluster words side by side join too ("से भी" → "सेभी"); that
 * changes no match, since phrases are normalised the same way and a boundary inside a joined run may be crossed.
 */
const DEVANAGARI_RUN = 2;

/** Marks that join a run of only three letters written apart (see Pass.markedThree). */
const THREE_MARKS = ['-', '_', '·', '•', '*'];

// Elements of a run of spaced-out letters (Pass.spKind).
const EL_LETTER = 1;
const EL_MARK = 2;
const EL_TAIL = 3;

// Kinds of output pieces (see Pass.pieces).
const CLEAN = 0;
const CHANGED = 1;
const EXPLICIT = 2;

/**
 * One normalisation pass over a string. A fast loop writes plain characters (no word tracking); around
 * anything that may need context (leetspeak, look-alikes, spaced-out letters, emoji, marks, ...) the full
 * machine takes over from the start of the current word until no word and no spaced-letter run is open.
 *
 * The output is described by pieces: a clean piece equals the lower-cased original at a fixed offset (its
 * text is a slice, its offsets a formula); elsewhere out/st/en hold the text and offsets unit by unit.
 * One instance is reused by every call (calls never overlap: the engine is synchronous).
 */
class Pass {
  s = '';
  n = 0;
  out: Uint16Array = sOut;
  st: Int32Array = sSt;
  en: Int32Array = sEn;
  o = 0;
  // output [safeO, o) was written by the fast loop; at safeO no word or run was open
  safeO = 0;
  // current word (token) in the output, tracked by the machine only
  inTok = false;
  tokStart = 0;
  tokFlags = 0;
  // look-alike letters of the current word: output positions and the Latin letters they fold to
  confPos: number[] = [];
  confTgt: number[] = [];
  nConf = 0;
  // run of spaced-out single letters (a letter may carry combining marks: Thai "ม่"): they start at spPos[k]
  // (spPos[0] = spStart), one separator after each; spLast is just past the last one
  spCount = 0;
  spStart = 0;
  spLast = 0;
  spConf: number[] = [];
  spPos: number[] = [];
  spHan = false; // the run is Chinese characters and spaces only (a run of two is then joined already)
  spHangul = false; // the run is Hangul syllables and spaces or dots (no other letter joins it; see runJoins)
  spDeva = false; // the run is Devanagari clusters only (see DEVANAGARI_RUN)
  // what each element of the run is (spPos, spConf alike): EL_LETTER, EL_MARK (combining marks written apart
  // from their letter, Thai "ร.ั.บ"), EL_TAIL (a Thai word written on after the last dot: "ส.ม.ั.คร"). spCount
  // counts letters only
  spKind: number[] = [];
  // run of spaced-out single digits ("4 0 , 0 0 0", "1.5.0.0.$"): dgN elements at dgPos (digits, group marks,
  // a glued unit), one separator unit between them; dgLast is just past the last one. Never open together
  // with a run of letters
  dgN = 0;
  dgPos: number[] = [];
  dgDigits = 0;
  dgGroup = -1; // element index of the last group mark ("," or "." between spaced digit groups), or -1
  dgGroupLen = 0; // digits since it (or since the start)
  dgSig = ''; // the separator, as gapSig gives it ('' until the second element)
  dgLast = 0;
  // joined runs of spaced-out letters: nRuns/2 pairs [start, end) of output positions (NormalizedText.joinedRuns)
  runs: number[] = [];
  nRuns = 0;
  // pieces: np/4 quads [outStart, outEnd, delta, kind]. CLEAN: the lower-cased original from outStart + delta,
  // offsets k + delta and k + delta + 1; CHANGED: text in out, offsets the same formula; EXPLICIT: text in
  // out, offsets in st/en (delta NaN)
  pieces: number[] = [];
  np = 0;
  cleanO = 0; // (a result of alnumWord)

  reset(s: string): void {
    this.s = s;
    this.n = s.length;
    const need = this.n + 64;
    if (sOut.length < need) {
      const size = need + (need >> 2);
      sOut = new Uint16Array(size);
      sSt = new Int32Array(size);
      sEn = new Int32Array(size);
    }
    this.out = sOut;
    this.st = sSt;
    this.en = sEn;
    this.o = 0;
    this.safeO = 0;
    this.inTok = false;
    this.tokStart = 0;
    this.tokFlags = 0;
    this.nConf = 0;
    this.spCount = 0;
    this.dgN = 0;
    this.np = 0;
    this.nRuns = 0;
  }

  /** Drops the text when done: the reference to it, its normalised copy, and scratch space a huge text grew. */
  release(): void {
    this.out.fill(0, 0, this.o);
    this.s = '';
    this.n = 0;
    if (this.pieces.length > 40000) this.pieces = [];
    if (this.runs.length > 40000) this.runs = [];
    if (sOut.length > SCRATCH_KEEP) {
      sOut = new Uint16Array(1024);
      sSt = new Int32Array(1024);
      sEn = new Int32Array(1024);
    }
    this.out = sOut;
    this.st = sSt;
    this.en = sEn;
  }

  /** Makes room for `extra` more output units beyond one per remaining input unit. */
  ensure(extra: number, i: number): void {
    const need = this.o + extra + (this.n - i) + 64;
    if (need <= this.out.length) return;
    const size = need + (need >> 1);
    const out = new Uint16Array(size);
    const st = new Int32Array(size);
    const en = new Int32Array(size);
    out.set(this.out.subarray(0, this.o));
    st.set(this.st.subarray(0, this.o));
    en.set(this.en.subarray(0, this.o));
    sOut = this.out = out;
    sSt = this.st = st;
    sEn = this.en = en;
  }

  run(): void {
    const s = this.s;
    const n = this.n;
    let out = this.out;
    let en = this.en;
    let o = 0;
    let i = 0;
    let cleanO = 0; // start of the open clean piece; it ends at o and maps output k to input k + i - o
    let lastW = -1; // input index of the last character the fast loop wrote
    while (i < n) {
      let c = s.charCodeAt(i);
      // the common case first: a run of plain characters written as they are (ASCII lower-cased)
      const runFrom = i;
      const floor = this.safeO;
      const plain = APLAIN;
      const afk = AFK;
      const ocls = OUT_CLS;
      const kinds = IN_KIND;
      for (;;) {
        // lower-case ASCII letters, the bulk of most text, in the tightest loop
        while (c >= 0x61 && c <= 0x7a) {
          out[o++] = c;
          if (++i >= n) break;
          c = s.charCodeAt(i);
        }
        if (i >= n) break;
        if (c < 0x80) {
          const u = plain[c]!;
          if (u === 0) {
            // spaces, separators and digits are plain too where they cannot collapse, separate spaced-out
            // letters or be leetspeak (the same tests as below, or stricter; an unknown class breaks)
            const f = afk[c]!;
            if (o <= floor) break;
            const p = out[o - 1]!;
            const pc = ocls[p]!;
            if (f === FK_SPACE || f === FK_SEP) {
              if (p === 0x20 || p === 0x2d || pc === 0) break;
              if ((pc & (SGL | DIG)) !== 0 && (o - 2 < floor || (ocls[out[o - 2]!]! & W) === 0)) {
                if ((pc & SGL) !== 0 || this.digitsMayGoOn(i)) break;
              }
            } else if (f === FK_DIGIT) {
              if ((pc & LAT) !== 0 || pc === 0) break;
              const nx = i + 1 < n ? s.charCodeAt(i + 1) : 0x20;
              if (nx >= 0x80 ? mayBeLatin(nx) : (ocls[LOWER[nx]!]! & LET) !== 0) break;
            } else if (f === FK_DIGIT2) {
              if (i + 1 < n && isCapitalO(s.charCodeAt(i + 1))) break;
            } else if (f === FK_CAPO) {
              if ((p === 0x2c || p === 0x2e) && zeroAfterNumber(out, o)) break;
              c = 0x6f; // (written in lower case)
            } else break;
            out[o++] = c;
          } else out[o++] = u;
        } else {
          if (kinds[c] !== K_PLAIN) break;
          out[o++] = c;
        }
        if (++i >= n) break;
        c = s.charCodeAt(i);
      }
      if (i > runFrom) {
        lastW = i - 1;
        if (i >= n) break;
      }
      let u = -1;
      let dirtyU = false; // the unit written differs from the lower-cased original
      if (c < 0x80) {
        u = AU[c]!;
        dirtyU = u !== LOWER[c];
      } else {
        const k = kindOf(c);
        if (k === K_PASS || k === K_PLAIN) u = c;
        else if (k === K_MAP1) {
          u = MAP1[c]!;
          dirtyU = true;
        } else if (k === K_SPACE) {
          u = 0x20;
          dirtyU = true;
        } else if (k === K_LOW || (k === K_HIGH && !isLowSurrogate(i + 1 < n ? s.charCodeAt(i + 1) : 0))) {
          u = 0xfffd; // a lone surrogate
          dirtyU = true;
        } else if (k === K_MARK && lastW === i - 1 && clusterBase(s.charCodeAt(i - 1))) {
          // a combining mark after a character the fast loop wrote: take that back, fold them together
          o--;
          i--;
          cleanO = this.unpiece(o, cleanO, i - o);
        }
        // a syllable written as jamo (rare): the machine composes it
        if (c >= 0x1100 && u >= 0 && (jamoOf(c) & 0x1f) !== 0 && jamoSyllable(s, n, i) >= 0) u = -1;
      }
      fast: {
        if (u < 0 || (isCapitalO(c) && zeroAfterNumber(out, o))) break fast;
        let fk = FK[u]!;
        if (fk === 0) fk = computeFk(u);
        if (fk !== FK_PLAIN) {
          if (fk === FK_DASH) {
            if (o > this.safeO && (outCls(out[o - 1]!) & DIG) !== 0 && this.digitAfterSpaces(i + 1)) {
              dirtyU = c !== 0x2d;
              u = 0x2d;
            } else if (o >= 2 && out[o - 1] === 0x20 && (outCls(out[o - 2]!) & DIG) !== 0) {
              break fast; // "18 - 35": the machine takes the space back
            } else fk = FK_SPACE;
          } else if (fk === FK_UNDER) {
            // inside a word that may be an @handle or URL path the machine keeps it; elsewhere a space
            if (o > this.safeO && (outCls(out[o - 1]!) & W) !== 0 && this.mayBeIdentifier(o)) break fast;
            fk = FK_SPACE;
          }
          if (fk === FK_SPACE) {
            if (u !== 0x20) {
              u = 0x20;
              dirtyU = true;
            }
            if (o > 0 && out[o - 1] === 0x2d) break fast; // after a dash between digits: dropped
            if (o > 0 && out[o - 1] === 0x20) {
              // collapses with the space before it, which then maps to both
              if (c >= 0x80 && i + 1 < n && isClusterMark(s.charCodeAt(i + 1))) break fast;
              this.explicitLast(o, cleanO, i - o);
              en[o - 1] = i + 1;
              cleanO = o; // (the offset changes here)
              i++;
              continue;
            }
            if (this.pairAt(o, i, true)) break fast;
          } else if (fk === FK_SEP) {
            if (this.pairAt(o, i, false)) break fast;
          } else if (fk === FK_DIGIT || fk === FK_DIGIT2) {
            // a leet candidate touching a Latin letter, or a digit before a capital O ("2OOO"): fold its word
            // (ASCII letters and digits only) here, or let the machine do it
            const nx = i + 1 < n ? s.charCodeAt(i + 1) : 0x20;
            if (
              fk === FK_DIGIT2 ? isCapitalO(nx)
              : (o > this.safeO && (outCls(out[o - 1]!) & LAT) !== 0) ||
                (nx >= 0x80 ? mayBeLatin(nx) : (outCls(LOWER[nx]!) & LET) !== 0)
            ) {
              const j = this.alnumWord(o, i, cleanO);
              if (j < 0) break fast;
              o += j - i;
              i = j;
              cleanO = this.cleanO;
              lastW = i - 1;
              continue;
            }
          } else if (fk === FK_SYM) {
            if (u === 0x7c) break fast; // "|": a letter or a separator (see Pass.emit)
            // only a symbol inside a word can be leetspeak
            if (o > this.safeO && (outCls(out[o - 1]!) & W) !== 0) {
              const nx = i + 1 < n ? s.charCodeAt(i + 1) : 0x20;
              if (nx >= 0x80 || (outCls(LOWER[nx]!) & W) !== 0 || u === 0x40) break fast; // (also "dat@": see leetWord)
            }
          } else if (fk !== FK_DASH && fk !== FK_UNDER) break fast;
        }
        if (dirtyU) {
          this.piece(cleanO, o, i - o, CLEAN);
          this.piece(o, o + 1, i - o, CHANGED);
          cleanO = o + 1;
        }
        out[o] = u;
        lastW = i;
        o++;
        i++;
        continue;
      }
      // The full machine, from the word (and spaced-letter run) the fast loop was in, to the next point where
      // no word and no run is open.
      this.o = o;
      const enterO = o;
      const d = i - o;
      const dirty = this.resume();
      this.fillOffsets(dirty, enterO, cleanO, d); // the machine may now move or change that output
      do i = this.step(i);
      while (i < n && (this.inTok || this.spCount !== 0 || this.dgN !== 0));
      if (i >= n) this.finish();
      o = this.o;
      out = this.out; // (the machine may have grown the buffers)
      en = this.en;
      if (!(i - o === d && this.unchanged(dirty, o, d))) {
        cleanO = this.unpiece(dirty, cleanO, d);
        this.piece(cleanO, dirty, d, CLEAN);
        const d2 = this.formulaDelta(dirty, o);
        this.piece(dirty, o, d2, Number.isNaN(d2) ? EXPLICIT : CHANGED);
        cleanO = o;
      }
      this.safeO = o;
      lastW = -1;
    }
    this.o = o;
    this.piece(cleanO, o, n - o, CLEAN);
  }

  /** Writes st/en for the clean output in [from, to): the open piece from cleanO (offset d) and closed ones. */
  fillOffsets(from: number, to: number, cleanO: number, d: number): void {
    const st = this.st;
    const en = this.en;
    for (let k = from > cleanO ? from : cleanO; k < to; k++) {
      st[k] = k + d;
      en[k] = k + d + 1;
    }
    const p = this.pieces;
    for (let q = this.np - 4; q >= 0 && p[q + 1]! > from; q -= 4) {
      const pd = p[q + 2]!;
      if (p[q + 3] === EXPLICIT) continue;
      for (let k = p[q]! > from ? p[q]! : from; k < p[q + 1]!; k++) {
        st[k] = k + pd;
        en[k] = k + pd + 1;
      }
    }
  }

  /** Every character through the full machine (the reference the fast loop must agree with). */
  runReference(): void {
    let i = 0;
    while (i < this.n) i = this.step(i);
    this.finish();
    this.piece(0, this.o, NaN, EXPLICIT);
  }

  /** Records a piece of output (see `pieces`); extends the last one when it is the same kind and offset. */
  piece(a: number, b: number, delta: number, kind: number): void {
    if (b <= a) return;
    const p = this.pieces;
    const np = this.np;
    if (np > 0 && kind !== EXPLICIT && p[np - 3] === a && p[np - 1] === kind && p[np - 2] === delta) {
      p[np - 3] = b;
      return;
    }
    p[np] = a;
    p[np + 1] = b;
    p[np + 2] = delta;
    p[np + 3] = kind;
    this.np = np + 4;
  }

  /**
   * Gives the last output unit (o - 1) explicit offsets (st/en), so they can change: splits it off the open
   * clean piece (from cleanO, offset d) or off the last piece. The open clean piece then starts at o.
   */
  explicitLast(o: number, cleanO: number, d: number): void {
    const k = o - 1;
    if (k >= cleanO) {
      this.piece(cleanO, k, d, CLEAN);
      this.st[k] = k + d;
      this.en[k] = k + d + 1;
      this.piece(k, o, NaN, EXPLICIT);
      return;
    }
    const p = this.pieces;
    const np = this.np;
    if (np === 0 || p[np - 1] === EXPLICIT) return;
    const pd = p[np - 2]!;
    this.st[k] = k + pd;
    this.en[k] = k + pd + 1;
    p[np - 3] = k; // (the last piece ends at o)
    if (p[np - 4] === k) this.np -= 4;
    this.piece(k, o, NaN, EXPLICIT);
  }

  /** The offset d if st/en of output [a, b) are k + d and k + d + 1 throughout, else NaN. */
  formulaDelta(a: number, b: number): number {
    const st = this.st;
    const en = this.en;
    const d = st[a]! - a;
    for (let k = a; k < b; k++) if (st[k] !== k + d || en[k] !== k + d + 1) return NaN;
    return d;
  }

  /**
   * Forgets pieces from output o on (the output there is taken back or rewritten). Returns where the open
   * clean piece (offset d) now starts: a closed clean piece with the same offset that ends at o is reopened.
   */
  unpiece(o: number, cleanO: number, d: number): number {
    const p = this.pieces;
    let np = this.np;
    while (np > 0 && p[np - 4]! >= o) np -= 4;
    if (np > 0 && p[np - 3]! > o) p[np - 3] = o;
    let start = cleanO < o ? cleanO : o;
    if (start === o && np > 0 && p[np - 3] === o && p[np - 2] === d && p[np - 1] === CLEAN) {
      start = p[np - 4]!;
      np -= 4;
    }
    this.np = np;
    return start;
  }

  /** Is output [a, b) the lower-cased original at offset d, one to one (a machine stretch that changed nothing)? */
  unchanged(a: number, b: number, d: number): boolean {
    const s = this.s;
    const out = this.out;
    const st = this.st;
    const en = this.en;
    for (let k = a; k < b; k++) {
      if (st[k] !== k + d || en[k] !== k + d + 1) return false;
      const x = s.charCodeAt(k + d);
      if (x < 0x80 ? LOWER[x] !== out[k] : out[k] !== x || (kindOf(x) !== K_PASS && kindOf(x) !== K_PLAIN)) return false;
    }
    return true;
  }

  /**
   * The fast loop tracks no words: rebuild the state of the machine at output o (the word in progress and a
   * single letter before it that may start a spaced-out run). Returns where the output may now change.
   */
  resume(): number {
    const out = this.out;
    const o = this.o;
    const floor = this.safeO;
    let ts = o;
    let flags = 0;
    while (ts > floor) {
      const cls = outCls(out[ts - 1]!);
      if ((cls & W) === 0) break;
      flags |= cls;
      ts--;
    }
    this.inTok = ts < o;
    this.tokStart = ts;
    this.tokFlags = flags;
    this.nConf = 0;
    this.spCount = 0;
    this.dgN = 0;
    if (
      ts - 2 >= floor &&
      (outCls(out[ts - 1]!) & SEP) !== 0 &&
      (outCls(out[ts - 2]!) & SGL) !== 0 &&
      (ts - 3 < floor || (outCls(out[ts - 3]!) & W) === 0)
    ) {
      this.spCount = 1;
      this.spStart = ts - 2;
      this.spLast = ts - 1;
      this.spConf = [0];
      this.spPos = [ts - 2];
      this.spKind = [EL_LETTER];
      this.spHan = isHan(out[ts - 2]!);
      this.spHangul = isHangul(out[ts - 2]!);
      this.spDeva = isDevanagari(out[ts - 2]!);
      return ts - 2;
    }
    // the machine may collapse a space into the one before it, changing that one's offsets
    if (ts === o && o > 0 && out[o - 1] === 0x20) return o - 1;
    return ts;
  }

  /** Could the separator at input i (a space, or else a . * / · …), after output o, sit inside a run of spaced-out single letters? */
  pairAt(o: number, i: number, space: boolean): boolean {
    const out = this.out;
    const floor = this.safeO;
    if (o - 1 < floor) return false;
    const pc = outCls(out[o - 1]!);
    if ((pc & (SGL | DIG)) === 0) return false;
    if (o - 2 >= floor && (outCls(out[o - 2]!) & W) !== 0) return false;
    const s = this.s;
    if (i + 1 >= this.n) return false;
    const a = s.charCodeAt(i + 1);
    if ((pc & DIG) !== 0) {
      // a lone digit: another one, a space (a longer gap), a group mark or anything non-ASCII (a full-width
      // digit, an invisible character) may go on with a run of spaced-out digits; never across "/" (dates)
      return this.digitsMayGoOn(i);
    }
    if (isHangul(out[o - 1]!)) {
      // only a space, then another one-syllable Hangul word, continues it (Korean text is full of one-syllable
      // words before longer ones: "월 급여", "그 일은"); or a dot before another syllable
      if (!space) return a >= 0x80;
      if (a < 0x80) return a <= 0x20 || a === 0x2d || a === 0x5f || a === 0x7f;
      return !(isHangul(a) && i + 2 < this.n && isHangul(s.charCodeAt(i + 2)));
    }
    // (anything that may vanish or collapse before the next letter: let the machine see)
    if (a >= 0x80 || a <= 0x20 || a === 0x2d || a === 0x5f || a === 0x7f) return true;
    const b = i + 2 < this.n ? s.charCodeAt(i + 2) : 0x20;
    if ((outCls(LOWER[a]!) & LET) === 0) {
      // a leet character written apart may go on with the letters ("t 3 l 3 g r 4 m": see leetInRun)
      return isLeet(a) && (pc & LAT) !== 0 && (b < 0x80 ? ALNUM[b] === 0 : isSpaceBmp(b));
    }
    return b >= 0x80 || b === 0x5f || (outCls(LOWER[b]!) & W) === 0;
  }

  /**
   * After a lone digit, may the separator at input i go on with a run of spaced-out digits? Another digit and
   * the same separator again, a space (a longer gap), a group mark (" , "), or anything non-ASCII (a
   * full-width digit, an invisible character) may; never "/" nor "*". ("1.5" and "5 days" do not.)
   */
  digitsMayGoOn(i: number): boolean {
    const s = this.s;
    const n = this.n;
    const sep = s.charCodeAt(i);
    if (sep === 0x2f || sep === 0x2a || i + 1 >= n) return false;
    let j = i + 1;
    let a = s.charCodeAt(j);
    if (a <= 0x20) {
      // a longer gap: what comes after it
      const cap = j + 64 < n ? j + 64 : n;
      while (j < cap && s.charCodeAt(j) <= 0x20) j++;
      if (j >= n) return false;
      a = s.charCodeAt(j);
      if (a < 0x80) return (a >= 0x30 && a <= 0x39) || a === 0x2c || a === 0x2e;
    }
    if (a >= 0x80) return mayGoOnDigits(a, true);
    if (a === 0x2c || a === 0x2e) return true;
    if (a < 0x30 || a > 0x39) return false;
    if (j + 1 >= n) return false;
    const b = s.charCodeAt(j + 1);
    return b === sep || (b >= 0x80 ? mayGoOnDigits(b, false) : b <= 0x20 && (sep <= 0x20 || sep >= 0x80));
  }

  /**
   * The word of ASCII letters and digits around input i (output o): writes the rest of it, folds its
   * leetspeak like the machine would (endTok), and returns the input index after it; -1 (nothing written)
   * when the word holds anything else or may go on past it. Updates this.cleanO (the open clean piece).
   */
  alnumWord(o: number, i: number, cleanO: number): number {
    const out = this.out;
    const s = this.s;
    const n = this.n;
    const floor = this.safeO;
    let ts = o;
    while (ts > floor && out[ts - 1]! < 0x80 && ALNUM[out[ts - 1]!] !== 0) ts--;
    if (ts > floor && (outCls(out[ts - 1]!) & W) !== 0) return -1; // more word before it
    let j = i;
    while (j < n) {
      const c = s.charCodeAt(j);
      if (c >= 0x80 || ALNUM[c] === 0) break;
      j++;
    }
    if (j < n) {
      const c = s.charCodeAt(j);
      if (c >= 0x80 || c === 0x5f || (outCls(LOWER[c]!) & W) !== 0) return -1; // the word may go on
    }
    const te = o + (j - i);
    for (let k = o; k < te; k++) out[k] = LOWER[s.charCodeAt(k - o + i)]!;
    const d = i - o;
    this.foldLeet(ts, te, j < n ? LOWER[s.charCodeAt(j)]! : -1, j + 1, d);
    let changed = false;
    for (let k = ts; k < te; k++) {
      const x = s.charCodeAt(k + d);
      if (x >= 0x80 || out[k] !== LOWER[x]) {
        changed = true;
        break;
      }
    }
    if (changed) {
      cleanO = this.unpiece(ts, cleanO, d);
      this.piece(cleanO, ts, d, CLEAN);
      this.piece(ts, te, d, CHANGED);
      cleanO = te;
    }
    this.cleanO = cleanO;
    return j;
  }

  /**
   * Could the fast-loop word ending at output o be an @handle or a URL path segment (after "/")? Looks back
   * at most 64 units (a longer word counts as maybe), so that a long word costs linear time.
   */
  mayBeIdentifier(o: number): boolean {
    const out = this.out;
    const stop = o - 64 > this.safeO ? o - 64 : this.safeO;
    let ts = o;
    while (ts > stop && (outCls(out[ts - 1]!) & W) !== 0) ts--;
    if (ts === stop && ts > this.safeO) return true;
    return out[ts] === 0x40 || (ts > 0 && out[ts - 1] === 0x2f);
  }

  /** End of input inside the full machine: close the word and any run. */
  finish(): void {
    if (this.inTok) this.endTok(-1, this.n);
    if (this.runJoins()) this.finishRun();
    this.spCount = 0;
    if (this.dgN > 0) this.finishDigits();
  }

  /** One step of the full machine: the character (or cluster, or emoji run) at i. Returns the next index. */
  step(i: number): number {
    const s = this.s;
    const n = this.n;
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (AFAST[c] !== 0) {
        if (i + 1 < n && isClusterMark(s.charCodeAt(i + 1))) return this.cluster(i, 1);
        this.emit(LOWER[c]!, i, i + 1, c);
      } else if (c === 0x2d || c === 0x5f) {
        this.emit(c, i, i + 1, 0);
      } else {
        this.emitSpace(i, i + 1); // space or control
      }
      return i + 1;
    }
    const k = kindOf(c);
    switch (k) {
      case K_PLAIN:
      case K_PASS:
      case K_MAP1:
      case K_MAPN: {
        if (c >= 0x1100 && k !== K_MAPN) {
          const j = jamoSyllable(s, n, i);
          if (j >= 0) {
            this.emit(sylU, i, j, 0); // a syllable written as jamo maps to all of them
            return j;
          }
        }
        if (i + 1 < n && isClusterMark(s.charCodeAt(i + 1))) return this.cluster(i, 1);
        if (k === K_MAPN) {
          const m = MAPN.get(c) ?? '';
          this.ensure(m.length, i);
          for (let q = 0; q < m.length; q++) this.emit(m.charCodeAt(q), i, i + 1, 0);
        } else {
          this.emit(k === K_MAP1 ? MAP1[c]! : c, i, i + 1, c);
        }
        return i + 1;
      }
      case K_REMOVE:
        return i + 1;
      case K_SPACE:
        this.emitSpace(i, i + 1);
        return i + 1;
      case K_MARK:
        return this.cluster(i, 1); // a mark with no base before it
      case K_EMOJI:
        return this.emoji(i);
      case K_HIGH: {
        const lo = i + 1 < n ? s.charCodeAt(i + 1) : 0;
        if (lo >= 0xdc00 && lo <= 0xdfff) return this.astral(i, ((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000);
        this.emit(0xfffd, i, i + 1, 0);
        return i + 1;
      }
      default: // lone low surrogate
        this.emit(0xfffd, i, i + 1, 0);
        return i + 1;
    }
  }

  astral(i: number, cp: number): number {
    const info = astralInfo(cp);
    const s = this.s;
    if (info === A_REMOVE) {
      return i + 2;
    }
    if (info === A_EMOJI) return this.emoji(i);
    if (i + 2 < this.n && isClusterMark(s.charCodeAt(i + 2))) return this.cluster(i, 2);
    if (typeof info === 'string') {
      this.ensure(info.length, i);
      for (let q = 0; q < info.length; q++) this.emit(info.charCodeAt(q), i, i + 2, 0);
    } else {
      // unchanged astral character: a letter or number joins the word, a symbol ends it
      if (info === A_OTHER) {
        if (this.inTok) this.endTok(0, i + 2);
      } else if (!this.inTok) this.startTok();
      if (info === A_LETTER) this.tokFlags |= W | LET;
      else if (info === A_WORD) this.tokFlags |= W;
      this.put(s.charCodeAt(i), i, i + 2);
      this.put(s.charCodeAt(i + 1), i, i + 2);
    }
    return i + 2;
  }

  /** A base of `baseLen` code units at i plus the combining marks after it, folded as one. */
  cluster(i: number, baseLen: number): number {
    const s = this.s;
    let j = i + baseLen;
    const cap = i + MAX_CLUSTER < this.n ? i + MAX_CLUSTER : this.n; // marks beyond form clusters of their own
    while (j < cap && isClusterMark(s.charCodeAt(j))) j++;
    const m = foldCluster(s, i, j);
    this.ensure(m.length, j);
    let same = m.length === j - i;
    for (let q = 0; same && q < m.length; q++) same = m.charCodeAt(q) === s.charCodeAt(i + q);
    if (same) {
      // unchanged (Thai, Khmer, ... with their vowel signs): each unit maps to itself
      for (let q = 0; q < m.length; q++) this.emit(m.charCodeAt(q), i + q, i + q + 1, s.charCodeAt(i + q));
    } else {
      for (let q = 0; q < m.length; q++) this.emit(m.charCodeAt(q), i, j, m.length === 1 ? s.charCodeAt(i) : 0);
    }
    return j;
  }

  /** A run of pictographs (with their modifiers, joiners and selectors): dropped inside a word, else a space. */
  emoji(i: number): number {
    const s = this.s;
    const n = this.n;
    let j = i;
    while (j < n) {
      const c = s.charCodeAt(j);
      if (c < 0x80) break;
      if (c >= 0xd800 && c <= 0xdbff && j + 1 < n) {
        const lo = s.charCodeAt(j + 1);
        if (lo < 0xdc00 || lo > 0xdfff) break;
        const info = astralInfo(((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000);
        if (info !== A_EMOJI && info !== A_REMOVE) break;
        j += 2;
      } else {
        const k = kindOf(c);
        if (k !== K_EMOJI && k !== K_REMOVE) break;
        j++;
      }
    }
    const o = this.o;
    const betweenLetters = this.inTok && this.letterBefore(o) && this.startsWithLetter(j);
    if (!betweenLetters) this.emitSpace(i, j); // between two letters it is dropped and the word goes on
    return j;
  }

  /** Does the current word end at output o with a letter, or a letter and its combining marks (Thai "ต้")? */
  letterBefore(o: number): boolean {
    const out = this.out;
    const stop = o - MAX_CLUSTER > this.tokStart ? o - MAX_CLUSTER : this.tokStart;
    let k = o - 1;
    while (k > stop && out[k]! >= 0x300 && kindOf(out[k]!) === K_MARK) k--;
    return k >= 0 && k >= this.tokStart && (outCls(out[k]!) & LET) !== 0;
  }

  /** Does the input at j start with something that folds to a letter? */
  startsWithLetter(j: number): boolean {
    if (j >= this.n) return false;
    const s = this.s;
    const c = s.charCodeAt(j);
    if (c < 0x80) return (outCls(LOWER[c]!) & LET) !== 0;
    const k = kindOf(c);
    if (k === K_PASS || k === K_PLAIN) return (outCls(c) & LET) !== 0;
    if (k === K_MAP1) return (outCls(MAP1[c]!) & LET) !== 0;
    if (k === K_MAPN) return (outCls((MAPN.get(c) ?? ' ').charCodeAt(0)) & LET) !== 0;
    if (k === K_HIGH && j + 1 < this.n) {
      const lo = s.charCodeAt(j + 1);
      if (lo < 0xdc00 || lo > 0xdfff) return false;
      const info = astralInfo(((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000);
      if (typeof info === 'string') return info.length > 0 && (outCls(info.charCodeAt(0)) & LET) !== 0;
      return info === A_LETTER;
    }
    return false;
  }

  startTok(): void {
    this.inTok = true;
    this.tokStart = this.o;
    this.tokFlags = 0;
    this.nConf = 0;
  }

  put(u: number, a: number, b: number): void {
    const o = this.o;
    this.out[o] = u;
    this.st[o] = a;
    this.en[o] = b;
    this.o = o + 1;
  }

  /** Emits one output unit produced by input [a, b); `src` is the input unit when the mapping was one to one. */
  emit(u: number, a: number, b: number, src: number): void {
    // "€" between two letters is an e ("t€l€gram"); elsewhere it is the currency
    if (u === EURO && this.inTok && this.letterBefore(this.o) && this.startsWithLetter(b)) u = 0x65;
    // "|" is a leet l only between Latin letters or digits ("te|egram"); beside other scripts it separates
    // ("包吃住｜机票报销")
    if (u === 0x7c && !(this.o > 0 && (outCls(this.out[this.o - 1]!) & (LAT | DIG)) !== 0 && this.asciiWordAt(b))) {
      this.emitSpace(a, b);
      return;
    }
    const cls = outCls(u);
    if (u === 0x20) {
      this.emitSpace(a, b);
      return;
    }
    if ((cls & DASH) !== 0) {
      // a dash is kept (as "-") between two digits (ranges, phone numbers), a "_" inside an @handle or a URL
      // path; elsewhere either separates words like a space
      if (u === 0x5f && this.inTok && (outCls(this.out[this.o - 1]!) & W) !== 0 && this.inIdentifier()) {
        this.tokFlags |= cls;
        this.put(0x5f, a, b);
        return;
      }
      const wasTok = this.inTok;
      if (wasTok) this.endTok(u, b); // (folded first: the dash sees the word as it is written)
      const o = this.o;
      if (u !== 0x5f && wasTok && o > 0 && (outCls(this.out[o - 1]!) & DIG) !== 0 && this.digitAfterSpaces(b)) {
        this.put(0x2d, a, b);
      } else if (
        u !== 0x5f && !wasTok && o >= 2 && this.out[o - 1] === 0x20 && (outCls(this.out[o - 2]!) & DIG) !== 0 &&
        this.digitAfterSpaces(b)
      ) {
        // a spaced dash between numbers ("18 - 35"): the space before it becomes the dash
        this.out[o - 1] = 0x2d;
        this.st[o - 1] = a;
        this.en[o - 1] = b;
      } else {
        this.emitSpace(a, b);
      }
      return;
    }
    if ((cls & W) !== 0) {
      if (!this.inTok) this.startTok();
      this.tokFlags |= cls;
      if ((cls & CNF) !== 0) {
        this.confPos[this.nConf] = this.o;
        this.confTgt[this.nConf++] = CONF_IN.get(src) ?? CONF_OUT.get(u) ?? u;
      }
    } else if (this.inTok) {
      this.endTok(u, b);
    }
    this.put(u, a, b);
  }

  emitSpace(a: number, b: number): void {
    if (this.inTok) this.endTok(0x20, b);
    const o = this.o;
    if (o > 0 && this.out[o - 1] === 0x2d && this.digitAfterSpaces(a)) return; // "18 - 35": dropped
    if (o > 0 && this.out[o - 1] === 0x20) {
      this.en[o - 1] = b;
    } else {
      this.put(0x20, a, b);
    }
  }

  /** Is the input at j, after any spaces and removed characters (at most 64), a digit? */
  digitAfterSpaces(j: number): boolean {
    const s = this.s;
    const cap = j + 64 < this.n ? j + 64 : this.n;
    while (j < cap) {
      const c = s.charCodeAt(j);
      if (c === 0x20 || (c >= 0x80 && (kindOf(c) === K_SPACE || kindOf(c) === K_REMOVE))) j++;
      else break;
    }
    return this.digitAt(j);
  }

  /** Is the input at j (after any removed characters) a digit? */
  digitAt(j: number): boolean {
    j = this.skipRemoved(j);
    if (j >= this.n) return false;
    const c = this.s.charCodeAt(j);
    return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
  }

  /** Is the current word an @handle, or a path segment of a URL (after "/")? */
  inIdentifier(): boolean {
    const ts = this.tokStart;
    return this.out[ts] === 0x40 || (ts > 0 && this.out[ts - 1] === 0x2f);
  }

  /**
   * The current word ended: fold it, and extend or close the run of spaced-out letters. `term` is the code unit
   * about to be written after it (or -1); the input after that goes on at `next`.
   */
  endTok(term: number, next: number): void {
    this.inTok = false;
    let ts = this.tokStart;
    let te = this.o;
    const f = this.tokFlags;
    const out = this.out;
    if ((f & LAT) !== 0) {
      if (this.nConf > 0) {
        this.foldConfusables(ts, te, this.confPos, this.confTgt, this.nConf);
        te = this.recompose(ts, te);
      }
      if ((f & (DIG | SYM)) !== 0) this.foldLeet(ts, te, term, next, NaN);
      else if (out[ts] === 0x6f && zeroAfterNumber(out, ts)) this.zeroOs(ts, te, NaN); // "1,OOO"
    }
    if (this.dgN > 0) {
      // an open run of spaced-out digits takes the word in, or is closed (and joined) first
      const moved = this.digitWord(ts, te, term, next);
      if (moved < 0) return;
      ts -= moved;
      te -= moved;
    }
    const after = this.spCount > 0 && ts === this.spLast + 1 && (outCls(out[this.spLast]!) & SEP) !== 0;
    // a leet character written apart inside the run is one of its letters, folded if the run joins ("t 3 l 3 g r 4 m")
    const leet = after && te - ts === 1 && isLeet(out[ts]!) && this.leetInRun(next);
    let single = leet || (te - ts >= 1 && te - ts <= MAX_CLUSTER && (outCls(out[ts]!) & SGL) !== 0);
    // a letter and its marks, and letters a virama joins to it (Khmer "ជ្រើ", Burmese "က္က", Hindi "क्ष")
    for (let k = ts + 1; single && k < te; k++) single = isOutMark(out[k]!) || isVirama(out[k - 1]!);
    if (single) {
      const conf = leet ? LEET[out[ts]!]! : this.nConf === 1 ? this.confTgt[0]! : 0;
      // a Hangul syllable joins only Hangul syllables, and only across spaces or dots ("월/일" is a date;
      // "한·중·일" is how Korean lists one-syllable words)
      const hangul = te - ts === 1 && isHangul(out[ts]!);
      // (and a Devanagari cluster only Devanagari ones: "दे a b c d" is a word and four letters apart)
      const devanagari = isDevanagari(out[ts]!);
      const sepU = out[this.spLast]!;
      if (after && hangul === this.spHangul && devanagari === this.spDeva && (!hangul || sepU === 0x20 || isHangulDot(sepU))) {
        // Chinese characters written apart with spaces or dots ("柬·埔·寨", "打.字.员") join; not across "/" ("元/月")
        if (this.spHan) this.spHan = te - ts === 1 && isHan(out[ts]!) && sepU !== 0x2f;
        this.addElement(ts, te, EL_LETTER, conf);
        return;
      }
      const len = te - ts;
      if (this.runJoins()) ts -= this.finishRun();
      this.spCount = 1;
      this.spStart = ts;
      this.spLast = ts + len;
      this.spConf = [conf];
      this.spPos = [ts];
      this.spKind = [EL_LETTER];
      this.spHan = isHan(out[ts]!);
      this.spHangul = hangul;
      this.spDeva = devanagari;
      return;
    }
    if (after && this.spHangul && isHangulDot(out[this.spLast]!) && te - ts <= MAX_HANGUL_TAIL && allHangul(out, ts, te)) {
      // a word of syllables written on after the last dot ends the run as its last syllables: a word dotted apart
      // with its particle attached ("여.권만" → "여권만", "해.외.알바" → "해외알바"); "네.감사합니다" joins too,
      // which changes no match (Korean phrases match inside words). (The run joins: it now holds two letters.)
      this.addElement(ts, te, EL_LETTER, 0);
      this.finishRun();
      this.spCount = 0;
      return;
    }
    if (after && !this.spHan && !this.spHangul) {
      // combining marks written apart from their letter belong to it ("ร.ั.บ", "ก ั ม"), also before a letter
      // (NFKC writes Thai "ำ" as a mark and "า"); a Thai (Lao, Khmer, Burmese) word written on after the last
      // dot of a joining run ends it ("ร.ั.บ.ส.ม.ั.คร")
      const kind = marksOnly(out, ts, te) ? EL_MARK : markLed(out, ts, te) ? EL_LETTER : this.tailAt(ts, te) ? EL_TAIL : 0;
      if (kind !== 0) {
        this.addElement(ts, te, kind, 0);
        if (kind !== EL_TAIL) return;
        this.finishRun();
        this.spCount = 0;
        return;
      }
    }
    if (this.spCount > 0) {
      if (this.runJoins()) {
        const moved = this.finishRun();
        ts -= moved;
        te -= moved;
      }
      this.spCount = 0;
    }
    if (te - ts === 1 && (outCls(out[ts]!) & DIG) !== 0) {
      // a lone digit may start a run of spaced-out digits
      this.dgN = 1;
      this.dgPos[0] = ts;
      this.dgDigits = 1;
      this.dgGroup = -1;
      this.dgGroupLen = 1;
      this.dgSig = '';
      this.dgLast = te;
    }
  }

  /**
   * May a leet character written apart (a digit, "@", "$") be a letter of the open run of spaced-out Latin
   * letters? Only between letters: the run's last element is a Latin letter, and a single ASCII letter written
   * apart comes next at input j ("t 3 l 3 g r 4 m"; not "a 1 2", "u s $ 5 0 0").
   */
  leetInRun(j: number): boolean {
    if (this.spHan || this.spHangul || (outCls(this.out[this.spPos[this.spPos.length - 1]!]!) & LAT) === 0) return false;
    if (j >= this.n) return false;
    const c = this.s.charCodeAt(j);
    if (c >= 0x80 || (outCls(LOWER[c]!) & LAT) === 0) return false;
    const d = j + 1 < this.n ? this.s.charCodeAt(j + 1) : 0x20;
    return d >= 0x80 ? isSpaceBmp(d) : ALNUM[d] === 0;
  }

  /** Is the Thai-like word [ts, te) after the run's separator written on after the last dot of a run that joins? */
  tailAt(ts: number, te: number): boolean {
    const out = this.out;
    const sepU = out[this.spLast]!;
    const m = this.spPos.length;
    if (sepU === 0x20 || !this.runJoins() || m < 2 || te - ts > 8) return false;
    if (out[this.spPos[m - 1]! - 1] !== sepU || !isUnspacedWithMarks(out[this.spPos[m - 1]!]!)) return false;
    for (let k = ts; k < te; k++) if (!isUnspacedWithMarks(out[k]!)) return false;
    return true;
  }

  /**
   * The separator at output p between two spaced-out characters, as compared to tell a word break: the unit
   * itself (". * / · •"), or for a space what it stands for, whitespace as spaces ("   ", "-", " - ") and a line
   * break as itself, so it ends a word that another separator would have joined on ("t y p i n g⏎t.e.l.e.g.r.a.m"
   * → "typing telegram"), and any emoji as one ("☺"); with `fold` any whitespace alike. At most 8 units (a longer
   * gap is long anyway).
   */
  gapSig(p: number, fold: boolean): string {
    const u = this.out[p]!;
    if (u !== 0x20) return String.fromCharCode(u);
    if (fold) return ' ';
    const s = this.s;
    const end = this.en[p]!;
    let r = '';
    for (let k = this.st[p]!; k < end && r.length < 8; k++) {
      const c = s.charCodeAt(k);
      if (c < 0x80) r += c === 0x0a || c === 0x0d ? '\n' : c <= 0x20 || c === 0x7f ? ' ' : String.fromCharCode(c);
      else {
        const kind = kindOf(c);
        if (kind === K_SPACE) r += c === 0x2028 || c === 0x2029 || c === 0x85 ? '\n' : ' ';
        // any emoji alike: "T 🔥 e ✈️ l 💰 e" is written apart with emoji, whichever they are
        else if (kind === K_EMOJI || kind === K_HIGH) r += r.endsWith(EMOJI_GAP) ? '' : EMOJI_GAP;
        else if (kind !== K_REMOVE && kind !== K_LOW) r += String.fromCharCode(c);
      }
    }
    return r;
  }

  /**
   * The open run of spaced-out digits meets the word [ts, te) (the end of the output): a digit after the same
   * separator, or after a spaced group mark (" , "), goes on with it (returns -1); one letter or "$" after
   * the same separator, with no more spaced-out characters after it, ends it glued on ("1 0 0 0 만", "1.5.0.0.$";
   * returns -1); anything else closes it. Returns how far the output moved when it was joined.
   */
  digitWord(ts: number, te: number, term: number, next: number): number {
    const out = this.out;
    const last = this.dgLast;
    const u = out[ts]!;
    const digit = te - ts === 1 && u >= 0x30 && u <= 0x39;
    if (ts === last + 1 && isDigitSep(out[last]!) && this.dgSigIs(last)) {
      if (digit) {
        this.dgPos[this.dgN++] = ts;
        this.dgDigits++;
        this.dgGroupLen++;
        this.dgLast = te;
        return -1;
      }
      if (
        te - ts === 1 && ((outCls(u) & LET) !== 0 || u === 0x24) && this.dgDigits >= 3 &&
        (this.dgGroup < 0 || this.dgGroupLen === 3) &&
        !(term === out[last] && this.wordCharAt(next) && !this.wordCharAt(next + 1))
      ) {
        // (not when one more character follows apart, "1 0 0 0 u s d": it starts spaced-out letters)
        this.dgPos[this.dgN++] = ts;
        this.dgLast = te;
        this.finishDigits();
        return -1;
      }
    } else if (
      digit && ts === last + 3 && out[last] === 0x20 && (out[last + 1] === 0x2c || out[last + 1] === 0x2e) &&
      out[last + 2] === 0x20 && (this.dgGroup < 0 ? this.dgGroupLen <= 3 : this.dgGroupLen === 3) &&
      this.dgSigIs(last) && this.dgSigIs(last + 2)
    ) {
      this.dgGroup = this.dgN;
      this.dgPos[this.dgN++] = last + 1;
      this.dgPos[this.dgN++] = ts;
      this.dgDigits++;
      this.dgGroupLen = 1;
      this.dgLast = te;
      return -1;
    }
    const lastDigit = this.dgPos[this.dgN - 1]!;
    const moved = this.finishDigits();
    if (moved === 0 && digit && ts === last + 1 && lastDigit === last - 1 && isDigitSep(out[last]!)) {
      // another separator: a new run starts at the last digit of the one that did not join ("0 1.5.0.0")
      this.dgN = 2;
      this.dgPos[0] = lastDigit;
      this.dgPos[1] = ts;
      this.dgDigits = 2;
      this.dgGroup = -1;
      this.dgGroupLen = 2;
      this.dgSig = this.gapSig(last, false);
      this.dgLast = te;
      return -1;
    }
    return moved;
  }

  /** Does the input at j (after any removed characters) start a letter or a digit? */
  wordCharAt(j: number): boolean {
    return this.startsWithLetter(this.skipRemoved(j)) || this.digitAt(j);
  }

  /** Is the separator at output p the one of the run of spaced-out digits (the first one seen sets it)? */
  dgSigIs(p: number): boolean {
    const g = this.gapSig(p, false);
    if (this.dgSig === '') this.dgSig = g;
    return this.dgSig === g;
  }

  /**
   * Closes the run of spaced-out digits: joins it when it holds four digits or more, or three and a glued
   * unit, and every group after a group mark has three digits (else it ends before the last mark), unless its
   * digits count up or down one by one: an enumeration ("1 2 3 4 5"), not a number. Returns how far the
   * output after it moved.
   */
  finishDigits(): number {
    let m = this.dgN;
    this.dgN = 0;
    const pos = this.dgPos;
    let digits = this.dgDigits;
    const glued = (outCls(this.out[pos[m - 1]!]!) & DIG) === 0;
    if (this.dgGroup >= 0 && this.dgGroupLen !== 3) {
      digits -= this.dgGroupLen;
      m = this.dgGroup;
    }
    if (m < 2 || digits < (glued ? 3 : 4)) return 0;
    const out = this.out;
    if (this.dgGroup < 0) {
      const step = out[pos[1]!]! - out[pos[0]!]!;
      let counts = step === 1 || step === -1;
      for (let k = 2; counts && k < m - (glued ? 1 : 0); k++) counts = out[pos[k]!]! - out[pos[k - 1]!]! === step;
      if (counts) return 0;
    }
    const st = this.st;
    const en = this.en;
    let w = pos[0]! + 1;
    for (let k = 1; k < m; k++) {
      const q = pos[k]!;
      out[w] = out[q]!;
      st[w] = st[q]!;
      en[w] = en[q]!;
      w++;
    }
    const from = pos[m - 1]! + 1;
    const o = this.o;
    out.copyWithin(w, from, o);
    st.copyWithin(w, from, o);
    en.copyWithin(w, from, o);
    this.o = o - (from - w);
    return from - w;
  }

  /** Adds output [ts, te) to the open run as its next element (a letter counts towards runJoins). */
  addElement(ts: number, te: number, kind: number, conf: number): void {
    this.spLast = te;
    this.spConf.push(conf);
    this.spPos.push(ts);
    this.spKind.push(kind);
    if (kind === EL_LETTER) this.spCount++;
  }

  /**
   * Is the run of spaced-out letters long enough to join: four letters, or two Chinese characters (Chinese
   * phrases match without word boundaries, so joining "加 微 信" cannot glue two real words into a wrong one),
   * or HANGUL_RUN Hangul syllables (Korean has many one-syllable words, "좀 더 잘 해": see HANGUL_RUN), or three
   * letters written apart with the same mark (markedThree).
   */
  runJoins(): boolean {
    return this.spCount >= this.leastLetters();
  }

  /** The letters a run needs to join (see runJoins); finishRun counts those of its spaced-out words against it. */
  leastLetters(): number {
    return this.spHangul ? HANGUL_RUN : this.spHan ? 2 : this.spDeva ? DEVANAGARI_RUN : this.markedThree() ? 3 : 4;
  }

  /**
   * Is the open run three letters written apart with the same mark ("- _ · • *") and nothing else: a word no one
   * writes that way by chance ("L-à-o", "K-H-R"), while three letters apart with spaces are often one-letter words
   * and with dots an abbreviation ("U.S.A.").
   */
  markedThree(): boolean {
    const sp = this.spPos;
    if (sp.length !== 3 || this.spKind[1] !== EL_LETTER || this.spKind[2] !== EL_LETTER) return false;
    const g = this.gapSig(sp[1]! - 1, false);
    return THREE_MARKS.includes(g) && this.gapSig(sp[2]! - 1, false) === g;
  }

  /**
   * Joins the run of spaced-out letters and moves what follows it back. Returns how far the output moved.
   * The separator most of its letters are written apart with joins them (on a tie the shorter one, then the
   * first); any other one, a longer gap or a change of separator, is a word break between spaced-out words:
   * "T.U.Y.Ể.N  N.V  Đ.Á.N.H" → "tuyển nv đánh", "c a m p   v i ệ c" → "camp việc", "b.a.o v.é" → "bao vé".
   * (For Chinese and Hangul any whitespace is alike.) Each spaced-out word of two letters or more is joined,
   * when together they hold enough letters (runJoins); a word of one letter stays as it is.
   */
  finishRun(): number {
    const sp = this.spPos;
    const kinds = this.spKind;
    const m = sp.length;
    const fold = this.spHan || this.spHangul;
    // the separator before each element (marks are never apart from their letter, but the separator written
    // before one counts towards the joiner: "में ज.ॉ.ब" is "में जॉब")
    const sigs: string[] = [''];
    const counts = new Map<string, number>();
    for (let k = 1; k < m; k++) {
      const g = this.gapSig(sp[k]! - 1, fold);
      sigs.push(kinds[k] === EL_MARK ? '' : g);
      if (g !== '') counts.set(g, (counts.get(g) ?? 0) + 1);
    }
    let joiner = '';
    let most = 0;
    for (const [g, c] of counts) {
      if (c > most || (c === most && g.length < joiner.length)) {
        joiner = g;
        most = c;
      }
    }
    // the spaced-out words: ends[k] is true where element k ends one
    const ends: boolean[] = [];
    for (let k = 0; k < m; k++) ends.push(k + 1 === m || (sigs[k + 1] !== '' && sigs[k + 1] !== joiner));
    // letters written apart with another separator, two times or more in a row, are a word of their own, with
    // the letter before the first of them: "k u t y p e 💻 M.y.a.n.m.a.r" → "kutype myanmar"
    for (let k = 1; k < m; ) {
      const g = sigs[k]!;
      // (a longer gap of spaces is a word break, however often it comes: "L.À.M  V.I.Ệ.C  Ở  N.Ư.Ớ.C"; but emoji with
      // spaces around them between Latin letters are a separator like any other: "薪 資 以 U 💰 S 💰 D 💰 T 發 放" →
      // "薪資以 usdt 發放". Between Chinese characters or Devanagari clusters they stay breaks: "包 🏠 包 🍱 機 票")
      const spacedEmoji = g !== EMOJI_GAP && g.trim() === EMOJI_GAP;
      if (g === '' || g === joiner || (g !== ' ' && g.trim() !== g && !spacedEmoji)) {
        k++;
        continue;
      }
      let j = k;
      let same = 0;
      while (j < m && (sigs[j] === g || sigs[j] === '')) if (sigs[j++] === g) same++;
      let latin = true;
      for (let e = k - 1; spacedEmoji && latin && e < j; e++) latin = (outCls(this.out[sp[e]!]!) & LAT) !== 0;
      if (same >= 2 && latin) {
        if (k >= 2) ends[k - 2] = true;
        for (let e = k - 1; e < j - 1; e++) ends[e] = false;
        ends[j - 1] = true;
      }
      k = j;
    }
    // letters in each word; a one-letter word before a capitalised spaced-out word stays apart (firstLetterApart)
    const letters: number[] = new Array<number>(m).fill(0);
    let total = 0;
    for (let a = 0; a < m; ) {
      let b = a;
      while (!ends[b]) b++;
      if (b > a && this.firstLetterApart(a, b + 1) && kinds[a + 1] === EL_LETTER) ends[a] = true;
      for (let k = a; k <= b; ) {
        let e = k;
        while (!ends[e]) e++;
        let count = 0;
        for (let q = k; q <= e; q++) if (kinds[q] === EL_LETTER) count++;
        letters[e] = count;
        if (count >= 2) total += count;
        k = e + 1;
      }
      a = b + 1;
    }
    if (total < this.leastLetters()) {
      this.spCount = 0;
      return 0;
    }
    const out = this.out;
    const st = this.st;
    const en = this.en;
    const from = this.spLast;
    // the letters (with their marks) of each word moved together, the separators inside it dropped, those
    // between words kept; look-alike letters of a joined word noted where they land
    let pos: number[] = [];
    let tgt: number[] = [];
    let w = sp[0]!;
    let wordStart = w;
    let joined = false; // the current word is joined (two letters or more)
    for (let k = 0; k < m; k++) {
      if (k === 0 || ends[k - 1]) {
        let e = k;
        while (!ends[e]) e++;
        joined = letters[e]! >= 2;
        if (k > 0) {
          const q = sp[k]! - 1; // the separator before the word, kept
          out[w] = out[q]!;
          st[w] = st[q]!;
          en[w] = en[q]!;
          w++;
        }
        wordStart = w;
      } else if (!joined) {
        const q = sp[k]! - 1;
        out[w] = out[q]!;
        st[w] = st[q]!;
        en[w] = en[q]!;
        w++;
      }
      const a = sp[k]!;
      const b = k + 1 < m ? sp[k + 1]! - 1 : from;
      const t = this.spConf[k]!;
      if (t !== 0 && joined) {
        pos.push(w);
        tgt.push(t);
      }
      for (let q = a; q < b; q++, w++) {
        out[w] = out[q]!;
        st[w] = st[q]!;
        en[w] = en[q]!;
      }
      if (ends[k] && joined) {
        if (pos.length > 0) {
          this.foldConfusables(wordStart, w, pos, tgt, pos.length);
          pos = [];
          tgt = [];
        }
        if (!this.spHan && !this.spHangul) {
          this.runs[this.nRuns++] = wordStart;
          this.runs[this.nRuns++] = w;
        }
      }
    }
    const shift = from - w;
    const o = this.o;
    out.copyWithin(w, from, o);
    st.copyWithin(w, from, o);
    en.copyWithin(w, from, o);
    this.o = o - shift;
    this.spCount = 0;
    return shift;
  }

  /**
   * Is the first letter of the spaced-out word of elements [a, b) a one-letter word beside it? Told by case:
   * the second letter is a capital and every later one is written in lower case ("ở C a m p u c h i a",
   * "I T e l e g r a m"), so the spaced-out word starts at the second letter.
   */
  firstLetterApart(a: number, b: number): boolean {
    if (b - a < 3) return false;
    const s = this.s;
    const st = this.st;
    const sp = this.spPos;
    if (!isUpperUnit(s.charCodeAt(st[sp[a + 1]!]!))) return false;
    let lower = false;
    for (let k = a + 2; k < b; k++) {
      const c = s.charCodeAt(st[sp[k]!]!);
      if (isUpperUnit(c)) return false;
      if (!lower && isLowerUnit(c)) lower = true;
    }
    return lower;
  }

  /** Folds runs of look-alike letters that touch a Latin letter of the same word. */
  foldConfusables(ts: number, te: number, pos: number[], tgt: number[], count: number): void {
    const out = this.out;
    let k = 0;
    while (k < count) {
      let e = k + 1;
      while (e < count && pos[e] === pos[e - 1]! + 1) e++;
      const a = pos[k]!;
      const b = pos[e - 1]! + 1;
      // (the Latin letter beside them may be past the combining marks of a look-alike: "а̀m")
      let la = a;
      while (la > ts && a - la < MAX_CLUSTER && isOutMark(out[la - 1]!)) la--;
      let rb = b;
      while (rb < te && rb - b < MAX_CLUSTER && isOutMark(out[rb]!)) rb++;
      const left = la > ts && (outCls(out[la - 1]!) & LAT) !== 0;
      const right = rb < te && (outCls(out[rb]!) & LAT) !== 0;
      if (left || right) for (let q = k; q < e; q++) out[pos[q]!] = tgt[q]!;
      k = e;
    }
  }

  /**
   * After look-alikes of the word [ts, te) (the end of the output) were folded: a folded letter that carries
   * combining marks ("а̀", Cyrillic а and a grave) is composed with them ("à"), as the same letter written in
   * Latin would be. The composed unit maps to the whole cluster. Returns the new end of the word.
   */
  recompose(ts: number, te: number): number {
    const out = this.out;
    let need = false;
    for (let q = 0; q < this.nConf && !need; q++) {
      const p = this.confPos[q]!;
      need = (outCls(out[p]!) & LAT) !== 0 && p + 1 < te && isOutMark(out[p + 1]!);
    }
    if (!need) return te;
    const st = this.st;
    const en = this.en;
    let w = ts;
    let r = ts;
    while (r < te) {
      const u = out[r]!;
      if ((outCls(u) & LAT) !== 0 && r + 1 < te && isOutMark(out[r + 1]!)) {
        let j = r + 1;
        while (j < te && j - r < MAX_CLUSTER && isOutMark(out[j]!)) j++;
        const m = foldString(decode(out, r, j));
        if (m.length < j - r) {
          const a = st[r]!;
          const b = en[j - 1]!;
          for (let q = 0; q < m.length; q++) {
            out[w] = m.charCodeAt(q);
            st[w] = a;
            en[w] = b;
            w++;
          }
          r = j;
          continue;
        }
      }
      out[w] = u;
      st[w] = st[r]!;
      en[w] = en[r]!;
      w++;
      r++;
    }
    this.o -= te - w;
    return w;
  }

  /**
   * Folds leetspeak digits and symbols in the Latin word [ts, te) (the end of the output); leaves numbers, amounts,
   * units, codes and handles alone. `term` is the unit written after the word (or -1), the input goes on at `next`;
   * the original of output unit k is input k + d, or st[k] when d is NaN. Three rules, in order: a number with capital
   * O for zeros ("1OOO"); the whole-word rule (leetWord) for a word of letters and leet characters only; for any
   * other word (an @handle, a URL path, an e-mail address, a word with other digits or letters of another script)
   * the per-run rule (leetRuns), which folds a short run of leet characters inside letters or a single digit at an edge.
   */
  foldLeet(ts: number, te: number, term: number, next: number, d: number): void {
    if (this.zeroOs(ts, te, d)) return;
    if (this.leetWord(ts, te, term, next)) return;
    this.leetRuns(ts, te, term, next);
  }

  /**
   * A number written with capital O for zeros: "1OOO" → "1000", "5OOk" → "500k", and the group after a thousands
   * separator, "1,OOO" → "1,000". The word starts with a digit (or is a group of three after a number and "," or
   * "."), then digits and capital O's, at least one O (a lower-case o stays a letter: "1ook"), then nothing or a
   * unit or currency word.
   * Returns whether it applied.
   */
  zeroOs(ts: number, te: number, d: number): boolean {
    const out = this.out;
    if ((outCls(out[ts]!) & DIG) === 0 && !(out[ts] === 0x6f && zeroAfterNumber(out, ts))) return false;
    const s = this.s;
    const st = this.st;
    let k = ts;
    let os = 0;
    for (; k < te; k++) {
      const u = out[k]!;
      if (u === 0x6f && isCapitalO(s.charCodeAt(Number.isNaN(d) ? st[k]! : k + d))) os++;
      else if ((outCls(u) & DIG) === 0) break;
    }
    if (os === 0 || (k < te && !this.isWord(UNIT_WORDS, k, te) && !this.isWord(CURRENCY_WORDS, k, te))) return false;
    if ((outCls(out[ts]!) & DIG) === 0 && k - ts !== 3) return false; // after a thousands separator, a group of three
    for (let q = ts; q < k; q++) if (out[q] === 0x6f) out[q] = 0x30;
    return true;
  }

  /**
   * The whole-word rule. A word of Latin letters and leet characters only (0 1 3 4 5 7 @ $ ! |; the symbols only
   * inside it: "hello!" ends in punctuation, "@name" is a handle) is folded as a whole, as many digits as it holds,
   * wherever they are: "7h41l4nd", "fr33", "n33d3d", "0nl1n3", "n0", "m4rk371ng". Unless it reads as a number or a
   * code, which is most words of letters and digits (amounts, units, product codes, postcodes, IDs):
   *  - an amount or a time: every letter part is a currency or unit word before a number, or a unit, currency or
   *    number suffix after one ("5k", "10am", "1st", "4g", "3d", "7days", "1000usd", "rp5jt", "usd5k", "1h30",
   *    "1x150p"); "$" or "@" before a digit ("us$500", "r$500", "@5pm"), "!" beside one ("php150!join");
   *    a number run on by "-.,:/" and a digit ("years3-5", "1.5tr");
   *  - four digits in a row or more ("p1000", "04c3537"), or the same character three times ("win777plus",
   *    "world!!!We": no word has three same letters in a row);
   *  - a number ending in 0 at the end of the word ("p150", "v50": leet words end in one 0, "hell0", "casin0");
   *  - one number of two digits or more and letters, with the number first ("1080p", "100m"), inside ("norm150p",
   *    "insurance401k"; three digits or more) or last after three letters or more ("covid19", "top10"); "fr33",
   *    "v154" are leet words (fewer letters), and so is a single digit and letters ("0nly", "hell0", not "4th");
   *  - a word of three characters or fewer unless each digit is a leet letter beyond doubt there: 0 anywhere, 1 at
   *    the start ("1n", "1ts"), 3 4 5 7 in the middle ("m4g", "j0b"). So "n0" and "1n" fold, "h1b", "mp3", "i7",
   *    "ps5", "b4", "1v1" and postcodes ("SK3", "W1J") stay. (Also "w1n": as "h1b", it cannot be told apart.)
   * 8 and 9 are no leet here: in texting 8 is "ate" ("gr8", "l8r"), and both are mostly digits of codes.
   * Returns false when the word is not one of letters and leet characters (the per-run rule decides), true when
   * this rule decided (folded the word, or left it as it is).
   */
  leetWord(ts: number, te: number, term: number, next: number): boolean {
    const out = this.out;
    if (out[ts] === 0x40 || (ts > 0 && out[ts - 1] === 0x2f)) return false; // an @handle, a URL path
    let a = ts;
    let b = te;
    while (a < b && (outCls(out[a]!) & SYM) !== 0) a++;
    while (b > a && (outCls(out[b - 1]!) & SYM) !== 0) b--;
    // one "@" ending a word of letters is an a, never punctuation ("hakun@", "dat@"; a handle starts with it)
    if (b + 1 === te && out[b] === 0x40 && b - a >= 2) b = te;
    let letters = 0;
    let leets = 0;
    let digits = 0;
    let runs = 0; // runs of leet characters
    let lastRun = -1; // start of the last one
    let lastLen = 0; // its length
    let lettersBefore = 0; // letters before it
    let run = 0; // digits in a row
    let at = false;
    for (let k = a; k < b; k++) {
      const u = out[k]!;
      const cls = outCls(u);
      if ((cls & LAT) !== 0 || isOutMark(u)) {
        if ((cls & LAT) !== 0) letters++;
        run = 0;
        continue;
      }
      if (u >= 0x80 || LEET[u] === u) return false; // another digit, "_", a letter of another script, ...
      if (k === a || !isLeet(out[k - 1]!)) {
        runs++;
        lastRun = k;
        lastLen = 0;
        lettersBefore = letters;
      }
      lastLen++;
      leets++;
      if (k >= a + 2 && out[k - 1] === u && out[k - 2] === u) return true; // "777", "!!!"
      if ((cls & DIG) !== 0) {
        digits++;
        if (++run >= 4) return true; // "p1000", a phone number, an account number
      } else {
        run = 0;
        if (u === 0x40) at = true;
        // us$500, @5pm; not an "@" for an a between letters with one digit for a letter after it ("th@1l@nd")
        if ((u === 0x24 || u === 0x40) && k + 1 < b && (outCls(out[k + 1]!) & DIG) !== 0 && !this.atBeforeLeetLetter(k, a, b)) return true;
        // "!" beside a digit is punctuation ("php150!join"; but "s|0t")
        if (u === 0x21 && ((outCls(out[k - 1]!) & DIG) !== 0 || (k + 1 < b && (outCls(out[k + 1]!) & DIG) !== 0))) return true;
      }
    }
    if (letters === 0 || leets === 0) return true;
    if (at && this.domainFollows(term, next)) return false; // name@mail.com, name@golden-river.com
    if (digits > 0) {
      // a number run on into another number: "years3-5", "1.5tr"
      if (b === te && (outCls(out[b - 1]!) & DIG) !== 0 && joinsNumbers(term) && this.digitAt(next)) return true;
      if (a === ts && (outCls(out[a]!) & DIG) !== 0 && ts >= 2 && joinsNumbers(out[ts - 1]!) && (outCls(out[ts - 2]!) & DIG) !== 0) {
        return true;
      }
      if (this.isAmount(a, b)) return true;
      const end = lastRun + lastLen === b;
      if (end && lastLen >= 2 && out[b - 1] === 0x30 && digitRun(out, lastRun, b)) return true; // "p150"
      if (runs === 1 && lastLen >= 2 && digitRun(out, lastRun, lastRun + lastLen)) {
        if (lastRun === a) return true; // "1080p"
        if (end ? lettersBefore >= 3 : lastLen >= 3) return true; // "covid19", "insurance401k"
      }
    }
    if (b - a <= 3) {
      for (let k = a; k < b; k++) {
        const u = out[k]!;
        if (!isLeet(u) || (outCls(u) & SYM) !== 0 || u === 0x30) continue;
        if (u === 0x31 ? k !== a : k === a || k === b - 1) return true;
      }
    }
    // fold (a "1" is an i or an l: see oneIsL), and a "$" just before the word ("$4l4ry")
    if (a === ts + 1 && out[ts] === 0x24) a = ts;
    let prev = 0;
    for (let k = a; k < b; k++) {
      const u = out[k]!;
      if (isLeet(u)) out[k] = u === 0x31 && this.oneIsL(k, a, b, prev) ? 0x6c : LEET[u]!;
      prev = u;
    }
    return true;
  }

  /**
   * Is the "@" at output k of a word [a, b) an a with a leet letter after it, not the "at" of a time: a letter
   * before it, then one leet digit and a letter that is not a time unit ("th@1l@nd", "m@1n"; not "meet@5pm",
   * "@5pm", "r@500")?
   */
  atBeforeLeetLetter(k: number, a: number, b: number): boolean {
    const out = this.out;
    if (out[k] !== 0x40 || k === a || (outCls(out[k - 1]!) & LAT) === 0) return false;
    if (k + 2 >= b || !isLeet(out[k + 1]!) || (outCls(out[k + 2]!) & LAT) === 0) return false;
    const u = out[k + 2]!;
    const w = k + 3 < b ? out[k + 3]! : 0;
    return !((u === 0x61 || u === 0x70) && w === 0x6d) && u !== 0x68; // am, pm, h
  }

  /**
   * Does the "1" at output k of a leet word [a, b) stand for an l rather than an i? No lexicon: where an i would
   * make a letter pair that words (of English, Malay, Indonesian, Tagalog) rarely hold: beside another i ("f1ight",
   * "1ink", "emai1", "he11o": "ii" is rare), before a y ("on1y", "month1y"), between two of a e o u ("sa1ary",
   * "te1egram"), or before one of them at the start of a word ("1ook", "1oan"). Elsewhere it is an i ("H1r1ng",
   * "7h41l4nd", "0nl1n3", "v154"), also after a consonant before a vowel: "pl", "bl" start English words ("p1ay"),
   * but "bi", "si" Indonesian ones ("b1aya", "s1ap"), so that is left as i.
   * `prev` is the unit before k as it was written (before folding). Phrases are normalised by the same function,
   * so a phrase never holds a "1" in a leet word to disagree with.
   */
  oneIsL(k: number, a: number, b: number, prev: number): boolean {
    const out = this.out;
    const nx = k + 1 < b ? out[k + 1]! : 0;
    if (prev === 0x69 || prev === 0x31 || prev === 0x21 || nx === 0x69 || nx === 0x31 || nx === 0x21) return true;
    const nf = nx < 0x80 ? LEET[nx]! : nx;
    if (nf === 0x79) return true;
    if (!isAeou(nf)) return false;
    if (k === a) return true;
    return isAeou(out[k - 1]!); // (folded already)
  }

  /** Is output [a, b) of a word an amount: a currency or unit word, then numbers, each followed by a unit, currency or number suffix? */
  isAmount(a: number, b: number): boolean {
    const out = this.out;
    let k = a;
    let unitFirst = false; // a unit word before the first number ("day3pm") needs another one after it (not "g0")
    let after = false; // letters after a number
    while (k < b) {
      let e = k;
      while (e < b && !isLeet(out[e]!)) e++;
      if (e > k) {
        if (k === a) {
          if (!this.isWord(CURRENCY_WORDS, k, e)) {
            if (!this.isWord(UNIT_WORDS, k, e) || this.isWord(ORDINAL_ENDINGS, k, e)) return false;
            unitFirst = true;
          }
        } else if (this.isWord(UNIT_WORDS, k, e) || this.isWord(CURRENCY_WORDS, k, e) || this.isWord(SUFFIX_WORDS, k, e)) {
          after = true;
        } else return false;
      }
      k = e;
      while (k < b && isLeet(out[k]!)) {
        if ((outCls(out[k]!) & DIG) === 0) return false; // (a symbol: "c4$h")
        k++;
      }
    }
    return after || !unitFirst;
  }

  /** The per-run rule, for words the whole-word rule leaves (see foldLeet). */
  leetRuns(ts: number, te: number, term: number, next: number): void {
    const out = this.out;
    let digits = 0;
    for (let k = ts; k < te; k++) if ((outCls(out[k]!) & DIG) !== 0) digits++;
    let k = ts;
    while (k < te) {
      if ((outCls(out[k]!) & (DIG | SYM)) === 0) {
        k++;
        continue;
      }
      const a = k;
      let leetable = true;
      let at = false;
      while (k < te && (outCls(out[k]!) & (DIG | SYM)) !== 0) {
        if ((outCls(out[k]!) & LEETABLE) === 0) leetable = false;
        if (out[k] === 0x40) at = true;
        k++;
      }
      const b = k;
      if (!leetable) continue;
      // the Latin letters just before the run and just after it (only the first 16: enough to tell a
      // currency or unit word, and it keeps long words linear)
      const lcap = a - 16 > ts ? a - 16 : ts;
      let ls = a;
      while (ls > lcap && (outCls(out[ls - 1]!) & LAT) !== 0) ls--;
      const rcap = b + 16 < te ? b + 16 : te;
      let re = b;
      while (re < rcap && (outCls(out[re]!) & LAT) !== 0) re++;
      const leftLen = a - ls;
      const rightLen = re - b;
      let fold = false;
      if (leftLen > 0 && rightLen > 0) {
        // inside a word: "t3legram", "wh@tsapp", "pa$$port"; not "rm3k", "rp5jt", nor an e-mail address
        // (an amount is a currency or unit word, then the digits, then a unit or currency word: "rm3k",
        // "usd5k"; letters that only look like a unit on one side are a word: "s3nd", "tr4ining", "w1th")
        fold = b - a <= 2;
        if (
          fold && digits > 0 && (this.isWord(CURRENCY_WORDS, ls, a) || this.isWord(UNIT_WORDS, ls, a)) &&
          (this.isWord(UNIT_WORDS, b, re) || this.isWord(CURRENCY_WORDS, b, re))
        ) {
          fold = false;
        }
        if (fold && at && this.domainFollows(term, next)) fold = false; // name@mail.com, name@golden-river.com
      } else if (b - a === 1 && digits === 1 && (outCls(out[a]!) & DIG) !== 0) {
        // a digit at the edge of a word: "0nline", "hell0"; not "4th", "5jt", "rm5"
        if (a === ts && rightLen >= 2) fold = !this.isWord(UNIT_WORDS, b, re);
        else if (b === te && leftLen >= 2) {
          // not "3" in "years3-5": a digit that a dash, dot, comma, colon or slash joins to another number
          fold = !this.isWord(CURRENCY_WORDS, ls, a) && !(joinsNumbers(term) && this.digitAt(next));
        }
      }
      if (fold) for (let q = a; q < b; q++) out[q] = LEET[out[q]!]!;
    }
  }

  /**
   * Does the rest of an e-mail domain follow the word that `term` ended: ".com" straight away, or a hyphenated
   * part first ("hr@golden-river.com" ends its first word at the hyphen)? Looks at most 64 input units ahead.
   */
  domainFollows(term: number, next: number): boolean {
    if (term === 0x2e) return this.asciiWordAt(next);
    if (term !== 0x2d) return false;
    const end = Math.min(this.n, next + 64);
    for (let j = next; j < end; j++) {
      const c = this.s.charCodeAt(j);
      if (c === 0x2e) return j > next && this.asciiWordAt(j + 1);
      if (!(c === 0x2d || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) return false;
    }
    return false;
  }

  /** Does the input at j (after any removed characters) start with an ASCII letter or digit, once folded? */
  asciiWordAt(j: number): boolean {
    j = this.skipRemoved(j);
    if (j >= this.n) return false;
    let c = this.s.charCodeAt(j);
    if (c >= 0x80) {
      if (kindOf(c) !== K_MAP1) return false;
      c = MAP1[c]!; // full-width forms
      if (c >= 0x80) return false;
    }
    return (outCls(LOWER[c]!) & (LET | DIG)) !== 0;
  }

  /** The index of the first input unit at or after j that is not removed (looks at most 64 units ahead). */
  skipRemoved(j: number): number {
    const s = this.s;
    const cap = j + 64 < this.n ? j + 64 : this.n;
    while (j < cap) {
      const c = s.charCodeAt(j);
      if (c < 0x80 || kindOf(c) !== K_REMOVE) break;
      j++;
    }
    return j;
  }

  /** Is output [a, b) one of the words (all of them at most 8 units long)? */
  isWord(words: Set<string>, a: number, b: number): boolean {
    return b - a <= 8 && words.has(decode(this.out, a, b));
  }

  /** The text: slices of the lower-cased original where the fast loop wrote it, decoded output elsewhere. */
  buildText(): string {
    const o = this.o;
    const out = this.out;
    const p = this.pieces;
    const np = this.np;
    if (o === 0) return '';
    const whole = np === 4 && p[3] === CLEAN && p[1] === o && p[2] === 0 && o === this.n;
    // many short pieces: decoding everything is cheaper than slicing
    if (!whole && (np * 6 > o || (np === 4 && p[3] !== CLEAN))) return decode(out, 0, o);
    const lower = this.s.toLowerCase();
    if (lower.length !== this.n) return decode(out, 0, o); // a lower-case mapping changed the length (İ)
    if (whole) return lower;
    let text = '';
    for (let k = 0; k < np; k += 4) {
      const a = p[k]!;
      const b = p[k + 1]!;
      const d = p[k + 2]!;
      text += p[k + 3] === CLEAN ? lower.slice(a + d, b + d) : decode(out, a, b);
    }
    return text;
  }
}

/** Could the non-ASCII input unit c start a Latin letter (of the output)? Unsure counts as yes. */
function mayBeLatin(c: number): boolean {
  const k = kindOf(c);
  if (k === K_PLAIN || k === K_PASS) return (outCls(c) & LAT) !== 0;
  if (k === K_MAP1) return (outCls(MAP1[c]!) & LAT) !== 0;
  return k !== K_SPACE && k !== K_EMOJI && k !== K_LOW;
}

/** Does output o follow a number and a "," or "." (where a capital O may be a zero: "1,OOO")? */
function zeroAfterNumber(out: Uint16Array, o: number): boolean {
  return o >= 2 && (out[o - 1] === 0x2c || out[o - 1] === 0x2e) && (outCls(out[o - 2]!) & DIG) !== 0;
}

/** Does this character, between two numbers, join them into one ("3-5", "1.5", "1,500", "9:30", "1/2")? */
function joinsNumbers(u: number): boolean {
  return u === 0x2e || u === 0x2c || u === 0x3a || u === 0x2f || (u >= 0 && (outCls(u) & DASH) !== 0 && u !== 0x5f);
}

/** Is the output unit a Chinese character (CJK unified or compatibility ideograph)? */
function isHan(u: number): boolean {
  return (u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3400 && u <= 0x4dbf) || (u >= 0xf900 && u <= 0xfaff);
}

/** The longest word of Hangul syllables that ends a run of syllables dotted apart (see Pass: "여.권만"). */
const MAX_HANGUL_TAIL = 6;

/** Is output [a, b) Hangul syllables only? */
function allHangul(out: Uint16Array, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!isHangul(out[k]!)) return false;
  return true;
}

/** Does this separator join Hangul syllables besides a space? Dots and stars; not "·" (Korean lists one-syllable words with it: "한·중·일") nor "/" (dates). */
function isHangulDot(u: number): boolean {
  return u === 0x2e || u === 0x2a || u === 0x2022 || u === 0x2027;
}

/** May this separator stand between spaced-out digits? Not "/" (dates: "1/5/2") nor "*" (USSD codes: "*808*3*1#"). */
function isDigitSep(u: number): boolean {
  return u === 0x20 || u === 0x2e || u === 0xb7 || u === 0x2022 || u === 0x2027 || u === 0x30fb;
}

/** Is the output unit of a script written without spaces between words and with combining vowel signs (Thai, Lao, Burmese, Khmer)? */
function isUnspacedWithMarks(u: number): boolean {
  return (u >= 0xe01 && u <= 0xeff) || (u >= 0x1000 && u <= 0x109f) || (u >= 0x1780 && u <= 0x17ff);
}

/** Is output [a, b) combining marks only (written apart from their letter)? */
function marksOnly(out: Uint16Array, a: number, b: number): boolean {
  if (b - a > MAX_CLUSTER) return false;
  for (let k = a; k < b; k++) if (!isOutMark(out[k]!)) return false;
  return true;
}

/** Is output [a, b) combining marks and then one letter of a script written without spaces (NFKC's Thai "ำ": "ํ" and "า")? */
function markLed(out: Uint16Array, a: number, b: number): boolean {
  if (b - a < 2 || b - a > MAX_CLUSTER || !isOutMark(out[a]!)) return false;
  let k = a + 1;
  while (k < b && isOutMark(out[k]!)) k++;
  if (k >= b || !isUnspacedWithMarks(out[k]!) || (outCls(out[k]!) & SGL) === 0) return false;
  for (k++; k < b; k++) if (!isOutMark(out[k]!)) return false;
  return true;
}

/**
 * Could the non-ASCII input unit c go on with spaced-out digits: whitespace, an invisible character, a full-width
 * separator or (with `digit`) a full-width digit or group mark? Unsure (emoji, surrogates, expansions) counts as yes.
 */
function mayGoOnDigits(c: number, digit: boolean): boolean {
  const k = kindOf(c);
  if (k === K_SPACE || k === K_REMOVE || k === K_EMOJI || k === K_HIGH || k === K_LOW || k === K_MAPN) return true;
  const u = k === K_MAP1 ? MAP1[c]! : k === K_PASS || k === K_PLAIN ? c : -1;
  if (u < 0) return false;
  if (isDigitSep(u)) return true;
  return digit && ((u >= 0x30 && u <= 0x39) || u === 0x2c);
}

/** Is the output unit a Hangul syllable? */
function isHangul(u: number): boolean {
  return u >= 0xac00 && u <= 0xd7a3;
}

/** Is the output unit a Devanagari letter (a run of spaced-out Devanagari clusters joins from two)? */
function isDevanagari(u: number): boolean {
  return u >= 0x0904 && u <= 0x0939;
}

/** Is the input unit a capital letter (one with a different lower case)? */
function isUpperUnit(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = String.fromCharCode(c);
  return ch.toLowerCase() !== ch && ch.toUpperCase() === ch;
}

/** Is the input unit a small letter (one with a different upper case)? */
function isLowerUnit(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  const ch = String.fromCharCode(c);
  return ch.toUpperCase() !== ch && ch.toLowerCase() === ch;
}

/** Does this mark join the next letter into the same written cluster (coeng, virama)? */
function isVirama(u: number): boolean {
  return u === 0x17d2 || u === 0x1039 || u === 0x94d || u === 0x9cd || u === 0xdca;
}

/** Is the output unit a combining mark? */
function isOutMark(u: number): boolean {
  return u >= 0x300 && kindOf(u) === K_MARK;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Can the machine fold this input unit together with a following combining mark? */
function clusterBase(c: number): boolean {
  if (c < 0x80) return AFAST[c] !== 0;
  const k = kindOf(c);
  return k === K_PASS || k === K_PLAIN || k === K_MAP1 || k === K_MAPN;
}

/** Is the output unit a leet character? */
function isLeet(u: number): boolean {
  return u < 0x80 && LEET[u] !== u;
}

/** Is output [a, b) digits only? */
function digitRun(out: Uint16Array, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if ((outCls(out[k]!) & DIG) === 0) return false;
  return true;
}

/** Is the output unit one of the vowels a e o u? */
function isAeou(u: number): boolean {
  return u === 0x61 || u === 0x65 || u === 0x6f || u === 0x75;
}

/** Leet characters (0 1 3 4 5 7 @ $ ! |) and the letters they stand for (ASCII; others unchanged). */
const LEET = new Uint16Array(128);
for (let c = 0; c < 128; c++) LEET[c] = c;
for (const [from, to] of [['0', 'o'], ['1', 'i'], ['3', 'e'], ['4', 'a'], ['5', 's'], ['7', 't'], ['@', 'a'], ['$', 's'], ['!', 'i'], ['|', 'l']]) {
  LEET[from!.charCodeAt(0)] = to!.charCodeAt(0);
}


/**
 * The result of normalizeText. `starts` and `ends` are built on first access from a compact map, because most
 * texts match nothing: for each piece of the output [from, to, offset] where the piece is the original at
 * that offset, or [from, to, NaN, start, end, start, end, ...] with the offsets of each unit. No map: the text
 * is the original unit for unit.
 */
class Normalized implements NormalizedText {
  readonly text: string;
  readonly joinedRuns: Int32Array | null;
  #map: number[] | null;
  #starts: Int32Array | null = null;
  #ends: Int32Array | null = null;

  constructor(text: string, map: number[] | null, joinedRuns: Int32Array | null) {
    this.text = text;
    this.joinedRuns = joinedRuns;
    this.#map = map;
  }

  get starts(): Int32Array {
    if (this.#starts === null) this.#build();
    return this.#starts!;
  }

  get ends(): Int32Array {
    if (this.#ends === null) this.#build();
    return this.#ends!;
  }

  #build(): void {
    const len = this.text.length;
    const buf = new ArrayBuffer(len * 8);
    const starts = new Int32Array(buf, 0, len);
    const ends = new Int32Array(buf, len * 4, len);
    const m = this.#map;
    if (m === null) {
      for (let k = 0; k < len; k++) {
        starts[k] = k;
        ends[k] = k + 1;
      }
    } else {
      let x = 0;
      while (x < m.length) {
        const a = m[x]!;
        const b = m[x + 1]!;
        const d = m[x + 2]!;
        x += 3;
        if (Number.isNaN(d)) {
          for (let k = a; k < b; k++) {
            starts[k] = m[x++]!;
            ends[k] = m[x++]!;
          }
        } else {
          for (let k = a; k < b; k++) {
            starts[k] = k + d;
            ends[k] = k + d + 1;
          }
        }
      }
    }
    this.#starts = starts;
    this.#ends = ends;
    this.#map = null;
  }
}

const PASS = new Pass();

/** Normalises text for matching; every output character maps back to the original (see NormalizedText). */
export function normalizeText(original: string): NormalizedText {
  return normalizeWith(typeof original === 'string' ? original : '', false);
}

/**
 * The same result as normalizeText, computed by passing every character through the full state machine,
 * without the fast loop. Slow; for tests that check the fast loop against it. Not part of the engine API.
 */
export function normalizeTextReference(original: string): NormalizedText {
  return normalizeWith(typeof original === 'string' ? original : '', true);
}

function normalizeWith(s: string, reference: boolean): NormalizedText {
  const pass = PASS;
  pass.reset(s);
  if (reference) pass.runReference();
  else pass.run();
  const text = pass.buildText();
  // the offsets, compactly (see Normalized); none when the text is the lower-cased original unit for unit
  const p = pass.pieces;
  const np = pass.np;
  let map: number[] | null = null;
  if (!(np === 0 || (np === 4 && p[2] === 0 && pass.o === s.length))) {
    map = [];
    const st = pass.st;
    const en = pass.en;
    let last = -1; // index in map of the last formula entry
    for (let q = 0; q < np; q += 4) {
      const a = p[q]!;
      const b = p[q + 1]!;
      const d = p[q + 2]!;
      if (p[q + 3] === EXPLICIT) {
        map.push(a, b, NaN);
        for (let k = a; k < b; k++) map.push(st[k]!, en[k]!);
        last = -1;
      } else if (last >= 0 && map[last + 1] === a && map[last + 2] === d) {
        map[last + 1] = b;
      } else {
        last = map.length;
        map.push(a, b, d);
      }
    }
    if (map.length === 3 && map[2] === 0 && map[1] === s.length) map = null;
  }
  const runs = pass.nRuns > 0 ? Int32Array.from(pass.runs.slice(0, pass.nRuns)) : null;
  pass.release();
  return new Normalized(text, map, runs);
}

/**
 * Is position `at` of the normalised text strictly inside a joined run of spaced-out letters (where a word
 * boundary may have been lost, see NormalizedText.joinedRuns)? Phrase matching accepts it as a word boundary.
 */
export function insideJoinedRun(n: NormalizedText, at: number): boolean {
  const r = n.joinedRuns;
  if (r === null) return false;
  // the last run starting before `at` (binary search: a hostile text may hold many runs)
  let lo = 0;
  let hi = (r.length >> 1) - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (r[mid * 2]! < at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && at < r[found * 2 + 1]!;
}

/** Maps a span [start,end) of the normalised text back to the original: {start: starts[start], end: ends[end-1]}. */
export function mapSpanToOriginal(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  const len = n.text.length;
  const a = Math.max(0, Math.min(len, Math.trunc(start) || 0));
  const b = Math.max(a, Math.min(len, Math.trunc(end) || 0));
  const starts = n.starts;
  const ends = n.ends;
  if (b > a) return { start: starts[a]!, end: ends[b - 1]! };
  // an empty span: the position where it would start
  const at = a < len ? starts[a]! : len > 0 ? ends[len - 1]! : 0;
  return { start: at, end: at };
}

/** Normalises a rule phrase the same way (trimmed). Used at compile time for phrases and anchors. */
export function normalizePhrase(phrase: string): string {
  return normalizeText(phrase).text.trim();
}

/**
 * The other ways a normalised phrase reads in a text where one of its one-letter words (English "a", Vietnamese
 * "ở", Korean "주") stood beside a spaced-out word and was joined into it with that word's letters:
 * "go on a t o u r i s t visa" → "go on atourist visa". For each one-letter word, the phrase with the space
 * before it, after it, or both removed, where the word beside it could have been spaced out and joined (letters
 * only, the same script group, long enough for a run that joins). No lexicon: any one-letter word. Compile time
 * only; a phrase holding no one-letter word between words (most) has none.
 */
export function gluedPhraseVariants(phrase: string): string[] {
  if (phrase.indexOf(' ') < 0) return [];
  const words = phrase.split(' ');
  const out = new Set<string>();
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const kind = oneLetterKind(w);
    if (kind === 0) continue;
    // a run joins from 4 letters, or 2 Hangul syllables or Devanagari clusters: the word beside needs 3 letters,
    // or 1 syllable or cluster
    const least = kind === 1 ? 3 : 1;
    const left = k > 0 && spaceableLength(words[k - 1]!, kind) >= least;
    const right = k + 1 < words.length && spaceableLength(words[k + 1]!, kind) >= least;
    const glue = (l: boolean, r: boolean): string =>
      [...words.slice(0, l ? k - 1 : k), (l ? words[k - 1]! : '') + w + (r ? words[k + 1]! : ''), ...words.slice(r ? k + 2 : k + 1)]
        .join(' ');
    if (left) out.add(glue(true, false));
    if (right) out.add(glue(false, true));
    if (left && right) out.add(glue(true, true));
  }
  out.delete(phrase);
  return [...out];
}

/**
 * The same Vietnamese phrase typed without its tone marks and diacritics ("không cần hộ chiếu" → "khong can ho
 * chieu"), as chats and posts are often written. Only for a phrase of two words or more that holds a letter found
 * in Vietnamese alone (đ, a horn, a hook above, a dot below, a breve, a tilde on e, i or y): a single stripped
 * syllable is too often a word of another language ("nợ" → "no"). Compile time only.
 */
export function unaccentedVietnameseVariant(phrase: string): string | null {
  if (phrase.indexOf(' ') < 0) return null;
  const decomposed = phrase.normalize('NFD');
  if (!VIETNAMESE_ONLY.test(decomposed)) return null;
  const folded = normalizePhrase(decomposed.replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd'));
  return folded !== phrase && folded.length >= 5 ? folded : null;
}

/** Marks and letters (decomposed) that only Vietnamese among the supported languages uses. */
const VIETNAMESE_ONLY = /[đ\u031b\u0309\u0323\u0306]|[eiy]\u0303/;

/**
 * Is the normalised word one letter (with its marks) that may join a spaced-out run: 1 a letter, 2 Hangul,
 * 3 a Devanagari cluster, else 0?
 */
function oneLetterKind(w: string): number {
  if (w.length === 0 || w.length > MAX_CLUSTER) return 0;
  const u = w.charCodeAt(0);
  if ((outCls(u) & SGL) === 0 || isHan(u)) return 0;
  if (isHangul(u)) return w.length === 1 ? 2 : 0;
  for (let k = 1; k < w.length; k++) if (!(isOutMark(w.charCodeAt(k)) || isVirama(w.charCodeAt(k - 1)))) return 0;
  return isDevanagari(u) ? 3 : 1;
}

/** How many letters of the normalised word could be spaced out and joined to a one-letter word of `kind`; 0 if any other character. */
function spaceableLength(w: string, kind: number): number {
  let n = 0;
  for (let k = 0; k < w.length; k++) {
    const u = w.charCodeAt(k);
    if (isOutMark(u)) continue;
    if ((outCls(u) & SGL) === 0 || isHan(u) || isHangul(u) !== (kind === 2) || isDevanagari(u) !== (kind === 3)) return 0;
    n++;
  }
  return n;
}
