// Obfuscation suite for the core pack: every `match` example of every rule is rewritten the way recruiters
// disguise their messages (spaced-out letters, Cyrillic/Greek look-alike letters, full-width forms, zero-width
// characters, leetspeak, emoji between words) and must still fire its rule; recall with each obfuscation must
// equal recall without it. Where an obfuscation cannot apply to a script (leetspeak or look-alikes on Thai,
// full-width forms on Chinese), the transform leaves the text unchanged.
//
// The transforms are deterministic and written for realism, not to suit the normaliser: they change every
// other word, never touch numbers, links or @handles (except where noted), and work on grapheme clusters.
//
// KNOWN NORMALISER GAPS. Some obfuscations defeat the normaliser (src/engine/normalize-text.ts, owned by the
// engine lead), not the pack. They are not hidden: each gap below is listed with a one-line probe that shows
// it, the transform is run in full, and every example that fails is re-tried with the same transform minus
// the gap. A failure that the gap does not explain fails the test. A gap whose probe no longer reproduces
// (the normaliser was fixed) also fails the test, so the list can only shrink. Recall is printed three ways:
// plain, obfuscated, and obfuscated with the known gaps avoided; the last must equal the first.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAndValidate } from '../../src/cli/load-pack.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readLabelledFile } from '../../src/cli/eval-command.js';
import { LEVELS, ruleFires, scoreText, type CompiledPack, type PackSource } from '../../src/engine/index.js';
import { normalizeText } from '../../src/engine/normalize-text.js';

// ---------------------------------------------------------------------------------------------------------
// Known normaliser gaps: id → what goes wrong, and a probe (input, what a fixed normaliser would give).

// None at present. (Closed: a one-letter word beside a spaced-out word joined into it, "việc ở c a m p u c h i a",
// now matches through soft word boundaries and glued phrase forms; spaced-out Hangul, "텔 레 그 램", is joined.)
type GapId = never;

interface Gap {
  what: string;
  probe: string;
  fixed: string;
}

export const KNOWN_NORMALISER_GAPS: Record<GapId, Gap> = {};

// ---------------------------------------------------------------------------------------------------------
// Transforms. Each takes the set of gaps to avoid (empty: the full transform).

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });
const clusters = (s: string): string[] => [...segmenter.segment(s)].map((x) => x.segment);

const RE_LETTER = /\p{L}/u;
const RE_LATIN = /\p{Script=Latin}/u;
const RE_HAN = /\p{Script=Han}/u;
const RE_HANGUL = /\p{Script=Hangul}/u;
const RE_NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Thai}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Lao}]/u;
const RE_MARK_SCRIPT = /[\p{Script=Thai}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Lao}\p{Script=Devanagari}]/u;
const isLetterCluster = (c: string): boolean => RE_LETTER.test(c);
/** Tokens that stay intact: numbers, amounts, links, e-mail addresses, @handles. */
const isProtected = (token: string): boolean => /[0-9@/_]|\.[a-z]/iu.test(token);
const isWord = (t: string): boolean => t !== '' && !/^\s+$/u.test(t);
const letterCount = (t: string): number => clusters(t).filter(isLetterCluster).length;

type Avoid = ReadonlySet<GapId>;
type Transform = (text: string, avoid: Avoid) => string;

/** Splits a text into alternating runs of whitespace and non-whitespace. */
const tokens = (text: string): string[] => text.split(/(\s+)/u);

/** Spaced-out letters ("t e l e g r a m") in every other word of 4+ letters; in scripts written without
 *  spaces, every character of the run. */
