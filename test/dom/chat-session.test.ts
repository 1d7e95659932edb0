// A chat session: the recent messages go to the background as one `report-chat` when new incoming messages
// arrive (never for the user's own messages or for history), one report at a time; the inline warning goes
// next to the message that completed the pattern and names the messages that carried the signs.
import { afterEach, describe, expect, it } from 'vitest';
import { createChatSession, MAX_REPORT_CHARS, REPORT_INCOMING } from '../../src/content/chat-session.js';
import { createInlineWarning, INLINE_ATTRIBUTE } from '../../src/content/inline-warning.js';
import type { ScannedItem } from '../../src/content/scanner.js';
import type { ChatItem, ChatReportReply } from '../../src/shared/messages.js';
import { MAX_CHAT_MESSAGES } from '../../src/shared/messages.js';
import { hotline, signal, t } from './content-helpers.js';
import { recorder, tick, type Call } from './scanner-helpers.js';

afterEach(() => document.body.replaceChildren());

function message(id: string, direction: 'incoming' | 'outgoing', text: string, opts: { time?: string; history?: boolean; changed?: boolean } = {}): ScannedItem {
  const el = document.createElement('div');
  el.setAttribute('role', 'row');
  el.textContent = text;
  if (opts.history) document.body.prepend(el);
  else document.body.append(el);
  return {
    el, id, history: opts.history ?? false, changed: opts.changed ?? false,
    item: { kind: 'message', key: id, text, direction, ...(opts.time ? { time: opts.time } : {}) },
  };
}

const quiet = (): ChatReportReply => ({ verdict: { level: 'none', score: 0, signals: [], destinations: [], messages: [] }, banner: { show: false, reason: 'below-level', minLevel: 'warning', help: [] } });

function warns(level: 'warning' | 'danger', evidence: [string, string][]): ChatReportReply {
  const s = signal('hub', 30, evidence.map(([, text]) => text), 'Destination known for scam compounds');
  s.evidence = s.evidence.map((e, i) => ({ ...e, message: evidence[i]![0] }));
  return {
    verdict: { level, score: 80, signals: [s], destinations: ['KH'], messages: [...new Set(evidence.map(([id]) => id))] },
    banner: { show: true, minLevel: 'warning', help: [hotline()] },
  };
}

function session(answer: (call: Call) => unknown) {
  const { calls, send } = recorder(answer);
  const s = createChatSession({
    site: 'whatsapp',
    chatId: 'c123',
    url: () => 'https://web.whatsapp.com/',
    send,
    createWarning: (input, onDismiss) => createInlineWarning(input, { doc: document, t, mode: 'open', onDismiss }),
    placeWarning: (el, warning) => el.after(warning),
  });
  return { calls, s, reported: () => calls.filter((c) => c.type === 'report-chat').map((c) => (c.request.messages as ChatItem[]).map((m) => m.id)) };
}

const warning = () => document.querySelector(`[${INLINE_ATTRIBUTE}]`) as HTMLElement | null;

