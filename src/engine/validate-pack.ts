// Checks a rule pack in source form and reports every problem at once, each with a code, a JSON path and a
// plain message. Pure: no DOM, no I/O. Never throws on any input, and never runs anything from the pack.
import { CATEGORIES } from './categories.js';
import { normalizePhrase } from './normalize-text.js';
import { splitWordPart } from './phrase-automaton.js';
import { findRegexHazard } from './regex-hazard.js';
import { ENGINE_VERSION, FLOOR_ENGINE, FLOOR_LEVELS, LEVELS, PACK_FORMAT, PERIODS, RULE_STATUSES, TERMS_ENGINE, TERMS_FROM_ENGINE, WORD_PART_ENGINE, type Level, type PackIssue } from './types.js';

/** Every code the validator can report, with what it means. Each has a test with an invalid pack. */
export const ISSUE_CODES = {
  'not-an-object': 'a value that must be an object is something else',
  'missing-field': 'a required field is absent',
  'wrong-type': 'a field has the wrong type',
  'unknown-field': 'a field this format does not define (often a typo)',
  'bad-id': 'an id is not lower-case letters, digits and dashes',
  'bad-version': 'the pack version is not semver (1.2.3)',
  'unsupported-format': 'the pack format is not one this engine reads',
  'bad-date': 'a date is not a real YYYY-MM-DD date',
  'expires-before-published': 'the pack expires before it is published',
  'min-engine-too-high': 'the pack needs a newer engine than this one',
  'min-engine-too-low': 'the pack uses a feature that older engines misread, but its minEngine lets them load it',
  'bad-levels': 'level thresholds are not increasing numbers within 0–100',
  'duplicate-rule-id': 'two rules share an id',
  'duplicate-place-id': 'two gazetteer places share an id',
  'bad-rev': 'a rule revision is not a whole number of at least 1',
  'bad-status': 'a rule status is not experimental, test, stable or deprecated',
  'unknown-category': 'a rule category is not in the red-flag taxonomy',
  'bad-weight': 'a weight is outside −100…100',
  'no-matchers': 'a rule has no matchers',
  'bad-matcher': 'a matcher is not exactly one of phrases, pattern, money, places or terms',
  'bad-terms': 'a terms matcher has a bias, min or weight that is not a usable number, or a term that is empty once normalised',
  'empty-phrase': 'a phrase is empty once normalised',
  'duplicate-phrase': 'a phrase repeats another of the same list once normalised (case, nukta, full-width forms); source form only',
  'short-word-part': 'a word-part phrase ("*lipa") has fewer than 3 characters besides its stars, so it would match inside too many words',
  'bad-regex': 'a pattern is not a valid regular expression',
  'unsafe-regex': 'a pattern can backtrack catastrophically or uses a construct the engine refuses',
  'pattern-without-anchor': 'a pattern has no literal anchor to gate it',
  'bad-country': 'a country is not an ISO 3166 alpha-2 code',
  'unknown-place': 'a places matcher names a place the gazetteer lacks',
  'money-without-tables': 'a money matcher is used but the pack has no money tables',
  'bad-money': 'money tables or money bounds are malformed',
  'unknown-matcher': 'a condition names a matcher the rule does not define',
  'bad-condition': 'a condition is malformed',
  'condition-not-positive': 'a condition could hold on a text with no hits at all (for example a lone "not")',
  'unused-matcher': 'a matcher is defined but the condition never uses it',
  'missing-locale': 'a user-facing text has no English ("en") version',
  'bad-level': 'a level is not none, caution, warning or danger',
  'bad-url': 'a reference is not an http(s) URL',
  'missing-references': 'a rule has no references',
  'missing-examples': 'a rule lacks a match or an ok example',
  'bad-override': 'an override is malformed',
  'too-large': 'a list or text exceeds the size the engine accepts',
} as const;
export type IssueCode = keyof typeof ISSUE_CODES;

export const PACK_LIMITS = {
  rules: 2000,
  phrasesPerMatcher: 1000,
  termsPerMatcher: 20000,
  phraseLength: 200,
  patternLength: 300,
  textLength: 4000,
  places: 2000,
  window: 400,
} as const;

const ID_RE = /^[a-z0-9][a-z0-9-]{0,63}$/;
const SEMVER_RE = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9a-z.-]+)?$/i;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY_RE = /^[A-Z]{2}$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export interface ValidateOptions {
  /** An extra regex safety analyser (the CLI passes a real one); returns a reason when a pattern is unsafe. */
  checkRegex?: (pattern: string) => string | null;
  /**
   * `source` (default) is the maintainer's form and needs examples on every rule; `shipped` is the form
   * users receive (`pack build`), from which examples are stripped.
   */
  form?: 'source' | 'shipped';
}

