import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWordChar } from '../../src/engine/phrase-automaton.js';
import { normalizeText } from '../../src/engine/normalize-text.js';
import { analyzeText, compilePack, ENGINE_FORMAT, isCompatibleCompiledPack, ruleFires, scoreText, type PackSource, type RuleSource, type Verdict } from '../../src/engine/index.js';
import { minimalPack, rule } from '../fixtures/minimal-pack.js';

const pack = compilePack(minimalPack());
const fired = (v: Verdict) => v.signals.map((s) => s.rule).sort();

function packWith(extra: ReturnType<typeof rule>[], edit: (p: PackSource) => void = () => {}) {
  const p = minimalPack();
  p.rules.push(...extra);
  edit(p);
  return compilePack(p);
}

describe('scoreText', () => {
  it('returns level none and no signals for an innocent text', () => {
    expect(scoreText(pack, 'Lunch at noon? The weather is nice in Bangkok.')).toEqual({ level: 'none', score: 0, signals: [], destinations: [] });
  });

  it('explains each sign with rule, rev, pack, category and exact evidence from the original text', () => {
    const text = 'Great job in  SIHANOUKVILLE!! Free Flight provided.';
    const v = scoreText(pack, text);
    const hub = v.signals.find((s) => s.rule === 'hub')!;
    expect(hub).toMatchObject({ rev: 1, pack: 'test', category: 'high-risk-destination', weight: 25, title: 'title of hub' });
    expect(hub.evidence).toEqual([{ start: 14, end: 27, text: 'SIHANOUKVILLE' }]);
    const flight = v.signals.find((s) => s.rule === 'free-flight')!;
    expect(text.slice(flight.evidence[0]!.start, flight.evidence[0]!.end)).toBe('Free Flight');
    expect(v.destinations).toEqual(['KH']);
  });

  it('finds phrases through obfuscation and maps evidence back to what the user saw', () => {
    const text = 'Contact me on T e l e g r a m or wh@tsapp';
    const v = scoreText(pack, text);
    const tg = v.signals.find((s) => s.rule === 'telegram')!;
    expect(tg.evidence.map((e) => e.text)).toEqual(['T e l e g r a m', 'wh@tsapp']);
  });

  it('respects word boundaries for Latin phrases but not for Chinese', () => {
    expect(fired(scoreText(pack, 'telegrams are old-fashioned'))).toEqual([]);
    expect(fired(scoreText(pack, '去西港工作'))).toEqual(['hub']);
  });

  it('crosses a word boundary inside a joined run of spaced-out letters on one side, or on both for a phrase of five or more', () => {
    const p = packWith([
      rule({ id: 'short', matchers: { w: { phrases: ['awas', 'visa'] } }, condition: 'w' }),
      rule({ id: 'long', matchers: { w: { phrases: ['passagem', 'campuchia'] } }, condition: 'w' }),
    ]);
    expect(fired(scoreText(p, 'di k a w a s a n pejabat'))).toEqual([]); // "awas" wholly inside the joined "kawasan"
    expect(fired(scoreText(p, 'get a v i s a now'))).toEqual(['short']); // "avisa": one side glued on
    expect(fired(scoreText(p, 'A p a s s a g e m a g e n t e adianta'))).toEqual(['long']); // "apassagemagente"
    expect(fired(scoreText(p, 'việc ở c a m p u c h i a'))).toEqual(['long']);
  });

  it('finds a Vietnamese phrase typed without diacritics and quotes the words as typed', () => {
    const p = packWith([rule({ id: 'no-visa', matchers: { w: { phrases: ['không cần hộ chiếu', 'nợ'] } }, condition: 'w' })]);
    const quoted = (t: string) => scoreText(p, t).signals.find((s) => s.rule === 'no-visa')?.evidence.map((e) => e.text) ?? [];
    expect(quoted('qua đó không cần hộ chiếu đâu')).toEqual(['không cần hộ chiếu']);
    expect(quoted('qua do Khong Can Ho Chieu dau')).toEqual(['Khong Can Ho Chieu']);
    expect(quoted('no problem, see you')).toEqual([]); // one syllable gets no unaccented form
  });

  it('matches a word-part phrase inside longer words, only on its open side, and quotes the whole word', () => {
    const stems = rule({ id: 'pays', matchers: { pay: { phrases: ['*lipa*', 'guard*', 'passport'] } }, condition: 'pay' });
    const p = packWith([stems], (src) => (src.minEngine = 2));
    const quoted = (t: string) => scoreText(p, t).signals.find((s) => s.rule === 'pays')?.evidence.map((e) => e.text) ?? [];
    expect(quoted('Boss analipa ticket')).toEqual(['analipa']);
    expect(quoted('watakulipa kila kitu')).toEqual(['watakulipa']);
    expect(quoted('eles guardam tudo')).toEqual(['guardam']);
    expect(quoted('vão aguardar a resposta')).toEqual([]); // "guard*" is open on the right only
    expect(quoted('passports')).toEqual([]); // a whole-word phrase still needs its boundaries
    // the same text as a whole word and as a word part are two phrases, each with its own boundaries
    const both = packWith([stems, rule({ id: 'whole', matchers: { w: { phrases: ['lipa'] } }, condition: 'w' })], (src) => (src.minEngine = 2));
    expect(fired(scoreText(both, 'analipa'))).toEqual(['pays']);
    expect(fired(scoreText(both, 'lipa sasa'))).toEqual(['pays', 'whole']);
  });

  it('scores one 2 MB word full of a word part quickly, quoting at most 40 more characters on each side', () => {
    const p = packWith([rule({ id: 'pays', matchers: { pay: { phrases: ['*lipa*'] } }, condition: 'pay' })], (src) => (src.minEngine = 2));
    const v = scoreText(p, `ana${'lipa'.repeat(500_000)}`);
    const evidence = v.signals.find((s) => s.rule === 'pays')!.evidence;
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(e.text.length).toBeLessThanOrEqual(4 + 2 * 40);
  });

  it('fires word-part and whole-word phrases exactly where a naive search with the same boundary rules finds them', () => {
    const phrases = ['*lipa*', '*lipa', 'lipa*', 'lipa', 'guard*', '*dam', 'ana lipa', '*ana lipa*'];
    const stems = phrases.map((raw, i) => rule({ id: `p${i}`, matchers: { m: { phrases: [raw] } }, condition: 'm' }));
    const p = packWith(stems, (src) => {
      src.minEngine = 2;
      src.rules = src.rules.filter((r) => r.id.startsWith('p'));
    });
    const naive = (norm: string, raw: string): boolean => {
      const openLeft = raw.startsWith('*');
      const openRight = raw.endsWith('*');
      const word = raw.replace(/^\*|\*$/g, '');
      for (let i = norm.indexOf(word); i !== -1; i = norm.indexOf(word, i + 1)) {
        const end = i + word.length;
        if (!openLeft && i > 0 && isWordChar(norm.charCodeAt(i - 1))) continue;
        if (!openRight && end < norm.length && isWordChar(norm.charCodeAt(end))) continue;
        return true;
      }
      return false;
    };
    const token = fc.constantFrom('lipa', 'ana', 'kulipa', 'lipia', 'analipa', 'guard', 'guardam', 'aguardar', 'dam', 'wa', ' ', ', ', '.', '-', 'é');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }).map((t) => t.join('')), (text) => {
        const norm = normalizeText(text).text;
        const got = fired(scoreText(p, text));
        const want = phrases.flatMap((raw, i) => (naive(norm, raw) ? [`p${i}`] : [])).sort();
        expect(got, JSON.stringify(text)).toEqual(want);
      }),
      { numRuns: 1500 },
    );
  });

  it('runs a pattern only behind its literal anchor', () => {
    expect(ruleFires(pack, 'test', 'telegram', 'apply at t.me/jobs_abroad_now')).toBe(true);
    expect(ruleFires(pack, 'test', 'telegram', 'apply at t.me/ab')).toBe(false);
  });

  it('matches money normalised per month', () => {
    expect(ruleFires(pack, 'test', 'high-pay', 'Earn 60,000 baht per month, no experience needed')).toBe(true);
    expect(ruleFires(pack, 'test', 'high-pay', 'Earn $60 per day, no experience')).toBe(true);
    expect(ruleFires(pack, 'test', 'high-pay', 'Earn 20,000 baht per month, no experience needed')).toBe(false);
  });

  it('finds money whose currency word stands a long multiplier away from the digits (the money-search gate reaches that far)', () => {
    // The gate looks for a digit within (longest multiplier + 3) of a currency token; "thousand" is the longest.
    const p = packWith([], (src) => src.money!.multipliers.push({ token: 'thousand', factor: 1000 }));
    expect(ruleFires(p, 'test', 'high-pay', 'Earn 60 thousand baht per month, no experience needed')).toBe(true);
    expect(ruleFires(p, 'test', 'high-pay', 'Earn 60  thousand baht per month, no experience needed')).toBe(true);
    expect(ruleFires(p, 'test', 'high-pay', 'Baht is strong. Earn well, no experience needed, 60 days holiday')).toBe(false);
  });

  describe('conditions', () => {
    const p = packWith([
      rule({
        id: 'near-rule',
        category: 'tourist-visa-for-work',
        matchers: { visa: { phrases: ['tourist visa'] }, work: { phrases: ['work'] } },
        condition: { near: ['visa', 'work'], within: 30 },
        examples: { match: ['x'], ok: ['y'] },
      }),
      rule({
        id: 'not-rule',
        category: 'urgency',
        matchers: { now: { phrases: ['start now'] }, contract: { phrases: ['contract'] } },
        condition: { all: ['now', { not: 'contract' }] },
      }),
      rule({
        id: 'atleast-rule',
        category: 'typing-test',
        matchers: { a: { phrases: ['typing test'] }, b: { phrases: ['wpm'] }, c: { phrases: ['fast typist'] } },
        condition: { atLeast: 2, of: ['a', 'b', 'c'] },
      }),
    ]);
    it('near holds only within N characters', () => {
      expect(ruleFires(p, 'test', 'near-rule', 'come on a tourist visa and work here')).toBe(true);
      expect(ruleFires(p, 'test', 'near-rule', `tourist visa ${'x'.repeat(60)} work`)).toBe(false);
    });
    it('not excludes', () => {
      expect(ruleFires(p, 'test', 'not-rule', 'start now!')).toBe(true);
      expect(ruleFires(p, 'test', 'not-rule', 'start now, contract signed first')).toBe(false);
    });
    it('atLeast counts distinct conditions', () => {
      expect(ruleFires(p, 'test', 'atleast-rule', 'typing test, typing test')).toBe(false);
      expect(ruleFires(p, 'test', 'atleast-rule', 'typing test of 40 wpm')).toBe(true);
    });
  });

  describe('levels', () => {
    it('reaches danger only with several independent categories', () => {
      const v = scoreText(pack, 'Job in Sihanoukville. Free flight. Contact on Telegram. Salary $2000/month, no experience needed.');
      expect(v.level).toBe('danger');
      expect(new Set(v.signals.map((s) => s.category)).size).toBeGreaterThanOrEqual(3);
    });

    it('caps one category however often its sign repeats', () => {
      const v = scoreText(pack, 'Sihanoukville '.repeat(50) + 'Myawaddy '.repeat(50));
      expect(v.score).toBe(25);
      expect(v.level).toBe('caution');
    });

    it('keeps a high score below danger when fewer categories than dangerMinCategories agree', () => {
      const p = packWith([], (src) => {
        src.categoryCap = 100;
        src.rules[0]!.weight = 90;
      });
      const v = scoreText(p, 'Sihanoukville');
      expect(v.score).toBe(90);
      expect(v.level).toBe('warning');
    });

    it('takes thresholds from the pack', () => {
      const p = packWith([], (src) => (src.levels = { caution: 5, warning: 10, danger: 90, dangerMinCategories: 1 }));
      expect(scoreText(p, 'Sihanoukville').level).toBe('warning');
    });

    it('caps the level of texts that warn about scams', () => {
      const v = scoreText(pack, 'Authorities warn: victims lured to Sihanoukville with a free flight and Telegram chats were rescued, no experience needed, $2000 a month.');
      expect(v.level).toBe('caution');
      expect(v.cappedBy).toBe('test/news@1');
      expect(v.score).toBeLessThan(45);
    });

    it('raises a text to a rule\'s floor, never to danger, and lets a cap hold it lower', () => {
      const sure = rule({ id: 'sure', category: 'trafficking-pattern', weight: 0, floor: 'warning', matchers: { s: { phrases: ['typing job abroad'] } } });
      const p = packWith([sure], (src) => (src.minEngine = 5));
      // alone it adds no points, and the text is at warning with the warning threshold as its score
      expect(scoreText(p, 'A typing job abroad for you')).toMatchObject({ level: 'warning', score: 45 });
      expect(fired(scoreText(p, 'A typing job abroad for you'))).toEqual(['sure']);
      // a text already above the floor keeps its own level and score
      const high = scoreText(p, 'A typing job abroad in Sihanoukville, free flight, Telegram, no experience needed, $2000 a month');
      expect(high.level).toBe('danger');
      expect(high.score).toBeGreaterThan(70);
      // a cap below the floor wins: a text that warns about the lure stays at caution
      const news = scoreText(p, 'Authorities warn: victims were offered a typing job abroad and rescued.');
      expect(news).toMatchObject({ level: 'caution', cappedBy: 'test/news@1' });
      // without the floor the same text would be at none
      const noFloor = packWith([{ ...sure, floor: undefined }]);
      expect(scoreText(noFloor, 'A typing job abroad for you').level).toBe('none');
    });

    it('lets negative legit-context weight lower the score', () => {
      const p = packWith([rule({ id: 'licensed', category: 'legit-context', weight: -20, matchers: { l: { phrases: ['licensed agency'] } } })]);
      expect(scoreText(p, 'Sihanoukville via a licensed agency').score).toBe(5);
    });
  });

  it('localises titles with language fallback to English', () => {
    const p = packWith([], (src) => (src.rules[0]!.title = { en: 'Hub', id: 'Pusat penipuan', 'zh-TW': '詐騙園區' }));
    expect(scoreText(p, 'Sihanoukville', { locale: 'id-ID' }).signals[0]!.title).toBe('Pusat penipuan');
    expect(scoreText(p, 'Sihanoukville', { locale: 'zh-TW' }).signals[0]!.title).toBe('詐騙園區');
    expect(scoreText(p, 'Sihanoukville', { locale: 'vi' }).signals[0]!.title).toBe('Hub');
  });

  it('scores 5 MB of text without error', () => {
    const chunk = 'Customer service job in Sihanoukville, free flight, chat on Telegram. 你好世界 ';
    const text = chunk.repeat(Math.ceil(5_000_000 / chunk.length));
    const v = scoreText(pack, text);
    expect(v.level).toBe('danger');
    for (const s of v.signals) expect(s.evidence.length).toBeLessThanOrEqual(6);
  });

  it('never crashes on lone surrogates, NUL and control characters', () => {
    const text = '\uD800free\u0000 flight\uDFFF to \u0007Sihanoukville\uD83D';
    const v = scoreText(pack, text);
    expect(fired(v)).toEqual(['free-flight', 'hub']);
    for (const s of v.signals) for (const e of s.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('compiles to JSON-serialisable data that scores the same after a round trip', () => {
    const copy = JSON.parse(JSON.stringify(pack));
    expect(copy.engineFormat).toBe(ENGINE_FORMAT);
    expect(isCompatibleCompiledPack(copy)).toBe(true);
    const text = 'Job in Sihanoukville, free flight, Telegram, $2000/month no experience needed';
    expect(scoreText(copy, text)).toEqual(scoreText(pack, text));
    expect(isCompatibleCompiledPack({ ...copy, engineFormat: ENGINE_FORMAT + 1 })).toBe(false);
  });

  describe('terms matchers (weighted wording)', () => {
    // bias -3: with "boss" (+1.5) and "passport" (+1) alone the probability is 0.38; "telegram" (+2) lifts it to 0.82
    const wording = rule({
      id: 'wording',
      category: 'trafficking-pattern',
      weight: 20,
      supportOnly: true,
      matchers: { words: { terms: { bias: -3, min: 0.6, weights: { telegram: 2, boss: 1.5, passport: 1, contract: -4, 老板: 1.5 } } } },
    });
    const p = packWith([wording], (src) => (src.minEngine = 3));
    // the wording rule(s) beside the place rule only: no other rule can give the text a sign
    const withHubOnly = (rules: RuleSource[]) =>
      packWith(rules, (src) => {
        src.minEngine = 3;
        src.rules = src.rules.filter((r) => r.id === 'wording' || r.id === 'hub');
      });

    it('hits when the weights of the words present reach its probability, quoting its heaviest positive words', () => {
      const v = scoreText(p, 'The BOSS keeps your passport. Write on Telegram, Telegram only.');
      const s = v.signals.find((x) => x.rule === 'wording')!;
      expect(s.evidence.map((e) => e.text)).toEqual(['BOSS', 'passport', 'Telegram']);
      expect(ruleFires(p, 'test', 'wording', 'The boss keeps your passport.')).toBe(false);
    });

    it('counts each word once, whole words only, and lets negative weights pull it down', () => {
      // "telegram" three times still adds 2 once: -3 + 2 + 1.5 = 0.5, probability 0.62
      expect(ruleFires(p, 'test', 'wording', 'boss telegram telegram telegram')).toBe(true);
      expect(ruleFires(p, 'test', 'wording', 'bossy telegrams')).toBe(false);
      expect(ruleFires(p, 'test', 'wording', 'boss telegram, contract')).toBe(false);
      // a term of a script without spaces matches inside a longer run, but not across other characters
      expect(ruleFires(p, 'test', 'wording', '联系老板telegram')).toBe(true);
      expect(ruleFires(p, 'test', 'wording', '联系老 板 telegram')).toBe(false);
      expect(ruleFires(p, 'test', 'wording', '老x板 telegram')).toBe(false);
    });

    it('a second step takes the same weights from the first with its own min, sharing its category cap', () => {
      const step = rule({
        id: 'wording-step',
        category: 'trafficking-pattern',
        weight: 15,
        supportOnly: true,
        matchers: { words: { terms: { from: 'wording', min: 0.4 } } },
      });
      const q = packWith([wording, step], (src) => {
        src.minEngine = 4;
        src.categoryCaps = { 'trafficking-pattern': 25 };
      });
      // -3 + 1.5 + 1 = -0.5: probability 0.38, under both steps; with "telegram" 0.82, over both
      expect(fired(scoreText(q, 'Boss keeps the passport, in Sihanoukville'))).toEqual(['hub']);
      expect(ruleFires(q, 'test', 'wording-step', 'boss telegram')).toBe(true); // -3 + 1.5 + 2: 0.62
      expect(ruleFires(q, 'test', 'wording', 'boss passport')).toBe(false);
      const both = scoreText(q, 'Boss keeps the passport, Telegram only, Sihanoukville');
      expect(fired(both)).toEqual(['hub', 'telegram', 'wording', 'wording-step']);
      expect(both.score).toBe(25 + 15 + 25); // the two steps (20 + 15) capped at 25
    });

    it('adds its weight only beside another positive sign (supportOnly)', () => {
      const alone = scoreText(p, 'Boss says: message me on Telegram.');
      expect(fired(alone)).toEqual(['telegram', 'wording']); // the telegram phrase rule is the other sign here
      expect(alone.score).toBe(15 + 20);
      const q = withHubOnly([wording]);
      expect(scoreText(q, 'Boss says: message me on Telegram.')).toMatchObject({ level: 'none', score: 0, signals: [] });
      expect(fired(scoreText(q, 'Boss in Sihanoukville: message me on Telegram.'))).toEqual(['hub', 'wording']);
    });

    it('is consulted only beside another positive sign, unless one of its rules could raise a text alone', () => {
      const q = withHubOnly([wording]);
      const text = 'Boss says: message me on Telegram, bring your passport.';
      // nothing else fired, so the model could change nothing: it is not consulted, and nothing of it shows
      expect(analyzeText(q, text)).toMatchObject({ firings: [], terms: [] });
      // training and pack examples ask for it on every text
      const every = analyzeText(q, text, { everyText: true, listTerms: true });
      expect(every.terms.sort()).toEqual(['boss', 'passport', 'telegram']);
      expect(every.firings.map((f) => q.rules[f.rule]!.id)).toEqual(['wording']);
      expect(ruleFires(q, 'test', 'wording', text)).toBe(true);
      // beside a place sign it is consulted, and its firing keeps rule order
      const beside = analyzeText(q, `${text} Sihanoukville.`);
      expect(beside.firings.map((f) => q.rules[f.rule]!.id)).toEqual(q.rules.map((r) => r.id).filter((id) => id === 'hub' || id === 'wording'));
      // a wording rule that is a sign of its own (not supportOnly) makes the model run on every text
      const own = withHubOnly([{ ...wording, supportOnly: false }]);
      expect(fired(scoreText(own, text))).toEqual(['wording']);
      expect(analyzeText(own, text, { listTerms: true }).terms.length).toBe(3);
      expect(analyzeText(own, text).terms).toEqual([]); // (listed only when asked)
    });
  });

  it('does not score experimental rules, but still evaluates them for examples', () => {
    const p = packWith([], (src) => (src.rules[0]!.status = 'experimental'));
    expect(fired(scoreText(p, 'Sihanoukville'))).toEqual([]);
    expect(ruleFires(p, 'test', 'hub', 'Sihanoukville')).toBe(true);
  });

  it('applies a local pack that re-weights and disables base rules and adds its own', () => {
    const local: PackSource = {
      ...minimalPack(),
      id: 'ngo',
      version: '0.1.0',
      places: [],
      rules: [rule({ id: 'agency-fee', category: 'recruitment-fee', weight: 10, matchers: { fee: { phrases: ['agency fee'] } } })],
      overrides: [
        { rule: 'test/hub', weight: 5 },
        { rule: 'test/telegram', disable: true },
      ],
    };
    const combined = compilePack([minimalPack(), local]);
    const v = scoreText(combined, 'Sihanoukville, Telegram, agency fee');
    expect(v.signals.map((s) => `${s.pack}/${s.rule}:${s.weight}`).sort()).toEqual(['ngo/agency-fee:10', 'test/hub:5']);
    expect(combined.packs.map((p) => p.id)).toEqual(['test', 'ngo']);
  });
});
