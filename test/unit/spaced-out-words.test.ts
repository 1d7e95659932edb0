// Phrases match words written with spaced-out letters however the normaliser had to join them: a one-letter
// word beside a spaced-out word is glued into it ("ở c a m p u c h i a" → "ởcampuchia"), so a phrase may start
// or end inside a joined run, and a phrase holding a one-letter word matches it glued; spaced-out Hangul is
// joined. Word boundaries still hold everywhere else, and ordinary Korean sentences do not start to warn.
import { describe, expect, it } from 'vitest';
import { loadAndValidate } from '../../src/cli/load-pack.js';
import { compilePack, ruleFires, scoreText } from '../../src/engine/index.js';
import { minimalPack, rule } from '../fixtures/minimal-pack.js';

const p = minimalPack();
p.rules.push(
  rule({ id: 'words', matchers: { w: { phrases: ['campuchia', 'telegram', 'passport', 'nước ngoài', 'gram', 'tourist'] } } }),
  rule({ id: 'lure', matchers: { w: { phrases: ['go on a tourist visa', 'làm việc ở nước ngoài', 'have a passport'] } } }),
  rule({ id: 'korean', matchers: { w: { phrases: ['텔레그램', '이번 주 출국', '경력 무관', '사 줘'] } } }),
);
const pack = compilePack(p);
const fires = (id: string, text: string) => ruleFires(pack, 'test', id, text);

describe('a phrase beside or inside a joined run of spaced-out letters', () => {
  it('starts or ends where a one-letter word was glued on (Vietnamese, English, Tagalog-English)', () => {
    expect(fires('words', 'Tuyển người làm việc ở c a m p u c h i a')).toBe(true);
    expect(fires('words', 'I sent you a t e l e g r a m')).toBe(true);
    expect(fires('words', 'Do you have a p a s s p o r t?')).toBe(true);
    expect(fires('words', 'Có v i ệ c ở n ư ớ c ngoài')).toBe(true); // "ở" between two spaced-out words
    expect(fires('words', 'contact me on t e l e g r a m a')).toBe(true);
  });

  it('holds a one-letter word glued to a spaced-out neighbour', () => {
    expect(fires('lure', 'Just go on a t o u r i s t visa.')).toBe(true);
    expect(fires('lure', 'Làm v i ệ c ở n ư ớ c ngoài lương cao')).toBe(true);
    expect(fires('lure', 'do you h a v e a passport')).toBe(true);
    expect(fires('lure', 'go on a tourist visa')).toBe(true); // and written plainly, of course
  });

  it('still needs a word boundary outside joined runs', () => {
    expect(fires('words', 'a telegrams channel')).toBe(false);
    expect(fires('words', 'the program is ready')).toBe(false); // "gram"
    expect(fires('words', 'a tourists guide')).toBe(false);
    expect(fires('words', 'atourist')).toBe(false); // a glued typo is no joined run
    expect(fires('lure', 'go on atourist visa')).toBe(true); // (the glued phrase form itself matches anywhere)
  });
});

describe('spaced-out Hangul', () => {
  it('is joined and matches Korean phrases, one-syllable words included', () => {
    expect(fires('korean', '텔 레 그 램 으 로 연락')).toBe(true);
    expect(fires('korean', '이 번 주 출 국 가능하신 분')).toBe(true);
    expect(fires('korean', '경 력 무관')).toBe(true);
    expect(fires('korean', '비행기 표 사 줘')).toBe(true); // three one-syllable words joined, the phrase's two inside
  });

  it('does not make ordinary Korean sentences with one-syllable words warn', () => {
    const loaded = loadAndValidate('rules/packs/core', { realRegexCheck: false });
    if (!loaded.ok) throw new Error('core pack does not load');
    const sentences = [
      '그 일은 제가 잘 할 수 있어요. 좀 더 알려 주세요.',
      '오늘 좀 더 늦게 갈 것 같아. 안 될 수도 있어.',
      '그 때 내 친구가 한 말 기억나?',
      '이 책 두 권 다 읽었어요. 또 사 줄게요.',
      '비 와서 못 가요. 내일 꼭 갈게요.',
      '저 분이 새 팀장님이에요. 잘 부탁드립니다.',
      '월 급 날이 언제예요? 이 번 달은 좀 늦어요.',
      '회사 앞 카페에서 세 시에 봐요. 차 한 잔 해요.',
      '해외 여행 갈 때 여권 꼭 챙겨. 공항 가는 차 탈 때 연락 줘.',
      '한 달 전에 태국에 다녀왔어요. 방콕 공항 정말 크더라.',
    ];
    for (const s of sentences) expect(scoreText(loaded.compiled, s).level, s).toBe('none');
  });
});
