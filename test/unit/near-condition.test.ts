// The `near` condition: the tightest stretch holding one hit of every matcher, checked against a brute force over
// every combination of hits (fast-check), and the case the old sliding window missed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearest } from '../../src/engine/score-text.js';

type Span = { start: number; end: number };

function bruteForce(lists: Span[][]): number {
  let best = Infinity;
  const pick = (k: number, lo: number, hi: number): void => {
    if (k === lists.length) {
      best = Math.min(best, hi - lo);
      return;
    }
    for (const s of lists[k]!) pick(k + 1, Math.min(lo, s.start), Math.max(hi, s.end));
  };
  pick(0, Infinity, -Infinity);
  return best;
}

const widthOf = (spans: Span[]) => Math.max(...spans.map((s) => s.end)) - Math.min(...spans.map((s) => s.start));

describe('near', () => {
  it('finds the stretch a long hit of one matcher hid from the sliding window', () => {
    // "kontrak rasmi akan ditandatangani di pejabat": contract, sign, and an on-arrival phrase that both starts
    // at the sign word (a long phrase) and sits inside it ("di pejabat")
    const hits = new Map<number, Span[]>([
      [0, [{ start: 0, end: 7 }]],
      [1, [{ start: 19, end: 33 }]],
      [2, [{ start: 19, end: 62 }, { start: 34, end: 44 }]],
    ]);
    const found = nearest([0, 1, 2], 60, hits);
    expect(found.ok).toBe(true);
    expect(widthOf(found.spans)).toBe(44);
    expect(nearest([0, 1, 2], 43, hits).ok).toBe(false);
  });

  it('agrees with a brute force over every combination of hits', () => {
    const span = fc.tuple(fc.nat(300), fc.integer({ min: 1, max: 60 })).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(fc.array(span, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }), fc.nat(200), (lists, within) => {
        const hits = new Map(lists.map((l, k) => [k, l] as [number, Span[]]));
        const found = nearest(lists.map((_, k) => k), within, hits);
        const best = bruteForce(lists);
        expect(found.ok).toBe(best <= within);
        if (found.ok) {
          expect(found.spans).toHaveLength(lists.length);
          expect(widthOf(found.spans)).toBe(best);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
