// Quality targets of the core pack (issue 4) on the team-written evaluation set in test/fixtures/quality/:
// scam-compound ads and chats (some obfuscated), generic job scams, legitimate overseas and local jobs,
// ordinary chats and awareness texts, in twelve languages. The set was written by the team before the pack was
// tuned on it and is not taken from ../shared/corpus (which is for measurement only; the last test checks that
// no fixture or rule example is a copy of a corpus text when the corpus is present).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLabelledFile, type LabelledRow } from '../../src/cli/eval-command.js';
import { loadAndValidate } from '../../src/cli/load-pack.js';
import { scoreText, type CompiledPack, type Level, type PackSource } from '../../src/engine/index.js';

const DIR = 'test/fixtures/quality';
const LANGUAGES = ['en', 'id', 'ms', 'vi', 'zh-Hans', 'zh-Hant', 'th', 'tl', 'ko', 'pt-BR', 'sw', 'hi'];
const TOPICS: Record<string, 'scam' | 'legit'> = {
  compound: 'scam', // scam-compound recruitment: ads and multi-sentence chats
  'job-scam': 'scam', // generic job scams: task, pay-to-work, fake cheque, money mule, unsolicited part-time offers
  'legit-overseas': 'legit', // real jobs abroad, several with paid flights, visa sponsorship or licensed agencies
  'legit-local': 'legit',
  chat: 'legit', // ordinary chats, including a holiday in Bangkok and family in Cambodia
  awareness: 'legit', // news, advisories, "how to spot" guides, forum posts quoting a lure
};
const RANK: Record<Level, number> = { none: 0, caution: 1, warning: 2, danger: 3 };

interface Scored extends LabelledRow {
  level: Level;
  obfuscated: boolean;
}

let pack: CompiledPack;
let source: PackSource;
let rows: Scored[];

beforeAll(() => {
  const loaded = loadAndValidate('rules/packs/core', { realRegexCheck: false });
  if (!loaded.ok) throw new Error(`core pack does not load: ${loaded.issues.map((i) => i.code).join(', ')}`);
  pack = loaded.compiled;
  source = loaded.source;
  rows = readdirSync(DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => {
      const { rows: read, malformed } = readLabelledFile(join(DIR, f));
      if (malformed.length) throw new Error(`malformed lines in ${f}: ${JSON.stringify(malformed)}`);
      const raw = readFileSync(join(DIR, f), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as { obfuscated?: boolean });
      return read.map((r, i) => ({ ...r, level: scoreText(pack, r.text).level, obfuscated: raw[i]?.obfuscated === true }));
    });
});

const share = (list: Scored[], pred: (r: Scored) => boolean) => list.filter(pred).length / list.length;
const ids = (list: Scored[]) => list.map((r) => `${r.id} (${r.level})`);
const atLeast = (level: Level) => (r: Scored) => RANK[r.level] >= RANK[level];
const topic = (t: string) => rows.filter((r) => r.topic === t);

describe('the team evaluation set', () => {
  it('is well formed: unique ids, known kinds, languages and topics, labels that match the topic', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) {
      expect(['job-ad', 'message', 'article'], r.id).toContain(r.kind);
      expect(LANGUAGES, r.id).toContain(r.lang);
      expect(Object.keys(TOPICS), r.id).toContain(r.topic);
      expect(r.label, r.id).toBe(TOPICS[r.topic!]);
    }
  });

  it('has at least 15 texts in each of the twelve languages, with every topic in each', () => {
    for (const lang of LANGUAGES) {
      const mine = rows.filter((r) => r.lang === lang);
      expect(mine.length, lang).toBeGreaterThanOrEqual(15);
      for (const t of Object.keys(TOPICS)) expect(mine.some((r) => r.topic === t), `${lang} ${t}`).toBe(true);
    }
    expect(rows.filter((r) => r.obfuscated && r.topic === 'compound').length).toBeGreaterThanOrEqual(LANGUAGES.length);
  });
});

