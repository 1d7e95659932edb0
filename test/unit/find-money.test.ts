// Money matcher: amounts with a currency in normalised text, their period and US dollars per month.
// Example strings are invented for these tests; none comes from the corpus.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileMoneyTables, findMoney, type CompiledMoney } from '../../src/engine/find-money.js';
import { normalizeText } from '../../src/engine/normalize-text.js';
import type { MoneyTables, Period } from '../../src/engine/types.js';

/** A realistic example of a pack's money tables (the real ones live in pack data). */
const TABLES: MoneyTables = {
  currencies: [
    { code: 'USD', usd: 1, tokens: ['$', 'usd', 'us$', 'dollar', 'dollars'] },
    { code: 'THB', usd: 0.028, tokens: ['฿', 'thb', 'baht', 'บาท'] },
    { code: 'CNY', usd: 0.14, tokens: ['元', 'rmb', 'cny', '人民币', '块', '万'] },
    { code: 'PHP', usd: 0.017, tokens: ['₱', 'php', 'peso', 'pesos'] },
    { code: 'IDR', usd: 0.000062, tokens: ['rp', 'idr', 'rupiah', 'juta', 'jt'] },
    { code: 'VND', usd: 0.00004, tokens: ['đ', '₫', 'vnd', 'đồng', 'dong', 'triệu', 'tr'] },
    { code: 'INR', usd: 0.012, tokens: ['₹', 'inr', 'rs', 'rs.', 'rupees'] },
    { code: 'KRW', usd: 0.00072, tokens: ['원', 'krw', 'won', '만'] },
    { code: 'MYR', usd: 0.21, tokens: ['rm', 'myr', 'ringgit'] },
    { code: 'USDT', usd: 1, tokens: ['usdt', 'u'] },
  ],
  periods: [
    {
      per: 'month',
      tokens: ['/month', 'per month', 'a month', 'monthly', '/mo', '/bulan', 'per bulan', 'sebulan', '/tháng', 'một tháng',
        'mỗi tháng', '月', '每月', '月薪', '/เดือน', 'ต่อเดือน', 'kada buwan', 'bawat buwan', '월', '월급', 'por mês', '/mês',
        'kwa mwezi', 'प्रति माह'],
    },
    {
      per: 'day',
      tokens: ['/day', 'per day', 'a day', 'daily', '/hari', 'per hari', '/ngày', '日薪', '每天', '/วัน', 'kada araw', '일당', 'por dia'],
    },
    { per: 'hour', tokens: ['/hour', '/hr', 'per hour', 'an hour', 'hourly', '/jam', 'per jam', '时薪', '/giờ'] },
    { per: 'week', tokens: ['/week', '/wk', 'per week', 'a week', 'weekly', '/minggu', '周薪'] },
    { per: 'year', tokens: ['/year', '/yr', 'per year', 'a year', 'yearly', 'annually', 'per annum', '年薪'] },
  ],
  multipliers: [
    { token: 'k', factor: 1000 },
    { token: 'rb', factor: 1000 },
    { token: 'ribu', factor: 1000 },
    { token: 'jt', factor: 1e6 },
    { token: 'juta', factor: 1e6 },
    { token: 'triệu', factor: 1e6 },
    { token: 'tr', factor: 1e6 },
    { token: 'nghìn', factor: 1000 },
    { token: 'ngàn', factor: 1000 },
    { token: '万', factor: 1e4 },
    { token: '千', factor: 1000 },
    { token: 'million', factor: 1e6 },
    { token: 'm', factor: 1e6 },
    { token: 'lakh', factor: 1e5 },
    { token: '만', factor: 1e4 },
    { token: 'mil', factor: 1000 },
  ],
};

const MONEY = compileMoneyTables(TABLES);
const RATE = Object.fromEntries(TABLES.currencies.map((c) => [c.code, c.usd])) as Record<string, number>;

interface Case {
  name: string;
  text: string;
  /** The expected span text of the (first) hit. */
  span: string;
  amount: number;
  currency: string;
  period: Period | null;
}

