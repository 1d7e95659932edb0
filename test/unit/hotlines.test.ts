import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_PATH, REFERENCE_PATH, buildHotlines, renderHotlinesJson } from '../../scripts/build-hotlines.js';
import { countryFromLocale, selectHotlines, type HotlineEntry } from '../../src/shared/hotlines.js';
import { parseHotlines, parseHotlinesDetailed, parseMarkdownTables } from '../../src/shared/parse-hotlines.js';

// ---------------------------------------------------------------------------------------------------
// The real reference. Missing ../shared is a failure, never a skip: CI has it next to the repo.

let cachedReference: string | undefined;
function reference(): string {
  if (cachedReference !== undefined) return cachedReference;
  if (!existsSync(REFERENCE_PATH)) {
    throw new Error(`hotline reference missing at ${REFERENCE_PATH}: these tests need ../shared/reference/hotlines.md`);
  }
  cachedReference = readFileSync(REFERENCE_PATH, 'utf8');
  return cachedReference;
}

function shipped(): HotlineEntry[] {
  return buildHotlines(reference()).file.entries;
}

const compact = (s: string): string => s.replace(/\s+/g, '');

interface RefRow { cells: string[]; text: string; numbers: string; verdict: string; firstUrl: string | undefined }

/** Rows of the reference's hotline tables, read independently of the parser's row logic. */
function hotlineRows(): RefRow[] {
  const rows: RefRow[] = [];
  for (const table of parseMarkdownTables(reference())) {
    const h = table.header.map((c) => c.toLowerCase());
    const num = h.findIndex((c) => c.startsWith('number'));
    const verdict = h.indexOf('verdict');
    const s1 = h.findIndex((c) => c.startsWith('source 1'));
    if (num < 0 || verdict < 0 || s1 < 0) continue;
    for (const cells of table.rows) {
      rows.push({
        cells,
        text: cells.join(' | '),
        numbers: cells[num] ?? '',
        verdict: cells[verdict] ?? '',
        firstUrl: /https?:\/\/[^\s)]+/.exec(cells[s1] ?? '')?.[0],
      });
    }
  }
  return rows;
}

function rowOf(entry: HotlineEntry): RefRow {
  const matches = hotlineRows().filter((r) => r.firstUrl === entry.source);
  expect(matches, `exactly one row has source ${entry.source}`).toHaveLength(1);
  return matches[0] as RefRow;
}

function allValues(entries: readonly HotlineEntry[]): string[] {
  return entries.flatMap((e) => e.contacts.map((c) => compact(c.value)));
}

function entryWith(value: string): HotlineEntry | undefined {
  return shipped().find((e) => e.contacts.some((c) => compact(c.value) === compact(value)));
}

