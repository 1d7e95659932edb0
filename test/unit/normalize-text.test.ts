// normalizeText: every normalisation rule on a table of made-up examples, evidence offsets that give back exactly
// what the user saw, robustness on hostile input, a 5 MB text, and random strings (fast-check). The fast loop is
// checked against the reference machine (every character through the full state machine).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gluedPhraseVariants,
  unaccentedVietnameseVariant,
  insideJoinedRun,
  mapSpanToOriginal,
  normalizePhrase,
  normalizeText,
  normalizeTextReference,
  type NormalizedText,
} from '../../src/engine/normalize-text.js';

interface Case {
  /** What the user saw. */
  input: string;
  /** The exact normalised text. */
  text: string;
  /** A word of the normalised text, and the original text its span must map back to. */
  find?: string;
  seen?: string;
}

const Z = '\u200b'; // zero-width space

const CASES: Record<string, Case[]> = {
  'NFKC and case folding': [
    { input: 'Apply NOW', text: 'apply now', find: 'now', seen: 'NOW' },
    { input: 'ｔｅｌｅｇｒａｍ ＩＤ', text: 'telegram id', find: 'telegram', seen: 'ｔｅｌｅｇｒａｍ' },
    { input: 'Add 𝐓𝐞𝐥𝐞𝐠𝐫𝐚𝐦 now', text: 'add telegram now', find: 'telegram', seen: '𝐓𝐞𝐥𝐞𝐠𝐫𝐚𝐦' },
    { input: '𝘞𝘩𝘢𝘵𝘴𝘈𝘱𝘱', text: 'whatsapp', find: 'whatsapp', seen: '𝘞𝘩𝘢𝘵𝘴𝘈𝘱𝘱' },
    { input: 'ᴛᴇʟᴇɢʀᴀᴍ', text: 'telegram', find: 'telegram', seen: 'ᴛᴇʟᴇɢʀᴀᴍ' },
    { input: 'ⓣⓔⓛⓔⓖⓡⓐⓜ', text: 'telegram', find: 'telegram', seen: 'ⓣⓔⓛⓔⓖⓡⓐⓜ' },
    { input: '🅣🅔🅛🅔🅖🅡🅐🅜', text: 'telegram', find: 'telegram', seen: '🅣🅔🅛🅔🅖🅡🅐🅜' },
    { input: '🆃🅴🅻🅴🅶🆁🅰🅼', text: 'telegram', find: 'telegram', seen: '🆃🅴🅻🅴🅶🆁🅰🅼' },
    // decomposed Vietnamese (base + combining marks) equals precomposed
    { input: 'Vie\u0302\u0323c la\u0300m', text: 'việc làm', find: 'việc', seen: 'Vie\u0302\u0323c' },
    { input: 'Việc Làm', text: 'việc làm', find: 'làm', seen: 'Làm' },
    { input: 'Straße', text: 'strasse', find: 'strasse', seen: 'Straße' },
    { input: 'İSTANBUL', text: 'istanbul', find: 'istanbul', seen: 'İSTANBUL' },
    { input: '5㎏ bag', text: '5kg bag', find: 'kg', seen: '㎏' },
    { input: 'ΟΔΟΣ', text: 'οδοσ' },
    { input: 'ｶﾞｲﾄﾞ', text: 'ガイド' },
    { input: '½ day', text: '1⁄2 day' },
  ],
  'invisible characters are removed': [
    { input: `tele${Z}gram`, text: 'telegram', find: 'telegram', seen: `tele${Z}gram` },
    { input: 'what\u00adsapp', text: 'whatsapp' },
    { input: '\ufeffpass\u2060port', text: 'passport', find: 'passport', seen: 'pass\u2060port' },
    { input: 'vi\u200ds\u200ca', text: 'visa' },
    { input: '\u202ejob\u202c \u2066offer\u2069', text: 'job offer', find: 'offer', seen: 'offer' },
    { input: 'vi\u034fsa \u180efree', text: 'visa free' },
    { input: 'li\u200e\u200fne', text: 'line' },
  ],
  'look-alike letters inside Latin words': [
    { input: 'tеlеgrаm', text: 'telegram', find: 'telegram', seen: 'tеlеgrаm' }, // Cyrillic е, а
    { input: 'ѕһееt', text: 'sheet', find: 'sheet', seen: 'ѕһееt' },
    { input: 'Whаtѕарр only', text: 'whatsapp only', find: 'whatsapp', seen: 'Whаtѕарр' },
    { input: 'ΗΕLLΟ', text: 'hello' }, // Greek capitals Η Ε Ο
    { input: 'pаѕѕрοrt', text: 'passport' }, // Cyrillic and Greek ο
    { input: 'привет мир', text: 'привет мир' },
    { input: 'Вот рос', text: 'вот рос' },
    { input: 'τηλέφωνο', text: 'τηλέφωνο' },
    { input: 'αβγ abc', text: 'αβγ abc' },
  ],
  'leetspeak inside words': [
    { input: 't3legram', text: 'telegram', find: 'telegram', seen: 't3legram' },
    { input: 'wh@tsapp me', text: 'whatsapp me', find: 'whatsapp', seen: 'wh@tsapp' },
    { input: 'send p@ssport', text: 'send passport', find: 'passport', seen: 'p@ssport' },
    { input: 'pa$$port', text: 'passport' },
    { input: 'passp0rt', text: 'passport' },
    { input: '0nline job', text: 'online job', find: 'online', seen: '0nline' },
    { input: 'hell0', text: 'hello' },
    { input: 'h!ring', text: 'hiring' },
    { input: 'te|egram', text: 'telegram' },
    // beside other scripts "|" separates (full-width "｜" too)
    { input: '包 吃 住｜机 票 报 销|T G', text: '包吃住 机票报销 tg' },
    { input: 'c4sino', text: 'casino' },
    { input: 'vi5a', text: 'visa' },
    { input: '7elegram', text: 'telegram' },
    { input: 'h3ll0', text: 'hello' }, // the whole word is folded, however many digits it holds
    // one "@" ending a word of letters is an a (a handle starts with it; an e-mail address goes on after it)
    { input: 'h@kun@ uzoefu', text: 'hakuna uzoefu', find: 'hakuna', seen: 'h@kun@' },
    { input: 'D@t@ Entry', text: 'data entry' },
    { input: 'dat@ entry', text: 'data entry', find: 'data', seen: 'dat@' },
    { input: 'a@ b, hi @ you, @anna, us$ 5', text: 'a@ b, hi @ you, @anna, us$ 5' },
    // "€" between two letters is an e; elsewhere the currency
    { input: 'DM on t€l€gr@m', text: 'dm on telegram', find: 'telegram', seen: 't€l€gr@m' },
    { input: '€500 a month, 500€/m, fr€€', text: '€500 a month, 500€/m, fr€€' },
  ],
  'heavy leetspeak: a word of letters and leet characters is folded as a whole': [
    { input: 'N0W H1R1NG: C$R 1n C4mb0d14', text: 'now hiring: csr in cambodia', find: 'cambodia', seen: 'C4mb0d14' },
    { input: 'j0bs 1n 7h41l4nd', text: 'jobs in thailand', find: 'thailand', seen: '7h41l4nd' },
    { input: 'fr33 f1ight 71ck37', text: 'free flight ticket', find: 'free flight ticket', seen: 'fr33 f1ight 71ck37' },
    { input: 'g0 0n 70ur157 v154', text: 'go on tourist visa' },
    { input: 'n0 3xp3r13nc3 n33d3d!', text: 'no experience needed!' },
    { input: 'n0 exp, 0nly typ1ng', text: 'no exp, only typing' },
    { input: 'd1g1t4l m4rk371ng 0nl1n3', text: 'digital marketing online' },
    { input: 'c0nt4ct 0n t3l3gr4m', text: 'contact on telegram' },
    { input: 'fr33 h0us1ng & f00d', text: 'free housing & food' },
    { input: '4g3nt pr0m0', text: 'agent promo' },
    { input: '$4l4ry h1gh', text: 'salary high' }, // a "$" before a leet word is part of it; before a number, money
    { input: '$5k $ales', text: '$5k $ales' },
    { input: 's4l4ry h1gh', text: 'salary high' },
    { input: 'c4$h', text: 'cash' },
    { input: 'j0b 0ff3r', text: 'job offer' },
  ],
  'a 1 in a leet word is an l where an i would make an unlikely letter pair': [
    { input: 'fr33 f1ight', text: 'free flight', find: 'flight', seen: 'f1ight' },
    { input: 'c1ick the 1ink', text: 'click the link' },
    { input: 'sa1ary on1y', text: 'salary only' },
    { input: 'he11o', text: 'hello' },
    { input: 'emai1 us', text: 'email us' },
    { input: '1ook 1oan', text: 'look loan' },
    { input: 'te1egram', text: 'telegram' },
    { input: 'k41l4ng4n', text: 'kailangan' },
    { input: 'b1aya v1sa', text: 'biaya visa' }, // "bi", "vi" (not "bl")
    { input: 'H1r1ng', text: 'hiring' },
    { input: 'p3ngh4s1lan', text: 'penghasilan' },
  ],
  'real alphanumerics keep their digits': [
    { input: '5k 80k 10am 2pm 1st 3rd', text: '5k 80k 10am 2pm 1st 3rd' },
    { input: '4g 5g mp3 b2b covid19 h1b i7', text: '4g 5g mp3 b2b covid19 h1b i7' },
    { input: '1000usd rp5jt 15jt 3d 24h 7days', text: '1000usd rp5jt 15jt 3d 24h 7days' },
    { input: '@manila_jobs_77 abc123 xyz789', text: '@manila_jobs_77 abc123 xyz789' },
    { input: 'call +63 917 555 0134 at 9:30am, 14/05', text: 'call +63 917 555 0134 at 9:30am, 14/05' },
    { input: 'ps5 i5 a4 b4 1v1 4x4 1h30 1080p 100m', text: 'ps5 i5 a4 b4 1v1 4x4 1h30 1080p 100m' },
    // three characters or fewer: a digit that is not a leet letter beyond doubt keeps the word (codes, postcodes)
    { input: 'v1a 4ir 5we b1g', text: 'v1a 4ir 5we b1g' },
    { input: 'P150 p1000 v50 insurance401k', text: 'p150 p1000 v50 insurance401k' },
    { input: 'win777plus wow!!!Great', text: 'win777plus wow!!!great' },
    { input: 'us$500 r$300 nt$900 @5pm', text: 'us$500 r$300 nt$900 @5pm' },
    // an "@" between letters with one leet digit and a letter after it is an a, not the "at" of a time
    { input: 'J0B 1N TH@1L@ND', text: 'job in thailand', find: 'thailand', seen: 'TH@1L@ND' },
    { input: 'meet@5pm call@5h r@500', text: 'meet@5pm call@5h r@500' },
    { input: '5000u 3w 1m 1.5tr 2.5jt 10jt', text: '5000u 3w 1m 1.5tr 2.5jt 10jt' },
    { input: '5hari 3bln 1unit 2tahun 15jan', text: '5hari 3bln 1unit 2tahun 15jan' },
    { input: 'top10 room101 windows11', text: 'top10 room101 windows11' },
    { input: 'gr8 l8r 9to5', text: 'gr8 l8r 9to5' }, // 8 and 9 are no leet: "ate" in texting, and codes
    { input: 'PHP150!Join', text: 'php150!join' },
    { input: 'v1.2 ver3-5', text: 'v1.2 ver3-5' },
    { input: 'name01@mail.com', text: 'name01@mail.com' },
    // an e-mail address whose domain has a hyphen keeps its @ (it was read as a leet a: "hraruifeng")
    { input: 'hr@ruifeng-mm.com', text: 'hr@ruifeng mm.com' },
    { input: 'jobs@golden-river-garment.com.kh', text: 'jobs@golden river garment.com.kh' },
    { input: 'wh@ts-app me', text: 'whats app me' },
  ],
  'a capital O written for a zero in a number is read as 0': [
    { input: '54l4ry 1OOO USD', text: 'salary 1000 usd', find: '1000', seen: '1OOO' },
    { input: 'USD 1,OOO/month', text: 'usd 1,000/month', find: '1,000', seen: '1,OOO' },
    { input: 'gaji Rp.1O.OOO.OOO', text: 'gaji rp.10.000.000' },
    { input: '5OOk 2OOO baht 3OOusd', text: '500k 2000 baht 300usd' },
    { input: '１ＯＯＯ', text: '1000' },
    { input: 'GOOD JOB, NO OFFER', text: 'good job, no offer' },
    { input: '1ook 5oo', text: 'look 5oo' }, // a small o is a letter
    { input: '1OOK', text: '100k' }, // (a number and a unit, as written)
    { input: 'No.1 OFFER, 2.OK, 1.OOK', text: 'no.1 offer, 2.ok, 1.ook' },
  ],
  'the Devanagari nukta is dropped': [
    { input: '\u095b\u0930\u0942\u0930\u0940', text: '\u091c\u0930\u0942\u0930\u0940' }, // ज़रूरी precomposed
    {
      input: 'बहुत \u091c\u093c\u0930\u0942\u0930\u0940', // ज + nukta
      text: 'बहुत \u091c\u0930\u0942\u0930\u0940',
      find: '\u091c\u0930\u0942\u0930\u0940',
      seen: '\u091c\u093c\u0930\u0942\u0930\u0940',
    },
    { input: '\u092b\u093c\u094d\u0930\u0940 \u0935\u0940\u095b\u093e', text: '\u092b\u094d\u0930\u0940 \u0935\u0940\u091c\u093e' }, // फ़्री वीज़ा
    { input: '\u092c\u095c\u0940 \u092c\u0921\u093c\u0940', text: '\u092c\u0921\u0940 \u092c\u0921\u0940' }, // बड़ी both ways
    { input: '\u0915\u0929 \u0915\u0931 \u0915\u0934', text: '\u0915\u0928 \u0915\u0930 \u0915\u0933' }, // कऩ कऱ कऴ
    { input: '\u0929 \u0931 \u0934', text: '\u0928\u0930\u0933' }, // ऩ ऱ ऴ: three clusters written apart join
    { input: '\u093c\u0915', text: '\u0915' }, // a nukta with no letter before it
    { input: 'नौकरी', text: 'नौकरी' },
  ],
  'numbers, amounts and units keep their digits': [
    { input: '$800', text: '$800' },
    { input: 'salary $800-$1500', text: 'salary $800 $1500' },
    { input: 'USD1500', text: 'usd1500' },
    { input: 'RM3500', text: 'rm3500' },
    { input: 'rm3k', text: 'rm3k' },
    { input: 'Rp5jt', text: 'rp5jt' },
    { input: '5jt', text: '5jt' },
    { input: '15k', text: '15k' },
    { input: '4g', text: '4g' },
    { input: '2nd 3rd 4th 1st', text: '2nd 3rd 4th 1st' },
    { input: '5pm', text: '5pm' },
    { input: '7days', text: '7days' },
    { input: 'usd5k', text: 'usd5k' },
    { input: '₱5,000 ฿20,000', text: '₱5,000 ฿20,000' },
    { input: '1500/month (USD)', text: '1500/month (usd)' },
    { input: '7000-10000元/月', text: '7000-10000元/月' },
    { input: 'call 0812-3456-7890', text: 'call 0812-3456-7890' },
    { input: '9–5', text: '9-5' },
    { input: 'hello!', text: 'hello!' },
    { input: 'experience3-5 years', text: 'experience3-5 years' },
    { input: 'Version2.0', text: 'version2.0' },
    { input: 'Hell0. Bye', text: 'hello. bye' },
    { input: 'contact @recruiter88', text: 'contact @recruiter88' },
    { input: 'mail hr@example.com', text: 'mail hr@example.com' },
  ],
  'spaced-out letters are joined': [
    { input: 't e l e g r a m', text: 'telegram', find: 'telegram', seen: 't e l e g r a m' },
    // leet characters written apart between the letters are letters of the run
    { input: 'chama no t 3 l 3 g r 4 m: @vg', text: 'chama no telegram: @vg', find: 'telegram', seen: 't 3 l 3 g r 4 m' },
    { input: 'k 0 n t 4 k', text: 'kontak' },
    { input: 'w h @ t s @ p p', text: 'whatsapp' },
    // ... but not digits after letters or before other digits, nor where the run does not join
    { input: 'u s $ 5 0 0', text: 'u s $ 5 0 0' },
    // three letters apart with the same mark (not dots: "U.S.A.") are a word; fewer, or with spaces, are not
    { input: 'game online bên L-à-o', text: 'game online bên lào', find: 'lào', seen: 'L-à-o' },
    { input: 'K_H_R, A-Z, a b c, S/M/L', text: 'khr, a z, a b c, s/m/l' },
    // letters apart with another separator than the run's own, twice or more in a row, are a word of their own
    { input: 'K a z i  z a  k u t y p e 💻 M.y.a.n.m.a.r', text: 'kazi za kutype myanmar', find: 'myanmar', seen: 'M.y.a.n.m.a.r' },
    { input: 'grade a 1 b 2', text: 'grade a 1 b 2' },
    { input: 'p 1 0 0 0', text: 'p 1000' },
    { input: 'add W.H.A.T.S.A.P.P now', text: 'add whatsapp now', find: 'whatsapp', seen: 'W.H.A.T.S.A.P.P' },
    { input: 'T-E-L-E-G-R-A-M', text: 'telegram', find: 'telegram', seen: 'T-E-L-E-G-R-A-M' },
    { input: 'v_i_s_a', text: 'visa' },
    { input: 'l*i*n*e id', text: 'line id' },
    { input: 'w/h/a/t/s', text: 'whats' },
    { input: 'f·r·e·e', text: 'free' },
    { input: 'j•o•b•s', text: 'jobs' },
    { input: 'T  E  L  E', text: 'tele' },
    { input: 't е l е g r а m', text: 'telegram', find: 'telegram', seen: 't е l е g r а m' },
    { input: '微 信 号 码', text: '微信号码' },
    { input: 'a b c', text: 'a b c' },
    { input: 'I am a b', text: 'i am a b' },
    { input: 'U.S.A. visa', text: 'u.s.a. visa' },
    { input: 'x. y. z. w.', text: 'x. y. z. w.' },
  ],
  'emoji': [
    { input: 'tele📞gram', text: 'telegram', find: 'telegram', seen: 'tele📞gram' },
    { input: 'call📞 me', text: 'call me' },
    { input: 'hi 📞 there', text: 'hi there' },
    { input: '💰💰 salary', text: ' salary' },
    { input: 'job🇰🇭offer', text: 'jobofer'.replace('ofer', 'offer') },
    { input: 'free ✈️ ticket', text: 'free ticket' },
    { input: 'we👨‍💻hire', text: 'wehire' },
    { input: 'ok👍🏽', text: 'ok ' },
    { input: '1️⃣ apply', text: '1 apply' },
  ],
  'whitespace and dashes collapse': [
    { input: 'free\tvisa\n\nand  flight', text: 'free visa and flight' },
    { input: 'free\u00a0visa\u3000now', text: 'free visa now' },
    { input: 'job - offer — here', text: 'job offer here' },
    { input: 'customer_service', text: 'customer service' },
    { input: '--no--fee--', text: ' no fee ' },
    { input: ' lead and trail ', text: ' lead and trail ' },
    { input: 'tg @hr_manager_1', text: 'tg @hr_manager_1' },
    { input: 't.me/job_offer', text: 't.me/job_offer' },
    { input: 'line\u2028break\u2029para', text: 'line break para' },
  ],
  'other punctuation is kept': [
    { input: 'Salary: $800 (net), bonus.', text: 'salary: $800 (net), bonus.' },
    { input: '月薪：8000元', text: '月薪:8000元' },
    { input: '（急招）', text: '(急招)' },
  ],
  'scripts without case pass straight through': [
    { input: '高薪客服招聘', text: '高薪客服招聘' },
    { input: 'งานออนไลน์ได้เงินดี', text: 'งานออนไลน์ได้เงินดี' },
    { input: 'ការងារ', text: 'ការងារ' },
    { input: 'အလုပ်', text: 'အလုပ်' },
    { input: '고수익 알바', text: '고수익 알바' },
    { input: 'ລາຍໄດ້', text: 'ລາຍໄດ້' },
  ],
  'leetspeak beside letters that only look like a unit or currency': [
    { input: 's3nd it', text: 'send it', find: 'send', seen: 's3nd' },
    { input: 't3st', text: 'test' },
    { input: 'f4st', text: 'fast' },
    { input: 'w1th', text: 'with' },
    { input: 'tr4ining', text: 'training', find: 'training', seen: 'tr4ining' },
    { input: 'aj4k', text: 'ajak' },
    { input: 'inb0x', text: 'inbox' },
    { input: 'm4g', text: 'mag' },
    { input: 'rm3k rp5jt usd5k thb30k', text: 'rm3k rp5jt usd5k thb30k' },
    { input: 'day3pm', text: 'day3pm' },
    // an ordinal ending after a number, never before one
    { input: 'th1rd-party th3m', text: 'third party them', find: 'third party', seen: 'th1rd-party' },
    { input: '5jt 4th 5pm 7days years3-5', text: '5jt 4th 5pm 7days years3-5' },
  ],
  'an e-mail address in full-width or with invisible characters keeps its @': [
    { input: 'ｊｏｂｓ＠ｇｍａｉｌ．ｃｏｍ', text: 'jobs@gmail.com', find: 'gmail', seen: 'ｇｍａｉｌ' },
    { input: `jobs${Z}@${Z}gmail${Z}.${Z}com`, text: 'jobs@gmail.com', find: 'jobs@gmail', seen: `jobs${Z}@${Z}gmail` },
    { input: 'hr＠example.com', text: 'hr@example.com' },
    { input: 'wh＠tsapp', text: 'whatsapp' },
  ],
  'a dash between digits survives invisible characters and spaces': [
    { input: `1${Z}8${Z}-${Z}3${Z}5`, text: '18-35', find: '18-35', seen: `1${Z}8${Z}-${Z}3${Z}5` },
    { input: `age 18\u2060–\u206035`, text: 'age 18-35' },
    { input: `18-${Z}x`, text: '18 x' },
    { input: 'age 18 - 35 years', text: 'age 18-35 years', find: '18-35', seen: '18 - 35' },
    { input: '18- 35', text: '18-35' },
    { input: '18 -35', text: '18-35' },
    { input: '18\u3000—\u300035', text: '18-35' },
    { input: '8 -- 5', text: '8-5' },
    { input: '0812 - 3456 - 7890', text: '0812-3456-7890' },
    { input: '$800 - $1500', text: '$800 $1500' },
    { input: '5 - a', text: '5 a' },
  ],
  'an emoji after a combining mark is dropped inside a word': [
    { input: 'ต้🔥อง', text: 'ต้อง', find: 'ต้อง', seen: 'ต้🔥อง' },
    { input: 'ไม่💰ต้องมีประสบการณ์', text: 'ไม่ต้องมีประสบการณ์' },
    { input: 'la\u0300🔥m', text: 'làm' },
    { input: 'ต้🔥 อง', text: 'ต้ อง' },
    { input: '5🔥k', text: '5 k' },
  ],
  'two or three Chinese characters written apart with spaces or dots are joined (not across "/")': [
    { input: '加 微 信', text: '加微信', find: '加微信', seen: '加 微 信' },
    { input: '加　微', text: '加微' },
    { input: '请 加 微 信 详聊', text: '请加微信 详聊' },
    { input: '我 是 中国 人', text: '我是 中国 人' },
    { input: '8000 元/月', text: '8000 元/月' },
    { input: '加.微.信', text: '加微信', find: '加微信', seen: '加.微.信' },
    { input: '地点:柬·埔·寨', text: '地点:柬埔寨' },
    { input: '打.字.员 / 客.服', text: '打字员 / 客服' },
    { input: '中 a', text: '中 a' },
  ],
  'spaced-out Hangul syllables are joined, from two on, like Chinese characters': [
    { input: '텔 레 그 램', text: '텔레그램', find: '텔레그램', seen: '텔 레 그 램' },
    { input: '캄 보 디 아 고수익 알 바', text: '캄보디아 고수익 알바', find: '알바', seen: '알 바' },
    { input: '여 권 사 진 보내주세요', text: '여권사진 보내주세요' },
    { input: '경 력 무관', text: '경력 무관' },
    // ordinary sentences: two or more one-syllable words side by side are joined too, and phrases the same way
    // (Korean phrases match inside words), so "좀 더 잘 해" → "좀더잘해" changes no match
    { input: '좀 더 잘 해 볼게요', text: '좀더잘해 볼게요' },
    { input: '그 일은 제가 할 수 있어요', text: '그 일은 제가 할수 있어요' },
    { input: '더 많은 사람', text: '더 많은 사람' },
    // a Hangul syllable joins only Hangul syllables, only across spaces, and never jamo
    { input: 'a 텔 레 b', text: 'a 텔레 b' },
    { input: '텔 레 a b c d', text: '텔레 abcd' },
    { input: '월/일/년', text: '월/일/년' },
    { input: '텔·레·그·램', text: '텔·레·그·램' }, // (a middle dot lists one-syllable words in Korean: "한·중·일")
    { input: 'ㅋ ㅋ ㅋ', text: '\u110f \u110f \u110f' }, // (NFKC: compatibility jamo to conjoining jamo)
    { input: '한 1 두', text: '한 1 두' },
    { input: '텔-레-그-램', text: '텔레그램' }, // a dash or line break separates like a space
    { input: '텔\n레\n그\n램', text: '텔레그램' },
    { input: '더- 그 일은', text: '더그 일은' },
    { input: '1 월 2 일', text: '1 월 2 일' },
  ],
  'spaced-out Devanagari clusters are joined, from two on, like Hangul syllables': [
    { input: 'कंपनी दे गी', text: 'कंपनी देगी', find: 'कंपनी देगी', seen: 'कंपनी दे गी' },
    { input: 'ज़रूरी न हीं', text: 'जरूरी नहीं' },
    { input: 'टे ली ग्रा म पर', text: 'टेलीग्राम पर', find: 'टेलीग्राम', seen: 'टे ली ग्रा म' },
    { input: 'वी.ज़ा', text: 'वीजा' },
    // one-cluster words side by side join too, and phrases the same way, so "से भी" → "सेभी" changes no match
    { input: 'उस से भी ज़्यादा', text: 'उस सेभी ज्यादा' },
    { input: 'नौकरी पक्की है', text: 'नौकरी पक्की है' },
    // a Devanagari cluster joins only Devanagari clusters
    { input: 'a दे b', text: 'a दे b' },
    { input: 'दे a b c d', text: 'दे abcd' },
  ],
  'Hangul syllables typed as separate jamo are composed; jamo that spell no syllable stay': [
    // initial + vowel [+ final] → one syllable that maps to all the jamo it came from
    { input: 'ㅎㅏㄴ국 ㅇㅣㄹ자리', text: '한국 일자리', find: '한국', seen: 'ㅎㅏㄴ국' },
    { input: '텔ㄹㅔ그램 문의', text: '텔레그램 문의', find: '텔레그램', seen: '텔ㄹㅔ그램' },
    { input: '라오ㅅㅡ 출국', text: '라오스 출국', find: '라오스', seen: '라오ㅅㅡ' },
    { input: 'ㅁㅐ달 3ㅂㅐㄱ', text: '매달 3백', find: '3백', seen: '3ㅂㅐㄱ' },
    { input: 'ㅂㅣ자 ㅈㅣ원', text: '비자 지원' },
    { input: 'ㅌㅏ이핑 ㅇㅓㅂ무', text: '타이핑 업무' },
    // a consonant before a vowel starts the next syllable; otherwise it is the final
    { input: 'ㅎㅏㄴㅏ', text: '하나' },
    { input: 'ㅁㅏㄴㄴㅏㅁ', text: '만남' },
    { input: 'ㅅㅓㅇㄱㅗㅇ', text: '성공' },
    // compound vowels and finals typed as one jamo follow the standard tables; two jamo never merge into one
    { input: 'ㅎㅘㄱ인', text: '확인' },
    { input: 'ㄱㅏㅄ', text: '값' },
    { input: 'ㄱㅗㅏ', text: '\u1100\u1169\u1161' },
    { input: 'ㄷㅏㄸ', text: '다\u1104' }, // (ㄸ is never a final)
    // a Latin "r" for "ㅏ" right after a consonant jamo
    { input: '베트ㄴr 출장', text: '베트나 출장' },
    { input: 'ㅅr업', text: '사업' },
    { input: 'ㅇrㄹ바', text: '알바' },
    { input: 'ㅇrmy', text: '\u110brmy' },
    { input: 'r ㄱ r', text: 'r \u1100 r' },
    // a capital "H" for "ㅐ" the same way
    { input: 'ㅎH외 ㄱH발자', text: '해외 개발자', find: '해외', seen: 'ㅎH외' },
    { input: 'ㅎHELLO', text: '\u1112hello' },
    // an initial and its vowel written apart with one space are one syllable; a vowel doubled after it stays
    { input: '알ㅂ ㅏ 모집', text: '알바 모집', find: '알바', seen: '알ㅂ ㅏ' },
    { input: '여ㄱ ㅝㄴ만', text: '여권만' },
    { input: '항ㄱ ㅗㅇ권', text: '항공권' },
    { input: 'ㅋ ㅠㅠ', text: '\u110f \u1172\u1172' },
    { input: 'ㅋㅋ ㅠ', text: '\u110f\u110f \u1172' },
    { input: 'ㄱ  ㅏ', text: '\u1100 \u1161' },
    // spaced-out jamo syllables join like spaced-out syllables
    { input: 'ㅇㅕ ㄱㅝㄴ', text: '여권' },
    // laughter, crying and chosung abbreviations stay jamo (NFKC's conjoining forms)
    { input: 'ㅋㅋㅋ', text: '\u110f\u110f\u110f' },
    { input: 'ㅠㅠ', text: '\u1172\u1172' },
    { input: 'ㅋㅋㅋㅠㅠ', text: '\u110f\u110f\u110f\u1172\u1172' },
    { input: 'ㅎㅎㅜ', text: '\u1112\u1112\u116e' },
    { input: '좋아요ㅋㅋ', text: '좋아요\u110f\u110f' },
    { input: 'ㅇㅇ ㄱㅅ ㅇㅋ', text: '\u110b\u110b \u1100\u1109 \u110b\u110f' },
    { input: 'ㅋㅂㄷㅇ ㅌㄹ', text: '\u110f\u1107\u1103\u110b \u1110\u1105' },
    { input: 'ㄱㅏㅋㅋ', text: '가\u110f\u110f' }, // (lone consonants after it: no final)
    { input: '텔ㄹ @abc', text: '텔\u1105 @abc' },
    // decomposed (NFD) Hangul composes too
    { input: '\u1112\u1161\u11ab\u1100\u116e\u11a8', text: '한국' },
    { input: 'ㅏㄱ', text: '\u1161\u1100' },
  ],
  'a look-alike letter carrying combining marks is folded and composed': [
    { input: 'l\u0430\u0300m', text: 'làm', find: 'làm', seen: 'l\u0430\u0300m' },
    { input: 'Vi\u0435\u0302\u0323c l\u0430\u0300m', text: 'việc làm', find: 'việc', seen: 'Vi\u0435\u0302\u0323c' },
    { input: '\u0430\u0300m', text: 'àm' },
    { input: 't\u0430\u0300i', text: 'tài' },
    { input: '\u0430\u0300', text: '\u0430\u0300' },
    { input: '\u043c\u043e\u0300', text: '\u043c\u043e\u0300' },
    { input: 'ng\u01b0\u1f78\u031bi', text: 'người', find: 'người', seen: 'ng\u01b0\u1f78\u031bi' }, // Greek ὸ and a horn
    { input: '\u0441h\u04d1m', text: 'chăm' }, // Cyrillic с and ӑ
    { input: 'n\u03cci', text: 'nói' }, // Greek ό
    { input: 'τηλέφωνο', text: 'τηλέφωνο' },
  ],
  'a one-letter word before a capitalised spaced-out word stays apart': [
    { input: 'việc ở C a m p u c h i a', text: 'việc ở campuchia', find: 'campuchia', seen: 'C a m p u c h i a' },
    { input: 'a T e l e g r a m now', text: 'a telegram now', find: 'telegram', seen: 'T e l e g r a m' },
    { input: 'I T e l e g r a m', text: 'i telegram' },
    { input: "Let's C a m b o d i a", text: "let's cambodia" },
    { input: 'a T е l е g r а m', text: 'a telegram' },
    { input: 'ở C a m', text: 'ở c a m' },
    { input: 'T E L E G R A M', text: 'telegram' },
    { input: 'add T e l e g r a m', text: 'add telegram' },
  ],
  'spaced-out letters carrying combining marks are joined': [
    { input: 'ไ ม่ ต้ อ ง', text: 'ไม่ต้อง', find: 'ไม่ต้อง', seen: 'ไ ม่ ต้ อ ง' },
    { input: 'ไม่ ต้ อ ง มี', text: 'ไม่ ต้องมี', find: 'ต้องมี', seen: 'ต้ อ ง มี' },
    { input: 'កា រ ងា រ', text: 'ការងារ' }, // Khmer
    { input: 'ជ្រើ ស រើ ស', text: 'ជ្រើសរើស' }, // Khmer, a subscript consonant
    { input: 'အ လု ပ် ရှိ', text: 'အလုပ်ရှိ' }, // Burmese
    { input: 'नौ क री दे', text: 'नौकरीदे' }, // Hindi
    { input: 'ไ ม่ ต้', text: 'ไ ม่ ต้' }, // three: left apart, like three Latin letters
    { input: 'e\u0359 a b c', text: 'e\u0359abc' }, // a mark NFKC does not compose
  ],
  'a longer gap or another separator between spaced-out letters is a word break': [
    { input: 'L.À.M  V.I.Ệ.C  Ở  N.Ư.Ớ.C', text: 'làm việc ở nước', find: 'việc ở nước', seen: 'V.I.Ệ.C  Ở  N.Ư.Ớ.C' },
    { input: 'g.a.j.i  b.e.s.a.r', text: 'gaji besar', find: 'gaji besar', seen: 'g.a.j.i  b.e.s.a.r' },
    { input: 'V.I.S.A F.R.E.E', text: 'visa free' }, // one space between dotted words
    { input: 'k e r j a    d i   l u a r', text: 'kerja di luar' },
    { input: 'n o  v i s a', text: 'no visa' }, // a word of two letters is joined when the whole run is long enough
    { input: 'T-I-K-E-T P-E-S-A-W-A-T', text: 'tiket pesawat' },
    // a line break is a separator of its own: it ends a word that another separator would join on
    { input: 'sirf t y p i n g\nt.e.l.e.g.r.a.m pe', text: 'sirf typing telegram pe', find: 'telegram', seen: 't.e.l.e.g.r.a.m' },
    { input: 'c a m p\r\nv i e c', text: 'camp viec' },
    { input: 't\ne\nl\ne\ng\nr\na\nm', text: 'telegram' },
    // emoji are alike as separators, whichever they are; a space is another separator
    { input: 'apply: T 🔥 e ✈️ l 💰 e ✅ g 👉 r 🇰🇭 a 💼 m now', text: 'apply: telegram now', find: 'telegram', seen: 'T 🔥 e ✈️ l 💰 e ✅ g 👉 r 🇰🇭 a 💼 m' },
    { input: 'c a m p 🔥 v i e c', text: 'camp viec' },
    // geometric shapes and stars written like emoji between letters separate alike (they are not emoji to Unicode)
    { input: 'paid in U ● S ● D ● T monthly', text: 'paid in usdt monthly', find: 'usdt', seen: 'U ● S ● D ● T' },
    { input: 'T ★ e ★ l ★ e ★ g ★ r ★ a ★ m', text: 'telegram' },
    { input: '■ Requirements ■ English', text: ' requirements english' },
    // letters written apart with spaced emoji inside a run of spaced-out Chinese are a word of their own
    { input: '薪 資 以 U 💰 S 💰 D 💰 T 發 放', text: '薪資以 usdt 發放', find: 'usdt', seen: 'U 💰 S 💰 D 💰 T' },
    // the separator before a combining mark written apart counts towards the joiner ("ज.ॉ.ब": dots, not the space)
    { input: 'देश में ज.ॉ.ब', text: 'देश में जॉब', find: 'जॉब', seen: 'ज.ॉ.ब' },
    { input: 'O*N*L*I*N*E  J*O*B', text: 'online job' },
    { input: 'f r e e/t i c k e t', text: 'free/ticket' },
    { input: 'a.b  c', text: 'a.b c' }, // three letters: nothing joined
    { input: 'x  y  z  w', text: 'xyzw' }, // the same longer gap throughout joins
    { input: 'I  T e l e g r a m', text: 'i telegram' },
    { input: '여.권  맡.겨', text: '여권 맡겨' }, // Hangul apart with dots: from two syllables on
    { input: '네.네', text: '네네' }, // two syllables with a dot join, as with a space ("해.외" → "해외")
    { input: '했어요.네', text: '했어요.네' },
    // a word of syllables after the last dot ends a dotted run as its last syllables (a particle attached);
    // not after a space, where a one-syllable word before a longer one is ordinary Korean
    { input: '여.권만 챙겨오면 됨', text: '여권만 챙겨오면 됨', find: '여권만', seen: '여.권만' },
    { input: '해.외.알바 모집', text: '해외알바 모집' },
    { input: '여.권만.네', text: '여권만.네' },
    { input: '여 권만', text: '여 권만' },
    { input: '한·중·일', text: '한·중·일' },
  ],
  'Thai vowel and tone marks written apart belong to the letter before': [
    { input: 'ส.ม.ั.ค.ร.ง.า.น', text: 'สมัครงาน', find: 'สมัครงาน', seen: 'ส.ม.ั.ค.ร.ง.า.น' },
    { input: 'ท ำ ง า น ท ี่ บ้ า น', text: 'ท\u0e4d\u0e32งานที่บ้าน' }, // (NFKC writes "ำ" as "ํ" and "า", in phrases too)
    { input: 'เ ง ิ น ด ี', text: 'เงินดี' },
    { input: 'ห.ล.ั.ก.ฐ.า.น', text: 'หลักฐาน' },
    { input: 'ร.ั.บ.ส.ม.ั.ค.รงาน', text: 'รับสมัครงาน' }, // a Thai word written on after the last dot
    { input: 'ส.ม.ั.ค.รงาน', text: 'ส.ม.ั.ค.รงาน' }, // (three letters before it: too short a run)
    { input: 'จ.ชลบุรี อ.เมือง', text: 'จ.ชลบุรี อ.เมือง' }, // abbreviations stay
    { input: 'พ.ต.อ.สมชาย', text: 'พ.ต.อ.สมชาย' },
    { input: 'ก ั', text: 'ก ั' },
  ],
  'digits spread out with one separator are one number': [
    { input: 'gaji 7 5 0 0 / bulan', text: 'gaji 7500 / bulan', find: '7500', seen: '7 5 0 0' },
    { input: '₱ 2 5 , 0 0 0 monthly', text: '₱ 25,000 monthly', find: '25,000', seen: '2 5 , 0 0 0' },
    { input: '3 0 . 0 0 0 . 0 0 0 đ', text: '30.000.000đ' },
    { input: 'USD 2.5.0.0', text: 'usd 2500' },
    { input: '8 ０ ０ ０ 元', text: '8000元' }, // a one-character unit after the last separator is glued on
    { input: 'lương 9 0 0 $ mỗi tháng', text: 'lương 900$ mỗi tháng' },
    { input: '6  0  0  0 baht', text: '6000 baht' },
    { input: '2 0 0 0  5 0 0 0', text: '2000 5000' },
    { input: '1 0 0 0 u s d', text: '1000 u s d' },
    // lists, dates, versions, codes, phone numbers and ordinary numbers stay as written
    { input: 'pick 1, 2, 3 or 4', text: 'pick 1, 2, 3 or 4' },
    { input: 'steps 1 2 3 4 5', text: 'steps 1 2 3 4 5' }, // counting up: an enumeration
    { input: '9 8 7 6 go', text: '9 8 7 6 go' },
    { input: 'on 3.7.2025 at 9.30', text: 'on 3.7.2025 at 9.30' },
    { input: 'v2.1.4 1.5', text: 'v2.1.4 1.5' },
    { input: 'dial *123*4*5*6#', text: 'dial *123*4*5*6#' },
    { input: 'call 0917 555 0134', text: 'call 0917 555 0134' },
    { input: '1/2/3/4', text: '1/2/3/4' },
    { input: '5 0 0', text: '5 0 0' }, // three digits need a glued unit
    { input: '4 0 , 0 0 0 0', text: '4 0 , 0 0 0 0' }, // a group of four after the mark: no number
    { input: '1 , 2 , 3 , 4', text: '1 , 2 , 3 , 4' },
    { input: '1 2 3 4 k', text: '1 2 3 4 k' },
    { input: '18 - 35', text: '18-35' },
    { input: '1 8 - 3 5', text: '1 8-3 5' },
  ],
  'broken input': [
    { input: 'a\ud800b', text: 'a\ufffdb' },
    { input: 'a\udc00b', text: 'a\ufffdb' },
    { input: '\ud83d', text: '\ufffd' },
    { input: 'a\u0000b', text: 'a b' },
    { input: 'a\u0085\u009fb', text: 'a b' },
    { input: '\u0301a', text: '\u0301a' },
    { input: '', text: '' },
  ],
};