const cases: Case[] = [
  // USD
  { name: 'dollar sign with thousands comma', text: 'salary $1,500 plus bonus', span: '$1,500', amount: 1500, currency: 'USD', period: null },
  { name: 'code before, one space', text: 'pay usd 1500 for typists', span: 'usd 1500', amount: 1500, currency: 'USD', period: null },
  { name: 'code after, one space', text: 'earn 1500 usd easily', span: '1500 usd', amount: 1500, currency: 'USD', period: null },
  { name: 'code glued after', text: 'earn 2000usd now', span: '2000usd', amount: 2000, currency: 'USD', period: null },
  { name: 'us$ prefix', text: 'basic us$1,200 /month', span: 'us$1,200', amount: 1200, currency: 'USD', period: 'month' },
  { name: 'dollars word', text: 'we pay 900 dollars a month', span: '900 dollars', amount: 900, currency: 'USD', period: 'month' },
  { name: 'range with dash', text: 'salary $800-1500 monthly', span: '$800-1500', amount: 800, currency: 'USD', period: 'month' },
  { name: 'range with en dash and spaces', text: 'usd 800 – 1,200 per month', span: 'usd 800 – 1,200', amount: 800, currency: 'USD', period: 'month' },
  { name: 'range with repeated sign', text: 'from $800 to $1,500/month', span: '$800 to $1,500', amount: 800, currency: 'USD', period: 'month' },
  { name: 'range whose dash the normaliser dropped', text: 'usd 800 1,200 salary', span: 'usd 800 1,200', amount: 800, currency: 'USD', period: null },
  { name: 'range with shared multiplier', text: 'pay $15-20k yearly', span: '$15-20k', amount: 15000, currency: 'USD', period: 'year' },
  { name: 'k multiplier', text: 'up to $3k/month', span: '$3k', amount: 3000, currency: 'USD', period: 'month' },
  { name: 'm multiplier glued', text: 'a $2m fund', span: '$2m', amount: 2e6, currency: 'USD', period: null },
  { name: 'million word', text: 'usd 1.2 million per year', span: 'usd 1.2 million', amount: 1.2e6, currency: 'USD', period: 'year' },
  { name: 'decimal point', text: 'tips $12.50 per hour', span: '$12.50', amount: 12.5, currency: 'USD', period: 'hour' },
  { name: 'daily before the amount', text: 'daily salary $50 paid', span: '$50', amount: 50, currency: 'USD', period: 'day' },
  { name: 'a day after the amount', text: 'earn $60 a day from home', span: '$60', amount: 60, currency: 'USD', period: 'day' },
  { name: 'weekly period', text: '$400 per week guaranteed', span: '$400', amount: 400, currency: 'USD', period: 'week' },
  { name: 'space thousands', text: 'usd 1 500 net', span: 'usd 1 500', amount: 1500, currency: 'USD', period: null },
  { name: 'mixed separators', text: 'usd 1,500.75 gross', span: 'usd 1,500.75', amount: 1500.75, currency: 'USD', period: null },
  // THB
  { name: 'thousands k and baht', text: 'เงินเดือน 15k baht ต่อเดือน', span: '15k baht', amount: 15000, currency: 'THB', period: 'month' },
  { name: 'baht sign', text: 'pay ฿30,000 per month', span: '฿30,000', amount: 30000, currency: 'THB', period: 'month' },
  { name: 'thai word after', text: 'เงินเดือน 30,000 บาท/เดือน', span: '30,000 บาท', amount: 30000, currency: 'THB', period: 'month' },
  { name: 'thai glued, no spaces', text: 'รายได้25,000บาทต่อเดือน', span: '25,000บาท', amount: 25000, currency: 'THB', period: 'month' },
  // CNY
  { name: '万 then 元', text: '底薪3万元每月', span: '3万元', amount: 30000, currency: 'CNY', period: 'month' },
  { name: '月薪 before the amount', text: '月薪 8000元 包吃住', span: '8000元', amount: 8000, currency: 'CNY', period: 'month' },
  { name: 'comma thousands and 元', text: '工资10,000元/月', span: '10,000元', amount: 10000, currency: 'CNY', period: 'month' },
  { name: '万 alone names yuan', text: '月薪1.5万 包机票', span: '1.5万', amount: 15000, currency: 'CNY', period: 'month' },
  { name: 'chinese range', text: '月薪8000至12000元', span: '8000至12000元', amount: 8000, currency: 'CNY', period: 'month' },
  { name: '块 colloquial', text: '一天500块', span: '500块', amount: 500, currency: 'CNY', period: null },
  { name: 'rmb code', text: 'rmb 6000 monthly', span: 'rmb 6000', amount: 6000, currency: 'CNY', period: 'month' },
  // PHP
  { name: 'peso sign', text: 'sahod ₱40,000 kada buwan', span: '₱40,000', amount: 40000, currency: 'PHP', period: 'month' },
  { name: 'pesos word', text: '1,000 pesos kada araw', span: '1,000 pesos', amount: 1000, currency: 'PHP', period: 'day' },
  // IDR
  { name: 'dots as thousands, code after', text: 'gaji 1.500.000 rp seminggu', span: '1.500.000 rp', amount: 1.5e6, currency: 'IDR', period: null },
  { name: 'rp before, dotted', text: 'gaji rp 5.000.000 per bulan', span: 'rp 5.000.000', amount: 5e6, currency: 'IDR', period: 'month' },
  { name: 'rp. with dot', text: 'gaji rp. 7.500.000/bulan', span: 'rp. 7.500.000', amount: 7.5e6, currency: 'IDR', period: 'month' },
  { name: 'rp glued with jt', text: 'gaji rp5jt sebulan', span: 'rp5jt', amount: 5e6, currency: 'IDR', period: 'month' },
  { name: 'period before, juta after', text: 'gaji per bulan rp 8 juta', span: 'rp 8 juta', amount: 8e6, currency: 'IDR', period: 'month' },
  { name: 'ribu', text: 'uang makan rp 50 ribu per hari', span: 'rp 50 ribu', amount: 50000, currency: 'IDR', period: 'day' },
  { name: 'currency named on both sides', text: 'gaji rp 6 juta rupiah', span: 'rp 6 juta rupiah', amount: 6e6, currency: 'IDR', period: null },
  { name: 'juta alone names rupiah', text: 'gaji 12 juta per bulan', span: '12 juta', amount: 12e6, currency: 'IDR', period: 'month' },
  // VND
  { name: 'triệu then đồng', text: 'lương 1.5 triệu đồng mỗi tháng', span: '1.5 triệu đồng', amount: 1.5e6, currency: 'VND', period: 'month' },
  { name: 'triệu alone names đồng', text: 'lương 15 triệu/tháng', span: '15 triệu', amount: 15e6, currency: 'VND', period: 'month' },
  { name: 'tr abbreviation range', text: 'thu nhập 20-30tr/tháng', span: '20-30tr', amount: 20e6, currency: 'VND', period: 'month' },
  { name: 'đ after dotted amount', text: 'lương 8.000.000 đ một tháng', span: '8.000.000 đ', amount: 8e6, currency: 'VND', period: 'month' },
  { name: '₫ glued', text: 'phụ cấp 200.000₫/ngày', span: '200.000₫', amount: 200000, currency: 'VND', period: 'day' },
  { name: 'nghìn then vnd', text: 'thưởng 500 nghìn vnd', span: '500 nghìn vnd', amount: 500000, currency: 'VND', period: null },
  // INR
  { name: 'rupee sign', text: 'salary ₹25,000 per month', span: '₹25,000', amount: 25000, currency: 'INR', period: 'month' },
  { name: 'rs. with space', text: 'salary rs. 30,000 प्रति माह', span: 'rs. 30,000', amount: 30000, currency: 'INR', period: 'month' },
  { name: 'lakh', text: 'package 2.5 lakh rupees a year', span: '2.5 lakh rupees', amount: 250000, currency: 'INR', period: 'year' },
  // KRW
  { name: '만원 glued', text: '월급 1000만원', span: '1000만원', amount: 1e7, currency: 'KRW', period: 'month' },
  { name: '만 원 with space and comma', text: '1,000만 원 보장', span: '1,000만 원', amount: 1e7, currency: 'KRW', period: null },
  { name: '일당 before', text: '일당 15만원', span: '15만원', amount: 150000, currency: 'KRW', period: 'day' },
  // MYR
  { name: 'rm glued', text: 'gaji rm3500 sebulan', span: 'rm3500', amount: 3500, currency: 'MYR', period: 'month' },
  { name: 'ringgit word', text: 'salary 4,000 ringgit monthly', span: '4,000 ringgit', amount: 4000, currency: 'MYR', period: 'month' },
  // USDT
  { name: 'usdt after', text: 'commission 5000 usdt weekly', span: '5000 usdt', amount: 5000, currency: 'USDT', period: 'week' },
  { name: 'u glued', text: 'base 5000u per month', span: '5000u', amount: 5000, currency: 'USDT', period: 'month' },
  // other languages' periods and decimals
  { name: 'decimal comma', text: 'usd 2,50 por dia', span: 'usd 2,50', amount: 2.5, currency: 'USD', period: 'day' },
  { name: 'european thousands and decimals', text: 'usd 1.500,50 por mês', span: 'usd 1.500,50', amount: 1500.5, currency: 'USD', period: 'month' },
  { name: 'mil multiplier', text: 'salário 3 mil dollars /mês', span: '3 mil dollars', amount: 3000, currency: 'USD', period: 'month' },
  { name: 'swahili period', text: 'mshahara $700 kwa mwezi', span: '$700', amount: 700, currency: 'USD', period: 'month' },
  { name: 'hourly', text: 'usd 10/hr part time', span: 'usd 10', amount: 10, currency: 'USD', period: 'hour' },
  // Chinese numerals before a multiplier
  { name: 'chinese numeral', text: '月薪七万', span: '七万', amount: 70000, currency: 'CNY', period: 'month' },
  { name: 'chinese tens', text: '月薪十五万', span: '十五万', amount: 150000, currency: 'CNY', period: 'month' },
  { name: 'chinese numeral with tenths after wan', text: '月薪一万五', span: '一万', amount: 15000, currency: 'CNY', period: 'month' },
  { name: 'chinese ten-odd', text: '月入十几万', span: '十几万', amount: 100000, currency: 'CNY', period: 'month' },
  { name: 'chinese thousands with yuan', text: '底薪三千元', span: '三千元', amount: 3000, currency: 'CNY', period: null },
  { name: 'currency before chinese numerals', text: '年薪 usd 二十万', span: 'usd 二十万', amount: 200000, currency: 'USD', period: 'year' },
];

