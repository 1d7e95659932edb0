import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boundaryFlags, buildPhraseAutomaton, isWordChar, NEEDS_LEFT_BOUNDARY, NEEDS_RIGHT_BOUNDARY } from '../../src/engine/phrase-automaton.js';

function findAll(phrases: string[], text: string): [string, number][] {
  const hits: [string, number][] = [];
  buildPhraseAutomaton(phrases).scan(text, (p, start, end) => {
    expect(text.slice(start, end)).toBe(phrases[p]);
    hits.push([phrases[p]!, start]);
  });
  return hits.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
}

function naive(phrases: string[], text: string): [string, number][] {
  const hits: [string, number][] = [];
  phrases.forEach((p) => {
    if (p.length === 0) return;
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) hits.push([p, i]);
  });
  return hits.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
}

describe('phrase automaton', () => {
  it('finds overlapping and nested phrases in one pass', () => {
    expect(findAll(['he', 'she', 'his', 'hers'], 'ushers')).toEqual([['she', 1], ['he', 2], ['hers', 2]]);
  });

  it('finds phrases in Chinese, Thai and mixed scripts', () => {
    const phrases = ['西港', '高薪', 'เมียวดี', 'telegram', 'gaji tinggi'];
    expect(findAll(phrases, '去西港工作，高薪！ติดต่อ telegram แม่สอด เมียวดี gaji tinggi')).toEqual(
      naive(phrases, '去西港工作，高薪！ติดต่อ telegram แม่สอด เมียวดี gaji tinggi'),
    );
  });

  it('agrees with a naive search on random texts (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ', '港', '西', 'ก', 'é');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 12 }), fc.array(alphabet, { maxLength: 200 }), (phrases, chars) => {
        const text = chars.join('');
        expect(findAll(phrases, text)).toEqual(naive(phrases, text));
      }),
      { numRuns: 300 },
    );
  });

  it('collect gives the same hits as scan, in a reusable buffer', () => {
    const phrases = ['he', 'she', 'hers', '西港', 'xyz'];
    const a = buildPhraseAutomaton(phrases);
    const text = 'ushers 西港 she hers '.repeat(200);
    const viaScan: number[] = [];
    a.scan(text, (p, _s, e) => viaScan.push(p, e));
    const { hits, count } = a.collect(text);
    expect(Array.from(hits.subarray(0, count * 2))).toEqual(viaScan);
    expect(count).toBeGreaterThan(1000);
  });

  it('agrees with a naive search when the trie outgrows 16-bit node ids and the non-ASCII alphabet is large', () => {
    // A deterministic generator: 12,000 phrases over ASCII letters and 600 CJK characters give about 85,000 trie nodes,
    // so the DFA takes its 32-bit cells and the non-ASCII hash holds thousands of edges.
    let seed = 12345;
    const rand = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    const char = (): string => (rand(3) === 0 ? String.fromCharCode(0x4e00 + rand(600)) : String.fromCharCode(97 + rand(26)));
    const phrases = [...new Set(Array.from({ length: 12000 }, () => Array.from({ length: 3 + rand(12) }, char).join('')))];
    const text = Array.from({ length: 20000 }, (_, i) => (i % 97 === 0 ? phrases[rand(phrases.length)]! : char())).join('');
    const automaton = buildPhraseAutomaton(phrases);
    const hits: [string, number][] = [];
    automaton.scan(text, (p, start) => hits.push([phrases[p]!, start]));
    hits.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
    expect(hits.length).toBeGreaterThan(150);
    expect(hits).toEqual(naive(phrases, text));
  });

  it('marks which phrase ends need a word boundary', () => {
    expect(boundaryFlags('visa')).toBe(NEEDS_LEFT_BOUNDARY | NEEDS_RIGHT_BOUNDARY);
    expect(boundaryFlags('$')).toBe(0);
    expect(boundaryFlags('西港')).toBe(0);
    expect(boundaryFlags('t.me/')).toBe(NEEDS_LEFT_BOUNDARY);
    expect(boundaryFlags('lương cao')).toBe(NEEDS_LEFT_BOUNDARY | NEEDS_RIGHT_BOUNDARY);
    expect(boundaryFlags('वीज़ा')).toBe(NEEDS_LEFT_BOUNDARY | NEEDS_RIGHT_BOUNDARY);
    expect(boundaryFlags('텔레그램')).toBe(0);
  });

  it('treats the Hindi danda as punctuation, not as part of a word', () => {
    expect(isWordChar('।'.charCodeAt(0))).toBe(false);
    expect(isWordChar('क'.charCodeAt(0))).toBe(true);
  });
});
