// Turns the markdown of ../shared/reference/hotlines.md into hotline directory entries: only rows of the
// hotline tables whose verdict cell starts with VERIFIED, only contacts literally written in the row.
// Pure: string in, data out; no I/O. Never derives, completes or reformats a number, never ships a form
// the reference marks "(derived, unverified)" or "one source", and throws rather than guess on drift.
import type { HotlineContact, HotlineContactKind, HotlineEntry } from './hotlines.js';

/** A markdown table: header cells and body rows, cells trimmed, markdown kept. */
export interface MarkdownTable {
  header: string[];
  rows: string[][];
  /** 1-based line number of the header row. */
  line: number;
}

/** Hand-checked corrections for one row, keyed by entry id. Every field is data; see build-hotlines.ts. */
export interface HotlineRowFix {
  /** Why the fix is needed (kept next to the data; not shipped). */
  why: string;
  /** Contact values to leave out although the extractor found them. */
  drop?: readonly string[];
  /** Replace a contact value by another string that is literally present in the same row. */
  replaceValue?: Readonly<Record<string, string>>;
  /** Set (or, with null, remove) the note of every contact with this value. */
  note?: Readonly<Record<string, string | null>>;
  /** Override the verdict note (null removes it). */
  verdictNote?: string | null;
}

export type HotlineRowFixes = Readonly<Record<string, HotlineRowFix>>;

/** A VERIFIED row that was not turned into an entry, and why. */
export interface SkippedHotlineRow {
  country: string;
  organisation: string;
  reason: string;
}

/** A contact the extractor found but left out on a rule of the reference. */
export interface DroppedHotlineContact {
  id: string;
  value: string;
  reason: string;
}

export interface ParsedHotlines {
  entries: HotlineEntry[];
  skipped: SkippedHotlineRow[];
  dropped: DroppedHotlineContact[];
}

export class HotlineParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HotlineParseError';
  }
}

/** Country names used in the reference's country column → ISO 3166-1 alpha-2 and display name. */
const COUNTRIES: Readonly<Record<string, { code: string; name: string }>> = {
  USA: { code: 'US', name: 'United States' },
  Philippines: { code: 'PH', name: 'Philippines' },
  Indonesia: { code: 'ID', name: 'Indonesia' },
  Thailand: { code: 'TH', name: 'Thailand' },
  Vietnam: { code: 'VN', name: 'Vietnam' },
  Cambodia: { code: 'KH', name: 'Cambodia' },
  Myanmar: { code: 'MM', name: 'Myanmar' },
  Laos: { code: 'LA', name: 'Laos' },
  Malaysia: { code: 'MY', name: 'Malaysia' },
  Taiwan: { code: 'TW', name: 'Taiwan' },
  China: { code: 'CN', name: 'China' },
  'South Korea': { code: 'KR', name: 'South Korea' },
  India: { code: 'IN', name: 'India' },
  'Sri Lanka': { code: 'LK', name: 'Sri Lanka' },
  Nepal: { code: 'NP', name: 'Nepal' },
  Kenya: { code: 'KE', name: 'Kenya' },
  Uganda: { code: 'UG', name: 'Uganda' },
  Ethiopia: { code: 'ET', name: 'Ethiopia' },
  Pakistan: { code: 'PK', name: 'Pakistan' },
  Nigeria: { code: 'NG', name: 'Nigeria' },
  Ghana: { code: 'GH', name: 'Ghana' },
  Bangladesh: { code: 'BD', name: 'Bangladesh' },
  Japan: { code: 'JP', name: 'Japan' },
  Brazil: { code: 'BR', name: 'Brazil' },
  UK: { code: 'GB', name: 'United Kingdom' },
  Australia: { code: 'AU', name: 'Australia' },
  International: { code: 'XX', name: 'International' },
};

// ---------------------------------------------------------------------------------------------------
// Markdown tables

function splitRow(line: string): string[] {
  const body = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return body.split('|').map((c) => c.trim());
}