function checkOffsets(input: string, n: NormalizedText): void {
  expect(n.starts.length).toBe(n.text.length);
  expect(n.ends.length).toBe(n.text.length);
  for (let i = 0; i < n.text.length; i++) {
    const s = n.starts[i]!;
    const e = n.ends[i]!;
    if (!(s >= 0 && s < e && e <= input.length)) throw new Error(`bad span [${s},${e}) at ${i} for ${JSON.stringify(input)}`);
    if (i > 0 && (s < n.starts[i - 1]! || e < n.ends[i - 1]!)) {
      throw new Error(`offsets go back at ${i} for ${JSON.stringify(input)}`);
    }
  }
}

/** Joined runs are ordered, disjoint, in bounds, and each covers letters only. */
function checkRuns(n: NormalizedText): void {
  const r = n.joinedRuns;
  if (r === null) return;
  expect(r.length % 2).toBe(0);
  expect(r.length).toBeGreaterThan(0);
  for (let k = 0; k < r.length; k += 2) {
    expect(r[k]!).toBeLessThan(r[k + 1]!);
    if (k > 0) expect(r[k]!).toBeGreaterThan(r[k - 1]!);
    expect(r[k + 1]!).toBeLessThanOrEqual(n.text.length);
    expect(n.text.slice(r[k], r[k + 1])).toMatch(/^[\p{L}\p{M}]+$/u);
  }
}

