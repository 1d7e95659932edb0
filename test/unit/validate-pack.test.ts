import { describe, expect, it } from 'vitest';
import { compilePack, ISSUE_CODES, PackInvalidError, validatePack, type IssueCode } from '../../src/engine/index.js';
import type { PackSource } from '../../src/engine/types.js';
import { minimalPack, rule } from '../fixtures/minimal-pack.js';

type Mutation = (p: any) => void;

/** One invalid pack per validator code: the mutation, and the JSON path the issue must name. */
/** Every issue of a pack as "code path", sorted. */
const codesAndPaths = (pack: unknown): string[] => validatePack(pack).map((i) => `${i.code} ${i.path}`).sort();

const CASES: Record<IssueCode, [Mutation, string]> = {
  'not-an-object': [(p) => (p.rules[0] = 'hub'), '$.rules[0]'],
  'missing-field': [(p) => delete p.version, '$.version'],
  'wrong-type': [(p) => (p.categoryCap = 'thirty'), '$.categoryCap'],
  'unknown-field': [(p) => (p.rules[1].wieght = 3), '$.rules[1].wieght'],
  'bad-id': [(p) => (p.rules[2].id = 'Telegram Rule'), '$.rules[2].id'],
  'bad-version': [(p) => (p.version = 'v1'), '$.version'],
  'unsupported-format': [(p) => (p.format = 2), '$.format'],
  'bad-date': [(p) => (p.published = '2026-02-30'), '$.published'],
  'expires-before-published': [(p) => (p.expires = '2025-01-01'), '$.expires'],
  'min-engine-too-high': [(p) => (p.minEngine = 99), '$.minEngine'],
  'min-engine-too-low': [(p) => (p.rules[1].matchers.flight.phrases[0] = '*lipa*'), '$.minEngine'],
  'bad-levels': [(p) => (p.levels.warning = 10), '$.levels'],
  'duplicate-rule-id': [(p) => (p.rules[3].id = 'hub'), '$.rules[3].id'],
  'duplicate-place-id': [(p) => (p.places[1].id = 'kh-sihanoukville'), '$.places[1].id'],
  'bad-rev': [(p) => (p.rules[0].rev = 1.5), '$.rules[0].rev'],
  'bad-status': [(p) => (p.rules[0].status = 'beta'), '$.rules[0].status'],
  'unknown-category': [(p) => (p.rules[0].category = 'scary'), '$.rules[0].category'],
  'bad-weight': [(p) => (p.rules[0].weight = 500), '$.rules[0].weight'],
  'no-matchers': [(p) => (p.rules[1].matchers = {}), '$.rules[1].matchers'],
  'bad-matcher': [(p) => (p.rules[1].matchers.flight = { phrases: ['a'], places: { ids: ['mm-myawaddy'] } }), '$.rules[1].matchers.flight'],
  'bad-terms': [(p) => (p.rules[1].matchers.flight = { terms: { bias: -2, min: 1.5, weights: { telegram: 2 } } }), '$.rules[1].matchers.flight.terms.min'],
  'empty-phrase': [(p) => (p.rules[1].matchers.flight.phrases[1] = ' \u200b '), '$.rules[1].matchers.flight.phrases[1]'],
  'duplicate-phrase': [(p) => (p.rules[1].matchers.flight.phrases[2] = 'FREE  Flight'), '$.rules[1].matchers.flight.phrases[2]'],
  'short-word-part': [(p) => ((p.minEngine = 2), (p.rules[1].matchers.flight.phrases[1] = '*ti')), '$.rules[1].matchers.flight.phrases[1]'],
  'bad-regex': [(p) => (p.rules[2].matchers.handle.pattern = 't\\.me/[a-z'), '$.rules[2].matchers.handle.pattern'],
  'unsafe-regex': [(p) => (p.rules[2].matchers.handle.pattern = '(a+)+$'), '$.rules[2].matchers.handle.pattern'],
  'pattern-without-anchor': [(p) => (p.rules[2].matchers.handle.anchors = []), '$.rules[2].matchers.handle.anchors'],
  'bad-country': [(p) => (p.places[0].country = 'Cambodia'), '$.places[0].country'],
  'unknown-place': [(p) => (p.rules[0].matchers.hub.places = { ids: ['la-vientiane'] }), '$.rules[0].matchers.hub.places.ids[0]'],
  'money-without-tables': [(p) => delete p.money, '$.rules[3].matchers.pay.money'],
  'bad-money': [(p) => (p.money.currencies[0].usd = -1), '$.money.currencies[0].usd'],
  'unknown-matcher': [(p) => (p.rules[3].condition = { all: ['pay', 'easy', 'cheap'] }), '$.rules[3].condition.all[2]'],
  'bad-condition': [(p) => (p.rules[3].condition = { all: ['pay'], any: ['easy'] }), '$.rules[3].condition'],
  'condition-not-positive': [(p) => (p.rules[3].condition = { any: ['pay', { not: 'easy' }] }), '$.rules[3].condition'],
  'unused-matcher': [(p) => (p.rules[3].condition = 'pay'), '$.rules[3].matchers.easy'],
  'missing-locale': [(p) => (p.rules[0].title = { id: 'judul' }), '$.rules[0].title.en'],
  'bad-level': [(p) => (p.rules[5].cap = 'mild'), '$.rules[5].cap'],
  'bad-url': [(p) => (p.rules[0].references = ['javascript:alert(1)']), '$.rules[0].references[0]'],
  'missing-references': [(p) => (p.rules[0].references = []), '$.rules[0].references'],
  'missing-examples': [(p) => (p.rules[0].examples = { match: ['x'] }), '$.rules[0].examples.ok'],
  'bad-override': [(p) => (p.overrides = [{ rule: 'hub', disable: true }]), '$.overrides[0].rule'],
  'too-large': [(p) => (p.rules[1].matchers.flight.phrases[0] = 'x'.repeat(500)), '$.rules[1].matchers.flight.phrases[0]'],
};

