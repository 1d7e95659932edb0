// Generates assets/hotlines.json from ../shared/reference/hotlines.md (VERIFIED rows only), applying the
// hand-checked per-row fixes below; `--check` only compares and exits 1 when the committed JSON drifted.
// Usage: npx tsx scripts/build-hotlines.ts [--check]
// Never edits the reference, never adds a number that is not written in its row, never fetches anything.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHotlinesDetailed, type HotlineRowFixes, type ParsedHotlines } from '../src/shared/parse-hotlines.js';
import type { HotlinesFile } from '../src/shared/hotlines.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The reference, relative to the repository root (CI provides ../shared). */
export const REFERENCE_PATH = resolve(ROOT, '../shared/reference/hotlines.md');
export const OUTPUT_PATH = resolve(ROOT, 'assets/hotlines.json');
export const GENERATED_FROM = 'shared/reference/hotlines.md';

/**
 * Per-row fixes, keyed by entry id, each checked by hand against the row in hotlines.md. The parser
 * rejects a fix whose value the row no longer yields, and any value not literally written in the row.
 */
export const HOTLINE_ROW_FIXES: HotlineRowFixes = {
  // The "From abroad: not stated (…)" sentence follows the TTY number but is about the toll-free line;
  // the text is quoted from the same cell.
  'us-polaris': {
    why: 'attach the "from abroad" caveat to the toll-free number it is about',
    note: { '1-888-373-7888': 'From abroad: not stated (US toll-free numbers are often unreachable from abroad)' },
  },
  // "press 0 then 9 for an agent" is its own segment in the cell and applies to every form of 12308.
  'cn-mfa-global-consular': {
    why: 'the "press 0 then 9 for an agent" instruction applies to all three forms of 12308',
    note: {
      '12308': 'press 0 then 9 for an agent',
      '+86-10-12308': 'from abroad; press 0 then 9 for an agent',
      '010-12308': 'in China outside Beijing; press 0 then 9 for an agent',
    },
  },
  // "(replaced earlier 155260)" follows the portal but says that 1930 replaced 155260; showing an old
  // number next to the portal would mislead.
  'in-mha-i4c-national': {
    why: 'the parenthesis about the replaced number 155260 is not a note on the portal',
    note: { 'cybercrime.gov.in': 'portal' },
  },
  // The verdict reads "VERIFIED for +254 114 757 002; +254 20 7876 000 single-source": only that number
  // is verified. The single-source number is dropped by the parser's "one source" rule; the email is
  // not covered by the verdict, and the verdict text would show the unshipped number.
  'ke-state-dept-diaspora': {
    why: 'the verdict covers only +254 114 757 002; the email is not verified',
    drop: ['consular@diaspora.go.ke'],
    verdictNote: null,
  },
  // The cell shortens the path with "…"; the full URL of the same page is source 1 of this row.
  'br-itamaraty-consular-alert': {
    why: 'the web address in the contact cell is shortened with "…"; use the full URL from source 1',
    replaceValue: {
      'gov.br/mre/…/trafico-de-pessoas-para-o-sudeste-asiatico':
        'https://www.gov.br/mre/pt-br/assuntos/portal-consular/alertas%20e%20noticias/alertas/trafico-de-pessoas-para-o-sudeste-asiatico',
    },
  },
  // Discrepancy 40: the switchboard (02) 6131 3000 comes "from a single secondary source", and the
  // recommendations ship only 131 237 for Australia. Its international form is (derived, unverified)
  // and is never extracted in the first place.
  'au-australian-federal-police': {
    why: 'the AFP switchboard is single-source (discrepancy 40)',
    drop: ['(02) 6131 3000'],
  },
};

/** The generated file's content for this reference text, plus what was skipped or dropped. */
export function buildHotlines(markdown: string): { file: HotlinesFile; report: ParsedHotlines } {
  const report = parseHotlinesDetailed(markdown, HOTLINE_ROW_FIXES);
  return { file: { generatedFrom: GENERATED_FROM, entries: report.entries }, report };
}

/** The exact text written to assets/hotlines.json. */
export function renderHotlinesJson(markdown: string): string {
  return `${JSON.stringify(buildHotlines(markdown).file, null, 2)}\n`;
}

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  if (!existsSync(REFERENCE_PATH)) {
    console.error(`build-hotlines: reference not found at ${REFERENCE_PATH} (expected ../shared next to the repo)`);
    return 2;
  }
  const markdown = readFileSync(REFERENCE_PATH, 'utf8');
  const { report } = buildHotlines(markdown);
  const json = renderHotlinesJson(markdown);
  if (check) {
    const committed = existsSync(OUTPUT_PATH) ? readFileSync(OUTPUT_PATH, 'utf8') : '';
    if (committed !== json) {
      console.error('build-hotlines: assets/hotlines.json differs from what the reference gives now.');
      console.error('Run `npx tsx scripts/build-hotlines.ts`, review the diff against hotlines.md, and commit.');
      return 1;
    }
    console.log(`build-hotlines: assets/hotlines.json is up to date (${report.entries.length} entries).`);
    return 0;
  }
  writeFileSync(OUTPUT_PATH, json);
  console.log(`build-hotlines: wrote ${report.entries.length} entries to assets/hotlines.json`);
  for (const s of report.skipped) console.log(`  skipped VERIFIED row ${s.country} / ${s.organisation}: ${s.reason}`);
  for (const d of report.dropped) console.log(`  left out ${d.id} ${d.value}: ${d.reason}`);
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));
