import { describe, expect, it } from 'vitest';
import { findRegexHazard } from '../../src/engine/regex-hazard.js';

describe('regex subset allowed in packs', () => {
  it.each([
    ['t\\.me/[a-z0-9_]{4,32}'],
    ['@[a-z0-9_]{5,32}'],
    ['(?:usd|\\$) ?\\d{3,5}'],
    ['wa\\.me/\\d{8,15}'],
    ['(ab)?c+'],
    ['[(+*]{2}x'],
  ])('accepts %s', (pattern) => {
    expect(findRegexHazard(pattern)).toBeNull();
  });

  it.each([
    ['(a+)+$', /nested/],
    ['(a|a)*$', /nested/],
    ['(?:x\\d{1,3})+', /nested/],
    ['(a)\\1', /backreference/],
    ['(?<n>a)\\k<n>', /backreference/],
    ['foo(?=bar)', /lookahead/],
    ['(?<!x)y', /lookahead/],
    ['a+b+c+', /unbounded/],
    ['a{1,5000}', /too large/],
    ['(a', /unbalanced/],
  ])('rejects %s', (pattern, reason) => {
    expect(findRegexHazard(pattern)).toMatch(reason);
  });
});
