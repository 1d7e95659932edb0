// Renders a verdict for the popup: the level as word, icon and colour, the score, and each warning sign in
// plain words with its quoted evidence, why it matters, and the pack and rule id@rev in small print (the
// strongest few open, the rest folded).
// Builds DOM with text nodes only (never innerHTML): evidence and pack text can never become markup.
import type { Level, Signal, Verdict } from '../engine/types.js';
import type { Translate } from '../shared/localize-page.js';
import { levelIcon } from './level-icon.js';

export const LEVEL_KEYS: Record<Level, string> = {
  none: 'levelNone',
  caution: 'levelCaution',
  warning: 'levelWarning',
  danger: 'levelDanger',
};

export function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

export interface RenderVerdictOptions {
  /** Heading level for "Warning signs" (h2 in the popup's report, h3 inside another section). */
  headingTag?: 'h2' | 'h3';
  /** What to say when nothing was found (defaults to popupNoSigns). */
  noSignsKey?: string;
  /** Signs shown open; the rest are folded under "N more signs" so advice and help stay close. Default 3. */
  openSigns?: number;
}

export function renderLevel(doc: Document, level: Level, t: Translate): HTMLElement {
  const el = element(doc, 'p', undefined, `level level-${level}`);
  el.dataset.testid = 'level';
  el.dataset.level = level;
  el.append(levelIcon(doc, level), element(doc, 'span', t(LEVEL_KEYS[level])));
  return el;
}

export function renderVerdict(doc: Document, verdict: Verdict, t: Translate, options: RenderVerdictOptions = {}): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  const score = element(doc, 'p', t('popupScore', String(Math.round(verdict.score))), 'score');
  score.dataset.testid = 'score';
  fragment.append(renderLevel(doc, verdict.level, t), score);
  if (verdict.signals.length === 0) {
    fragment.append(element(doc, 'p', t(options.noSignsKey ?? 'popupNoSigns')));
    return fragment;
  }
  fragment.append(element(doc, options.headingTag ?? 'h2', t('popupSignsHeading')));
  const open = Math.max(1, options.openSigns ?? 3);
  const list = element(doc, 'ul', undefined, 'signals');
  list.dataset.testid = 'signals';
  for (const signal of verdict.signals.slice(0, open)) list.append(renderSign(doc, signal, t));
  fragment.append(list);
  const rest = verdict.signals.slice(open);
  if (rest.length > 0) {
    const more = element(doc, 'details', undefined, 'more-signs');
    const moreList = element(doc, 'ul', undefined, 'signals');
    moreList.dataset.testid = 'more-signals';
    for (const signal of rest) moreList.append(renderSign(doc, signal, t));
    more.append(element(doc, 'summary', t('popupMoreSigns', String(rest.length))), moreList);
    fragment.append(more);
  }
  return fragment;
}

/** One sign: its title, each distinct quoted evidence, why it matters, its advice and the rule in small print. */
export function renderSign(doc: Document, signal: Signal, t: Translate): HTMLLIElement {
  const item = element(doc, 'li');
  item.dataset.rule = `${signal.pack}/${signal.rule}@${signal.rev}`;
  item.append(element(doc, 'strong', signal.title, 'sign-title'));
  for (const text of new Set(signal.evidence.map((e) => e.text))) item.append(element(doc, 'q', text, 'evidence'));
  if (signal.explanation) item.append(element(doc, 'p', t('popupWhyItMatters', signal.explanation), 'why'));
  if (signal.advice) item.append(element(doc, 'p', signal.advice, 'sign-advice'));
  const small = element(doc, 'small', t('popupRuleSource', [`${signal.rule}@${signal.rev}`, signal.pack]), 'rule-source');
  small.dataset.testid = 'rule-source';
  item.append(small);
  return item;
}