describe('chat session', () => {
  it('sends the chat once after the first scan, oldest first, own messages marked outgoing', async () => {
    const { s, calls } = session(quiet);
    s.initial([message('a', 'incoming', 'Hello', { time: '09:00' }), message('b', 'outgoing', 'Hi')]);
    await s.settled();
    expect(calls).toEqual([{ type: 'report-chat', request: {
      url: 'https://web.whatsapp.com/', site: 'whatsapp', chatId: 'c123',
      messages: [{ id: 'a', text: 'Hello', direction: 'incoming', time: '09:00' }, { id: 'b', text: 'Hi', direction: 'outgoing' }],
    } }]);
  });

  it('sends nothing for a chat with only the user\'s own messages, or for new outgoing messages', async () => {
    const { s, calls } = session(quiet);
    s.initial([message('a', 'outgoing', 'Is the job in Sihanoukville?')]);
    s.add([message('b', 'outgoing', 'Do you pay the flight?')]);
    await s.settled();
    expect(calls).toEqual([]);
  });

  it('reports again when a new incoming message arrives, but not for history that scrolled in', async () => {
    const { s, reported } = session(quiet);
    s.initial([message('b', 'incoming', 'Two')]);
    await s.settled();
    s.add([message('a', 'incoming', 'One', { history: true })]);
    await s.settled();
    expect(reported()).toEqual([['b']]);
    s.add([message('c', 'incoming', 'Three')]);
    await s.settled();
    expect(reported()).toEqual([['b'], ['a', 'b', 'c']]);
  });

  it('keeps one report in flight and sends one more for everything that arrived meanwhile', async () => {
    let release: () => void = () => undefined;
    const { s, reported } = session(() => new Promise((resolve) => (release = () => resolve(quiet()))));
    s.initial([message('a', 'incoming', 'One')]);
    s.add([message('b', 'incoming', 'Two')]);
    s.add([message('c', 'incoming', 'Three')]);
    expect(reported()).toEqual([['a']]);
    release();
    await tick();
    release();
    await s.settled();
    expect(reported()).toEqual([['a'], ['a', 'b', 'c']]);
  });

  it('sends the newest messages: at most REPORT_INCOMING incoming ones, MAX_CHAT_MESSAGES in all and MAX_REPORT_CHARS characters', async () => {
    const { s, calls } = session(quiet);
    s.initial(Array.from({ length: MAX_CHAT_MESSAGES + 50 }, (_, i) => message(`m${i}`, i % 10 === 0 ? 'incoming' : 'outgoing', 'x'.repeat(200))));
    await s.settled();
    let sent = calls[0]!.request.messages as ChatItem[];
    expect(sent).toHaveLength(MAX_CHAT_MESSAGES);
    expect(sent.at(-1)!.id).toBe(`m${MAX_CHAT_MESSAGES + 49}`);
    const { s: s2, calls: calls2 } = session(quiet);
    s2.initial(Array.from({ length: 100 }, (_, i) => message(`n${i}`, 'incoming', 'x'.repeat(i < 50 ? 100 : 5000))));
    await s2.settled();
    sent = calls2[0]!.request.messages as ChatItem[];
    expect(sent.reduce((n, m) => n + m.text.length, 0)).toBeLessThanOrEqual(MAX_REPORT_CHARS);
    expect(sent.filter((m) => m.direction === 'incoming').length).toBeLessThanOrEqual(REPORT_INCOMING);
    expect(sent.at(-1)!.id).toBe('n99');
    const { s: s3, calls: calls3 } = session(quiet);
    s3.initial(Array.from({ length: 100 }, (_, i) => message(`k${i}`, 'incoming', 'short')));
    await s3.settled();
    expect((calls3[0]!.request.messages as ChatItem[]).map((m) => m.id)).toEqual(Array.from({ length: REPORT_INCOMING }, (_, i) => `k${100 - REPORT_INCOMING + i}`));
  });

  it('places the warning after the message that completed the pattern and names the messages with signs', async () => {
    const reply = warns('danger', [['a', 'Sihanoukville'], ['c', 'free flight']]);
    const { s } = session((call) => ((call.request.messages as ChatItem[]).some((m) => m.id === 'c') ? reply : quiet()));
    const items = [message('a', 'incoming', 'Office in Sihanoukville', { time: '09:00' }), message('b', 'outgoing', 'ok')];
    s.initial(items);
    await s.settled();
    expect(warning()).toBeNull();
    const decisive = message('c', 'incoming', 'We give a free flight');
    s.add([decisive]);
    await s.settled();
    expect(warning()).not.toBeNull();
    expect(decisive.el.nextElementSibling).toBe(warning());
    const shadow = warning()!.shadowRoot!;
    expect(shadow.querySelector('[role="alert"]')!.getAttribute('data-level')).toBe('danger');
    const named = [...shadow.querySelectorAll('[data-testid="messages"] li')].map((li) => li.textContent);
    // Named by the time the app shows, else by position from the newest; each with its quoted evidence (<q>).
    expect(named).toEqual(['Message at 09:00 Sihanoukville', 'Message 1 from the end free flight']);
    expect([...shadow.querySelectorAll('[data-testid="messages"] q')].map((q) => q.textContent)).toEqual(['Sihanoukville', 'free flight']);
  });

  it('moves the warning to the message that made it stronger, and updates it in place otherwise', async () => {
    let reply = warns('warning', [['a', 'Sihanoukville']]);
    const { s } = session(() => reply);
    const a = message('a', 'incoming', 'Sihanoukville');
    s.initial([a]);
    await s.settled();
    expect(a.el.nextElementSibling).toBe(warning());
    reply = warns('warning', [['a', 'Sihanoukville'], ['b', 'tourist visa']]);
    s.add([message('b', 'incoming', 'tourist visa')]);
    await s.settled();
    expect(a.el.nextElementSibling).toBe(warning());
    expect(warning()!.shadowRoot!.querySelectorAll('[data-testid="messages"] li')).toHaveLength(2);
    reply = warns('danger', [['a', 'Sihanoukville'], ['b', 'tourist visa'], ['c', 'Telegram']]);
    const c = message('c', 'incoming', 'Telegram');
    s.add([c]);
    await s.settled();
    expect(document.querySelectorAll(`[${INLINE_ATTRIBUTE}]`)).toHaveLength(1);
    expect(c.el.nextElementSibling).toBe(warning());
    expect(warning()!.getAttribute(INLINE_ATTRIBUTE)).toBe('danger');
  });

  it('after a dismiss, shows a warning again only when the chat gets worse', async () => {
    let reply = warns('warning', [['a', 'Sihanoukville']]);
    const { s } = session(() => reply);
    s.initial([message('a', 'incoming', 'Sihanoukville')]);
    await s.settled();
    (warning()!.shadowRoot!.querySelector('[data-action="dismiss"]') as HTMLButtonElement).click();
    expect(warning()).toBeNull();
    s.add([message('b', 'incoming', 'more')]);
    await s.settled();
    expect(warning()).toBeNull();
    reply = warns('danger', [['a', 'Sihanoukville'], ['c', 'Telegram']]);
    s.add([message('c', 'incoming', 'Telegram')]);
    await s.settled();
    expect(warning()!.getAttribute(INLINE_ATTRIBUTE)).toBe('danger');
  });

  it('shows nothing when the background says not to (site allowed, below the level)', async () => {
    const reply = warns('danger', [['a', 'Sihanoukville']]);
    reply.banner = { show: false, reason: 'site-allowed', minLevel: 'warning', help: [] };
    const { s } = session(() => reply);
    s.initial([message('a', 'incoming', 'Sihanoukville')]);
    await s.settled();
    expect(warning()).toBeNull();
  });

  it('stops: removes its warning and ignores late answers', async () => {
    let release: () => void = () => undefined;
    const { s } = session(() => new Promise((resolve) => (release = () => resolve(warns('danger', [['a', 'x']])))));
    s.initial([message('a', 'incoming', 'x')]);
    s.stop();
    release();
    await s.settled();
    expect(warning()).toBeNull();
  });
});
