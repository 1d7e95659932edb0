// The inline warning: a closed shadow root by default, an alert with the level as a word and a headline for
// chats and posts, the messages that carried signs, page and pack strings as text only (never markup), a
// dismiss button, and no axe-core violations at each level.
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createInlineWarning, INLINE_ATTRIBUTE, type InlineWarningInput } from '../../src/content/inline-warning.js';
import { hotline, signal, t } from './content-helpers.js';

afterEach(() => document.body.replaceChildren());

const SIGNS = [signal('hub', 30, ['Sihanoukville']), signal('travel', 20, ['free flight']), signal('chat', 10, ['Telegram']), signal('extra', 5, ['x'])];
const chat = (level: InlineWarningInput['level']): InlineWarningInput => ({
  level, origin: 'chat', signals: SIGNS, help: [hotline()],
  messages: [{ time: '09:12', index: 3, quotes: ['Sihanoukville'] }, { index: 1, quotes: ['free flight', 'Telegram'] }],
});

function place(input: InlineWarningInput, mode: ShadowRootMode = 'open') {
  document.body.innerHTML = '<main><h1>Chat</h1><div class="msg">message</div></main>';
  const onDismiss = vi.fn();
  const handle = createInlineWarning(input, { doc: document, t, mode, onDismiss });
  document.querySelector('.msg')!.after(handle.host);
  return { handle, onDismiss, shadow: handle.host.shadowRoot };
}

describe('inline warning', () => {
  it('uses a closed shadow root unless told otherwise', () => {
    expect(place(chat('danger'), 'closed').shadow).toBeNull();
  });

  it('shows the level as a word, a chat headline, the messages with their quotes and the three strongest signs', () => {
    const { shadow, handle } = place(chat('danger'));
    expect(handle.host.getAttribute(INLINE_ATTRIBUTE)).toBe('danger');
    const alert = shadow!.querySelector('[role="alert"]')!;
    expect(alert.getAttribute('aria-labelledby')).toBe('lg-h');
    expect(shadow!.querySelector('[data-testid="level"]')!.textContent).toBe('Danger');
    expect(shadow!.querySelector('h2')!.textContent).toBe('This chat matches how scam compounds recruit');
    expect([...shadow!.querySelectorAll('[data-testid="messages"] li')].map((li) => li.textContent)).toEqual([
      'Message at 09:12 Sihanoukville', 'Message 1 from the end free flight, Telegram',
    ]);
    expect([...shadow!.querySelectorAll('[data-testid="signs"] li')].map((li) => li.getAttribute('data-rule'))).toEqual(['core/hub', 'core/travel', 'core/chat']);
    expect(shadow!.querySelector('[data-testid="help"]')!.textContent).toContain('Example Anti-Trafficking Helpline');
  });

  it('quotes the evidence under each sign for a post (no message list)', () => {
    const { shadow } = place({ level: 'warning', origin: 'post', signals: SIGNS.slice(0, 1), help: [] });
    expect(shadow!.querySelector('h2')!.textContent).toBe('This job post looks like a job scam');
    expect(shadow!.querySelector('[data-testid="messages"]')).toBeNull();
    expect(shadow!.querySelector('[data-testid="signs"] q')!.textContent).toBe('Sihanoukville');
    expect(shadow!.querySelector('[data-testid="help"]')).toBeNull();
  });

  it('puts page and pack strings in as text, never as markup', () => {
    const evil = '<img src=x onerror="alert(1)">';
    const { shadow } = place({ ...chat('danger'), signals: [signal('x', 10, [evil], evil)], messages: [{ index: 1, quotes: [evil] }] });
    expect(shadow!.querySelector('img')).toBeNull();
    expect(shadow!.textContent).toContain(evil);
  });

  it('dismisses with its button and tells the caller', () => {
    const { shadow, handle, onDismiss } = place(chat('warning'));
    (shadow!.querySelector('[data-action="dismiss"]') as HTMLButtonElement).click();
    expect(handle.host.isConnected).toBe(false);
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('updates in place', () => {
    const { shadow, handle } = place(chat('warning'));
    handle.update(chat('danger'));
    expect(handle.host.getAttribute(INLINE_ATTRIBUTE)).toBe('danger');
    expect(shadow!.querySelectorAll('[role="alert"]')).toHaveLength(1);
    expect(shadow!.querySelector('h2')!.textContent).toBe('This chat matches how scam compounds recruit');
  });

  it.each(['danger', 'warning', 'caution'] as const)('has no axe-core violations at %s', async (level) => {
    document.documentElement.lang = 'en';
    document.title = 'Chat';
    place(chat(level));
    const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