describe('core pack targets on the team evaluation set', () => {
  it('puts at least 95% of scam-compound recruitment at warning or above', () => {
    const list = topic('compound');
    const missed = list.filter((r) => !atLeast('warning')(r));
    expect(share(list, atLeast('warning')), `missed: ${ids(missed).join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('puts most scam-compound recruitment at danger (at least 80%)', () => {
    expect(share(topic('compound'), atLeast('danger'))).toBeGreaterThanOrEqual(0.8);
  });

  it('keeps at least 85% of scam-compound recruitment at warning or above in every language', () => {
    for (const lang of LANGUAGES) {
      const list = topic('compound').filter((r) => r.lang === lang);
      expect(share(list, atLeast('warning')), `${lang}: ${ids(list.filter((r) => !atLeast('warning')(r))).join(', ')}`).toBeGreaterThanOrEqual(0.85);
    }
  });

  it('keeps obfuscated scam-compound recruitment at warning or above (at least 90%)', () => {
    const list = topic('compound').filter((r) => r.obfuscated);
    expect(share(list, atLeast('warning')), ids(list.filter((r) => !atLeast('warning')(r))).join(', ')).toBeGreaterThanOrEqual(0.9);
  });

  it('raises every generic job scam (task, pay-to-work, fake cheque, money mule, unsolicited offer) to caution at least', () => {
    const missed = topic('job-scam').filter((r) => !atLeast('caution')(r));
    expect(ids(missed)).toEqual([]);
  });

  it('puts at most 1% of legitimate job ads (overseas, with paid travel or visas, and local) at warning or above', () => {
    const list = rows.filter((r) => r.kind === 'job-ad' && (r.topic === 'legit-overseas' || r.topic === 'legit-local'));
    const flagged = list.filter(atLeast('warning'));
    expect(flagged.length, ids(flagged).join(', ')).toBeLessThanOrEqual(Math.floor(list.length * 0.01));
  });

  it('puts at most 1% of ordinary chats at warning or above', () => {
    const list = topic('chat');
    const flagged = list.filter(atLeast('warning'));
    expect(flagged.length, ids(flagged).join(', ')).toBeLessThanOrEqual(Math.floor(list.length * 0.01));
  });

  it('keeps every awareness text (news, advisory, guide, forum post quoting a lure) at caution or below', () => {
    const flagged = topic('awareness').filter(atLeast('warning'));
    expect(ids(flagged)).toEqual([]);
  });
});

// Independent sets (test/fixtures/quality-independent/, see its README): written by team members who saw neither
// the rules nor this set; the first two were later used to find vocabulary gaps and are now regression sets.
const INDEPENDENT = 'test/fixtures/quality-independent';
interface IndependentRow {
  id: string;
  lang: string;
  group: 'scam-compound' | 'legit-job' | 'ordinary-chat' | 'awareness';
  text: string;
  level: Level;
}
const independent: Record<string, IndependentRow[]> = {};

/** The rows of independent sets (by file name without .jsonl), each with the level the core pack gives it. */
function scoredSets(names: string[]): IndependentRow[] {
  return names.flatMap((name) =>
    readFileSync(join(INDEPENDENT, `${name}.jsonl`), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Omit<IndependentRow, 'level'>)
      .map((r) => ({ ...r, level: scoreText(pack, r.text).level })),
  );
}

const warnedRow = (r: IndependentRow) => RANK[r.level] >= RANK.warning;

/** A set of legitimate texts (all labelled legit) held to at most `maxWarned` of its `count` rows at warning or above. */
function describeLegitimateGuard(title: string, claim: string, sets: string[], count: number, maxWarned: number): void {
  describe(title, () => {
    it(claim, () => {
      const rows = scoredSets(sets);
      expect(rows).toHaveLength(count);
      const flagged = rows.filter(warnedRow);
      expect(flagged.length, flagged.map((r) => r.id).join(', ')).toBeLessThanOrEqual(maxWarned);
    });
  });
}

/** The share of a group's rows that meet `pred` (by default: at warning or above). */
function shareOf(rows: IndependentRow[], g: IndependentRow['group'], pred: (r: IndependentRow) => boolean = warnedRow): number {
  const list = rows.filter((r) => r.group === g);
  return list.filter(pred).length / list.length;
}

describe.each(['set-1', 'set-2', 'set-3', 'set-4', 'set-5', 'set-6', 'set-7', 'set-8', 'set-9', 'set-10', 'set-11', 'set-12', 'set-13', 'set-14', 'set-15', 'set-16', 'set-17', 'set-18', 'set-19', 'set-20', 'set-21', 'set-22', 'set-23', 'set-24', 'set-25', 'set-27', 'set-29', 'set-30', 'set-31', 'set-32', 'set-33', 'set-35', 'set-37', 'set-38'])('core pack targets on the independent %s', (name) => {
  beforeAll(() => {
    independent[name] = scoredSets([name]);
  });
  const group = (g: IndependentRow['group']) => independent[name]!.filter((r) => r.group === g);
  const list = (rs: IndependentRow[]) => rs.map((r) => `${r.id} (${r.level})`).join(', ');

  it('puts at least 95% of scam-compound recruitment at warning or above, and most at danger', () => {
    const scams = group('scam-compound');
    expect(scams.length).toBeGreaterThanOrEqual(80);
    const missed = scams.filter((r) => !warnedRow(r));
    expect(missed.length, `missed: ${list(missed)}`).toBeLessThanOrEqual(Math.floor(scams.length * 0.05));
    // "most of it at danger" (issue 4): more than half. Friends' pressing chats reach warning with two kinds of sign.
    expect(scams.filter((r) => r.level === 'danger').length).toBeGreaterThan(scams.length / 2);
  });

  it('puts at most 1% of legitimate job ads and ordinary chats at warning or above', () => {
    for (const g of ['legit-job', 'ordinary-chat'] as const) {
      const flagged = group(g).filter(warnedRow);
      expect(flagged.length, `${g}: ${list(flagged)}`).toBeLessThanOrEqual(Math.floor(group(g).length * 0.01));
    }
  });

  it('keeps every awareness text at caution or below', () => {
    expect(list(group('awareness').filter(warnedRow))).toBe('');
  });
});

/**
 * Regression guards over a group of held-out rounds: the lure count, floors at warning (and danger), and a limit on
 * legitimate jobs, chats and awareness texts at warning.
 */
function describeRoundGuards(
  title: string,
  sets: string[],
  floors: { lures: number; warning: number; danger?: number; falsePositives: number; falsePositiveWording: string },
): void {
  const pct = (x: number) => `${+(x * 100).toFixed(1)}%`;
  describe(title, () => {
    let rows: IndependentRow[] = [];
    beforeAll(() => {
      rows = scoredSets(sets);
    });
    const rate = (g: IndependentRow['group'], pred?: (r: IndependentRow) => boolean) => shareOf(rows, g, pred);
    const dangerWording = floors.danger === undefined ? '' : ` and ${pct(floors.danger)} at danger`;

    it(`keeps at least ${pct(floors.warning)} of their scam-compound texts at warning or above${dangerWording}`, () => {
      expect(rows.filter((r) => r.group === 'scam-compound').length).toBe(floors.lures);
      expect(rate('scam-compound')).toBeGreaterThanOrEqual(floors.warning);
      if (floors.danger !== undefined) expect(rate('scam-compound', (r) => r.level === 'danger')).toBeGreaterThanOrEqual(floors.danger);
    });

    it(`keeps legitimate jobs, chats and awareness texts at warning ${floors.falsePositiveWording}`, () => {
      expect(rate('legit-job')).toBeLessThanOrEqual(floors.falsePositives);
      expect(rate('ordinary-chat')).toBeLessThanOrEqual(floors.falsePositives);
      expect(rate('awareness')).toBeLessThanOrEqual(floors.falsePositives);
    });
  });
}

// Sets 171-356 came in rounds of six: three written to the harder brief (recruiters who write like a company,
// fixtures README), then three to the ordinary one.
const laterRounds = (harder: boolean): string[] =>
  Array.from({ length: 186 }, (_, k) => 171 + k)
    .filter((n) => ((n - 171) % 6 < 3) === harder)
    .map((n) => `set-${n}`);

// Sets 49-158 and the ordinary half of 171-356: the held-out rounds of core 1.4.0-1.8.7 written to the ordinary
// brief (figures per release in the fixtures README). Each was measured once before anything was tuned on it; since
// then sets up to 170 have trained the wording model and later ones guided rules and thresholds, so they are
// regression guards now, not estimates. The floors sit under the core 1.8.7 figures (99.43% at warning, 78.9% at
// danger; none of 11,064 legitimate jobs, 0.08% of chats and 0.04% of awareness texts at warning): a change that loses
// recall or adds false positives on 28,000 unseen-style texts fails here.
const ORDINARY_ROUNDS = [...Array.from({ length: 110 }, (_, k) => `set-${49 + k}`), ...laterRounds(false)];

describeRoundGuards('core pack on the held-out rounds (sets 49-158 and the ordinary half of 171-356) as regression guards', ORDINARY_ROUNDS, {
  lures: 17052,
  warning: 0.98,
  danger: 0.765,
  falsePositives: 0.005,
  falsePositiveWording: 'under 0.5%',
});

// Sets 159-170 and the harder half of 171-356: written to the harder brief, with legitimate relocations of the same
// surface. Sets 159-170 tuned core 1.5.5-1.5.8 and trained 1.5.8's wording model; each later round measured the
// pack of its time (fixtures README). The floors sit under the 1.8.7 figures over all hundred and five (99.57% at
// warning; 2 of 6,300 legitimate jobs, 1 of 3,150 chats and no awareness text at warning).
describeRoundGuards(
  'core pack on the harder-brief sets (159-170 and the harder half of 171-356) as regression guards',
  [...Array.from({ length: 12 }, (_, k) => `set-${159 + k}`), ...laterRounds(true)],
  { lures: 8820, warning: 0.97, falsePositives: 0.01, falsePositiveWording: 'within 1%' },
);

// Sets 357-446 were written on 2026-11-30 to briefs rewritten from the fixtures README (the earlier brief files were
// lost with a machine; the new ones are in fixtures/quality-independent/briefs). Their writers put two or three hints
// in each lure, and the pack does markedly worse on them: core 1.8.7 put 3,190 of the first 4,032 lures at warning.
// Rounds of six tuned the pack and the next round measured it once (fixtures README: core 1.8.8 412 of 504 on
// 375-380, 1.8.9 425 on 387-392, 1.8.10 440 on 393-398, 1.8.11 447 on 399-404 and 452 on 405-410, 1.8.12 454 on
// 411-416, 1.8.13 446 on 417-422, 1.8.14 468 on 423-428, 1.8.15 466 on 429-434, 1.8.16 447 on 435-440, 1.8.18 464
// on 441-446, 1.8.19 447 on 447-452, 1.8.20 468 on 453-458, 1.8.21 473 on 459-464, 1.8.22 465 on 465-470, 1.8.23 482
// on 471-476, 1.8.24 471 on 477-482, 1.8.25 471 on 489-494, 1.8.26 469 on 495-500, 1.8.27 468 on 501-506, 1.8.28 470
// on 507-512 and 487 on 513-518, 1.8.30 465 on 519-524, 1.8.31 472 on 525-530, 1.8.33 463 on 531-536, 1.8.34 478 on
// 537-542, 1.8.35 463 on 543-548, 1.8.36 480 on 549-554, 1.8.37 496 on 555-560). Core 1.8.36's and 1.8.37's wording
// models were trained on sets 1-548, so 1.8.37's figures over the hundred and ninety-two sets 357-548 (98.2% at
// warning, 67.6% at danger; 6 of 10,368 legitimate jobs, 2 of 5,568 chats, no awareness text at warning; 1.8.35:
// 96.4% and 66.4%, 18 awareness texts) are partly training fit: the floors sit under them, above what a new round of writers gets (84-97%).
const REWRITTEN_BRIEF_ROUNDS = Array.from({ length: 192 }, (_, k) => `set-${357 + k}`);

describeRoundGuards('core pack on the sets written to the rewritten briefs (357-548) as regression guards', REWRITTEN_BRIEF_ROUNDS, {
  lures: 16128,
  warning: 0.96,
  danger: 0.65,
  falsePositives: 0.005,
  falsePositiveWording: 'under 0.5%',
});

// hard-9 ... hard-14 (fixtures README): 1,200 long legitimate job ads and recruiters' letters as job boards and HR
// departments write them, a sixth of them for jobs in Cambodia, Laos, Myanmar and Thailand (hard-13). Core 1.8.14
// put 45 at warning; 1.8.15 to 1.8.18 (documented-employer, tuned on the odd-numbered ids only) put 19, and 1.8.19
// (verifiable-employer) puts 7. hard-15 and hard-16 are 400 legitimate ads and recruiters' messages for jobs in the hub
// countries themselves (and the Gulf): core 1.8.18, which never saw them, put 44 at warning (31 of hard-15's 200);
// 1.8.19, tuned on their odd-numbered ids only, puts 16. hard-17 and hard-18 (200 more ads and 200 more recruiters'
// messages, written after 1.8.19 was frozen): 1.8.18 33 and 18, 1.8.19 13 and 10; hard-19 and hard-20 (the same
// again, measured once on 1.8.20): 1.8.18 28 and 17, 1.8.20 10 and 8; hard-21 and hard-22 (measured once on 1.8.21):
// 1.8.18 24 and 18, 1.8.21 11 and 9; hard-23 and hard-24 (measured once on 1.8.22): 1.8.18 25 and 7, 1.8.22 6 and 6;
// hard-25 and hard-26 (on 1.8.23): 1.8.18 24 and 27, 1.8.23 12 and 17; hard-27 and hard-28 (on 1.8.24): 1.8.18 18
// and 18, 1.8.24 8 and 14; hard-29 and hard-30 (on 1.8.24): 1.8.18 23 and 20, 1.8.24 2 and 12; hard-31 and hard-32
// (on 1.8.25): 1.8.18 22 and 14, 1.8.25 14 and 6; hard-33 and hard-34 (on 1.8.26): 1.8.18 23 and 15, 1.8.26 4 and 6;
// hard-35 and hard-36 (on 1.8.27): 1.8.18 21 and 12, 1.8.27 10 and 5; hard-37 and hard-38 (on 1.8.28): 1.8.18 35 and
// 15, 1.8.28 10 and 7; hard-39 and hard-40 (on 1.8.28): 1.8.18 30 and 17, 1.8.28 7 and 11; hard-41 and hard-42 (on
// 1.8.30, which counts a street address or a named city district as a mark): 1.8.18 16 and 17, 1.8.28 6 and 10,
// 1.8.30 4 and 8; hard-43 and hard-44 (on 1.8.31): 1.8.18 26 and 12, 1.8.30 and 1.8.31 7 and 6; hard-45 and hard-46
// (on 1.8.33): 1.8.18 11 and 13, 1.8.33 and 1.8.34 0 and 11; hard-47 and hard-48 (on 1.8.34): 1.8.18 20 and 14,
// 1.8.34 and 1.8.35 7 and 9; hard-49 and hard-50 (on 1.8.35): 1.8.18 25 and 14, 1.8.35 5 and 8. Core 1.8.35 put 229
// of the 7,200 of hard-15 to hard-50 at warning (3.2%); 1.8.37, whose wording models were trained on them, 214 (3.0%).
// Not in the guard: hard-51 and hard-52 (measured once on 1.8.36): 12 and 5 (1.8.35 the same); hard-53 and hard-54
// (once on 1.8.37): 13 and 10 (1.8.35 13 and 11). All above the judge's
// 1%: regression guards, not targets.
describeLegitimateGuard('core pack on long legitimate job ads and letters (hard-9 to hard-14)', 'puts at most 10 of the 1,200 at warning or above',
  ['hard-9', 'hard-10', 'hard-11', 'hard-12', 'hard-13', 'hard-14'], 1200, 10);

describeLegitimateGuard('core pack on legitimate jobs in the hub countries (hard-15 to hard-50)', 'puts at most 240 of the 7,200 at warning or above',
  Array.from({ length: 36 }, (_, k) => `hard-${15 + k}`), 7200, 240);

// Hard negatives (fixtures README): legitimate job ads and recruiter chats written to use a lure's everyday words
// for ordinary jobs. hard-1, 3, 5, 6 and 8 trained the wording model (since 1.8.36 with hard-9 to hard-50); hard-2, 4
// and 7 never did, and hold it to the judge's limit of 1% at warning (core 1.5.0 to 1.8.35: 1 of 600; 1.4.9 and
// 1.8.36: 3).
describeLegitimateGuard('core pack on legitimate jobs that sound like lures (hard-2, hard-4, hard-7)', 'puts at most 1% of them at warning or above',
  ['hard-2', 'hard-4', 'hard-7'], 600, 6);

describe('measurement data stays out of the pack and the fixtures', () => {
  const corpus = join('..', 'shared', 'corpus');
  it.skipIf(!existsSync(corpus))('no fixture text and no rule example is a copy of a ../shared/corpus text', () => {
    const squash = (t: string) => t.replace(/\s+/gu, ' ').trim().toLowerCase();
    const corpusTexts = new Set<string>();
    for (const f of readdirSync(corpus).filter((n) => n.endsWith('.jsonl'))) {
      for (const r of readLabelledFile(join(corpus, f)).rows) corpusTexts.add(squash(r.text));
    }
    const independentTexts = readdirSync(INDEPENDENT)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readLabelledFile(join(INDEPENDENT, f)).rows.map((r) => r.text));
    const ours = [...rows.map((r) => r.text), ...independentTexts, ...source.rules.flatMap((r) => [...r.examples.match, ...r.examples.ok])];
    expect(ours.filter((t) => corpusTexts.has(squash(t)))).toEqual([]);
  });
});

// The two awareness rules each keep the lists that lift their cap for a plea written from inside (YAML anchors do not
// reach across their two files). A phrase added to one and not the other leaves a victim's message capped by the
// rule that lacks it; the lists had drifted by nine phrases until core 1.8.33 put them back in step.
describe('the awareness rules read a message from inside alike', () => {
  it('awareness-wording and awareness-news-advisory hold the same from-inside, dont-call and this-number phrases', () => {
    const phrasesOf = (ruleId: string, matcher: string): string[] => {
      const rule = source.rules.find((r) => r.id === ruleId);
      const m = rule?.matchers[matcher] as { phrases?: string[] } | undefined;
      return [...(m?.phrases ?? [])].sort();
    };
    for (const matcher of ['from-inside', 'dont-call', 'this-number']) {
      const wording = phrasesOf('awareness-wording', matcher);
      expect(wording.length, matcher).toBeGreaterThan(10);
      expect(phrasesOf('awareness-news-advisory', matcher), matcher).toEqual(wording);
    }
  });
});
