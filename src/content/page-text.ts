// Turns DOM content into plain text for scoring: the visible text of an element (script, style and hidden
// parts skipped, a line break at block boundaries), HTML strings parsed inertly with DOMParser, and the
// page's main content block. Reads text only through textContent/data; never inserts anything into a page.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'HEAD', 'SELECT', 'LUREGUARD-BANNER', 'LUREGUARD-INLINE-WARNING']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'TD', 'TH', 'TR', 'UL', 'BODY', 'CAPTION',
]);

/** Upper-case tag name: HTML elements already have one; only foreign ones (svg, math) need converting. */
const tagOf = (element: Element): string => {
  const tag = element.tagName;
  return element.namespaceURI === 'http://www.w3.org/1999/xhtml' ? tag : tag.toUpperCase();
};

/** Elements whose text is never part of what a reader sees. */
export function isSkippedElement(element: Element): boolean {
  return SKIP.has(tagOf(element)) || element.hasAttribute('hidden') || element.hasAttribute('data-lureguard-banner');
}

/** Collects text with whitespace collapsed and at most one blank line between blocks, up to a length. */
class TextSink {
  private parts: string[] = [];
  length = 0;
  private pendingBreak = false;
  private lastWasSpace = true;

  constructor(private readonly max: number) {}

  get full(): boolean {
    return this.length >= this.max;
  }

  text(data: string): void {
    const collapsed = data.replace(/\s+/g, ' ');
    if (collapsed === '' || collapsed === ' ') {
      if (collapsed === ' ' && !this.lastWasSpace && !this.pendingBreak) this.push(' ');
      return;
    }
    if (this.pendingBreak && this.length > 0) this.push('\n');
    this.pendingBreak = false;
    this.push(this.lastWasSpace && collapsed.charCodeAt(0) === 32 ? collapsed.slice(1) : collapsed);
  }

  blockBoundary(): void {
    this.pendingBreak = true;
  }

  private push(piece: string): void {
    if (this.full || piece === '') return;
    const room = this.max - this.length;
    const cut = piece.length > room ? piece.slice(0, room) : piece;
    this.parts.push(cut);
    this.length += cut.length;
    const last = cut.charCodeAt(cut.length - 1);
    this.lastWasSpace = last === 32 || last === 10; // pieces hold no other whitespace once collapsed
  }

  toString(): string {
    return this.parts.join('').replace(/ \n/g, '\n').trim();
  }
}

function walk(node: Node, sink: TextSink): void {
  for (let child = node.firstChild; child !== null && !sink.full; child = child.nextSibling) {
    if (child.nodeType === 3) {
      sink.text((child as Text).data);
    } else if (child.nodeType === 1) {
      const element = child as Element;
      if (isSkippedElement(element)) continue;
      const block = BLOCK.has(tagOf(element));
      if (block) sink.blockBoundary();
      walk(element, sink);
      if (block) sink.blockBoundary();
    }
  }
}

/** The readable text of an element: text nodes only, scripts and styles skipped, blocks on their own lines. */
export function textOfElement(element: Node, maxLength: number): string {
  const sink = new TextSink(maxLength);
  walk(element, sink);
  return sink.toString();
}

/**
 * Plain text of an HTML fragment (a JSON-LD description). Parsed with DOMParser into an inert document
 * that is never attached to the page: scripts do not run and images do not load.
 */
export function htmlToText(html: string, maxLength: number, parser: DOMParser = new DOMParser()): string {
  if (!/[<&]/.test(html)) return textOfPlain(html, maxLength);
  const parsed = parser.parseFromString(html, 'text/html');
  return parsed.body ? textOfElement(parsed.body, maxLength) : '';
}

function textOfPlain(text: string, maxLength: number): string {
  return text
    .slice(0, maxLength)
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line, i, lines) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n')
    .trim();
}

const MIN_MAIN_TEXT = 200;

/**
 * The element holding the page's main content: <main> or [role=main], else the longest <article>, else the
 * block whose paragraphs hold the most text, else <body>.
 */
export function mainContentElement(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const main = doc.querySelector('main, [role="main"]');
  if (main && hasText(main, MIN_MAIN_TEXT)) return main;
  let best: Element | null = null;
  let bestLength = MIN_MAIN_TEXT - 1;
  for (const article of doc.querySelectorAll('article')) {
    const length = (article.textContent ?? '').length;
    if (length > bestLength) {
      best = article;
      bestLength = length;
    }
  }
  return best ?? largestTextBlock(body) ?? body;
}

/** True when the element's text nodes hold at least `min` non-space characters (stops as soon as they do). */
function hasText(element: Element, min: number): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  let count = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    count += (node as Text).data.trim().length;
    if (count >= min) return true;
  }
  return false;
}

/** The container whose direct block children hold the most text (a lightweight readability guess). */
function largestTextBlock(body: HTMLElement): Element | null {
  const doc = body.ownerDocument;
  const scores = new Map<Element, number>();
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const length = (node as Text).data.trim().length;
    if (length < 25) continue;
    let block = node.parentElement;
    while (block && block !== body && !BLOCK.has(tagOf(block))) block = block.parentElement;
    if (!block || isSkippedElement(block)) continue;
    const container = block === body ? body : (block.parentElement ?? body);
    if (container.closest('script, style, noscript, template, nav, header, footer, aside')) continue;
    scores.set(container, (scores.get(container) ?? 0) + length);
  }
  let best: Element | null = null;
  let bestScore = MIN_MAIN_TEXT - 1;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best;
}
