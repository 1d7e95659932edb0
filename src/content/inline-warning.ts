// The inline warning placed next to the chat message or job post that completed a scam pattern: a
// <lureguard-inline-warning> host with a shadow root (closed in the extension) holding an alert with the
// level as a word, a headline, the messages that carried the signs with their quoted evidence, the top
// signs, advice and one help line, and a dismiss button. Page and pack strings go in as text nodes only.
import type { Level, Signal } from '../engine/types.js';
import type { HotlineEntry } from '../shared/hotlines.js';
import type { Translate } from '../shared/localize-page.js';

export const INLINE_TAG = 'lureguard-inline-warning';
export const INLINE_ATTRIBUTE = 'data-lureguard-warning';
const TOP_SIGNS = 3;
const QUOTES_PER_MESSAGE = 3;

/** One message that carried signs: how to name it, and what in it was a sign. */
export interface CarryingMessage {
  /** Clock time ("14:05") when the app shows one. */
  time?: string;
  /** Position counted back from the newest message (1 = the newest), used when there is no time. */
  index: number;
  quotes: string[];
}

export interface InlineWarningInput {
  level: Level;
  origin: 'chat' | 'post';
  signals: readonly Signal[];
  /** For a chat: the messages that carried the signs, in chat order. */
  messages?: readonly CarryingMessage[];
  help: readonly HotlineEntry[];
}

export interface InlineWarningDeps {
  doc: Document;
  t: Translate;
  /** 'closed' in the extension; tests in jsdom pass 'open' to look inside. */
  mode?: ShadowRootMode;
  onDismiss?: () => void;
}

export interface InlineWarningHandle {
  host: HTMLElement;
  update(input: InlineWarningInput): void;
  remove(): void;
}

const CSS = `
:host{all:initial;display:block;margin:6px 8px}
*{box-sizing:border-box}
.w{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Thai","Noto Sans SC",Arial,sans-serif;color:#161616;
background:#fff;border:2px solid var(--a);border-inline-start-width:8px;border-radius:8px;padding:8px 12px;max-width:40em;overflow-wrap:anywhere;text-align:start}
.level-danger{--a:#a4001d}.level-warning{--a:#8a4b00}.level-caution{--a:#5c5200}.level-none{--a:#1f6a2b}
.head{display:flex;flex-wrap:wrap;gap:4px 10px;align-items:baseline;margin:0}
.lv{font-weight:700;text-transform:uppercase;color:var(--a)}
h2{font-size:1em;margin:0;flex:1 1 14em}
p,ul{margin:6px 0}
ul{padding-inline-start:1.2em}
q{background:#ffe14d;color:#000;padding:0 .2em;border-radius:3px;font-style:normal}
.when{font-weight:600}
button{font:inherit;font-weight:600;min-height:2.2em;padding:.2em .8em;border:2px solid #161616;border-radius:6px;background:#fff;color:#161616;cursor:pointer}
button:focus-visible{outline:3px solid #0b4fb3;outline-offset:2px}
@media (forced-colors:active){.w{border-color:CanvasText}q{background:Mark;color:MarkText}}
`;

const cap = (level: Level) => `${level.charAt(0).toUpperCase()}${level.slice(1)}`;

function el(doc: Document, tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  for (const child of children) element.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  return element;
}

function quoted(doc: Document, parent: HTMLElement, quotes: readonly string[]): void {
  quotes.forEach((text, i) => parent.append(i === 0 ? ' ' : ', ', el(doc, 'q', {}, text)));
}

function render(doc: Document, t: Translate, input: InlineWarningInput, onDismiss: () => void): HTMLElement {
  const { level, origin } = input;
  const section = el(doc, 'section', { class: `w level-${level}`, role: 'alert', 'aria-labelledby': 'lg-h', 'data-level': level });
  const lang = t('@@ui_locale').replace(/_/g, '-');
  if (lang) section.setAttribute('lang', lang);
  section.append(el(doc, 'div', { class: 'head' },
    el(doc, 'span', { class: 'lv', 'data-testid': 'level' }, t(`bannerLevel${cap(level)}`)),
    el(doc, 'h2', { id: 'lg-h' }, t(`inline${origin === 'chat' ? 'Chat' : 'Post'}Headline${cap(level)}`))));

  const messages = input.messages ?? [];
  if (messages.length > 0) {
    const list = el(doc, 'ul', { 'data-testid': 'messages' });
    for (const m of messages) {
      const name = m.time ? t('inlineMessageAt', m.time) : t('inlineMessageNumber', String(m.index));
      const item = el(doc, 'li', {}, el(doc, 'span', { class: 'when' }, name));
      quoted(doc, item, m.quotes.slice(0, QUOTES_PER_MESSAGE));
      list.append(item);
    }
    section.append(el(doc, 'p', {}, t('inlineMessagesHeading')), list);
  }
  const signs = [...input.signals].sort((a, b) => b.weight - a.weight).slice(0, TOP_SIGNS);
  if (signs.length > 0) {
    const list = el(doc, 'ul', { 'data-testid': 'signs' });
    for (const signal of signs) {
      const item = el(doc, 'li', { 'data-rule': `${signal.pack}/${signal.rule}` }, signal.title);
      if (messages.length === 0) quoted(doc, item, [...new Set(signal.evidence.map((e) => e.text))].slice(0, 2));
      list.append(item);
    }
    section.append(el(doc, 'p', {}, t('inlineSignsHeading')), list);
  }
  section.append(el(doc, 'p', {}, t('inlineAdvice')));
  const line = input.help[0];
  const contact = line?.contacts[0];
  if (line && contact) {
    section.append(el(doc, 'p', { 'data-testid': 'help' }, `${t('inlineHelp')} `, el(doc, 'strong', {}, line.organisation), ` (${line.countryName}) `, contact.value));
  }
  const dismiss = el(doc, 'button', { type: 'button', 'aria-label': t('inlineDismissLabel'), 'data-action': 'dismiss' }, t('inlineDismiss'));
  dismiss.addEventListener('click', onDismiss);
  section.append(dismiss);
  return section;
}

/** Builds the warning (not yet in the page: the adapter places it). */
export function createInlineWarning(input: InlineWarningInput, deps: InlineWarningDeps): InlineWarningHandle {
  const { doc, t } = deps;
  const host = doc.createElement(INLINE_TAG);
  host.setAttribute(INLINE_ATTRIBUTE, input.level);
  host.setAttribute('data-origin', input.origin);
  const root = host.attachShadow({ mode: deps.mode ?? 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    host.remove();
  };
  const dismiss = () => {
    remove();
    deps.onDismiss?.();
  };
  root.append(style, render(doc, t, input, dismiss));
  return {
    host,
    update(next) {
      host.setAttribute(INLINE_ATTRIBUTE, next.level);
      root.replaceChildren(style, render(doc, t, next, dismiss));
    },
    remove,
  };
}