describe('findMoney recognises each written form', () => {
  it.each(cases)('$name: "$text"', ({ text, span, amount, currency, period }) => {
    const hits = findMoney(text, MONEY);
    expect(hits.length).toBe(1);
    const hit = hits[0]!;
    expect(text.slice(hit.start, hit.end)).toBe(span);
    expect(hit.amount).toBeCloseTo(amount, 6);
    expect(hit.currency).toBe(currency);
    expect(hit.period).toBe(period);
    const perMonth = { hour: 160, day: 22, week: 4.33, month: 1, year: 1 / 12 }[period ?? 'month'];
    expect(hit.usdPerMonth).toBeCloseTo(amount * RATE[currency]! * perMonth, 4);
  });
});

describe('findMoney converts to US dollars per month', () => {
  it.each([
    ['usd 10 per hour', 1600],
    ['usd 50 per day', 1100],
    ['usd 500 per week', 2165],
    ['usd 1500 per month', 1500],
    ['usd 36000 per year', 3000],
    ['usd 1500', 1500],
    ['฿35,000 per month', 980],
  ])('%s → %d', (text, expected) => {
    expect(findMoney(text, MONEY)[0]?.usdPerMonth).toBeCloseTo(expected, 6);
  });
});

describe('findMoney with several amounts', () => {
  it('returns every amount in text order, each with its own period', () => {
    const text = 'base usd 1500 per month, bonus $50 per day, paid in 500 usdt weekly';
    const hits = findMoney(text, MONEY);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['usd 1500', '$50', '500 usdt']);
    expect(hits.map((h) => h.period)).toEqual(['month', 'day', 'week']);
  });

  it('does not give one period word to two amounts', () => {
    const hits = findMoney('usd 1500 a month usd 200 bonus', MONEY);
    expect(hits.map((h) => h.period)).toEqual(['month', null]);
  });

  it('does not take a period word from beyond another number', () => {
    const hits = findMoney('usd 1500 for 8 hours a day', MONEY);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.period).toBeNull();
  });

  it('does not take a period word from the next clause', () => {
    expect(findMoney('salary usd 1500, daily work 12 hours', MONEY)[0]!.period).toBeNull();
  });

  it('ignores a period word further than the window', () => {
    expect(findMoney('usd 1500 for skilled typing staff per month', MONEY)[0]!.period).toBeNull();
  });

  it('keeps a currency that follows one amount with that amount ("15000 baht 3 meals")', () => {
    const text = 'pay 15000 baht 3 meals free';
    const hits = findMoney(text, MONEY);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['15000 baht']);
  });

  it('lets a year before a currency code leave the code to the next amount', () => {
    const text = 'in 2024 usd 1,500 per month';
    const hits = findMoney(text, MONEY);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['usd 1,500']);
  });

  it('lets a dollar sign glued to the next number prefix that number', () => {
    const text = 'room 1500 $500 deposit';
    const hits = findMoney(text, MONEY);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['$500']);
  });

  it('prefers the longer currency token (usdt over u, us$ over $)', () => {
    expect(findMoney('5000usdt', MONEY)[0]!.currency).toBe('USDT');
    expect(findMoney('us$5', MONEY)[0]).toMatchObject({ start: 0, end: 4, currency: 'USD' });
  });
});

