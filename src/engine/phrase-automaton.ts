// Finds every phrase of every rule in one pass over a normalised text (Aho–Corasick).
// ASCII transitions are a dense DFA over character classes; other characters use goto/fail through a hash.
// Pure: no DOM, no I/O. Never keeps the text it scans.

/** A phrase that begins (or ends) with a letter or digit of a spaced script must sit on a word boundary there. */
export const NEEDS_LEFT_BOUNDARY = 1;
export const NEEDS_RIGHT_BOUNDARY = 2;

/**
 * A word-part phrase: a `*` at its start (or end) lets the word go on there, so one stem covers the forms that
 * agglutinative languages build around it ("*lipa*" in Swahili "analipa", "tutakulipia"; "guard*" in "guardam").
 * Returns the phrase without the stars and, as NEEDS_* bits, the sides that are open.
 */
export function splitWordPart(raw: string): { text: string; open: number } {
  let open = 0;
  let from = 0;
  let to = raw.length;
  if (raw.startsWith('*')) {
    open |= NEEDS_LEFT_BOUNDARY;
    from = 1;
  }
  if (to > from && raw.endsWith('*')) {
    open |= NEEDS_RIGHT_BOUNDARY;
    to--;
  }
  return { text: open === 0 ? raw : raw.slice(from, to), open };
}

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
  return WORD_CHAR[code] === 1;
}

