// Finds every phrase of every rule in one pass over a normalised text (Aho–Corasick).
// ASCII transitions are a dense DFA over character classes; other characters use goto/fail through a hash.
// Pure: no DOM, no I/O. Never keeps the text it scans.

/** A phrase that begins (or ends) with a letter or digit of a spaced script must sit on a word boundary there. */
export const NEEDS_LEFT_BOUNDARY = 1;
export const NEEDS_RIGHT_BOUNDARY = 2;

export interface PhraseHit {
  phrase: number;
  start: number;
  end: number;
}

export interface PhraseAutomaton {
  scan(text: string, onHit: (phrase: number, start: number, end: number) => void): void;
  /**
   * Every hit as pairs (phrase, end) in a shared buffer, valid until the next call; returns the pair count.
   * The hot path: no callback per character or hit.
   */
  collect(text: string): { hits: Int32Array; count: number };
  /** Length of each phrase (start = end - length). */
  readonly lengths: Int32Array;
  readonly phraseCount: number;
}

/** Letters and digits of scripts that separate words with spaces (Latin, Greek, Cyrillic, Vietnamese). */
export function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return (
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x370 && code <= 0x4ff) ||
    (code >= 0x1e00 && code <= 0x1eff) ||
    (code >= 0x0300 && code <= 0x036f) ||
    // Devanagari letters, marks and digits (Hindi) — not the danda "।" / "॥", which ends a sentence.
    // Hangul is left out on purpose: Korean particles attach to the noun (텔레그램으로), so a phrase must
    // match inside a longer word there, as in Chinese and Thai.
    (code >= 0x0900 && code <= 0x0963) ||
    (code >= 0x0966 && code <= 0x097f)
  );
}

export function boundaryFlags(phrase: string): number {
  if (phrase.length === 0) return 0;
  let flags = 0;
  if (isWordChar(phrase.charCodeAt(0))) flags |= NEEDS_LEFT_BOUNDARY;
  if (isWordChar(phrase.charCodeAt(phrase.length - 1))) flags |= NEEDS_RIGHT_BOUNDARY;
  return flags;
}

/**
 * Builds the automaton. `phrases` must already be normalised (normalizePhrase); empty phrases are ignored.
 * Building is linear in the total phrase length and takes milliseconds for thousands of phrases.
 */
export function buildPhraseAutomaton(phrases: readonly string[]): PhraseAutomaton {
  // 1. Trie. Children of node n: Map from char code to node.
  const children: Map<number, number>[] = [new Map()];
  const depth: number[] = [0];
  const ownOutputs: number[][] = [[]];
  for (let p = 0; p < phrases.length; p++) {
    const phrase = phrases[p]!;
    if (phrase.length === 0) continue;
    let node = 0;
    for (let i = 0; i < phrase.length; i++) {
      const code = phrase.charCodeAt(i);
      const kids = children[node]!;
      let next = kids.get(code);
      if (next === undefined) {
        next = children.length;
        kids.set(code, next);
        children.push(new Map());
        depth.push(depth[node]! + 1);
        ownOutputs.push([]);
      }
      node = next;
    }
    ownOutputs[node]!.push(p);
  }
  const nodeCount = children.length;

  // 2. Character classes for ASCII: class 0 = a character no phrase contains.
  const asciiClass = new Uint8Array(128);
  let classCount = 1;
  // Non-ASCII characters that occur in some phrase; any other character sends the automaton to the root.
  const inAlphabet = new Uint8Array(65536);
  for (const kids of children) {
    for (const code of kids.keys()) {
      if (code < 128) {
        if (asciiClass[code] === 0) asciiClass[code] = classCount++;
      } else inAlphabet[code] = 1;
    }
  }

  // 3. Failure links by breadth-first search, and the dense ASCII DFA.
  const fail = new Int32Array(nodeCount);
  const dfa = new Int32Array(nodeCount * classCount);
  // Dictionary links: the nearest node on the fail chain that ends a phrase (-1: none).
  const outLink = new Int32Array(nodeCount).fill(-1);
  const order: number[] = [0];
  const asciiCodes: number[] = [];
  for (let c = 0; c < 128; c++) if (asciiClass[c] !== 0) asciiCodes.push(c);
  for (let head = 0; head < order.length; head++) {
    const node = order[head]!;
    const kids = children[node]!;
    for (const [code, child] of kids) {
      order.push(child);
      if (node === 0) fail[child] = 0;
      else {
        let f = fail[node]!;
        while (f !== 0 && !children[f]!.has(code)) f = fail[f]!;
        const candidate = children[f]!.get(code);
        fail[child] = candidate !== undefined && candidate !== child ? candidate : 0;
      }
      const fc = fail[child]!;
      outLink[child] = ownOutputs[fc]!.length > 0 ? fc : outLink[fc]!;
    }
    for (const code of asciiCodes) {
      const cls = asciiClass[code]!;
      const direct = kids.get(code);
      dfa[node * classCount + cls] = direct !== undefined ? direct : node === 0 ? 0 : dfa[fail[node]! * classCount + cls]!;
    }
  }

  // 4. Non-ASCII goto through one hash keyed by node * 65536 + code.
  const wideGoto = new Map<number, number>();
  for (let node = 0; node < nodeCount; node++) {
    for (const [code, child] of children[node]!) if (code >= 128) wideGoto.set(node * 65536 + code, child);
  }
  const outputs: Int32Array[] = ownOutputs.map((list) => Int32Array.from(list));
  const hasOutput = new Uint8Array(nodeCount);
  for (let n = 0; n < nodeCount; n++) if (ownOutputs[n]!.length > 0 || outLink[n]! >= 0) hasOutput[n] = 1;
  const lengths = Int32Array.from(phrases, (p) => p.length);
  let buffer = new Int32Array(1024);

  function collect(text: string): { hits: Int32Array; count: number } {
    let node = 0;
    let count = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      if (code < 128) {
        node = dfa[node * classCount + asciiClass[code]!]!;
      } else if (inAlphabet[code] === 0) {
        node = 0;
        continue;
      } else {
        for (;;) {
          const next = wideGoto.get(node * 65536 + code);
          if (next !== undefined) {
            node = next;
            break;
          }
          if (node === 0) break;
          node = fail[node]!;
        }
      }
      if (hasOutput[node] === 0) continue;
      for (let out = node; out >= 0; out = outLink[out]!) {
        const list = outputs[out]!;
        for (let k = 0; k < list.length; k++) {
          if (count * 2 + 2 > buffer.length) {
            const bigger = new Int32Array(buffer.length * 2);
            bigger.set(buffer);
            buffer = bigger;
          }
          buffer[count * 2] = list[k]!;
          buffer[count * 2 + 1] = i + 1;
          count++;
        }
      }
    }
    return { hits: buffer, count };
  }

  function scan(text: string, onHit: (phrase: number, start: number, end: number) => void): void {
    const { hits, count } = collect(text);
    for (let h = 0; h < count; h++) {
      const phrase = hits[h * 2]!;
      const end = hits[h * 2 + 1]!;
      onHit(phrase, end - lengths[phrase]!, end);
    }
  }

  return { scan, collect, lengths, phraseCount: phrases.length };
}