describe('findMoney reads amounts in text the normaliser folded', () => {
  // leetspeak folding must leave the digits of amounts alone, and reads capital O written for zeros as 0
  const found = (text: string) => findMoney(normalizeText(text).text, MONEY).map((h) => [h.currency, h.amount, h.period]);

  it('keeps amounts glued to currencies, units and multipliers', () => {
    expect(found('g4j1 Rp5jt/bulan')).toEqual([['IDR', 5_000_000, 'month']]);
    expect(found('s4l4ry 1000usd monthly')).toEqual([['USD', 1000, 'month']]);
    expect(found('us$800 p3r m0nth')).toEqual([['USD', 800, 'month']]); // ("p3r m0nth" is folded: "per month")
    expect(found('3k u5d/month')).toEqual([['USD', 3000, 'month']]);
    expect(found('5000u every month, b0nus')).toEqual([['USDT', 5000, null]]);
  });

  it('reads amounts whose digits are spread out with spaces or dots', () => {
    expect(found('gaji Rp 7 5 0 0 0 0 0 per bulan')).toEqual([['IDR', 7_500_000, 'month']]);
    expect(found('₱ 2 5 , 0 0 0 monthly')).toEqual([['PHP', 25_000, 'month']]);
    expect(found('1 2 0 0 0 ฿ per month')).toEqual([['THB', 12_000, 'month']]);
    expect(found('월급 3 0 0 만')).toEqual([['KRW', 3_000_000, 'month']]);
    expect(found('salary 9.0.0.$ monthly')).toEqual([['USD', 900, 'month']]);
    expect(found('dial *1*2*3*4# usd')).toEqual([]);
  });

  it('reads capital O written for zeros', () => {
    expect(found('54l4ry 1OOO USD')).toEqual([['USD', 1000, null]]);
    expect(found('USD 1,5OO/month')).toEqual([['USD', 1500, 'month']]);
    expect(found('RM3,OOO a month')).toEqual([['MYR', 3000, 'month']]);
  });
});

