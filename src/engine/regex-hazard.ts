// The subset of regular expressions a rule pack may use, checked on the pattern's structure.
// This is a format restriction that runs everywhere (also in the extension, where no analyser is bundled);
// `lureguard check` adds a real backtracking analyser (recheck) on top. Pure; never runs the pattern.

/** More unbounded quantifiers than this make even a bounded window polynomially slow. */
const MAX_UNBOUNDED_QUANTIFIERS = 2;

interface GroupState {
  hasQuantifier: boolean;
  hasAlternation: boolean;
}

/** Returns a plain-words reason when the pattern leaves the allowed subset, or null when it is within it. */
export function findRegexHazard(pattern: string): string | null {
  const stack: GroupState[] = [{ hasQuantifier: false, hasAlternation: false }];
  let unbounded = 0;
  // What the last atom was, so a quantifier knows what it applies to.
  let lastAtomWasGroup: GroupState | null = null;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return 'backreferences are not allowed';
      i += next === 'u' && pattern[i + 2] === '{' ? pattern.indexOf('}', i) - i : 1;
      lastAtomWasGroup = null;
      continue;
    }
    if (ch === '[') {
      // Skip the character class, honouring escapes.
      let j = i + 1;
      if (pattern[j] === '^') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
      i = j;
      lastAtomWasGroup = null;
      continue;
    }
    if (ch === '(') {
      if (pattern.startsWith('(?=', i) || pattern.startsWith('(?!', i) || pattern.startsWith('(?<=', i) || pattern.startsWith('(?<!', i)) {
        return 'lookahead and lookbehind are not allowed';
      }
      stack.push({ hasQuantifier: false, hasAlternation: false });
      lastAtomWasGroup = null;
      continue;
    }
    if (ch === ')') {
      const closed = stack.pop();
      if (!closed || stack.length === 0) return 'unbalanced parentheses';
      const parent = stack[stack.length - 1]!;
      parent.hasQuantifier ||= closed.hasQuantifier;
      parent.hasAlternation ||= closed.hasAlternation;
      lastAtomWasGroup = closed;
      continue;
    }
    if (ch === '|') {
      stack[stack.length - 1]!.hasAlternation = true;
      lastAtomWasGroup = null;
      continue;
    }
    if (ch === '*' || ch === '+' || ch === '?' || ch === '{') {
      let isUnbounded = ch === '*' || ch === '+';
      if (ch === '{') {
        const close = pattern.indexOf('}', i);
        const body = close > i ? pattern.slice(i + 1, close) : '';
        if (!/^\d+(,\d*)?$/.test(body)) {
          lastAtomWasGroup = null;
          continue; // a literal brace
        }
        isUnbounded = body.endsWith(',');
        const upper = body.includes(',') ? Number(body.split(',')[1] || Infinity) : Number(body);
        if (upper > 100 && Number.isFinite(upper)) return `a repetition bound of ${upper} is too large (at most 100)`;
        i = close;
      }
      if (pattern[i + 1] === '?') i++; // lazy form: same hazard
      if (lastAtomWasGroup && ch !== '?' && (lastAtomWasGroup.hasQuantifier || lastAtomWasGroup.hasAlternation)) {
        return 'a repeated group contains a quantifier or an alternation (nested quantifiers can backtrack catastrophically)';
      }
      if (isUnbounded && ++unbounded > MAX_UNBOUNDED_QUANTIFIERS) {
        return `more than ${MAX_UNBOUNDED_QUANTIFIERS} unbounded quantifiers (* + {n,}); use bounded ones such as {1,30}`;
      }
      stack[stack.length - 1]!.hasQuantifier = true;
      lastAtomWasGroup = null;
      continue;
    }
    lastAtomWasGroup = null;
  }
  return stack.length === 1 ? null : 'unbalanced parentheses';
}
