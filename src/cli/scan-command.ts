// `lureguard scan`: scores files or standard input and prints a readable verdict, or follows the JSON Lines
// contract with --jsonl (one output line per input line, in order; malformed lines get an error line).
// Node-only. Never sends text anywhere; the text is only read, scored and quoted back to the user.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { scoreText, type CompiledPack, type Verdict } from '../engine/index.js';

const LEVEL_LABEL: Record<Verdict['level'], string> = {
  none: 'NONE — no warning signs found',
  caution: 'CAUTION — some warning signs; worth a second look',
  warning: 'WARNING — probable job scam',
  danger: 'DANGER — matches how people are trafficked into scam compounds',
};

export function formatVerdict(name: string, verdict: Verdict): string {
  const lines = [`${name}: ${LEVEL_LABEL[verdict.level]} (score ${verdict.score}/100)`];
  if (verdict.cappedBy) lines.push(`  (level limited by ${verdict.cappedBy}: the text reads like a warning about scams)`);
  for (const s of verdict.signals) {
    const sign = s.weight >= 0 ? `+${s.weight}` : String(s.weight);
    lines.push(`  • ${s.title}  [${s.pack}/${s.rule}@${s.rev}, ${s.category}, ${sign}]`);
    for (const e of s.evidence) lines.push(`      “${e.text.replace(/\s+/g, ' ').trim()}”`);
  }
  if (verdict.destinations.length > 0) lines.push(`  places named in: ${verdict.destinations.join(', ')}`);
  return lines.join('\n');
}

export async function scanFiles(pack: CompiledPack, files: string[], stdin: Readable, out: Writable, locale?: string): Promise<number> {
  const inputs: { name: string; text: string }[] = [];
  if (files.length === 0) inputs.push({ name: '(stdin)', text: await readAll(stdin) });
  for (const file of files) inputs.push({ name: file, text: readFileSync(file, 'utf8') });
  for (const { name, text } of inputs) out.write(`${formatVerdict(name, scoreText(pack, text, { locale }))}\n`);
  return 0;
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** The machine contract of `scan --jsonl`. Returns the exit code: 0 when every line parsed, 2 otherwise. */
export async function scanJsonl(pack: CompiledPack, input: Readable, out: Writable, locale?: string): Promise<number> {
  let lineNumber = 0;
  let failed = false;
  const reader = createInterface({ input, crlfDelay: Infinity });
  for await (const line of reader) {
    lineNumber++;
    const result = scoreLine(pack, line, lineNumber, locale);
    if ('error' in result) failed = true;
    if (!out.write(`${JSON.stringify(result)}\n`)) await new Promise((resolve) => out.once('drain', resolve));
  }
  return failed ? 2 : 0;
}

function scoreLine(pack: CompiledPack, line: string, lineNumber: number, locale?: string): object {
  const error = (message: string) => ({ id: null, line: lineNumber, error: message });
  if (line.trim() === '') return error('empty line: expected a JSON object with "id" and "text"');
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (err) {
    return error(`not valid JSON: ${(err as Error).message}`);
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return error('expected a JSON object with "id" and "text"');
  const { id, text } = record as { id?: unknown; text?: unknown };
  if (typeof id !== 'string' && typeof id !== 'number') return error('"id" is missing or is not a string or number');
  if (typeof text !== 'string') return error('"text" is missing or is not a string');
  const verdict = scoreText(pack, text, { locale });
  return {
    id,
    level: verdict.level,
    score: verdict.score,
    signals: verdict.signals.map((s) => ({
      rule: s.rule,
      rev: s.rev,
      pack: s.pack,
      category: s.category,
      weight: s.weight,
      title: s.title,
      evidence: s.evidence,
    })),
    ...(verdict.destinations.length ? { destinations: verdict.destinations } : {}),
    ...(verdict.cappedBy ? { cappedBy: verdict.cappedBy } : {}),
  };
}