describe('findMoney does not see money where there is none', () => {
  it.each([
    ['a year', 'since 2024 we hire typists'],
    ['a year range', 'contract 2024-2026 renewable'],
    ['a date with dots', 'start 15.05.2024 usd'],
    ['a date with dashes', 'start 2024-05-01'],
    ['a phone number with plus', 'call +66 81 234 5678 now'],
    ['a phone number with leading zero', 'call 0812 3456 7890 now'],
    ['a phone number next to a currency code', 'whatsapp 0812345678 rp'],
    ['a long digit run', 'id 62812345678901 usd'],
    ['a plain number', 'we need 1500 workers'],
    ['a number with a multiplier that names no currency', 'we have 5k followers and 2 million views'],
    ['rs inside a word', 'work 12 hours daily'],
    ['rs inside a word after a number', 'work 12hours daily'],
    ['rm inside a word', 'fill the form3500 today'],
    ['u after a space', 'level 5 u know'],
    ['u inside a word', 'send 5 units'],
    ['m after a space', 'run 5 m usd'],
    ['k alone', 'walk 5k daily'],
    ['a time', 'at 10:30 usd desk'],
    ['a percentage', 'usd 50% off'],
    ['an ordinal', 'usd 15th floor'],
    ['letters glued before the number', 'model x500 usd'],
    ['a currency word without a number', 'dollars and baht and rupiah'],
    ['dong as a word without a number', 'dong nai province'],
    ['zero', 'usd 0 fee'],
    ['chinese numerals without a multiplier', '七天 一起 usd'],
    ['an idiom with wan', '十万火急 rmb'],
    ['wan without a numeral', '万一 千万别去 元'],
    ['a list of chinese numerals', '一二万 元'],
    ['a few wan', '几万 元'],
  ])('%s: "%s"', (_name, text) => {
    expect(findMoney(text, MONEY)).toEqual([]);
  });
});