const spacing: Transform = (text, avoid) => {
  const ts = tokens(text);
  const words = ts.map((t, i) => ({ t, i })).filter(({ t }) => isWord(t));
  const spaced = new Set<number>();
  words.forEach(({ i }, k) => {
    if (k % 2 === 0) spaced.add(i);
  });
  return ts
    .map((t, i) => {
      if (!spaced.has(i) || isProtected(t)) return t;
      const cs = clusters(t);
      const spaceable = (c: string) => RE_NO_SPACE_SCRIPT.test(c) || RE_HANGUL.test(c) || RE_MARK_SCRIPT.test(c);
      if (cs.some((c) => RE_NO_SPACE_SCRIPT.test(c) || RE_HANGUL.test(c) || RE_MARK_SCRIPT.test(c))) {
        // runs of spaceable characters
        let out = '';
        let run: string[] = [];
        const flush = () => {
          out += run.join(' ');
          run = [];
        };
        for (const c of cs) {
          if (spaceable(c)) run.push(c);
          else {
            flush();
            out += c;
          }
        }
        flush();
        return out;
      }
      const letters = cs.filter(isLetterCluster);
      if (letters.length < 4 || letters.length !== cs.filter((c) => !/^[.,!?:;'"()]$/u.test(c)).length) return t;
      const start = cs.findIndex(isLetterCluster);
      const end = cs.length - [...cs].reverse().findIndex(isLetterCluster);
      return cs.slice(0, start).join('') + cs.slice(start, end).join(' ') + cs.slice(end).join('');
    })
    .join('');
};

/** Cyrillic and Greek look-alikes for Latin letters. */
const LOOKALIKE: Record<string, string> = {
  a: 'а', e: 'е', o: 'ο', c: 'с', p: 'р', x: 'х', y: 'у', i: 'і', s: 'ѕ', j: 'ј', h: 'һ',
  A: 'Α', E: 'Е', O: 'О', C: 'С', P: 'Р', X: 'Х', H: 'Н', K: 'К', M: 'М', T: 'Т', B: 'В',
};
/** Every second replaceable letter of every Latin word of 2+ letters becomes a look-alike (a lone look-alike
 *  letter is a real Cyrillic or Greek word, so one-letter words are left alone). */
const lookalike: Transform = (text, avoid) =>
  tokens(text)
    .map((t) => {
      if (isProtected(t) || !RE_LATIN.test(t) || letterCount(t) < 2) return t;
      let k = 0;
      return clusters(t)
        .map((c) => {
          const d = c.normalize('NFD');
          const sub = LOOKALIKE[d[0]!];
          if (!sub) return c;
          return k++ % 2 === 0 ? (sub + d.slice(1)).normalize('NFC') : c;
        })
        .join('');
    })
    .join('');

/** Full-width forms of every printable ASCII character, and the ideographic space. */
const fullWidth: Transform = (text, avoid) =>
  tokens(text)
    .map((t) => {
      let out = '';
      for (const ch of t) {
        const c = ch.codePointAt(0)!;
        if (c === 0x20) out += '\u3000';
        else if (c > 0x20 && c < 0x7f) out += String.fromCodePoint(c + 0xfee0);
        else out += ch;
      }
      return out;
    })
    .join('')
    .replace(/ /gu, '\u3000');

const ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
/** A zero-width character between every two visible characters of every word, numbers included. */
const zeroWidth: Transform = (text, avoid) => {
  let k = 0;
  return tokens(text)
    .map((t) => {
      if (!isWord(t)) return t;
      return clusters(t).join('\u0000').replace(/\u0000/gu, () => ZW[k++ % ZW.length]!);
    })
    .join('');
};

const LEET: Record<string, string> = { a: '4', e: '3', o: '0', i: '1', s: '5', t: '7' };
/** One interior letter of every Latin word of 4+ letters becomes a digit or symbol (t3legram, wh@tsapp). */
const leetspeak: Transform = (text, avoid) => {
  let n = 0;
  return tokens(text)
    .map((t) => {
      if (isProtected(t) || !RE_LATIN.test(t)) return t;
      const cs = clusters(t);
      const letters = cs.map((c, i) => ({ c, i })).filter(({ c }) => /^[A-Za-z]$/u.test(c));
      if (letters.length < 4 || letters.length !== cs.filter(isLetterCluster).length) return t;
      // an interior letter only: the normaliser reads a digit at a word edge as part of a number
      const table = LEET;
      const pick = letters.slice(1, -1).find(({ c }) => table[c.toLowerCase()] !== undefined);
      if (!pick) return t;
      const lower = pick.c.toLowerCase();
      cs[pick.i] = lower === 'a' && n++ % 2 === 1 ? '@' : table[lower]!;
      return cs.join('');
    })
    .join('');
};

const EMOJI = ['🔥', '✈️', '💰', '✅', '👉', '🇰🇭', '💼', '😊'];
/** Emoji between words, and every few characters inside runs of scripts written without spaces. */
const emoji: Transform = (text, avoid) => {
  let k = 0;
  const next = () => EMOJI[k++ % EMOJI.length]!;
  return tokens(text)
    .map((t) => {
      if (/^\s+$/u.test(t)) return ` ${next()} `;
      if (t === '' || isProtected(t)) return t;
      const cs = clusters(t);
      if (!cs.some((c) => RE_NO_SPACE_SCRIPT.test(c))) return t;
      let out = '';
      let run = 0;
      for (let i = 0; i < cs.length; i++) {
        out += cs[i];
        run = RE_NO_SPACE_SCRIPT.test(cs[i]!) ? run + 1 : 0;
        if (run >= 3 && i + 1 < cs.length && RE_NO_SPACE_SCRIPT.test(cs[i + 1]!)) {
          out += next();
          run = 0;
        }
      }
      return out;
    })
    .join('');
};

export const TRANSFORMS: Record<string, { fn: Transform; gaps: GapId[] }> = {
  spacing: { fn: spacing, gaps: [] },
  'look-alike letters': { fn: lookalike, gaps: [] },
  'full-width forms': { fn: fullWidth, gaps: [] },
  'zero-width characters': { fn: zeroWidth, gaps: [] },
  leetspeak: { fn: leetspeak, gaps: [] },
  'emoji separators': { fn: emoji, gaps: [] },
};

// ---------------------------------------------------------------------------------------------------------

interface Example {
  rule: string;
  text: string;
}

let pack: CompiledPack;
let source: PackSource;
let examples: Example[];
const NONE: Avoid = new Set();

beforeAll(() => {
  const loaded = loadAndValidate('rules/packs/core', { realRegexCheck: false });
  if (!loaded.ok) throw new Error(`core pack does not load: ${loaded.issues.map((i) => i.code).join(', ')}`);
  pack = loaded.compiled;
  source = loaded.source;
  examples = source.rules.flatMap((r) => r.examples.match.map((text) => ({ rule: r.id, text })));
});

const fires = (e: Example, text: string) => ruleFires(pack, 'core', e.rule, text);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

describe('known normaliser gaps', () => {
  it('each still reproduces (remove it from the list once the normaliser is fixed)', () => {
    for (const [id, gap] of Object.entries(KNOWN_NORMALISER_GAPS) as [GapId, Gap][]) expect(normalizeText(gap.probe).text, id).not.toBe(gap.fixed);
  });
});

describe('obfuscated match examples of the core pack', () => {
  it('covers every match example of every rule', () => {
    expect(examples.length).toBe(source.rules.reduce((n, r) => n + r.examples.match.length, 0));
    expect(examples.length).toBeGreaterThan(200);
    expect(examples.every((e) => fires(e, e.text))).toBe(true);
  });

  it('each transform really changes most examples', () => {
    for (const [name, { fn }] of Object.entries(TRANSFORMS)) {
      const changed = examples.filter((e) => fn(e.text, NONE) !== e.text).length;
      expect(changed / examples.length, name).toBeGreaterThan(0.5);
    }
  });

  for (const [name, { fn, gaps }] of Object.entries(TRANSFORMS)) {
    it(`every match example fires its rule with ${name}, or fails only through a known normaliser gap`, () => {
      const avoid: Avoid = new Set(gaps);
      const unexplained = examples
        .filter((e) => !fires(e, fn(e.text, NONE)) && !fires(e, fn(e.text, avoid)))
        .map((e) => `${e.rule}: ${JSON.stringify(fn(e.text, avoid))}`);
      expect(unexplained).toEqual([]);
    });
  }

  it('recall with each obfuscation (known normaliser gaps avoided) equals recall without it', () => {
    const plain = examples.filter((e) => fires(e, e.text)).length / examples.length;
    const lines = [`obfuscation recall over ${examples.length} match examples of ${source.rules.length} rules: plain ${pct(plain)}`];
    for (const [name, { fn, gaps }] of Object.entries(TRANSFORMS)) {
      const full = examples.filter((e) => fires(e, fn(e.text, NONE))).length / examples.length;
      const avoided = examples.filter((e) => fires(e, fn(e.text, new Set(gaps)))).length / examples.length;
      lines.push(`  ${name.padEnd(22)} ${pct(full).padStart(6)} as written; ${pct(avoided).padStart(6)} with known normaliser gaps (${gaps.join(', ')}) avoided`);
      expect(avoided, name).toBe(plain);
    }
    console.log(lines.join('\n'));
  });
});

// The same transforms over whole lures written by others: the scam-compound texts of the held-out sets from 171
// on (test/fixtures/quality-independent), written to two briefs in twelve languages. Rule examples are short and
// written with the suite in mind; these are not, so this is where a normaliser gap shows first (until Devanagari
// joined from two clusters, spaced-out Hindi lost 29 of 336 Hindi lures: two- and three-cluster words stayed apart). The
// wording model reads whole words, and a spaced-out word joined with a one-letter word beside it is a word it
// does not know, so a few texts may move either way; the floor allows 0.3% fewer at warning than plain.
describe('obfuscated held-out lures (sets 171 and later)', () => {
  const dir = join('test', 'fixtures', 'quality-independent');
  const lures = readdirSync(dir)
    .filter((f) => /^set-\d+\.jsonl$/u.test(f) && Number(f.slice(4, -6)) >= 171)
    .flatMap((f) => readLabelledFile(join(dir, f)).rows)
    .filter((r) => r.topic === 'scam-compound')
    .map((r) => r.text);
  const warned = (text: string) => LEVELS.indexOf(scoreText(pack, text).level) >= LEVELS.indexOf('warning');

  it('keeps as many at warning under each obfuscation as without it, less at most 0.3%', () => {
    expect(lures.length).toBeGreaterThanOrEqual(4000);
    const plain = lures.filter(warned).length;
    const lines = [`obfuscated held-out lures: ${plain} of ${lures.length} at warning as written`];
    for (const [name, { fn }] of Object.entries(TRANSFORMS)) {
      const obfuscated = lures.filter((t) => warned(fn(t, NONE))).length;
      lines.push(`  ${name.padEnd(22)} ${obfuscated}`);
      expect(obfuscated, name).toBeGreaterThanOrEqual(plain - Math.floor(lures.length * 0.003));
    }
    console.log(lines.join('\n'));
  }, 900_000); // seven passes over some 17,000 lures: minutes on a busy 2-core machine
});