function computeIsWordChar(code: number): boolean {
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

/** isWordChar for every UTF-16 code unit, as a table: boundary tests run per phrase hit and per character of terms. */
export const WORD_CHAR = Uint8Array.from({ length: 0x10000 }, (_, code) => (computeIsWordChar(code) ? 1 : 0));

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
  for (const kids of children) {
    for (const code of kids.keys()) if (code < 128 && asciiClass[code] === 0) asciiClass[code] = classCount++;
  }

  // 3. Failure links by breadth-first search.
  const fail0 = new Int32Array(nodeCount);
  // Dictionary links: the nearest node on the fail chain that ends a phrase (-1: none).
  const outLink0 = new Int32Array(nodeCount).fill(-1);
  const order: number[] = [0];
  for (let head = 0; head < order.length; head++) {
    const node = order[head]!;
    for (const [code, child] of children[node]!) {
      order.push(child);
      if (node === 0) fail0[child] = 0;
      else {
        let f = fail0[node]!;
        while (f !== 0 && !children[f]!.has(code)) f = fail0[f]!;
        const candidate = children[f]!.get(code);
        fail0[child] = candidate !== undefined && candidate !== child ? candidate : 0;
      }
      const fc = fail0[child]!;
      outLink0[child] = ownOutputs[fc]!.length > 0 ? fc : outLink0[fc]!;
    }
  }

  // 4. Renumber the nodes in breadth-first order (by depth), so the shallow nodes the scan visits most often
  // sit together at the start of the tables.
  const id = new Int32Array(nodeCount);
  for (let k = 0; k < nodeCount; k++) id[order[k]!] = k;
  const depth = new Int32Array(nodeCount);
  const fail = new Int32Array(nodeCount);
  const outLink = new Int32Array(nodeCount).fill(-1);
  const outputs: Int32Array[] = new Array<Int32Array>(nodeCount);
  const hasOutput = new Uint8Array(nodeCount);
  for (let old = 0; old < nodeCount; old++) {
    const k = id[old]!;
    fail[k] = id[fail0[old]!]!;
    outLink[k] = outLink0[old]! >= 0 ? id[outLink0[old]!]! : -1;
    outputs[k] = Int32Array.from(ownOutputs[old]!);
    if (ownOutputs[old]!.length > 0 || outLink0[old]! >= 0) hasOutput[k] = 1;
  }
  for (const old of order) for (const child of children[old]!.values()) depth[id[child]!] = depth[id[old]!]! + 1;

  // 5. ASCII transitions. Nodes down to a depth D get a dense DFA row in 16-bit cells; D is the deepest level
  // for which every target (depth <= D + 1) still has an id below 65,536. Long phrases make the trie deep but
  // narrow, and a text rarely follows a phrase that far, so the deeper nodes keep only their own children
  // (compressed rows) and fall back through their failure links to a dense row. With thousands of phrases
  // this keeps the table at a few megabytes instead of tens, and in the CPU cache more often.
  let denseCount = nodeCount;
  if (nodeCount > 0x10000) {
    const maxDepth = depth[nodeCount - 1]!; // (breadth-first: depth never decreases with the id)
    const upTo = new Int32Array(maxDepth + 2); // upTo[d]: nodes of depth <= d
    for (let k = 0; k < nodeCount; k++) upTo[depth[k]!]!++;
    for (let d = 1; d <= maxDepth + 1; d++) upTo[d]! += upTo[d - 1]!;
    let level = 0;
    while (level + 2 <= maxDepth + 1 && upTo[level + 2]! <= 0x10000) level++;
    denseCount = upTo[level]!;
  }
  const dfa = new Uint16Array(denseCount * classCount);
  for (let k = 0; k < denseCount; k++) {
    const kids = children[order[k]!]!;
    for (const [code, child] of kids) {
      if (code < 128) dfa[k * classCount + asciiClass[code]!] = id[child]!;
    }
    if (k === 0) continue;
    const f = fail[k]!; // shallower than k, so its row is complete
    for (let cls = 1; cls < classCount; cls++) {
      if (dfa[k * classCount + cls] === 0) dfa[k * classCount + cls] = dfa[f * classCount + cls]!; // (a child is never node 0)
    }
  }
  const sparseCount = nodeCount - denseCount;
  const sparseStart = new Int32Array(sparseCount + 1);
  const sparseCodes: number[] = [];
  const sparseNext: number[] = [];
  for (let k = denseCount; k < nodeCount; k++) {
    sparseStart[k - denseCount] = sparseCodes.length;
    for (const [code, child] of children[order[k]!]!) {
      if (code >= 128) continue;
      sparseCodes.push(code);
      sparseNext.push(id[child]!);
    }
  }
  sparseStart[sparseCount] = sparseCodes.length;
  const sparseCode = Uint8Array.from(sparseCodes);
  const sparseTo = Int32Array.from(sparseNext);

  // 6. Non-ASCII goto: the characters that occur in phrases get small numbers (wideClass, 0: none), and the
  // edges live in one open-addressing hash over (node, class) in typed arrays — several times cheaper per
  // character than a Map keyed by numbers beyond the small-integer range.
  const wideClass = new Uint16Array(65536);
  let wideCount = 1;
  let wideEdges = 0;
  for (const kids of children) {
    for (const code of kids.keys()) {
      if (code < 128) continue;
      wideEdges++;
      if (wideClass[code] === 0) wideClass[code] = wideCount++;
    }
  }
  let hashBits = 4;
  while (1 << hashBits < wideEdges * 2) hashBits++;
  const hashShift = 32 - hashBits;
  const slotMask = (1 << hashBits) - 1;
  const wideNode = new Int32Array(1 << hashBits).fill(-1);
  const wideCls = new Uint16Array(1 << hashBits);
  const wideNext = new Int32Array(1 << hashBits);
  for (let old = 0; old < nodeCount; old++) {
    for (const [code, child] of children[old]!) {
      if (code < 128) continue;
      const node = id[old]!;
      const cls = wideClass[code]!;
      let slot = Math.imul(node ^ (cls << 16), 0x9e3779b1) >>> hashShift;
      while (wideNode[slot] !== -1) slot = (slot + 1) & slotMask;
      wideNode[slot] = node;
      wideCls[slot] = cls;
      wideNext[slot] = id[child]!;
    }
  }
  const lengths = Int32Array.from(phrases, (p) => p.length);
  let buffer = new Int32Array(1024);

  function collect(text: string): { hits: Int32Array; count: number } {
    let node = 0;
    let count = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      if (code < 128) {
        const cls = asciiClass[code]!;
        if (cls === 0) {
          node = 0;
          continue;
        }
        let at = node;
        for (;;) {
          if (at < denseCount) {
            node = dfa[at * classCount + cls]!;
            break;
          }
          const row = at - denseCount;
          let j = sparseStart[row]!;
          const end = sparseStart[row + 1]!;
          while (j < end && sparseCode[j] !== code) j++;
          if (j < end) {
            node = sparseTo[j]!;
            break;
          }
          at = fail[at]!;
        }
      } else {
        const cls = wideClass[code]!;
        if (cls === 0) {
          node = 0;
          continue;
        }
        for (;;) {
          let slot = Math.imul(node ^ (cls << 16), 0x9e3779b1) >>> hashShift;
          let k = wideNode[slot]!;
          while (k !== -1 && (k !== node || wideCls[slot] !== cls)) {
            slot = (slot + 1) & slotMask;
            k = wideNode[slot]!;
          }
          if (k !== -1) {
            node = wideNext[slot]!;
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