describe('normalizeText', () => {
  for (const [rule, cases] of Object.entries(CASES)) {
    describe(rule, () => {
      it.each(cases)('$input → $text', ({ input, text, find, seen }) => {
        const n = normalizeText(input);
        expect(n.text).toBe(text);
        checkOffsets(input, n);
        if (find !== undefined) {
          const at = n.text.indexOf(find);
          expect(at).toBeGreaterThanOrEqual(0);
          const span = mapSpanToOriginal(n, at, at + find.length);
          expect(input.slice(span.start, span.end)).toBe(seen);
        }
        // every word maps back to original text that normalises to that word again (a short spaced-out word
        // joined as part of a longer run, "N.V" in "T.U.Y.Ể.N  N.V", to that word once its separators are gone;
        // the first part of an e-mail address with a hyphenated domain, "hr@ruifeng" in "hr@ruifeng-mm.com", only
        // with the rest of its address after it)
        for (const m of n.text.matchAll(/[^ ]+/g)) {
          const span = mapSpanToOriginal(n, m.index, m.index + m[0].length);
          const seen = input.slice(span.start, span.end);
          if (normalizePhrase(seen) === m[0]) continue;
          if (m[0].includes('@') && normalizePhrase(input.slice(span.start)).startsWith(`${m[0]} `)) continue;
          expect(normalizePhrase(seen.replace(/[\s.*·•\-_/]/gu, ''))).toBe(m[0]);
        }
        // the fast loop agrees with the reference machine, text, offsets and joined runs
        const ref = normalizeTextReference(input);
        expect(n.text).toBe(ref.text);
        expect([...n.starts]).toEqual([...ref.starts]);
        expect([...n.ends]).toEqual([...ref.ends]);
        expect(n.joinedRuns).toEqual(ref.joinedRuns);
      });
    });
  }

  it('maps each letter of a joined spaced-out word to its own original letter', () => {
    const n = normalizeText('t e l e');
    expect(n.text).toBe('tele');
    expect([...n.starts]).toEqual([0, 2, 4, 6]);
    expect([...n.ends]).toEqual([1, 3, 5, 7]);
  });

  it('maps both characters of an expansion to the whole original character', () => {
    const n = normalizeText('a㎏');
    expect(n.text).toBe('akg');
    expect([...n.starts]).toEqual([0, 1, 1]);
    expect([...n.ends]).toEqual([1, 2, 2]);
  });

  it('maps a collapsed whitespace run to the whole run, and removed characters to nothing', () => {
    const n = normalizeText(`a \n\t${Z}b`);
    expect(n.text).toBe('a b');
    expect([...n.starts]).toEqual([0, 1, 5]);
    expect([...n.ends]).toEqual([1, 4, 6]);
  });

  it('maps an astral letter to both of its code units', () => {
    const n = normalizeText('x𝐀');
    expect(n.text).toBe('xa');
    expect([...n.starts]).toEqual([0, 1]);
    expect([...n.ends]).toEqual([1, 3]);
  });

  it('gives evidence spans that quote exactly the original text around a match', () => {
    const input = 'Gaji besar! Hubungi kami di  T3LEGRAM:\u00a0@hr_job sekarang';
    const n = normalizeText(input);
    expect(n.text).toBe('gaji besar! hubungi kami di telegram: @hr_job sekarang');
    const at = n.text.indexOf('di telegram: @hr_job');
    const span = mapSpanToOriginal(n, at, at + 'di telegram: @hr_job'.length);
    expect(input.slice(span.start, span.end)).toBe('di  T3LEGRAM:\u00a0@hr_job');
  });

  it('returns a position for an empty or out-of-range span instead of throwing', () => {
    const n = normalizeText('ab cd');
    expect(mapSpanToOriginal(n, 3, 3)).toEqual({ start: 3, end: 3 });
    expect(mapSpanToOriginal(n, 5, 9)).toEqual({ start: 5, end: 5 });
    expect(mapSpanToOriginal(n, -4, 2)).toEqual({ start: 0, end: 2 });
    expect(mapSpanToOriginal(normalizeText(''), 0, 1)).toEqual({ start: 0, end: 0 });
  });

  it('is deterministic: the same input gives the same result, whatever came before', () => {
    const input = 'Wh@tsApp  me: t e l e g r a m — ｇａｊｉ 5jt';
    const first = normalizeText(input);
    normalizeText('𝐱'.repeat(5000) + ' 微 信 ' + 'a\u0301'.repeat(300));
    const second = normalizeText(input);
    expect(second.text).toBe(first.text);
    expect([...second.starts]).toEqual([...first.starts]);
    expect([...second.ends]).toEqual([...first.ends]);
  });

  it('treats a non-string like an empty text', () => {
    expect(normalizeText(undefined as unknown as string).text).toBe('');
  });

  it('normalises 5 MB of text quickly and correctly', () => {
    const chunk = 'Hiring NOW: customer service, free flight & visa!  Contact wh@tsapp +62 812-3456 高薪客服 gaji 8jt.\n';
    const input = chunk.repeat(Math.ceil(5_000_000 / chunk.length));
    const t0 = performance.now();
    const n = normalizeText(input);
    const ms = performance.now() - t0;
    const once = 'hiring now: customer service, free flight & visa! contact whatsapp +62 812-3456 高薪客服 gaji 8jt. ';
    expect(n.text.length).toBe(once.length * (input.length / chunk.length));
    expect(n.text.slice(0, once.length * 2)).toBe(once + once);
    expect(n.text.endsWith(once)).toBe(true);
    expect(ms).toBeLessThan(1000);
    const at = n.text.lastIndexOf('whatsapp');
    const span = mapSpanToOriginal(n, at, at + 8);
    expect(input.slice(span.start, span.end)).toBe('wh@tsapp');
  });

  it('handles a 1 MB run of one hostile pattern in linear time', () => {
    for (const unit of ['a ', 'ab_', '\u0301', '📞', 'a1', '\ud800', 'е', '-1', '.a']) {
      const input = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const t0 = performance.now();
      const n = normalizeText(input);
      expect(n.starts.length).toBe(n.text.length);
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });

  describe('on random strings (property-based)', () => {
    const pieces = [
      'a', 'B', 't', 'e', 'l', ' ', '  ', '.', '-', '_', '@', '$', '!', '|', '/', '*', '0', '1', '3', '5', '7', '8',
      '\n', '\u00a0', 'е', 'а', 'Η', 'ｔ', '，', '１', '–', '·', 'é', 'e\u0301', '\u0301', Z, '\u00ad', '\ufe0f',
      '📞', '🇰🇭', '𝐓', 'ᴛ', 'ß', 'İ', '㎏', '微', 'ไม่', '\ud800', '\udc00', '\u0000', 'rm', 'usd', 'jt', 'gram',
      'x y z w', 'A-B-C-D', '@h_r', 't.me/', 'ｶﾞ', ' a ', ' ở ', '텔', ' 레 ', 'ㅋ', 'i',
      'O', 'Ｏ', 'o', ',', '2', '4', '8', '9', 'y', 'k', 'h', 'p', 'ज', '\u093c', '\u095b', 'ि', '1OOO', 't3l', 'am',
      '   ', ' 0 ', ' , ', '０', '．', '*', '•', 'ก', 'ั', 'ู', 'น์', 'คร', '고', '만', '$', '฿', 'Ể', '1 0 0 0', 'x.y.z.',
      'ㄱ', 'ㅇ', 'ㄹ', 'ㅏ', 'ㅠ', 'ㅘ', 'ㄳ', 'ㄸ', 'r', 'R', 'ﾡ', '\u1100', '\u1161', '\u11a8', 'ㅎㅐ', 'ㄴㅏ',
    ];
    const tricky = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join(''));
    const anyString = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }), tricky);

    it('never throws, and every output character maps to a non-empty, ordered, in-bounds span', () => {
      fc.assert(
        fc.property(anyString, (input) => {
          const n = normalizeText(input);
          checkOffsets(input, n);
          const trimmed = normalizePhrase(input);
          expect(trimmed).toBe(n.text.trim());
        }),
        { numRuns: 3000 },
      );
    });

    it('the fast loop gives the same text and offsets as the reference machine', () => {
      fc.assert(
        fc.property(anyString, (input) => {
          const n = normalizeText(input);
          const ref = normalizeTextReference(input);
          expect(n.text).toBe(ref.text);
          expect([...n.starts]).toEqual([...ref.starts]);
          expect([...n.ends]).toEqual([...ref.ends]);
          expect(n.joinedRuns).toEqual(ref.joinedRuns);
          checkRuns(n);
        }),
        { numRuns: 3000 },
      );
    });

    it('composes jamo the same way in the fast loop and the reference machine', () => {
      const jamo = [
        'ㄱ', 'ㄴ', 'ㅇ', 'ㅋ', 'ㅎ', 'ㄹ', 'ㄸ', 'ㄳ', 'ㅄ', 'ㅏ', 'ㅓ', 'ㅠ', 'ㅜ', 'ㅘ', 'r', 'R', 'H', 'a', ' ', '.', '1', '텔',
        '가', 'ﾡ', 'ￂ', '\u1100', '\u1161', '\u11a8', '\u0301', Z, '📞', 'e', '-', 'ㅤ',
      ];
      const jamoString = fc.array(fc.constantFrom(...jamo), { maxLength: 24 }).map((a) => a.join(''));
      fc.assert(
        fc.property(jamoString, (input) => {
          const n = normalizeText(input);
          checkOffsets(input, n);
          const ref = normalizeTextReference(input);
          expect(n.text).toBe(ref.text);
          expect([...n.starts]).toEqual([...ref.starts]);
          expect([...n.ends]).toEqual([...ref.ends]);
          expect(n.joinedRuns).toEqual(ref.joinedRuns);
          // a composed syllable maps to its initial, its vowel (or "r", "H"; maybe after one space) and its final
          for (let k = 0; k < n.text.length; k++) {
            const u = n.text.charCodeAt(k);
            if (u < 0xac00 || u > 0xd7a3 || n.ends[k]! - n.starts[k]! === 1) continue;
            let span = input.slice(n.starts[k], n.ends[k]);
            if (span[1] === ' ') span = span[0]! + span.slice(2);
            const parts = n.text[k]!.normalize('NFD');
            expect(span.length).toBe(parts.length);
            expect(span[0]!.normalize('NFKC')).toBe(parts[0]);
            const vowel = span[1] === 'r' || span[1] === 'R' ? '\u1161' : span[1] === 'H' ? '\u1162' : span[1]!.normalize('NFKC');
            expect(vowel).toBe(parts[1]);
          }
        }),
        { numRuns: 3000 },
      );
    });

    it('never leaves removed, control or whitespace characters other than a single space', () => {
      fc.assert(
        fc.property(anyString, (input) => {
          const text = normalizeText(input).text;
          expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/);
          expect(text).not.toMatch(/ {2}|[^\S ]/);
          expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
        }),
        { numRuns: 2000 },
      );
    });
  });
});