export function validatePack(input: unknown, options: ValidateOptions = {}): PackIssue[] {
  const issues: PackIssue[] = [];
  let currentRule: string | undefined;
  /** JSON path of the first word-part phrase ("*lipa"), which an engine older than WORD_PART_ENGINE misreads. */
  let firstWordPart: string | undefined;
  // the first use of a terms matcher or supportOnly (engine 3), and of terms `from` (engine 4), for the minEngine check
  let firstTermsFeature: string | undefined;
  let firstTermsFrom: string | undefined;
  let firstFloor: string | undefined;
  const report = (code: IssueCode, path: string, message: string): void => {
    issues.push(currentRule === undefined ? { code, path, message } : { code, path, message, rule: currentRule });
  };

  if (!isObj(input)) {
    report('not-an-object', '$', 'the pack must be an object with a header and rules');
    return issues;
  }
  const pack = input;

  const checkKeys = (obj: Obj, path: string, allowed: readonly string[]): void => {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) report('unknown-field', `${path}.${key}`, `"${key}" is not a field here (allowed: ${allowed.join(', ')})`);
    }
  };
  const need = (obj: Obj, key: string, path: string, type: 'string' | 'number' | 'array' | 'object'): boolean => {
    const value = obj[key];
    if (value === undefined) {
      report('missing-field', `${path}.${key}`, `"${key}" is required`);
      return false;
    }
    const ok =
      type === 'array' ? Array.isArray(value) : type === 'object' ? isObj(value) : typeof value === type && (type !== 'number' || Number.isFinite(value));
    if (!ok) report('wrong-type', `${path}.${key}`, `"${key}" must be ${type === 'array' ? 'a list' : `a ${type}`}`);
    return ok;
  };
  const checkStringList = (value: unknown, path: string, what: string): value is string[] => {
    if (!Array.isArray(value)) {
      report('wrong-type', path, `${what} must be a list of strings`);
      return false;
    }
    let ok = true;
    value.forEach((item, i) => {
      if (typeof item !== 'string') {
        report('wrong-type', `${path}[${i}]`, `${what} must hold strings only`);
        ok = false;
      }
    });
    return ok;
  };
  const checkDate = (key: string): number | null => {
    const value = pack[key];
    if (!need(pack, key, '$', 'string')) return null;
    const text = value as string;
    const time = Date.parse(`${text}T00:00:00Z`);
    if (!DATE_RE.test(text) || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== text) {
      report('bad-date', `$.${key}`, `"${text}" is not a real date in the form YYYY-MM-DD`);
      return null;
    }
    return time;
  };
  const checkLocalized = (value: unknown, path: string): void => {
    if (!isObj(value)) {
      report('wrong-type', path, 'must be a map from locale to text, e.g. {en: "..."}');
      return;
    }
    if (typeof value.en !== 'string' || value.en.trim() === '') report('missing-locale', `${path}.en`, 'an English ("en") text is required');
    for (const [locale, text] of Object.entries(value)) {
      if (typeof text !== 'string') report('wrong-type', `${path}.${locale}`, 'must be a string');
      else if (text.length > PACK_LIMITS.textLength) report('too-large', `${path}.${locale}`, `longer than ${PACK_LIMITS.textLength} characters`);
    }
  };

  // ── header ──
  checkKeys(pack, '$', [
    'id', 'name', 'version', 'format', 'published', 'expires', 'minEngine', 'languages', 'levels',
    'categoryCap', 'categoryCaps', 'money', 'places', 'rules', 'overrides',
  ]);
  if (need(pack, 'id', '$', 'string') && !ID_RE.test(pack.id as string)) report('bad-id', '$.id', `pack id "${String(pack.id)}" must be lower-case letters, digits and dashes`);
  need(pack, 'name', '$', 'string');
  if (need(pack, 'version', '$', 'string') && !SEMVER_RE.test(pack.version as string)) report('bad-version', '$.version', `"${String(pack.version)}" is not a semver version such as 1.2.0`);
  if (need(pack, 'format', '$', 'number') && pack.format !== PACK_FORMAT) report('unsupported-format', '$.format', `format ${String(pack.format)} is not supported (this engine reads format ${PACK_FORMAT})`);
  const published = checkDate('published');
  const expires = checkDate('expires');
  if (published !== null && expires !== null && expires < published) report('expires-before-published', '$.expires', 'the pack expires before it is published');
  if (need(pack, 'minEngine', '$', 'number')) {
    const min = pack.minEngine as number;
    if (!Number.isInteger(min) || min < 1) report('wrong-type', '$.minEngine', 'minEngine must be a whole number of at least 1');
    else if (min > ENGINE_VERSION) report('min-engine-too-high', '$.minEngine', `the pack needs engine ${min}; this engine is ${ENGINE_VERSION}`);
  }
  if (need(pack, 'languages', '$', 'array')) checkStringList(pack.languages, '$.languages', 'languages');
  if (need(pack, 'levels', '$', 'object')) {
    const levels = pack.levels as Obj;
    checkKeys(levels, '$.levels', ['caution', 'warning', 'danger', 'dangerMinCategories']);
    const values = (['caution', 'warning', 'danger'] as const).map((k) => (need(levels, k, '$.levels', 'number') ? (levels[k] as number) : NaN));
    if (values.every((v) => !Number.isNaN(v)) && !(values[0]! > 0 && values[0]! < values[1]! && values[1]! < values[2]! && values[2]! <= 100)) {
      report('bad-levels', '$.levels', 'thresholds must satisfy 0 < caution < warning < danger ≤ 100');
    }
    if (need(levels, 'dangerMinCategories', '$.levels', 'number')) {
      const n = levels.dangerMinCategories as number;
      if (!Number.isInteger(n) || n < 1 || n > 10) report('bad-levels', '$.levels.dangerMinCategories', 'must be a whole number from 1 to 10');
    }
  }
  if (need(pack, 'categoryCap', '$', 'number') && ((pack.categoryCap as number) <= 0 || (pack.categoryCap as number) > 100)) {
    report('bad-weight', '$.categoryCap', 'categoryCap must be within 1–100');
  }
  if (pack.categoryCaps !== undefined) {
    if (!isObj(pack.categoryCaps)) report('wrong-type', '$.categoryCaps', 'must be a map from category to number');
    else {
      for (const [category, cap] of Object.entries(pack.categoryCaps)) {
        if (!CATEGORIES.includes(category)) report('unknown-category', `$.categoryCaps.${category}`, `"${category}" is not a known category`);
        if (typeof cap !== 'number' || cap <= 0 || cap > 100) report('bad-weight', `$.categoryCaps.${category}`, 'a cap must be a number within 1–100');
      }
    }
  }

  // rules whose terms matcher has its own weights: the only ones another terms matcher may take them `from`
  const ownTermsRules = new Set<string>();
  if (Array.isArray(pack.rules)) {
    for (const r of pack.rules) {
      if (!isObj(r) || typeof r.id !== 'string' || !isObj(r.matchers)) continue;
      if (Object.values(r.matchers).some((m) => isObj(m) && isObj(m.terms) && m.terms.weights !== undefined)) ownTermsRules.add(r.id);
    }
  }

  // ── money tables ──
  const hasMoney = pack.money !== undefined;
  if (hasMoney) validateMoneyTables(pack.money, report, checkKeys, checkStringList);

  // ── gazetteer ──
  const placeIds = new Set<string>();
  const countries = new Set<string>();
  if (pack.places !== undefined) {
    if (!Array.isArray(pack.places)) report('wrong-type', '$.places', 'places must be a list');
    else {
      if (pack.places.length > PACK_LIMITS.places) report('too-large', '$.places', `more than ${PACK_LIMITS.places} places`);
      pack.places.forEach((place, i) => {
        const path = `$.places[${i}]`;
        if (!isObj(place)) return report('not-an-object', path, 'a place must be an object {id, country, names}');
        checkKeys(place, path, ['id', 'country', 'names']);
        if (need(place, 'id', path, 'string')) {
          const id = place.id as string;
          if (!ID_RE.test(id)) report('bad-id', `${path}.id`, `place id "${id}" must be lower-case letters, digits and dashes`);
          if (placeIds.has(id)) report('duplicate-place-id', `${path}.id`, `place id "${id}" is used twice`);
          placeIds.add(id);
        }
        if (need(place, 'country', path, 'string')) {
          if (!COUNTRY_RE.test(place.country as string)) report('bad-country', `${path}.country`, `"${String(place.country)}" is not an ISO alpha-2 code such as KH`);
          countries.add(place.country as string);
        }
        if (need(place, 'names', path, 'array') && checkStringList(place.names, `${path}.names`, 'names')) {
          (place.names as string[]).forEach((name, k) => {
            checkPhrase(name, `${path}.names[${k}]`);
          });
        }
      });
    }
  }

  // ── rules ──
  if (need(pack, 'rules', '$', 'array')) {
    const rules = pack.rules as unknown[];
    if (rules.length > PACK_LIMITS.rules) report('too-large', '$.rules', `more than ${PACK_LIMITS.rules} rules`);
    const seen = new Map<string, number>();
    rules.forEach((rule, index) => {
      const path = `$.rules[${index}]`;
      currentRule = isObj(rule) && typeof rule.id === 'string' ? rule.id : undefined;
      if (!isObj(rule)) return report('not-an-object', path, 'a rule must be an object');
      if (currentRule !== undefined) {
        const first = seen.get(currentRule);
        if (first !== undefined) report('duplicate-rule-id', `${path}.id`, `rule id "${currentRule}" is already used by $.rules[${first}]`);
        else seen.set(currentRule, index);
      }
      validateRule(rule, path);
    });
    currentRule = undefined;
  }

  // ── overrides ──
  if (pack.overrides !== undefined) {
    if (!Array.isArray(pack.overrides)) report('wrong-type', '$.overrides', 'overrides must be a list');
    else {
      pack.overrides.forEach((o, i) => {
        const path = `$.overrides[${i}]`;
        if (!isObj(o)) return report('not-an-object', path, 'an override must be an object {rule, disable?, weight?}');
        checkKeys(o, path, ['rule', 'disable', 'weight']);
        if (typeof o.rule !== 'string' || !/^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/.test(o.rule)) report('bad-override', `${path}.rule`, 'rule must be a qualified id such as core/hub-destination');
        if (o.disable !== undefined && typeof o.disable !== 'boolean') report('bad-override', `${path}.disable`, 'disable must be true or false');
        if (o.weight !== undefined && (typeof o.weight !== 'number' || o.weight < -100 || o.weight > 100)) report('bad-weight', `${path}.weight`, 'weight must be a number within −100…100');
        if (o.disable === undefined && o.weight === undefined) report('bad-override', path, 'an override must disable or re-weight the rule');
      });
    }
  }
  if (firstFloor !== undefined && typeof pack.minEngine === 'number' && pack.minEngine < FLOOR_ENGINE) {
    report('min-engine-too-low', '$.minEngine', `${firstFloor} needs minEngine ${FLOOR_ENGINE}: an older engine refuses it as an unknown field`);
  } else if (firstTermsFrom !== undefined && typeof pack.minEngine === 'number' && pack.minEngine < TERMS_FROM_ENGINE) {
    report('min-engine-too-low', '$.minEngine', `${firstTermsFrom} needs minEngine ${TERMS_FROM_ENGINE}: an older engine refuses it as an unknown field`);
  } else if (firstTermsFeature !== undefined && typeof pack.minEngine === 'number' && pack.minEngine < TERMS_ENGINE) {
    report('min-engine-too-low', '$.minEngine', `${firstTermsFeature} needs minEngine ${TERMS_ENGINE}: an older engine refuses it as an unknown field`);
  }
  if (firstWordPart !== undefined && typeof pack.minEngine === 'number' && pack.minEngine < WORD_PART_ENGINE) {
    report('min-engine-too-low', '$.minEngine', `word-part phrases (${firstWordPart}) need minEngine ${WORD_PART_ENGINE}: an older engine would look for the "*" literally`);
  }
  return issues;

  function validateRule(rule: Obj, path: string): void {
    checkKeys(rule, path, [
      'id', 'rev', 'status', 'category', 'weight', 'languages', 'matchers', 'condition', 'cap', 'supportOnly', 'floor', 'title',
      'explanation', 'advice', 'references', 'falsePositives', 'examples',
    ]);
    if (rule.supportOnly !== undefined) {
      if (typeof rule.supportOnly !== 'boolean') report('wrong-type', `${path}.supportOnly`, 'supportOnly must be true or false');
      firstTermsFeature ??= `${path}.supportOnly`;
    }
    if (need(rule, 'id', path, 'string') && !ID_RE.test(rule.id as string)) report('bad-id', `${path}.id`, `rule id "${String(rule.id)}" must be lower-case letters, digits and dashes`);
    if (need(rule, 'rev', path, 'number') && (!Number.isInteger(rule.rev) || (rule.rev as number) < 1)) report('bad-rev', `${path}.rev`, 'rev must be a whole number of at least 1');
    if (need(rule, 'status', path, 'string') && !(RULE_STATUSES as readonly string[]).includes(rule.status as string)) {
      report('bad-status', `${path}.status`, `status must be one of ${RULE_STATUSES.join(', ')}`);
    }
    if (need(rule, 'category', path, 'string') && !CATEGORIES.includes(rule.category as string)) {
      report('unknown-category', `${path}.category`, `"${String(rule.category)}" is not in the red-flag taxonomy (src/engine/categories.ts)`);
    }
    if (need(rule, 'weight', path, 'number') && ((rule.weight as number) < -100 || (rule.weight as number) > 100)) report('bad-weight', `${path}.weight`, 'weight must be within −100…100');
    if (need(rule, 'languages', path, 'array')) checkStringList(rule.languages, `${path}.languages`, 'languages');
    if (rule.cap !== undefined && !(LEVELS as readonly string[]).includes(rule.cap as string)) report('bad-level', `${path}.cap`, `cap must be one of ${LEVELS.join(', ')}`);
    if (rule.floor !== undefined) {
      firstFloor ??= `${path}.floor`;
      if (!(FLOOR_LEVELS as readonly string[]).includes(rule.floor as string)) {
        report('bad-level', `${path}.floor`, `floor must be one of ${FLOOR_LEVELS.join(', ')} (danger always needs several independent signs)`);
      } else if (rule.supportOnly === true) {
        report('bad-level', `${path}.floor`, 'a rule with a floor raises a text by itself, so it cannot be supportOnly');
      } else if (typeof rule.cap === 'string' && LEVELS.indexOf(rule.cap as Level) < LEVELS.indexOf(rule.floor as Level)) {
        report('bad-level', `${path}.floor`, `floor ${String(rule.floor)} is above the rule's own cap ${rule.cap}`);
      }
    }
    for (const key of ['title', 'explanation', 'advice']) {
      if (rule[key] === undefined) report('missing-field', `${path}.${key}`, `"${key}" is required`);
      else checkLocalized(rule[key], `${path}.${key}`);
    }
    if (rule.references === undefined || (Array.isArray(rule.references) && rule.references.length === 0)) {
      report('missing-references', `${path}.references`, 'every rule needs at least one reference URL for its red flag');
    } else if (checkStringList(rule.references, `${path}.references`, 'references')) {
      (rule.references as string[]).forEach((url, i) => {
        if (!/^https?:\/\/[^\s]+$/.test(url)) report('bad-url', `${path}.references[${i}]`, `"${url}" is not an http(s) URL`);
      });
    }
    if (rule.falsePositives !== undefined) checkStringList(rule.falsePositives, `${path}.falsePositives`, 'falsePositives');
    if (options.form === 'shipped' && rule.examples === undefined) {
      // Examples are stripped from the shipped form; they ran as tests before the pack was built.
    } else if (!isObj(rule.examples)) {
      report('missing-examples', `${path}.examples`, 'every rule needs examples {match: [...], ok: [...]}');
    } else {
      checkKeys(rule.examples, `${path}.examples`, ['match', 'ok']);
      for (const kind of ['match', 'ok'] as const) {
        const list = rule.examples[kind];
        if (list === undefined || (Array.isArray(list) && list.length === 0)) report('missing-examples', `${path}.examples.${kind}`, `at least one "${kind}" example is required`);
        else checkStringList(list, `${path}.examples.${kind}`, `${kind} examples`);
      }
    }

    const names: string[] = [];
    if (!isObj(rule.matchers) || Object.keys(rule.matchers).length === 0) {
      if (rule.matchers !== undefined && !isObj(rule.matchers)) report('wrong-type', `${path}.matchers`, 'matchers must be a map from name to matcher');
      else report('no-matchers', `${path}.matchers`, 'a rule needs at least one matcher');
    } else {
      for (const [name, matcher] of Object.entries(rule.matchers)) {
        names.push(name);
        validateMatcher(matcher, `${path}.matchers.${name}`);
      }
    }
    if (rule.condition !== undefined) {
      const used = new Set<string>();
      const positive = validateCondition(rule.condition, `${path}.condition`, names, used, 0);
      if (positive === false) report('condition-not-positive', `${path}.condition`, 'the condition could hold on a text with no hits; combine "not" with a positive sign inside "all"');
      for (const name of names) if (!used.has(name)) report('unused-matcher', `${path}.matchers.${name}`, `matcher "${name}" is never used by the condition`);
    }
  }

  function validateMatcher(matcher: unknown, path: string): void {
    if (!isObj(matcher)) return report('bad-matcher', path, 'a matcher must be an object with one of: phrases, pattern, money, places, terms');
    const kinds = ['phrases', 'pattern', 'money', 'places', 'terms'].filter((k) => matcher[k] !== undefined);
    if (kinds.length !== 1) return report('bad-matcher', path, `a matcher must have exactly one of phrases, pattern, money, places, terms (found ${kinds.length ? kinds.join(', ') : 'none'})`);
    const kind = kinds[0]!;
    if (kind === 'terms') {
      checkKeys(matcher, path, ['terms']);
      firstTermsFeature ??= `${path}.terms`;
      const t = matcher.terms;
      if (!isObj(t)) return report('bad-terms', `${path}.terms`, 'terms must be an object {bias, min, weights}');
      if (typeof t.min !== 'number' || !(t.min > 0 && t.min < 1)) report('bad-terms', `${path}.terms.min`, 'min is a probability: a number between 0 and 1, both excluded');
      if (t.from !== undefined) {
        checkKeys(t, `${path}.terms`, ['from', 'min']);
        firstTermsFrom ??= `${path}.terms.from`;
        if (typeof t.from !== 'string' || !ownTermsRules.has(t.from)) {
          report('bad-terms', `${path}.terms.from`, `from must name another rule of this pack with its own terms weights (${[...ownTermsRules].join(', ') || 'none'})`);
        }
        return;
      }
      checkKeys(t, `${path}.terms`, ['bias', 'min', 'weights']);
      if (typeof t.bias !== 'number' || !Number.isFinite(t.bias) || Math.abs(t.bias) > 100) report('bad-terms', `${path}.terms.bias`, 'bias must be a number within −100…100');
      if (!isObj(t.weights) || Object.keys(t.weights).length === 0) return report('bad-terms', `${path}.terms.weights`, 'weights must be a non-empty map from term to number');
      const entries = Object.entries(t.weights);
      if (entries.length > PACK_LIMITS.termsPerMatcher) report('too-large', `${path}.terms.weights`, `more than ${PACK_LIMITS.termsPerMatcher} terms`);
      for (const [term, weight] of entries) {
        const at = `${path}.terms.weights[${JSON.stringify(term)}]`;
        if (typeof weight !== 'number' || !Number.isFinite(weight) || Math.abs(weight) > 100) report('bad-terms', at, 'a term weight must be a number within −100…100');
        if (term.length > PACK_LIMITS.phraseLength) report('too-large', at, `term longer than ${PACK_LIMITS.phraseLength} characters`);
        else if (normalizePhrase(term).length === 0) report('bad-terms', at, 'the term is empty once normalised');
      }
    } else if (kind === 'phrases') {
      checkKeys(matcher, path, ['phrases']);
      if (!checkStringList(matcher.phrases, `${path}.phrases`, 'phrases')) return;
      const phrases = matcher.phrases as string[];
      if (phrases.length === 0) report('empty-phrase', `${path}.phrases`, 'the phrase list is empty');
      if (phrases.length > PACK_LIMITS.phrasesPerMatcher) report('too-large', `${path}.phrases`, `more than ${PACK_LIMITS.phrasesPerMatcher} phrases`);
      checkPhraseList(phrases, `${path}.phrases`);
    } else if (kind === 'pattern') {
      checkKeys(matcher, path, ['pattern', 'anchors', 'window']);
      if (typeof matcher.pattern !== 'string') report('wrong-type', `${path}.pattern`, 'pattern must be a string');
      else checkPattern(matcher.pattern, `${path}.pattern`);
      if (matcher.anchors === undefined || (Array.isArray(matcher.anchors) && matcher.anchors.length === 0)) {
        report('pattern-without-anchor', `${path}.anchors`, 'a pattern needs at least one literal anchor phrase');
      } else if (checkStringList(matcher.anchors, `${path}.anchors`, 'anchors')) {
        checkPhraseList(matcher.anchors as string[], `${path}.anchors`);
      }
      if (matcher.window !== undefined && (typeof matcher.window !== 'number' || !Number.isInteger(matcher.window) || matcher.window < 1 || matcher.window > PACK_LIMITS.window)) {
        report('wrong-type', `${path}.window`, `window must be a whole number from 1 to ${PACK_LIMITS.window}`);
      }
    } else if (kind === 'money') {
      checkKeys(matcher, path, ['money']);
      if (!hasMoney) report('money-without-tables', `${path}.money`, 'the pack has no money tables (pack.money) for this matcher');
      const m = matcher.money;
      if (!isObj(m)) return report('bad-money', `${path}.money`, 'money must be an object {minMonthlyUsd?, maxMonthlyUsd?, periods?}');
      checkKeys(m, `${path}.money`, ['minMonthlyUsd', 'maxMonthlyUsd', 'periods']);
      for (const k of ['minMonthlyUsd', 'maxMonthlyUsd']) {
        if (m[k] !== undefined && (typeof m[k] !== 'number' || (m[k] as number) < 0)) report('bad-money', `${path}.money.${k}`, `${k} must be a non-negative number`);
      }
      if (m.minMonthlyUsd === undefined && m.maxMonthlyUsd === undefined) report('bad-money', `${path}.money`, 'give minMonthlyUsd or maxMonthlyUsd');
      if (typeof m.minMonthlyUsd === 'number' && typeof m.maxMonthlyUsd === 'number' && m.minMonthlyUsd > m.maxMonthlyUsd) report('bad-money', `${path}.money`, 'minMonthlyUsd is above maxMonthlyUsd');
      if (m.periods !== undefined && checkStringList(m.periods, `${path}.money.periods`, 'periods')) {
        (m.periods as string[]).forEach((p, i) => {
          if (!(PERIODS as readonly string[]).includes(p)) report('bad-money', `${path}.money.periods[${i}]`, `period must be one of ${PERIODS.join(', ')}`);
        });
      }
    } else {
      checkKeys(matcher, path, ['places']);
      const p = matcher.places;
      if (!isObj(p)) return report('wrong-type', `${path}.places`, 'places must be an object {countries?, ids?}');
      checkKeys(p, `${path}.places`, ['countries', 'ids']);
      if (p.countries === undefined && p.ids === undefined) report('bad-matcher', `${path}.places`, 'give countries or ids');
      if (p.countries !== undefined && checkStringList(p.countries, `${path}.places.countries`, 'countries')) {
        (p.countries as string[]).forEach((c, i) => {
          if (!COUNTRY_RE.test(c)) report('bad-country', `${path}.places.countries[${i}]`, `"${c}" is not an ISO alpha-2 code`);
          else if (!countries.has(c)) report('unknown-place', `${path}.places.countries[${i}]`, `the gazetteer has no place in ${c}`);
        });
      }
      if (p.ids !== undefined && checkStringList(p.ids, `${path}.places.ids`, 'ids')) {
        (p.ids as string[]).forEach((id, i) => {
          if (!placeIds.has(id)) report('unknown-place', `${path}.places.ids[${i}]`, `the gazetteer has no place "${id}"`);
        });
      }
    }
  }

  /**
   * Checks each phrase of a list, and reports one that normalises to a phrase already in the list: it adds nothing
   * but a second automaton entry, and hides which spelling a maintainer meant to keep; with hundreds of phrases a
   * list, nobody sees it by reading. Repeats are checked on the maintainer's source only: a repeat is harmless to
   * scoring, so a shipped pack that users already hold (built before this check existed) must keep loading.
   */
  function checkPhraseList(phrases: string[], path: string): void {
    const first = new Map<string, number>();
    phrases.forEach((phrase, i) => {
      const key = checkPhrase(phrase, `${path}[${i}]`);
      if (key === null || options.form === 'shipped') return;
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, i);
      else report('duplicate-phrase', `${path}[${i}]`, `"${phrase}" is the same as ${JSON.stringify(phrases[earlier])} (${path}[${earlier}]) once normalised; keep one`);
    });
  }

  /** Reports what is wrong with one phrase; gives its normalised form with its word-part marks, or null if unusable. */
  function checkPhrase(phrase: string, path: string): string | null {
    if (phrase.length > PACK_LIMITS.phraseLength) {
      report('too-large', path, `a phrase is longer than ${PACK_LIMITS.phraseLength} characters`);
      return null;
    }
    const { text, open } = splitWordPart(phrase);
    const norm = normalizePhrase(text);
    if (norm === '') {
      report('empty-phrase', path, 'the phrase is empty once normalised');
      return null;
    }
    if (open !== 0) {
      firstWordPart ??= path;
      if ([...norm].length < 3) report('short-word-part', path, `the word part "${norm}" is shorter than 3 characters; it would match inside too many words`);
    }
    return `${open}|${norm}`;
  }

  function checkPattern(pattern: string, path: string): void {
    if (pattern.length > PACK_LIMITS.patternLength) return report('too-large', path, `a pattern is longer than ${PACK_LIMITS.patternLength} characters`);
    try {
      new RegExp(pattern, 'u');
    } catch (err) {
      return report('bad-regex', path, `not a valid regular expression: ${(err as Error).message}`);
    }
    const hazard = findRegexHazard(pattern);
    if (hazard !== null) return report('unsafe-regex', path, hazard);
    const reason = options.checkRegex?.(pattern) ?? null;
    if (reason !== null) report('unsafe-regex', path, reason);
  }

  /** Returns whether the condition needs at least one hit to hold (true), or could hold on an empty text (false). */
  function validateCondition(c: unknown, path: string, names: string[], used: Set<string>, depth: number): boolean | null {
    if (depth > 12) {
      report('bad-condition', path, 'conditions may nest at most 12 levels');
      return null;
    }
    if (typeof c === 'string') {
      if (!names.includes(c)) report('unknown-matcher', path, `"${c}" is not one of this rule's matchers (${names.join(', ') || 'none'})`);
      used.add(c);
      return true;
    }
    if (!isObj(c)) {
      report('bad-condition', path, 'a condition is a matcher name or an object with all, any, atLeast, not or near');
      return null;
    }
    const ops = ['all', 'any', 'atLeast', 'not', 'near'].filter((k) => c[k] !== undefined);
    if (ops.length !== 1) {
      report('bad-condition', path, `a condition needs exactly one operator of all, any, atLeast, not, near (found ${ops.join(', ') || 'none'})`);
      return null;
    }
    const op = ops[0]!;
    const list = (key: string): unknown[] | null => {
      const v = c[key];
      if (!Array.isArray(v) || v.length === 0) {
        report('bad-condition', `${path}.${key}`, `"${key}" needs a non-empty list`);
        return null;
      }
      return v;
    };
    if (op === 'all' || op === 'any') {
      checkKeys(c, path, [op]);
      const items = list(op);
      if (!items) return null;
      const results = items.map((item, i) => validateCondition(item, `${path}.${op}[${i}]`, names, used, depth + 1));
      return op === 'all' ? results.some((r) => r === true) : results.every((r) => r === true);
    }
    if (op === 'atLeast') {
      checkKeys(c, path, ['atLeast', 'of']);
      const items = list('of');
      const n = c.atLeast;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
        report('bad-condition', `${path}.atLeast`, 'atLeast must be a whole number of at least 1');
        return null;
      }
      if (!items) return null;
      if (n > items.length) report('bad-condition', `${path}.atLeast`, `atLeast ${n} of only ${items.length} conditions can never hold`);
      const results = items.map((item, i) => validateCondition(item, `${path}.of[${i}]`, names, used, depth + 1));
      return results.filter((r) => r !== true).length < n;
    }
    if (op === 'not') {
      checkKeys(c, path, ['not']);
      validateCondition(c.not, `${path}.not`, names, used, depth + 1);
      return false;
    }
    checkKeys(c, path, ['near', 'within']);
    const items = list('near');
    if (typeof c.within !== 'number' || !Number.isInteger(c.within) || c.within < 1 || c.within > 2000) {
      report('bad-condition', `${path}.within`, 'within must be a whole number of characters from 1 to 2000');
    }
    if (!items) return null;
    if (items.length < 2) report('bad-condition', `${path}.near`, 'near needs at least two matcher names');
    items.forEach((item, i) => {
      if (typeof item !== 'string') report('bad-condition', `${path}.near[${i}]`, 'near takes matcher names only');
      else {
        if (!names.includes(item)) report('unknown-matcher', `${path}.near[${i}]`, `"${item}" is not one of this rule's matchers`);
        used.add(item);
      }
    });
    return true;
  }
}

