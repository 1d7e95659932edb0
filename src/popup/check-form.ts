// The popup's "Check a message" form: sends the pasted text for scoring and shows the level, the score
// and each warning sign with its quoted evidence. Builds the result with DOM text nodes only (never
// innerHTML), takes the sender and translations as parameters, and never logs or stores the text.
import type { Level, Verdict } from '../engine/types.js';
import type { Translate } from '../shared/localize-page.js';

export interface CheckFormElements {
  form: HTMLFormElement;
  textarea: HTMLTextAreaElement;
  result: HTMLElement;
}

export interface CheckFormDeps {
  scoreText: (text: string) => Promise<{ verdict: Verdict }>;
  t: Translate;
}

const LEVEL_KEYS: Record<Level, string> = {
  none: 'levelNone',
  caution: 'levelCaution',
  warning: 'levelWarning',
  danger: 'levelDanger',
};

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, className?: string) {
  const el = doc.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

export function renderVerdict(doc: Document, verdict: Verdict, t: Translate): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  const level = element(doc, 'p', t(LEVEL_KEYS[verdict.level]), `level level-${verdict.level}`);
  level.dataset.testid = 'level';
  level.dataset.level = verdict.level;
  const score = element(doc, 'p', t('popupScore', String(Math.round(verdict.score))));
  score.dataset.testid = 'score';
  fragment.append(level, score);
  if (verdict.signals.length === 0) {
    fragment.append(element(doc, 'p', t('popupNoSigns')));
    return fragment;
  }
  fragment.append(element(doc, 'h2', t('popupSignsHeading')));
  const list = element(doc, 'ul', undefined, 'signals');
  list.dataset.testid = 'signals';
  for (const signal of verdict.signals) {
    const item = element(doc, 'li');
    item.dataset.rule = `${signal.pack}/${signal.rule}@${signal.rev}`;
    item.append(element(doc, 'strong', signal.title));
    for (const evidence of signal.evidence) item.append(element(doc, 'q', evidence.text, 'evidence'));
    list.append(item);
  }
  fragment.append(list);
  return fragment;
}

export function setupCheckForm({ form, textarea, result }: CheckFormElements, deps: CheckFormDeps): void {
  const doc = form.ownerDocument;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = textarea.value;
    if (text.trim() === '') {
      result.replaceChildren(element(doc, 'p', deps.t('popupEmptyText'), 'error'));
      return;
    }
    result.setAttribute('aria-busy', 'true');
    deps
      .scoreText(text)
      .then(({ verdict }) => result.replaceChildren(renderVerdict(doc, verdict, deps.t)))
      .catch((error: unknown) => {
        const detail = error instanceof Error ? error.message : String(error);
        result.replaceChildren(element(doc, 'p', deps.t('popupError', detail), 'error'));
      })
      .finally(() => result.removeAttribute('aria-busy'));
  });
}
