// The popup's "Check a message" form shows the level, score and each sign with its quoted evidence,
// built from text nodes only, so hostile page text can never become markup.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setupCheckForm } from '../../src/popup/check-form.js';
import { renderVerdict } from '../../src/popup/render-verdict.js';
import type { Verdict } from '../../src/engine/types.js';

const t = (key: string, sub?: string | string[]) => (sub === undefined ? `[${key}]` : `[${key}:${[sub].flat().join(',')}]`);

const HOSTILE = '<img src=x onerror="window.pwned=1">Telegram @hr';
const verdict: Verdict = {
  level: 'warning',
  score: 57.4,
  destinations: [],
  signals: [
    {
      rule: 'chat-app-contact', rev: 2, pack: 'core', category: 'chat-app-recruitment', weight: 20,
      title: 'Asks you to move to a chat app', explanation: 'e', advice: 'a',
      evidence: [{ start: 0, end: HOSTILE.length, text: HOSTILE }, { start: 50, end: 60, text: 'WhatsApp' }],
    },
    {
      rule: 'free-flight', rev: 1, pack: 'core', category: 'travel-paid-by-employer', weight: 15,
      title: 'Free flight and visa', explanation: 'e', advice: 'a', evidence: [{ start: 70, end: 81, text: 'free flight' }],
    },
  ],
};

function mountForm() {
  document.body.innerHTML = `
    <form id="f"><textarea id="t"></textarea><button type="submit">go</button></form>
    <section id="r"></section>`;
  return {
    form: document.querySelector<HTMLFormElement>('#f')!,
    textarea: document.querySelector<HTMLTextAreaElement>('#t')!,
    result: document.querySelector<HTMLElement>('#r')!,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  document.body.replaceChildren();
});

describe('check form', () => {
  it('shows level, rounded score and each sign with its evidence quoted', async () => {
    const elements = mountForm();
    const scoreText = vi.fn(async () => ({ verdict }));
    setupCheckForm(elements, { scoreText, t });
    elements.textarea.value = 'some offer';
    elements.form.requestSubmit();
    await settle();
    expect(scoreText).toHaveBeenCalledWith('some offer');
    const level = elements.result.querySelector('[data-testid="level"]')!;
    expect(level.textContent).toBe('[levelWarning]');
    expect(level.getAttribute('data-level')).toBe('warning');
    expect(elements.result.querySelector('[data-testid="score"]')!.textContent).toBe('[popupScore:57]');
    const items = [...elements.result.querySelectorAll('[data-testid="signals"] li')];
    expect(items.map((li) => li.querySelector('strong')!.textContent)).toEqual(['Asks you to move to a chat app', 'Free flight and visa']);
    expect(items.map((li) => [...li.querySelectorAll('q')].map((q) => q.textContent))).toEqual([[HOSTILE, 'WhatsApp'], ['free flight']]);
    expect(items[0]!.getAttribute('data-rule')).toBe('core/chat-app-contact@2');
  });

  it('never turns evidence into markup', () => {
    const fragment = renderVerdict(document, verdict, t);
    const host = document.createElement('div');
    host.append(fragment);
    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toContain(HOSTILE);
  });

  it('says so when no sign was found', () => {
    const host = document.createElement('div');
    host.append(renderVerdict(document, { level: 'none', score: 0, signals: [], destinations: [] }, t));
    expect(host.querySelector('[data-testid="signals"]')).toBeNull();
    expect(host.textContent).toContain('[popupNoSigns]');
  });

  it('asks for text instead of sending an empty box', async () => {
    const elements = mountForm();
    const scoreText = vi.fn();
    setupCheckForm(elements, { scoreText, t });
    elements.textarea.value = '   ';
    elements.form.requestSubmit();
    await settle();
    expect(scoreText).not.toHaveBeenCalled();
    expect(elements.result.textContent).toBe('[popupEmptyText]');
  });

  it('shows a refused check as an error with its reason', async () => {
    const elements = mountForm();
    setupCheckForm(elements, { scoreText: async () => { throw new Error('text is too long'); }, t });
    elements.textarea.value = 'x';
    elements.form.requestSubmit();
    await settle();
    expect(elements.result.querySelector('.error')!.textContent).toBe('[popupError:text is too long]');
    expect(elements.result.hasAttribute('aria-busy')).toBe(false);
  });
});