describe('findMoney is robust', () => {
  const seconds = (f: () => void): number => {
    const t = performance.now();
    f();
    return (performance.now() - t) / 1000;
  };

  it.each([
    ['"1,1,1,…"', '1,'.repeat(500_000)],
    ['"1.1.1.…"', '1.'.repeat(500_000)],
    ['"$$$$…"', '$'.repeat(1_000_000)],
    ['"$1$1$1…" (every one an amount)', '$1'.repeat(500_000)],
    ['"1,000,000,…" thousands groups', '1' + ',000'.repeat(250_000)],
    ['"1 1 1 …"', '1 '.repeat(500_000)],
    ['"1-1-1-…"', '1-'.repeat(500_000)],
    ['"$1-$1-…"', '$1-'.repeat(333_333)],
    ['"usd 1 usd 1 …" with periods', 'usd 1 per month '.repeat(62_500)],
    ['digits only', '9'.repeat(1_000_000)],
    ['"rs.rs.rs.…"', 'rs.'.repeat(333_333)],
    ['"1 500 500 500 …"', '1' + ' 500'.repeat(250_000)],
    ['"/month/month…" after one amount', 'usd 5' + '/month'.repeat(166_666)],
  ])('handles 1 MB of %s in linear time', (_name, text) => {
    let hits: unknown[] = [];
    const t = seconds(() => {
      hits = findMoney(text, MONEY);
    });
    expect(Array.isArray(hits)).toBe(true);
    expect(t).toBeLessThan(2);
  });

  it('finds every amount in 1 MB of "七万 " and "8000元 两万 "', () => {
    expect(findMoney('七万 '.repeat(300_000), MONEY)).toHaveLength(300_000);
    const mixed = findMoney('8000元 两万 '.repeat(100_000), MONEY);
    expect(mixed).toHaveLength(200_000);
    expect(mixed.slice(0, 2).map((h) => h.amount)).toEqual([8000, 20000]);
  });

  it('reads a long run of Chinese amounts in linear time ("一万" then "二千元" 150,000 times)', () => {
    const hits = findMoney(`一万${'二千元'.repeat(150_000)}`, MONEY);
    expect(hits).toHaveLength(150_000); // "一万二千" is one amount, 12,000
    expect(hits.map((h) => h.amount).slice(0, 3)).toEqual([12000, 2000, 2000]);
  });

  it('finds every amount in 1 MB of "$1"', () => {
    const hits = findMoney('$1 '.repeat(300_000), MONEY);
    expect(hits).toHaveLength(300_000);
  });

  it('never throws, and returns ordered, non-overlapping, in-bounds hits on arbitrary text', () => {
    const alphabet = fc.constantFrom(
      ...'0123456789,. $-–~/:+%kmu'.split(''),
      'usd', 'rp', 'rs.', 'rm', 'baht', 'บาท', '元', '万', '만', '원', 'juta', 'triệu', 'đ', 'to', 'per month', '月薪', 'a day', 'hours',
      '一', '两', '五', '七', '十', '千', '百',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), (text) => {
        const hits = findMoney(text, MONEY);
        let last = 0;
        for (const h of hits) {
          expect(h.start).toBeGreaterThanOrEqual(last);
          expect(h.end).toBeGreaterThan(h.start);
          expect(h.end).toBeLessThanOrEqual(text.length);
          expect(h.amount).toBeGreaterThan(0);
          expect(Number.isFinite(h.usdPerMonth)).toBe(true);
          last = h.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on arbitrary unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        expect(() => findMoney(text, MONEY)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('returns nothing rather than throwing on bad input', () => {
    expect(findMoney(undefined as unknown as string, MONEY)).toEqual([]);
    expect(findMoney('usd 5', null as unknown as CompiledMoney)).toEqual([]);
    expect(findMoney('usd 5', {} as CompiledMoney)).toEqual([]);
    const junk = { currencies: 'x', currencyTokens: [null, 1, { token: 5 }], periodTokens: {}, multipliers: [{}] };
    expect(findMoney('usd 5', junk as unknown as CompiledMoney)).toEqual([]);
  });
});

describe('compileMoneyTables', () => {
  it('produces plain data that survives a JSON round trip and still matches', () => {
    const copy = JSON.parse(JSON.stringify(MONEY)) as CompiledMoney;
    expect(copy).toEqual(MONEY);
    const text = 'gaji rp5jt sebulan and $800-1500 monthly';
    expect(findMoney(text, copy)).toEqual(findMoney(text, MONEY));
  });

  it('normalises tokens defensively and drops unusable entries', () => {
    const compiled = compileMoneyTables({
      currencies: [
        { code: 'USD', usd: 1, tokens: ['  USD ', 'ＵＳ＄', '', 'usd', 'x1'] },
        { code: 'BAD', usd: -1, tokens: ['bad'] },
        { code: 'EUR', usd: 1.1, tokens: ['EUR', 'usd'] },
      ],
      periods: [
        { per: 'month', tokens: ['Per  Month'] },
        { per: 'fortnight' as Period, tokens: ['per fortnight'] },
      ],
      multipliers: [
        { token: 'K', factor: 1000 },
        { token: 'x', factor: Number.NaN },
      ],
    });
    expect(compiled.currencies).toEqual([{ code: 'USD', usd: 1 }, { code: 'EUR', usd: 1.1 }]);
    expect(compiled.currencyTokens.map((t) => t.token).sort()).toEqual(['eur', 'us$', 'usd']);
    expect(compiled.currencyTokens.find((t) => t.token === 'usd')?.currency).toBe(0);
    expect(compiled.periodTokens).toEqual([{ token: 'per month', per: 'month' }]);
    expect(compiled.multipliers).toEqual([{ token: 'k', factor: 1000, currency: null }]);
    expect(findMoney('eur 2k per month', compiled)[0]).toMatchObject({ amount: 2000, currency: 'EUR', period: 'month' });
  });

  it('lists tokens longest first', () => {
    const lengths = MONEY.currencyTokens.map((t) => t.token.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });

  it('marks a multiplier that is also a currency token as naming that currency', () => {
    const idr = MONEY.currencies.findIndex((c) => c.code === 'IDR');
    expect(MONEY.multipliers.find((m) => m.token === 'juta')?.currency).toBe(idr);
    expect(MONEY.multipliers.find((m) => m.token === 'k')?.currency).toBeNull();
  });

  it('finds nothing with empty tables', () => {
    expect(findMoney('usd 1500', compileMoneyTables({ currencies: [], periods: [], multipliers: [] }))).toEqual([]);
  });
});