describe('one-letter words beside spaced-out words', () => {
  const runs = (input: string) => {
    const r = normalizeText(input).joinedRuns;
    return r === null ? null : [...r];
  };

  it('lists each joined run of spaced-out letters, where word boundaries were lost', () => {
    const n = normalizeText('việc ở c a m p u c h i a');
    expect(n.text).toBe('việc ởcampuchia'); // joined: "ở" may as well be the first letter of the word
    expect(runs('việc ở c a m p u c h i a')).toEqual([5, 15]);
    expect(insideJoinedRun(n, 6)).toBe(true); // "campuchia" may start there
    expect(insideJoinedRun(n, 5)).toBe(false);
    expect(insideJoinedRun(n, 15)).toBe(false);
    expect(runs('i got a t e l e g r a m')).toEqual([6, 15]);
    expect(runs('h a v e a p a s s p o r t')).toEqual([0, 13]);
    expect(runs('Có v i ệ c ở n ư ớ c ngoài')).toEqual([3, 12]);
    expect(runs('t e l e g r a m and w h a t s a p p')).toEqual([0, 8, 13, 21]);
    expect(runs('ไ ม่ ต้ อ ง')).toEqual([0, 7]);
  });

  it('lists nothing for a text without a joined run, nor for joined Chinese or Hangul (no word boundaries there)', () => {
    expect(runs('send a photo of your passport')).toBeNull();
    expect(runs('I am a b')).toBeNull();
    expect(runs('a telegram')).toBeNull();
    expect(runs('U.S.A. visa')).toBeNull();
    expect(runs('加 微 信')).toBeNull();
    expect(runs('텔 레 그 램')).toBeNull();
    expect(runs('')).toBeNull();
    expect(insideJoinedRun(normalizeText('a telegram'), 3)).toBe(false);
  });

  it('a one-letter word next to an ordinary word is left alone', () => {
    expect(normalizeText('a tourist visa').text).toBe('a tourist visa');
    expect(normalizeText('I work in a call center').text).toBe('i work in a call center');
    expect(normalizeText('việc ở Campuchia').text).toBe('việc ở campuchia');
    expect(normalizeText('그 일은 잘 돼요').text).toBe('그 일은 잘 돼요');
  });

  it('gives the forms a phrase takes when a one-letter word in it was glued to a spaced-out neighbour', () => {
    expect(gluedPhraseVariants('go on a tourist visa')).toEqual(['go on atourist visa']); // "on" is too short to join
    expect(gluedPhraseVariants('làm việc ở nước ngoài')).toEqual(['làm việcở nước ngoài', 'làm việc ởnước ngoài', 'làm việcởnước ngoài']);
    expect(gluedPhraseVariants('i have been here')).toEqual(['ihave been here']);
    expect(gluedPhraseVariants('이번 주 출국')).toEqual(['이번주 출국', '이번 주출국', '이번주출국']);
  });

  it('gives a Vietnamese phrase of two words or more its form typed without diacritics', () => {
    expect(unaccentedVietnameseVariant('không cần hộ chiếu')).toBe('khong can ho chieu');
    expect(unaccentedVietnameseVariant('đừng nói với bố mẹ')).toBe('dung noi voi bo me');
    expect(unaccentedVietnameseVariant('visa du lịch')).toBe('visa du lich');
  });

  it('gives no unaccented form to one syllable, to other languages, or to a phrase already without marks', () => {
    expect(unaccentedVietnameseVariant('nợ')).toBeNull(); // "no" is an English word
    expect(unaccentedVietnameseVariant('não precisa de visto')).toBeNull(); // Portuguese: a tilde on a, no Vietnamese-only mark
    expect(unaccentedVietnameseVariant('você vai')).toBeNull();
    expect(unaccentedVietnameseVariant('khong can ho chieu')).toBeNull();
    expect(unaccentedVietnameseVariant('加微信')).toBeNull();
  });

  it('gives no other form for a phrase without a one-letter word beside a word that could be spaced out', () => {
    expect(gluedPhraseVariants('telegram')).toEqual([]);
    expect(gluedPhraseVariants('send your passport')).toEqual([]);
    expect(gluedPhraseVariants('fly within 3 days')).toEqual([]); // a digit is no letter
    expect(gluedPhraseVariants('g to g')).toEqual([]);
    expect(gluedPhraseVariants('a $500')).toEqual([]);
    expect(gluedPhraseVariants('加微信')).toEqual([]);
    expect(gluedPhraseVariants('a 텔레그램')).toEqual([]); // Hangul and Latin never share a run
    expect(gluedPhraseVariants('주 telegram')).toEqual([]);
  });
});

describe('normalizePhrase', () => {
  it('normalises a rule phrase like text, trimmed', () => {
    expect(normalizePhrase('  Contact me on  TELEGRAM ')).toBe('contact me on telegram');
    expect(normalizePhrase('W.H.A.T.S.A.P.P')).toBe('whatsapp');
    expect(normalizePhrase('加 微 信')).toBe('加微信'); // spaced Chinese characters are joined, in phrases as in text
    expect(normalizePhrase('\u200b')).toBe('');
    expect(normalizePhrase('—')).toBe('');
  });

  it('finds a phrase written naturally in text written to evade it', () => {
    const phrase = normalizePhrase('send your passport');
    const n = normalizeText('Pls SEND   yοur p@ssp0rt today');
    expect(n.text).toContain(phrase);
  });
});
