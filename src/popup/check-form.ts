// The popup's "Check a message" form: sends the pasted text for scoring and shows the level, the score
// and each warning sign with its quoted evidence and why it matters. Builds the result with DOM text nodes only (never
// innerHTML), takes the sender and translations as parameters, and never logs or stores the text.
import type { Verdict } from '../engine/types.js';
import type { Translate } from '../shared/localize-page.js';
import { element, renderVerdict } from './render-verdict.js';

export interface CheckFormElements {
  form: HTMLFormElement;
  textarea: HTMLTextAreaElement;
  result: HTMLElement;
}

export interface CheckFormDeps {
  scoreText: (text: string) => Promise<{ verdict: Verdict }>;
  t: Translate;
  /** Told about each verdict shown (the popup then lists hotlines for the destinations the text names). */
  onVerdict?: (verdict: Verdict) => void;
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
      .then(({ verdict }) => {
        result.replaceChildren(renderVerdict(doc, verdict, deps.t, { headingTag: 'h3' }));
        deps.onVerdict?.(verdict);
      })
      .catch((error: unknown) => {
        const detail = error instanceof Error ? error.message : String(error);
        result.replaceChildren(element(doc, 'p', deps.t('popupError', detail), 'error'));
      })
      .finally(() => result.removeAttribute('aria-busy'));
  });
}