describe('hotline directory built from ../shared/reference/hotlines.md', () => {
  it('ships one entry per VERIFIED row with a contact, and skips only the EU and IOM fact rows', () => {
    const { file, report } = buildHotlines(reference());
    const summaryCount = Number(/\*\*VERIFIED \((\d+) rows\):\*\*/.exec(reference())?.[1]);
    expect(file.entries.length + report.skipped.length).toBe(summaryCount);
    expect(report.skipped.map((s) => s.country)).toEqual(['EU', 'International']);
    expect(report.skipped[1]?.organisation).toBe('IOM');
    expect(file.generatedFrom).toBe('shared/reference/hotlines.md');
    expect(new Set(file.entries.map((e) => e.id)).size).toBe(file.entries.length);
  });

  it('takes every entry from a row whose verdict cell starts with **VERIFIED**', () => {
    for (const entry of shipped()) expect(rowOf(entry).verdict.trim().startsWith('**VERIFIED**')).toBe(true);
  });

  it('leaves out LIKELY, DOUBTFUL and NOT FOUND numbers', () => {
    const values = allValues(shipped());
    const notShipped = [
      '117', '031 20 12345', // Cambodia police, LIKELY
      '1326', '0947-714-7105', // Philippines CICC, LIKELY
      '1348', '+63 2 1348', // Philippines DMW, LIKELY
      '997', '03-8000 8000', // Malaysia, LIKELY
      '1300', // Thailand MSDHS, LIKELY
      '+66 99 130 1300', '1599', '(+856) 20 5551 2228', // Thailand, DOUBTFUL
      '(+95) 998-521-0991', // Philippine Embassy Yangon, DOUBTFUL
      '1177', '9771177', // Nepal, DOUBTFUL
      '081 37 38 39', // Kampong Cham, DOUBTFUL
      '0733721566', // Kenya, NOT FOUND
      '0-800-1000', '+62 21 2924 4800', // KP2MI, LIKELY
      '+82-2-3210-0404', '111-247-786', '627', '16135', '1362', '1989', '96110',
    ];
    for (const value of notShipped) expect(values, value).not.toContain(compact(value));
    expect(shipped().some((e) => e.country === 'KH' || e.country === 'MM' || e.country === 'LA')).toBe(false);
  });

  it('never ships a number marked "(derived, unverified)", a backup or an old number the reference rejects', () => {
    const values = allValues(shipped());
    const derived = [...reference().matchAll(/\(derived, unverified\)\*?\s*(\+[\d\s-]*\d)/g)].map((m) => m[1] ?? '');
    expect(derived.length).toBeGreaterThanOrEqual(2);
    const rejected = [...derived, '+86-10-59913991', '+86-10-65612308', '+84 4 62 844 844', '+84 24 6284 4844', '155260', '7266'];
    for (const value of rejected) expect(values, value).not.toContain(compact(value));
  });

  it('ships Philippines 1343, Thailand 1506, Taiwan 165 and India 1930 with their source URL and date', () => {
    const expected: [string, string, string, string][] = [
      ['1343', 'PH', 'https://1343actionline.ph/1055-phl-tops-list-in-fight-vs-human-trafficking', '2025'],
      ['1506', 'TH', 'https://www.mol.go.th/en/news/labour-minister-urges-thai-workers-not-to-fall-for-fake-high-income-overseas-jobs-…', '2025'],
      ['165', 'TW', 'https://ws.moi.gov.tw/001/Upload/400/RelFile/0/31/2022-MOI-web/2021ebook_en/files/basic-html/page92.html', '2025'],
      ['1930', 'IN', 'https://pib.gov.in/PressReleasePage.aspx?PRID=2110801', '2025-03-12'],
    ];
    for (const [value, country, source, verified] of expected) {
      const entry = entryWith(value);
      expect(entry, value).toBeDefined();
      expect(entry?.country).toBe(country);
      expect(entry?.source).toBe(source);
      expect(entry?.verified).toBe(verified);
    }
    expect(entryWith('1343')?.contacts.find((c) => c.value === '1343' && c.kind === 'phone')?.note).toBe('Metro Manila');
    expect(entryWith('1506')?.contacts[0]).toEqual({ kind: 'phone', value: '1506', note: 'press 2' });
  });

  it('writes every contact value verbatim (ignoring spaces) as it appears in its source row', () => {
    for (const entry of shipped()) {
      const row = rowOf(entry);
      for (const contact of entry.contacts) {
        expect(compact(row.text), `${entry.id} ${contact.value}`).toContain(compact(contact.value));
        if (contact.kind !== 'web') expect(compact(row.numbers), `${entry.id} ${contact.value}`).toContain(compact(contact.value));
      }
    }
  });

  it('gives every entry a source URL, a country code and a dated or explained verification', () => {
    for (const entry of shipped()) {
      expect(entry.source).toMatch(/^https?:\/\//);
      expect(entry.country).toMatch(/^[A-Z]{2}$/);
      expect(entry.contacts.length).toBeGreaterThan(0);
      if (entry.verified === null) expect(entry.verifiedNote).toMatch(/undated/);
      else expect(entry.verified).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
    expect(entryWith('globalmodernslavery.org')?.country).toBe('XX');
    expect(shipped().filter((e) => e.verified === null).map((e) => e.id).sort()).toEqual(['au-australian-federal-police', 'in-madad']);
  });

  it('keeps the scope qualification written after VERIFIED', () => {
    expect(entryWith('129')?.verdictNote).toBe('women & children only');
    expect(entryWith('116')?.verdictNote).toBe('children only');
    expect(entryWith('1343')?.verdictNote).toBe('international access unconfirmed');
    expect(entryWith('1930')?.verdictNote).toBeUndefined();
  });

  it('ships only the verified Kenya diaspora number, as phone and WhatsApp', () => {
    const kenya = entryWith('+254 114 757 002');
    expect(kenya?.contacts).toEqual([
      { kind: 'phone', value: '+254 114 757 002' },
      { kind: 'whatsapp', value: '+254 114 757 002' },
    ]);
  });

  it('ships every number of the VERIFIED rows in the "Gaps: what was filled" table', () => {
    const values = allValues(shipped());
    const gapTable = parseMarkdownTables(reference()).find((t) => t.header[0] === 'Gap' && t.header.length === 3);
    expect(gapTable).toBeDefined();
    const verifiedRows = (gapTable?.rows ?? []).filter((r) => (r[2] ?? '').startsWith('VERIFIED'));
    expect(verifiedRows.length).toBeGreaterThanOrEqual(5);
    for (const row of verifiedRows) {
      const result = (row[1] ?? '').replace(/\([^)]*\)/g, ' '); // "(Dec 2025)" is a date, not a number
      for (const m of result.matchAll(/\+?\d[\d \-]*\d/g)) expect(values, `${row[0]}: ${m[0]}`).toContain(compact(m[0]));
    }
  });

  it('matches the committed assets/hotlines.json (run scripts/build-hotlines.ts when it drifts)', () => {
    const committed = readFileSync(resolve(OUTPUT_PATH), 'utf8');
    expect(committed).toBe(renderHotlinesJson(reference()));
  });

  it('rejects a fix that points at a value or an entry the reference does not have', () => {
    expect(() => parseHotlinesDetailed(reference(), { 'zz-nothing': { why: 'test' } })).toThrow(/no VERIFIED entry/);
    expect(() => parseHotlinesDetailed(reference(), { 'tw-165': { why: 'test', drop: ['12345'] } })).toThrow(/no longer yields/);
    expect(() => parseHotlinesDetailed(reference(), { 'tw-165': { why: 'test', replaceValue: { '165': '166' } } }))
      .toThrow(/not written in the row/);
  });
});

// ---------------------------------------------------------------------------------------------------
// The parser on small synthetic tables (fictional organisations and numbers).

const HEADER =
  '| country | organisation | number(s): local / international | scope | hours | languages | source 1 (URL, date) | source 2 (URL, date) | verdict |\n' +
  '|---|---|---|---|---|---|---|---|---|\n';

function table(...rows: string[]): string {
  return `# Test\n\n${HEADER}${rows.join('\n')}\n`;
}

describe('parseHotlines', () => {
  it('keeps VERIFIED rows and ignores LIKELY, DOUBTFUL and NOT FOUND rows', () => {
    const md = table(
      '| Japan | Alpha line | **5550** | all | 24/7 | Japanese | https://a.example/1 (2024-02-03) | https://b.example/ (n.d.) | **VERIFIED** |',
      '| Japan | Beta line | **5551** | all | — | — | https://a.example/2 (2024) | — | **LIKELY** |',
      '| Japan | Gamma line | **5552** | all | — | — | https://a.example/3 (2024) | — | **DOUBTFUL** |',
      '| Japan | Delta line | — | — | — | — | none found | — | **NOT FOUND** |',
    );
    const entries = parseHotlines(md);
    expect(entries.map((e) => e.contacts[0]?.value)).toEqual(['5550']);
    expect(entries[0]).toMatchObject({ id: 'jp-alpha-line', country: 'JP', countryName: 'Japan', source: 'https://a.example/1', verified: '2024-02-03' });
  });

  it('skips a VERIFIED fact row that carries no contact', () => {
    const md = table('| International | Some body | no global hotline; works through offices | — | — | — | https://a.example/ (2025) | — | **VERIFIED** (none found) |');
    const result = parseHotlinesDetailed(md);
    expect(result.entries).toEqual([]);
    expect(result.skipped).toHaveLength(1);
  });

  it('reads kinds and notes, keeps numbers as written, and ignores app names and notes in parentheses', () => {
    const md = table(
      '| Indonesia | **Line 555** | **555** (city only); **(02) 555** from provinces; SMS to 555 (c. 2013); WhatsApp **0800-555-555**; 555 app; web **help.example.org** (report form); email help@example.org | all | 24 h | — | https://a.example/ (2025-01-02) | — | **VERIFIED** (adults only) |',
    );
    const [entry] = parseHotlines(md);
    expect(entry?.id).toBe('id-line-555');
    expect(entry?.verdictNote).toBe('adults only');
    expect(entry?.contacts).toEqual([
      { kind: 'phone', value: '555', note: 'city only' },
      { kind: 'phone', value: '(02) 555', note: 'from provinces' },
      { kind: 'sms', value: '555', note: 'c. 2013' },
      { kind: 'whatsapp', value: '0800-555-555' },
      { kind: 'web', value: 'help.example.org', note: 'report form' },
      { kind: 'email', value: 'help@example.org' },
    ]);
  });

  it('never extracts a "(derived, unverified)" form and drops a number marked "one source"', () => {
    const md = table(
      '| Australia | Test police | **555 123**; switchboard **(09) 5555 0000** (international form *(derived, unverified)* +61 9 5555 0000); **+61 9 5555 0001** (one source) | all | — | — | https://a.example/ (2025) | — | **VERIFIED** |',
    );
    const result = parseHotlinesDetailed(md);
    const values = result.entries[0]?.contacts.map((c) => c.value);
    expect(values).toEqual(['555 123', '(09) 5555 0000']);
    expect(result.dropped.map((d) => d.value)).toEqual(['+61 9 5555 0001']);
  });

  it('dates an entry by its newest source, marks estimates, and says when there is no date', () => {
    const md = table(
      '| Kenya | One | **5551** | — | — | — | https://a.example/2013/04/x (n.d.) | https://b.example/ (2019-05); https://c.example/ (c. 2021–23) | **VERIFIED** |',
      '| Kenya | Two | **5552** | — | 24/7 (launched 2020-06-01) | — | https://a.example/ (n.d.) | https://b.example/ (n.d.) | **VERIFIED** |',
      '| Kenya | Three | **5553** | — | — | — | https://a.example/ (n.d.) | https://b.example/ (n.d.) | **VERIFIED** |',
      '| Kenya | Four | **5554** | — | — | — | https://a.example/ (2022) | https://b.example/ (2022-03) | **VERIFIED** |',
    );
    const [one, two, three, four] = parseHotlines(md);
    expect(one?.verified).toBe('2023');
    expect(one?.verifiedNote).toMatch(/estimated/);
    expect(two?.verified).toBe('2020-06-01');
    expect(two?.verifiedNote).toMatch(/row text/);
    expect(three?.verified).toBeNull();
    expect(three?.verifiedNote).toMatch(/undated/);
    expect(four?.verified).toBe('2022-03');
    expect(four?.verifiedNote).toBeUndefined();
  });

  it('ignores tables that are not hotline tables', () => {
    const md = `${table('| Japan | Alpha | **5550** | — | — | — | https://a.example/ (2024) | — | **VERIFIED** |')}\n| Gap | Result | Verdict |\n|---|---|---|\n| Japan | 5559 | VERIFIED |\n`;
    expect(parseHotlines(md).flatMap((e) => e.contacts.map((c) => c.value))).toEqual(['5550']);
  });

  it('fails loudly on a VERIFIED row from a country it has no code for', () => {
    const md = table('| Atlantis | Alpha | **5550** | — | — | — | https://a.example/ (2024) | — | **VERIFIED** |');
    expect(() => parseHotlines(md)).toThrow(/no country code/);
  });
});

// ---------------------------------------------------------------------------------------------------
// Selecting lines for the popup.

function fake(id: string, country: string): HotlineEntry {
  return {
    id, country, countryName: country, organisation: id,
    contacts: [{ kind: 'phone', value: '555' }], source: 'https://example.org/', verified: '2025',
  };
}

const DIRECTORY: HotlineEntry[] = [
  fake('ph-a', 'PH'), fake('th-a', 'TH'), fake('ph-b', 'PH'), fake('xx-a', 'XX'), fake('kh-a', 'KH'), fake('vn-a', 'VN'),
];
const ids = (entries: readonly HotlineEntry[]): string[] => entries.map((e) => e.id);

describe('selectHotlines', () => {
  it('splits the directory into the user country, the destinations and the global entries', () => {
    const s = selectHotlines(DIRECTORY, { userCountry: 'PH', destinationCountries: ['KH', 'TH'] });
    expect(ids(s.forUser)).toEqual(['ph-a', 'ph-b']);
    expect(ids(s.forDestinations)).toEqual(['kh-a', 'th-a']);
    expect(ids(s.global)).toEqual(['xx-a']);
  });

  it('deduplicates destinations and leaves out the user country from them', () => {
    const s = selectHotlines(DIRECTORY, { userCountry: 'ph', destinationCountries: ['th', 'TH', ' PH ', 'KH', 'th'] });
    expect(ids(s.forUser)).toEqual(['ph-a', 'ph-b']);
    expect(ids(s.forDestinations)).toEqual(['th-a', 'kh-a']);
  });

  it('returns only global entries when neither the user country nor a destination is known', () => {
    const s = selectHotlines(DIRECTORY, { userCountry: null });
    expect(s.forUser).toEqual([]);
    expect(s.forDestinations).toEqual([]);
    expect(ids(s.global)).toEqual(['xx-a']);
  });

  it('ignores malformed codes, "XX" as a country, and countries without entries', () => {
    const s = selectHotlines(DIRECTORY, { userCountry: 'Philippines', destinationCountries: ['XX', 'MM', '', 'VNM'] });
    expect(s.forUser).toEqual([]);
    expect(s.forDestinations).toEqual([]);
    expect(ids(s.global)).toEqual(['xx-a']);
  });

  it('works on the shipped directory: a Filipino user offered a job in Thailand', () => {
    const s = selectHotlines(shipped(), { userCountry: 'PH', destinationCountries: ['TH', 'MM'] });
    expect(s.forUser.map((e) => e.country)).toEqual(['PH']);
    expect(s.forDestinations.every((e) => e.country === 'TH')).toBe(true);
    expect(s.global.map((e) => e.id)).toEqual(['xx-polaris-global-modern']);
  });
});

describe('countryFromLocale', () => {
  it.each([
    ['en-PH', 'PH'], ['id', 'ID'], ['vi', 'VN'], ['th', 'TH'], ['zh-TW', 'TW'], ['zh-CN', 'CN'], ['zh', 'CN'],
    ['fil', 'PH'], ['tl', 'PH'], ['ko', 'KR'], ['pt-BR', 'BR'], ['sw', 'KE'], ['hi', 'IN'], ['ms', 'MY'],
    ['en_PH', 'PH'], ['EN-ph', 'PH'], ['zh-Hant', 'TW'], ['zh-Hant-HK', 'HK'], ['zh-Hans', 'CN'], ['vi-VN', 'VN'],
  ])('maps %s to %s', (locale, country) => {
    expect(countryFromLocale(locale)).toBe(country);
  });

  it.each(['en', 'pt', 'es-419', 'fr', '', 'x-private', '123', 'en-XX'])('returns null for %j', (locale) => {
    expect(countryFromLocale(locale)).toBeNull();
  });
});
