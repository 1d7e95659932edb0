// `lureguard eval`: measures a pack on labelled JSON Lines (label scam|legit; optional kind, lang, topic):
// recall per level on scams, false-positive rates on legit texts, precision, per file, kind, language and topic,
// and with --by-rule which rules fire on legit texts. Node-only. Reads the files; never copies their texts anywhere.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyzeText, verdictFromAnalysis, type CompiledPack, type Level } from '../engine/index.js';

export interface LabelledRow {
  id: string;
  text: string;
  label: 'scam' | 'legit';
  kind?: string;
  lang?: string;
  topic?: string;
  file: string;
}

export interface GroupStats {
  group: string;
  n: number;
  scam: number;
  legit: number;
  recallCaution: number | null;
  recallWarning: number | null;
  recallDanger: number | null;
  fprCaution: number | null;
  fprWarning: number | null;
  precisionWarning: number | null;
}

export interface RuleStats {
  rule: string;
  legitHits: number;
  scamHits: number;
  legitExamples: string[];
}

export interface EvalReport {
  pack: string;
  rows: number;
  malformed: { file: string; line: number; error: string }[];
  groups: GroupStats[];
  rules: RuleStats[];
}

const RANK: Record<Level, number> = { none: 0, caution: 1, warning: 2, danger: 3 };

export function readLabelledFile(file: string): { rows: LabelledRow[]; malformed: EvalReport['malformed'] } {
  const rows: LabelledRow[] = [];
  const malformed: EvalReport['malformed'] = [];
  const name = basename(file).replace(/\.jsonl$/, '');
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let row: Record<string, unknown>;
      try {
        row = JSON.parse(line) as Record<string, unknown>;
      } catch (err) {
        malformed.push({ file, line: i + 1, error: `not valid JSON: ${(err as Error).message}` });
        return;
      }
      if (typeof row.text !== 'string' || (row.label !== 'scam' && row.label !== 'legit')) {
        malformed.push({ file, line: i + 1, error: 'needs "text" and "label" (scam or legit)' });
        return;
      }
      const opt = (k: string) => (typeof row[k] === 'string' ? (row[k] as string) : undefined);
      rows.push({ id: String(row.id ?? `${name}:${i + 1}`), text: row.text, label: row.label, kind: opt('kind'), lang: opt('lang'), topic: opt('topic'), file: name });
    });
  return { rows, malformed };
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function evaluateRows(pack: CompiledPack, rows: LabelledRow[]): Omit<EvalReport, 'malformed'> {
  const levels: Level[] = [];
  const ruleStats = new Map<string, RuleStats>();
  for (const row of rows) {
    const analysis = analyzeText(pack, row.text);
    const verdict = verdictFromAnalysis(pack, row.text, analysis);
    levels.push(verdict.level);
    for (const s of verdict.signals) {
      const key = `${s.pack}/${s.rule}`;
      let st = ruleStats.get(key);
      if (!st) ruleStats.set(key, (st = { rule: key, legitHits: 0, scamHits: 0, legitExamples: [] }));
      if (row.label === 'legit') {
        st.legitHits++;
        if (st.legitExamples.length < 5) st.legitExamples.push(row.id);
      } else st.scamHits++;
    }
  }
  const groups: GroupStats[] = [];
  const addGroup = (group: string, pick: (r: LabelledRow) => boolean, indexes?: number[]) => {
    const idx = indexes ?? rows.flatMap((r, i) => (pick(r) ? [i] : []));
    if (idx.length === 0) return;
    let scam = 0, legit = 0, rc = 0, rw = 0, rd = 0, fc = 0, fw = 0;
    for (const i of idx) {
      const rank = RANK[levels[i]!];
      if (rows[i]!.label === 'scam') {
        scam++;
        if (rank >= 1) rc++;
        if (rank >= 2) rw++;
        if (rank >= 3) rd++;
      } else {
        legit++;
        if (rank >= 1) fc++;
        if (rank >= 2) fw++;
      }
    }
    groups.push({
      group,
      n: idx.length,
      scam,
      legit,
      recallCaution: ratio(rc, scam),
      recallWarning: ratio(rw, scam),
      recallDanger: ratio(rd, scam),
      fprCaution: ratio(fc, legit),
      fprWarning: ratio(fw, legit),
      precisionWarning: ratio(rw, rw + fw),
    });
  };
  const distinct = (f: (r: LabelledRow) => string | undefined) => [...new Set(rows.map(f).filter((v): v is string => v !== undefined))].sort();
  // Pooled figures count each distinct text once: some corpus files repeat each other's texts.
  const seen = new Set<string>();
  const unique = rows.flatMap((r, i) => (seen.has(r.text) ? [] : (seen.add(r.text), [i])));
  addGroup('all (distinct texts)', () => true, unique);
  for (const v of distinct((r) => r.kind)) addGroup(`kind ${v}`, (r) => r.kind === v, unique.filter((i) => rows[i]!.kind === v));
  for (const v of distinct((r) => r.file)) addGroup(`file ${v}`, (r) => r.file === v);
  for (const v of distinct((r) => r.lang)) addGroup(`lang ${v}`, (r) => r.lang === v);
  for (const v of distinct((r) => (r.topic ? `${r.label}/${r.topic}` : undefined))) addGroup(`topic ${v}`, (r) => `${r.label}/${r.topic}` === v);
  const rules = [...ruleStats.values()].sort((a, b) => b.legitHits - a.legitHits || b.scamHits - a.scamHits || a.rule.localeCompare(b.rule));
  return { pack: pack.packs.map((p) => `${p.id}@${p.version}`).join(' + '), rows: rows.length, groups, rules };
}

const pct = (v: number | null): string => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

export function formatReport(report: EvalReport, byRule: boolean): string {
  const head = ['group', 'n', 'scam', 'legit', 'R≥caution', 'R≥warning', 'R=danger', 'FPR≥caution', 'FPR≥warning', 'P≥warning'];
  const body = report.groups.map((g) => [g.group, String(g.n), String(g.scam), String(g.legit), pct(g.recallCaution), pct(g.recallWarning), pct(g.recallDanger), pct(g.fprCaution), pct(g.fprWarning), pct(g.precisionWarning)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const lines = [`pack ${report.pack}; ${report.rows} labelled texts`, '', fmt(head), `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...body.map(fmt)];
  if (byRule) {
    lines.push('', 'Rules by hits on legit texts (false-positive hunting):', '');
    for (const r of report.rules) lines.push(`  ${r.rule.padEnd(40)} legit ${String(r.legitHits).padStart(5)}  scam ${String(r.scamHits).padStart(5)}  ${r.legitExamples.join(' ')}`);
  }
  if (report.malformed.length) {
    lines.push('', `${report.malformed.length} malformed line(s) skipped:`);
    for (const m of report.malformed.slice(0, 20)) lines.push(`  ${m.file}:${m.line}: ${m.error}`);
  }
  return lines.join('\n');
}