/** Every pipe table in the document, in order. */
export function parseMarkdownTables(markdown: string): MarkdownTable[] {
  const lines = markdown.split(/\r?\n/);
  const tables: MarkdownTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    if (line.trim().startsWith('|') && /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(next)) {
      const header = splitRow(line);
      const table: MarkdownTable = { header, rows: [], line: i + 1 };
      i += 2;
      while (i < lines.length && (lines[i] ?? '').trim().startsWith('|')) {
        const cells = splitRow(lines[i] ?? '');
        if (cells.length !== header.length) {
          throw new HotlineParseError(`line ${i + 1}: ${cells.length} cells, header has ${header.length}`);
        }
        table.rows.push(cells);
        i += 1;
      }
      tables.push(table);
    } else {
      i += 1;
    }
  }
  return tables;
}

interface Columns {
  country: number; organisation: number; numbers: number; scope: number; hours: number;
  languages: number; source1: number; source2: number; verdict: number;
}

/** Column positions if this is a hotline table (country … source 1, source 2, verdict), else null. */
function hotlineColumns(header: readonly string[]): Columns | null {
  const find = (test: (h: string) => boolean): number => header.findIndex((h) => test(h.toLowerCase()));
  const cols: Columns = {
    country: find((h) => h === 'country'),
    organisation: find((h) => h.startsWith('organisation')),
    numbers: find((h) => h.startsWith('number')),
    scope: find((h) => h === 'scope'),
    hours: find((h) => h === 'hours'),
    languages: find((h) => h === 'languages'),
    source1: find((h) => h.startsWith('source 1')),
    source2: find((h) => h.startsWith('source 2')),
    verdict: find((h) => h === 'verdict'),
  };
  return Object.values(cols).every((i) => i >= 0) ? cols : null;
}

// ---------------------------------------------------------------------------------------------------
// Text helpers

