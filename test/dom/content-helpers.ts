// Helpers for the content-script jsdom tests: the English locale as a chrome.i18n.getMessage stand-in,
// fixture pages parsed into inert Documents, and small verdict builders. Test-only; never shipped.
import { readFileSync } from 'node:fs';
import type { Level, Signal, Verdict } from '../../src/engine/types.js';
import type { HotlineEntry } from '../../src/shared/hotlines.js';

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export const messages = JSON.parse(readFileSync('assets/_locales/en/messages.json', 'utf8')) as Record<string, LocaleEntry>;

/** chrome.i18n.getMessage over the English catalogue: $NAME$ placeholders filled from $1…; unknown keys give "". */
export function t(key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const args = substitutions === undefined ? [] : [substitutions].flat();
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
    return content.replace(/\$([1-9])/g, (_m, n: string) => args[Number(n) - 1] ?? '');
  });
}

/** A fixture page from test/fixtures/pages as an inert Document (its scripts never run). */
export function fixture(name: string): Document {
  return parseHtml(readFileSync(`test/fixtures/pages/${name}`, 'utf8'));
}

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Replaces the live jsdom document's content with a fixture's, for code that needs a rendered page. */
export function loadIntoDocument(html: string): void {
  const parsed = parseHtml(html);
  document.head.replaceChildren(...[...parsed.head.childNodes].map((n) => document.importNode(n, true)));
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  document.title = parsed.title;
}

export function signal(rule: string, weight: number, evidence: string[], title = `Sign ${rule}`): Signal {
  return {
    rule,
    rev: 1,
    pack: 'core',
    category: 'test',
    weight,
    title,
    explanation: 'why it matters',
    advice: 'what to do',
    evidence: evidence.map((text, i) => ({ start: i * 10, end: i * 10 + text.length, text })),
  };
}

export function verdict(level: Level, signals: Signal[] = []): Verdict {
  return { level, score: signals.reduce((sum, s) => sum + s.weight, 0), signals, destinations: [] };
}

export function hotline(overrides: Partial<HotlineEntry> = {}): HotlineEntry {
  return {
    id: 'zz-example-helpline',
    country: 'ZZ',
    countryName: 'Exampleland',
    organisation: 'Example Anti-Trafficking Helpline',
    contacts: [{ kind: 'phone', value: '0800 000 000' }],
    source: 'https://helpline.example.org/contact',
    verified: '2025-11',
    ...overrides,
  };
}
