// Finds schema.org JobPosting objects in a page's JSON-LD scripts (top level, arrays, @graph and nested).
// Reads only script[type="application/ld+json"] elements and parses only those that mention JobPosting.
// Never evaluates, inserts or logs anything it reads; malformed JSON is skipped, never thrown.

export type JsonObject = Record<string, unknown>;

const SELECTOR = 'script[type="application/ld+json"]';
const MAX_DEPTH = 8;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when an @type value names JobPosting ("JobPosting", "schema:JobPosting", "https://schema.org/JobPosting"). */
function isJobPostingType(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /(?:^|[/:#])JobPosting$/.test(t.trim()));
}

function collect(value: unknown, found: JsonObject[], depth: number): void {
  if (depth > MAX_DEPTH || found.length >= 5) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, found, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  if (isJobPostingType(value['@type'])) {
    found.push(value);
    return;
  }
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'item']) {
    if (key in value) collect(value[key], found, depth + 1);
  }
}

/** Cheap test used by the detector: some JSON-LD script mentions JobPosting (no parsing). */
export function hasJsonLdJobPostingHint(doc: Document): boolean {
  for (const script of doc.querySelectorAll(SELECTOR)) {
    if ((script.textContent ?? '').includes('JobPosting')) return true;
  }
  return false;
}

/** Every JobPosting object in the page's JSON-LD (at most five), in document order. */
export function findJsonLdJobPostings(doc: Document): JsonObject[] {
  const found: JsonObject[] = [];
  // Most pages have no JSON-LD at all: one querySelector answers that without building a list.
  if (doc.querySelector(SELECTOR) === null) return found;
  const scripts = doc.querySelectorAll(SELECTOR);
  for (let i = 0; i < scripts.length; i++) {
    const source = scripts[i]!.textContent ?? '';
    if (!source.includes('JobPosting')) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(source);
    } catch {
      continue;
    }
    collect(parsed, found, 0);
  }
  return found;
}