/** Markdown emphasis and the reference's editorial markers removed, whitespace collapsed. */
function plain(cell: string): string {
  return cell
    .replace(/\*\((?:gap filled|gap|newly found)\)\*/gi, '')
    .replace(/\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "—" or empty means not stated. */
function optionalText(cell: string): string | undefined {
  const text = plain(cell);
  return text === '' || text === '—' || text === '-' ? undefined : text;
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const STOP_WORDS = new Set(['of', 'the', 'for', 'and', 'with', 'to', 'on', 'in', 'u-s']);

/** Country code plus the organisation's bold name, else its first three significant words. */
function entryId(code: string, organisationCell: string): string {
  const bold = /\*\*([^*]+)\*\*/.exec(organisationCell)?.[1];
  let name: string;
  if (bold !== undefined && slug(bold) !== '') {
    name = slug(bold);
  } else {
    const head = plain(organisationCell).split(/[,(;]/)[0] ?? '';
    name = head
      .split(/[\s/]+/)
      .map(slug)
      .filter((w) => w !== '' && !STOP_WORDS.has(w))
      .slice(0, 3)
      .join('-');
  }
  return `${code.toLowerCase()}-${name}`;
}

/** Top-level parenthesised spans of a string, with nesting handled. */
function parenSpans(text: string): { start: number; end: number; inner: string }[] {
  const spans: { start: number; end: number; inner: string }[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '(') {
      if (depth === 0) start = i;
      depth += 1;
    } else if (ch === ')' && depth > 0) {
      depth -= 1;
      if (depth === 0) spans.push({ start, end: i + 1, inner: text.slice(start + 1, i) });
    }
  }
  return spans;
}

/** Splits a cell at top-level ";" and at sentence ends (". " before a capital). */
function segments(cell: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < cell.length; i += 1) {
    const ch = cell[i];
    if (ch === '(') depth += 1;
    else if (ch === ')' && depth > 0) depth -= 1;
    else if (depth === 0 && (ch === ';' || (ch === '.' && /^\s+[A-Z]/.test(cell.slice(i + 1))))) {
      out.push(cell.slice(from, i));
      from = i + 1;
    }
  }
  out.push(cell.slice(from));
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

// ---------------------------------------------------------------------------------------------------
// Contacts

const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const WEB_RE = /(?<![\w@./-])(?:https?:\/\/)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?![\w-])(?:\/[^\s;,)"]*)?/gi;
const PHONE_RE = /(?<![\w+@/.-])(?:\(\+?\d{1,4}\)\s?|\+)?\d(?:[\d \-.]*\d)?(?![\w])/g;
/** Words that name the channel rather than qualify the contact. */
const CHANNEL_WORDS = /\b(?:call|phone\/whatsapp|phone|whatsapp|sms to|sms|text|email|web:?|online)(?=\s|$|:)/gi;

interface Found { start: number; end: number; value: string; kind: HotlineContactKind | 'number' }

function extractFromSegment(segment: string): { contacts: HotlineContact[]; derived: string[] } {
  // Parentheses holding only digits belong to a number ("(02) 1343"); others are notes, blanked out so
  // that nothing inside them (years, prices, derived forms) is read as a contact.
  const notes: { start: number; end: number; text: string }[] = [];
  const derived: string[] = [];
  let masked = segment.replace(/\*/g, ' ');
  for (const span of parenSpans(masked)) {
    if (/^\+?[\d\s]+$/.test(span.inner)) continue;
    notes.push({ start: span.start, end: span.end, text: span.inner.replace(/\s+/g, ' ').trim() });
    if (/derived/i.test(span.inner)) {
      for (const m of span.inner.matchAll(PHONE_RE)) derived.push(m[0].trim());
    }
    masked = blank(masked, span.start, span.end);
  }

  const found: Found[] = [];
  let rest = masked;
  const take = (re: RegExp, kind: Found['kind'], accept: (v: string) => boolean): void => {
    for (const m of rest.matchAll(re)) {
      const value = m[0].trim();
      if (!accept(value)) continue;
      const start = (m.index ?? 0) + m[0].indexOf(value);
      found.push({ start, end: start + value.length, value, kind });
    }
    for (const f of found) rest = blank(rest, f.start, f.end);
  };
  take(EMAIL_RE, 'email', () => true);
  take(WEB_RE, 'web', () => true);
  take(PHONE_RE, 'number', (v) => (v.match(/\d/g) ?? []).length >= 3);
  found.sort((a, b) => a.start - b.start);

  // What the segment says around its values: channel words decide the kind, the rest is a qualifier.
  const lower = rest.toLowerCase();
  const numberKinds: HotlineContactKind[] = /whatsapp/.test(lower)
    ? (/\bphone\b/.test(lower) ? ['phone', 'whatsapp'] : ['whatsapp'])
    : /\b(?:sms|text)\b/.test(lower) ? ['sms'] : ['phone'];
  const qualifier = rest
    .replace(CHANNEL_WORDS, ' ')
    .replace(/\s+/g, ' ')
    .replace(/(?:^|\s)(?:or|and|\+)\s.*$/i, '') // "… or online form", "+ mobile app": another channel
    .replace(/^[\s,:/.\-]+|[\s,:/.\-]+$/g, '')
    .trim();

  const contacts: HotlineContact[] = [];
  for (const [index, f] of found.entries()) {
    const after = masked.slice(f.end);
    if (/^\s*"?\s*(?:app|mini-program)\b/i.test(after)) continue; // "1343 app": the name of an app
    const nextStart = found[index + 1]?.start ?? Infinity;
    const paren = notes.find(
      (n) => n.start >= f.end && n.start < nextStart && masked.slice(f.end, n.start).trim() === '',
    );
    const note = [qualifier, paren?.text].filter((s): s is string => s !== undefined && s !== '').join('; ');
    const kinds: HotlineContactKind[] = f.kind === 'number' ? numberKinds : [f.kind];
    for (const kind of kinds) {
      contacts.push(note === '' ? { kind, value: f.value } : { kind, value: f.value, note });
    }
  }
  return { contacts, derived };
}

// ---------------------------------------------------------------------------------------------------
// Dates

interface FoundDate { value: string; key: [number, number, number]; estimated: boolean; raw: string }

const DATE_RE = /(?<![\d+])((?:19|20)\d{2})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?|–(\d{2,4}))?(?!\d)/g;

/** Dates written in the text (URLs ignored). "c." marks an estimate; "2023–25" counts as 2025. */
function findDates(text: string): FoundDate[] {
  const t = text.replace(/https?:\/\/\S+/g, ' ').replace(/\*/g, '');
  const out: FoundDate[] = [];
  for (const m of t.matchAll(DATE_RE)) {
    const at = m.index ?? 0;
    const clauseStart = Math.max(t.lastIndexOf('(', at), t.lastIndexOf(',', at), t.lastIndexOf(';', at)) + 1;
    const raw = t.slice(clauseStart, at + m[0].length).trim();
    const estimated = /\bc\./.test(t.slice(clauseStart, at));
    const [, y, mo, d, rangeEnd] = m;
    let year = Number(y);
    if (rangeEnd !== undefined) {
      const end = rangeEnd.length === 2 ? Number(String(y).slice(0, 2) + rangeEnd) : Number(rangeEnd);
      if (end > year) year = end;
    }
    const value = rangeEnd !== undefined ? String(year) : [y, mo, d].filter((p) => p !== undefined).join('-');
    out.push({ value, key: [year, Number(mo ?? 0), Number(d ?? 0)], estimated, raw });
  }
  return out;
}

/** Newest date; a bare year sorts before any month of that year (never claims more recency than written). */
function newest(dates: readonly FoundDate[]): FoundDate | undefined {
  let best: FoundDate | undefined;
  for (const d of dates) {
    if (best === undefined) { best = d; continue; }
    const cmp = d.key[0] - best.key[0] || d.key[1] - best.key[1] || d.key[2] - best.key[2];
    if (cmp > 0 || (cmp === 0 && best.estimated && !d.estimated)) best = d;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------
// Rows

function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

function applyFix(id: string, contacts: HotlineContact[], rowText: string, fix: HotlineRowFix): HotlineContact[] {
  const present = (value: string): boolean => contacts.some((c) => c.value === value);
  for (const value of [...(fix.drop ?? []), ...Object.keys(fix.replaceValue ?? {}), ...Object.keys(fix.note ?? {})]) {
    if (!present(value)) throw new HotlineParseError(`${id}: fix refers to "${value}", which the row no longer yields`);
  }
  let out = contacts.filter((c) => !(fix.drop ?? []).includes(c.value));
  out = out.map((c) => {
    const replacement = fix.replaceValue?.[c.value];
    let next: HotlineContact = replacement === undefined ? c : { ...c, value: replacement };
    if (replacement !== undefined && !compact(rowText).includes(compact(replacement))) {
      throw new HotlineParseError(`${id}: replacement "${replacement}" is not written in the row`);
    }
    const note = fix.note?.[c.value];
    if (note === null) {
      const { note: _removed, ...withoutNote } = next;
      next = withoutNote;
    } else if (note !== undefined) {
      next = { ...next, note };
    }
    return next;
  });
  return out;
}

function rowToEntry(
  cells: readonly string[],
  cols: Columns,
  fixes: HotlineRowFixes,
  dropped: DroppedHotlineContact[],
): HotlineEntry | SkippedHotlineRow {
  const cell = (i: number): string => cells[i] ?? '';
  const rowText = cells.join(' | ');
  const countryCell = plain(cell(cols.country));
  const organisation = plain(cell(cols.organisation));

  let contacts: HotlineContact[] = [];
  const derived: string[] = [];
  for (const segment of segments(cell(cols.numbers))) {
    const got = extractFromSegment(segment);
    contacts.push(...got.contacts);
    derived.push(...got.derived);
  }
  if (contacts.length === 0) {
    return { country: countryCell, organisation, reason: 'no contact in the row (a fact, not a line)' };
  }

  const baseName = countryCell.replace(/\s*\(.*$/, '').trim();
  const country = COUNTRIES[baseName];
  if (country === undefined) {
    throw new HotlineParseError(`VERIFIED row "${countryCell}": no country code known for "${baseName}"`);
  }
  const id = entryId(country.code, cell(cols.organisation));

  // Rules of the reference that apply to every row: no derived forms, no single-source numbers.
  contacts = contacts.filter((c) => {
    const reason = derived.some((d) => compact(d) === compact(c.value))
      ? 'marked "(derived, unverified)"'
      : /\b(?:one|single)[ -]source\b/i.test(c.note ?? '') ? `marked "${c.note}"` : undefined;
    if (reason !== undefined) dropped.push({ id, value: c.value, reason });
    return reason === undefined;
  });
  const fix = fixes[id];
  if (fix !== undefined) {
    const before = contacts;
    contacts = applyFix(id, contacts, rowText, fix);
    for (const c of before) {
      if ((fix.drop ?? []).includes(c.value)) dropped.push({ id, value: c.value, reason: `fix: ${fix.why}` });
    }
  }
  for (const c of contacts) {
    if (!compact(rowText).includes(compact(c.value))) {
      throw new HotlineParseError(`${id}: contact "${c.value}" is not written in its row`);
    }
  }
  if (contacts.length === 0) return { country: countryCell, organisation, reason: 'every contact was dropped' };

  // Source: the first URL of source 1 (else source 2).
  const source = [cell(cols.source1), cell(cols.source2)]
    .map((c) => /https?:\/\/[^\s)]+/.exec(c)?.[0])
    .find((u): u is string => u !== undefined);
  if (source === undefined) throw new HotlineParseError(`${id}: VERIFIED row without a source URL`);

  // Verified: newest date of the two source cells, else a date written elsewhere in the row.
  let verified: string | null = null;
  let verifiedNote: string | undefined;
  const fromSources = newest(findDates(`${cell(cols.source1)} ; ${cell(cols.source2)}`));
  const otherCells = [cols.organisation, cols.numbers, cols.scope, cols.hours, cols.languages].map(cell).join(' ; ');
  const fromRow = fromSources === undefined ? newest(findDates(otherCells)) : undefined;
  const chosen = fromSources ?? fromRow;
  if (chosen !== undefined) {
    verified = chosen.value;
    const notes: string[] = [];
    if (fromSources === undefined) notes.push(`no dated source; date taken from the row text ("${chosen.raw}")`);
    if (chosen.estimated) notes.push(`estimated from the content ("${chosen.raw}" in the reference)`);
    if (notes.length > 0) verifiedNote = notes.join('; ');
  } else {
    verifiedNote = 'no date: every source is undated (n.d.) and the reference file states no date of its own';
  }

  // Verdict note: what follows **VERIFIED**, without the parentheses.
  let verdictNote: string | undefined = plain(cell(cols.verdict).replace(/^\s*(?:\*\*)?VERIFIED(?:\*\*)?/, ''))
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  if (verdictNote === '') verdictNote = undefined;
  if (fix?.verdictNote !== undefined) verdictNote = fix.verdictNote ?? undefined;

  const entry: HotlineEntry = {
    id,
    country: country.code,
    countryName: country.name,
    organisation,
    contacts,
    scope: optionalText(cell(cols.scope)),
    hours: optionalText(cell(cols.hours)),
    languages: optionalText(cell(cols.languages)),
    source,
    sourceNote: source.includes('…') ? 'the reference shortens this URL with "…"; the full address was not recorded' : undefined,
    verified,
    verifiedNote,
    verdictNote,
  };
  return entry;
}

function isVerified(verdictCell: string): boolean {
  return /^(?:\*\*)?VERIFIED\b/.test(verdictCell.trim());
}

/**
 * Parses the reference and returns the shippable entries (VERIFIED rows with a contact), the VERIFIED
 * rows that carry no contact, and the contacts left out. `fixes` are hand-checked per-row corrections.
 */
export function parseHotlinesDetailed(markdown: string, fixes: HotlineRowFixes = {}): ParsedHotlines {
  const entries: HotlineEntry[] = [];
  const skipped: SkippedHotlineRow[] = [];
  const dropped: DroppedHotlineContact[] = [];
  const tables = parseMarkdownTables(markdown)
    .map((t) => ({ t, cols: hotlineColumns(t.header) }))
    .filter((x): x is { t: MarkdownTable; cols: Columns } => x.cols !== null);
  if (tables.length === 0) throw new HotlineParseError('no hotline table (country … source 1, source 2, verdict) found');
  for (const { t, cols } of tables) {
    for (const cells of t.rows) {
      if (!isVerified(cells[cols.verdict] ?? '')) continue;
      const result = rowToEntry(cells, cols, fixes, dropped);
      if ('id' in result) entries.push(result);
      else skipped.push(result);
    }
  }
  const ids = new Set<string>();
  for (const e of entries) {
    if (ids.has(e.id)) throw new HotlineParseError(`duplicate entry id ${e.id}`);
    ids.add(e.id);
  }
  for (const id of Object.keys(fixes)) {
    if (!ids.has(id)) throw new HotlineParseError(`fix for ${id}, but no VERIFIED entry has that id`);
  }
  return { entries, skipped, dropped };
}

/** The shippable hotline entries of the reference markdown. */
export function parseHotlines(markdown: string, fixes: HotlineRowFixes = {}): HotlineEntry[] {
  return parseHotlinesDetailed(markdown, fixes).entries;
}