describe('pack validator', () => {
  it('accepts the minimal valid pack', () => {
    expect(validatePack(minimalPack())).toEqual([]);
  });

  it('has a test case for every issue code', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(ISSUE_CODES).sort());
  });

  it.each(Object.entries(CASES))('reports %s with its JSON path', (code, [mutate, path]) => {
    const pack = minimalPack();
    mutate(pack);
    const issues = validatePack(pack);
    expect(issues.map((i) => `${i.code} ${i.path}`)).toContain(`${code} ${path}`);
    for (const issue of issues) expect(issue.message.length).toBeGreaterThan(5);
  });

  it('reports a repeated phrase or anchor once normalised, naming the first, but not a word part of the same word', () => {
    const pack = minimalPack() as any;
    pack.minEngine = 2;
    pack.rules[1].matchers.flight.phrases.push('free flight*', 'ｆｒｅｅ ｆｌｉｇｈｔ');
    pack.rules[2].matchers.handle.anchors.push(pack.rules[2].matchers.handle.anchors[0].toUpperCase());
    const issues = validatePack(pack);
    expect(issues.map((i) => `${i.code} ${i.path}`)).toEqual([
      'duplicate-phrase $.rules[1].matchers.flight.phrases[4]',
      `duplicate-phrase $.rules[2].matchers.handle.anchors[${pack.rules[2].matchers.handle.anchors.length - 1}]`,
    ]);
    expect(issues[0]!.message).toContain('$.rules[1].matchers.flight.phrases[0]');
    // a pack users already hold is not refused for it: it scores the same
    expect(validatePack(pack, { form: 'shipped' })).toEqual([]);
  });

  it('checks every part of a terms matcher, and asks for engine 3', () => {
    const pack = minimalPack() as any;
    pack.rules[1].matchers.flight = { terms: { bias: 'low', min: 0.5, weights: { telegram: 2, ' \u200b ': 1, visa: Infinity } } };
    pack.rules[1].supportOnly = 'yes';
    expect(codesAndPaths(pack)).toEqual([
      'bad-terms $.rules[1].matchers.flight.terms.bias',
      'bad-terms $.rules[1].matchers.flight.terms.weights[" \u200b "]',
      'bad-terms $.rules[1].matchers.flight.terms.weights["visa"]',
      'min-engine-too-low $.minEngine',
      'wrong-type $.rules[1].supportOnly',
    ]);
    pack.minEngine = 3;
    pack.rules[1].supportOnly = true;
    pack.rules[1].matchers.flight.terms = { bias: -1, min: 0.5, weights: { telegram: 2 } };
    expect(validatePack(pack)).toEqual([]);
  });

  it('takes terms weights from another rule only when that rule has its own, and asks for engine 4', () => {
    const pack = minimalPack() as any;
    pack.minEngine = 3;
    pack.rules[1].matchers.flight = { terms: { bias: -1, min: 0.5, weights: { telegram: 2 } } };
    pack.rules[2].matchers = { words: { terms: { from: 'free-flight', min: 0.3 } } };
    delete pack.rules[2].condition;
    pack.rules[3].matchers = { words: { terms: { from: 'telegram', min: 0.3 } } };
    delete pack.rules[3].condition;
    expect(codesAndPaths(pack)).toEqual([
      'bad-terms $.rules[3].matchers.words.terms.from',
      'min-engine-too-low $.minEngine',
    ]);
    pack.minEngine = 4;
    pack.rules[3].matchers = { words: { terms: { from: 'free-flight', min: 0.3, bias: 2 } } };
    expect(codesAndPaths(pack)).toEqual(['unknown-field $.rules[3].matchers.words.terms.bias']);
  });

  it('accepts a floor of caution or warning on a rule that is not supportOnly, and asks for engine 5', () => {
    const pack = minimalPack() as any;
    pack.minEngine = 4;
    pack.rules[1].floor = 'danger';
    pack.rules[2].floor = 'warning';
    pack.rules[2].supportOnly = true;
    pack.rules[3].floor = 'warning';
    pack.rules[3].cap = 'caution';
    expect(codesAndPaths(pack)).toEqual([
      'bad-level $.rules[1].floor',
      'bad-level $.rules[2].floor',
      'bad-level $.rules[3].floor',
      'min-engine-too-low $.minEngine',
    ]);
    expect(validatePack(pack).find((i) => i.path === '$.rules[1].floor')?.message).toMatch(/danger always needs several independent signs/);
    pack.minEngine = 5;
    pack.rules[1].floor = 'caution';
    delete pack.rules[2].supportOnly;
    delete pack.rules[3].cap;
    expect(validatePack(pack)).toEqual([]);
  });

  it('names the rule id with an issue inside a rule', () => {
    const pack = minimalPack() as any;
    pack.rules[2].matchers.handle.pattern = '(a+)+$';
    const issue = validatePack(pack).find((i) => i.code === 'unsafe-regex');
    expect(issue?.rule).toBe('telegram');
  });

  it('reports every problem at once', () => {
    const pack = minimalPack() as any;
    pack.version = 'latest';
    pack.rules[0].category = 'nope';
    pack.rules[2].matchers.handle.pattern = '(a|a)*';
    expect(validatePack(pack).map((i) => i.code).sort()).toEqual(['bad-version', 'unknown-category', 'unsafe-regex']);
  });

  it('never throws, whatever the input', () => {
    for (const input of [null, 42, 'pack', [], { rules: 'x' }, { rules: [null, 1, []] }, { levels: [], places: {}, money: 3 }]) {
      expect(() => validatePack(input)).not.toThrow();
      expect(validatePack(input).length).toBeGreaterThan(0);
    }
  });

  it('an invalid pack is never partly compiled', () => {
    const pack = minimalPack() as any;
    pack.rules[4].weight = 'heavy';
    expect(() => compilePack(pack as PackSource)).toThrow(PackInvalidError);
    try {
      compilePack(pack as PackSource);
    } catch (err) {
      expect((err as PackInvalidError).issues[0]).toMatchObject({ code: 'wrong-type', path: '$.rules[4].weight', rule: 'hub-with-travel-and-chat' });
    }
  });

  it('uses an injected analyser for patterns the structural check lets through', () => {
    const pack = minimalPack();
    const issues = validatePack(pack, { checkRegex: (p) => (p.includes('t\\.me') ? 'analyser says no' : null) });
    expect(issues).toEqual([expect.objectContaining({ code: 'unsafe-regex', message: 'analyser says no', rule: 'telegram' })]);
  });

  it('accepts the shipped form without examples, but not the source form', () => {
    const pack = minimalPack() as any;
    for (const r of pack.rules) delete r.examples;
    expect(validatePack(pack, { form: 'shipped' })).toEqual([]);
    expect(validatePack(pack).filter((i) => i.code === 'missing-examples')).toHaveLength(pack.rules.length);
  });

  it('checks overrides of a local pack', () => {
    const local = { ...minimalPack(), id: 'ngo', rules: [rule({ id: 'extra', matchers: { p: { phrases: ['agency fee'] } } })], overrides: [{ rule: 'core/hub', weight: 5 }] };
    expect(validatePack(local)).toEqual([]);
  });
});
