// Keeps the editor schema (rules/schema/pack.schema.json) in step with the validator: the core pack and the
// test pack pass both, and invalid packs from the validator's own cases that the schema can express fail both.
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPackSource } from '../../src/cli/load-pack-source.js';
import { validatePack } from '../../src/engine/index.js';
import { minimalPack } from '../fixtures/minimal-pack.js';

const ROOT = resolve(__dirname, '../..');
const schema = JSON.parse(readFileSync(join(ROOT, 'rules/schema/pack.schema.json'), 'utf8'));
// ajv ships CommonJS: under ESM the class may sit on `.default`.
const AjvClass = ((Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020) as typeof Ajv2020;
const ajv = new AjvClass({ allErrors: true, strict: false });
const check = ajv.compile(schema);

describe('pack JSON Schema for editors', () => {
  it('accepts the core pack and the test pack, as the validator does', () => {
    const core = loadPackSource(join(ROOT, 'rules/packs/core')).pack;
    expect(validatePack(core)).toEqual([]);
    expect(check(core), JSON.stringify(check.errors?.slice(0, 3))).toBe(true);
    expect(check(minimalPack())).toBe(true);
    const withTerms = minimalPack() as any;
    withTerms.minEngine = 3;
    withTerms.rules[1].supportOnly = true;
    withTerms.rules[1].matchers.flight = { terms: { bias: -1, min: 0.5, weights: { visa: 1, 老板: 0.5 } } };
    expect(validatePack(withTerms)).toEqual([]);
    expect(check(withTerms)).toBe(true);
  });

  it.each([
    ['a misspelt field', (p: any) => (p.rules[1].wieght = 3)],
    ['a bad version', (p: any) => (p.version = 'v1')],
    ['a rule without references', (p: any) => (p.rules[0].references = [])],
    ['a matcher with two kinds', (p: any) => (p.rules[1].matchers.flight = { phrases: ['a'], places: { ids: ['x'] } })],
    ['a condition with two operators', (p: any) => (p.rules[3].condition = { all: ['pay'], any: ['easy'] })],
    ['a missing English title', (p: any) => (p.rules[0].title = { id: 'judul' })],
    ['a bad status', (p: any) => (p.rules[0].status = 'beta')],
    ['a terms matcher whose min is no probability', (p: any) => ((p.minEngine = 3), (p.rules[1].matchers.flight = { terms: { bias: -1, min: 2, weights: { visa: 1 } } }))],
    ['a supportOnly that is not true or false', (p: any) => ((p.minEngine = 3), (p.rules[1].supportOnly = 'yes'))],
    ['terms from another rule with weights of their own as well', (p: any) => ((p.minEngine = 4), (p.rules[1].matchers.flight = { terms: { bias: -1, min: 0.5, weights: { visa: 1 } } }), (p.rules[2].matchers = { w: { terms: { from: 'free-flight', min: 0.5, weights: { a: 1 } } } }), delete p.rules[2].condition)],
  ])('rejects %s, as the validator does', (_name, mutate) => {
    const p = minimalPack();
    mutate(p);
    expect(validatePack(p).length).toBeGreaterThan(0);
    expect(check(p)).toBe(false);
  });
});