function validateMoneyTables(
  money: unknown,
  report: (code: IssueCode, path: string, message: string) => void,
  checkKeys: (obj: Obj, path: string, allowed: readonly string[]) => void,
  checkStringList: (value: unknown, path: string, what: string) => value is string[],
): void {
  const path = '$.money';
  if (!isObj(money)) return report('bad-money', path, 'money must be an object {currencies, periods, multipliers}');
  checkKeys(money, path, ['currencies', 'periods', 'multipliers']);
  const lists = ['currencies', 'periods', 'multipliers'] as const;
  for (const key of lists) {
    const list = money[key];
    if (!Array.isArray(list)) {
      report('bad-money', `${path}.${key}`, `${key} must be a list`);
      continue;
    }
    list.forEach((entry, i) => {
      const p = `${path}.${key}[${i}]`;
      if (!isObj(entry)) return report('bad-money', p, 'must be an object');
      if (key === 'currencies') {
        checkKeys(entry, p, ['code', 'usd', 'tokens']);
        if (typeof entry.code !== 'string' || entry.code === '') report('bad-money', `${p}.code`, 'code must be a currency code such as THB');
        if (typeof entry.usd !== 'number' || !(entry.usd > 0)) report('bad-money', `${p}.usd`, 'usd must be a positive rate');
        if (checkStringList(entry.tokens, `${p}.tokens`, 'tokens') && entry.tokens.length === 0) report('bad-money', `${p}.tokens`, 'a currency needs at least one token');
      } else if (key === 'periods') {
        checkKeys(entry, p, ['per', 'tokens']);
        if (!(PERIODS as readonly string[]).includes(entry.per as string)) report('bad-money', `${p}.per`, `per must be one of ${PERIODS.join(', ')}`);
        checkStringList(entry.tokens, `${p}.tokens`, 'tokens');
      } else {
        checkKeys(entry, p, ['token', 'factor']);
        if (typeof entry.token !== 'string' || entry.token === '') report('bad-money', `${p}.token`, 'token must be a non-empty string');
        if (typeof entry.factor !== 'number' || !(entry.factor > 0)) report('bad-money', `${p}.factor`, 'factor must be a positive number');
      }
    });
  }
}
