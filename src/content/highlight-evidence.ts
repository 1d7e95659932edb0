// Finds quoted evidence in the page's visible text nodes and marks it: with the CSS Custom Highlight API
// where the browser has it, else by selecting and scrolling to one match. Builds Ranges over existing
// text nodes only: never changes the page's text or elements (the one addition is a <style> holding the
// ::highlight rule, filled with textContent). Never logs the text it searches for.
import { isSkippedElement } from './page-text.js';

export const HIGHLIGHT_NAME = 'lureguard-evidence';
const STYLE_ATTRIBUTE = 'data-lureguard-highlight-style';
const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}){background-color:#ffe14d;color:#000;text-decoration:underline 2px solid #b00020}`;
const MAX_RANGES = 100;

/** The parts of the Custom Highlight API used here; absent when the browser lacks it. */
export interface HighlightApi {
  registry: { set(name: string, highlight: never): unknown; delete(name: string): unknown };
  create(ranges: Range[]): unknown;
}

/** The browser's Custom Highlight API, or null. */
export function browserHighlightApi(): HighlightApi | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightApi['registry'] } }).CSS;
  const HighlightCtor = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!css?.highlights || typeof HighlightCtor !== 'function') return null;
  return { registry: css.highlights, create: (ranges) => new HighlightCtor(...ranges) };
}

const BLOCKS = /^(?:ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BODY|BR|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/;

function blockOf(node: Node): Node | null {
  let el = node.parentElement;
  while (el && !BLOCKS.test(el.tagName.toUpperCase())) el = el.parentElement;
  return el;
}

/** Lower case per UTF-16 unit, keeping positions (a unit whose lower case is longer stays as it is). */
function foldUnit(c: string): string {
  const lower = c.toLowerCase();
  return lower.length === 1 ? lower : c;
}

interface FlatText {
  text: string;
  nodes: Text[];
  /** For each character of `text`: index into `nodes`, and offset in that node. */
  nodeAt: number[];
  offsetAt: number[];
}

/** The visible text of the body with whitespace collapsed and case folded, mapped back to text nodes. */
function flatten(doc: Document): FlatText {
  const flat: FlatText = { text: '', nodes: [], nodeAt: [], offsetAt: [] };
  const root = doc.body;
  if (!root) return flat;
  const chars: string[] = [];
  const walker = doc.createTreeWalker(root, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) => (node.nodeType === 1 ? (isSkippedElement(node as Element) ? 2 /* REJECT */ : 3 /* SKIP */) : 1 /* ACCEPT */),
  });
  let lastSpace = true;
  let lastBlock: Node | null = null;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node as Text;
    const block = blockOf(text);
    if (block !== lastBlock && !lastSpace && flat.nodes.length > 0) {
      // A virtual space between blocks, mapped to the end of the previous text node.
      const prev = flat.nodes.length - 1;
      chars.push(' ');
      flat.nodeAt.push(prev);
      flat.offsetAt.push(flat.nodes[prev]!.data.length);
      lastSpace = true;
    }
    lastBlock = block;
    const index = flat.nodes.push(text) - 1;
    const data = text.data;
    for (let i = 0; i < data.length; i++) {
      const c = data[i]!;
      const space = /\s/.test(c);
      if (space && lastSpace) continue;
      chars.push(space ? ' ' : foldUnit(c));
      flat.nodeAt.push(index);
      flat.offsetAt.push(i);
      lastSpace = space;
    }
  }
  flat.text = chars.join('');
  return flat;
}

/** Letters and digits of scripts that put spaces between words. */
const SPACED_WORD_CHAR = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Devanagari}\p{N}]/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

function normaliseNeedle(text: string): string {
  return Array.from(text.replace(/\s+/g, ' ').trim().split(''), foldUnit).join('');
}

/** Ranges over the page's text nodes for every occurrence of each text (whitespace and case insensitive), in page order. */
export function findTextRanges(doc: Document, texts: readonly string[], maxRanges: number = MAX_RANGES): Range[] {
  const needles = [...new Set(texts.map(normaliseNeedle).filter((n) => n.length > 0))];
  if (needles.length === 0) return [];
  const flat = flatten(doc);
  const spans: [number, number][] = [];
  for (const needle of needles) {
    // In scripts that separate words with spaces, a match must be a whole word ("work" not in "Network").
    const wordStart = SPACED_WORD_CHAR.test(needle.charAt(0));
    const wordEnd = SPACED_WORD_CHAR.test(needle.charAt(needle.length - 1));
    for (let at = flat.text.indexOf(needle); at !== -1 && spans.length < maxRanges; at = flat.text.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (wordStart && WORD_CHAR.test(flat.text.charAt(at - 1))) continue;
      if (wordEnd && WORD_CHAR.test(flat.text.charAt(end))) continue;
      spans.push([at, end]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  return spans.map(([start, end]) => {
    const range = doc.createRange();
    range.setStart(flat.nodes[flat.nodeAt[start]!]!, flat.offsetAt[start]!);
    range.setEnd(flat.nodes[flat.nodeAt[end - 1]!]!, flat.offsetAt[end - 1]! + 1);
    return range;
  });
}

function ensureStyle(doc: Document): void {
  if (doc.querySelector(`style[${STYLE_ATTRIBUTE}]`)) return;
  const style = doc.createElement('style');
  style.setAttribute(STYLE_ATTRIBUTE, '');
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).append(style);
}

/** Brings one match into view; without the highlight API it also selects it so it stands out. */
export function revealRange(doc: Document, range: Range, select: boolean): void {
  const element = range.startContainer.parentElement;
  if (element && typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'center' });
  if (select) {
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
}

export interface EvidenceMarks {
  ranges: Range[];
  /** True when the ranges are painted with ::highlight; false when only a selection can show them. */
  painted: boolean;
}

/** Marks every occurrence of the texts on the page. Returns the ranges (page order) for revealing one by one. */
export function highlightEvidence(doc: Document, texts: readonly string[], api: HighlightApi | null = browserHighlightApi()): EvidenceMarks {
  const ranges = findTextRanges(doc, texts);
  if (ranges.length === 0 || api === null) return { ranges, painted: false };
  try {
    ensureStyle(doc);
    api.registry.set(HIGHLIGHT_NAME, api.create(ranges) as never);
    return { ranges, painted: true };
  } catch {
    return { ranges, painted: false };
  }
}

/** Removes the marks and the ::highlight style. */
export function clearEvidenceHighlight(doc: Document, api: HighlightApi | null = browserHighlightApi()): void {
  try {
    api?.registry.delete(HIGHLIGHT_NAME);
  } catch {
    // nothing to clear
  }
  doc.querySelector(`style[${STYLE_ATTRIBUTE}]`)?.remove();
}
