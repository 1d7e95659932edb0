// The site runner with the WhatsApp adapter in jsdom: it waits while no chat is open, reads the chat when it
// appears and reports new incoming messages, starts a new window when the chat changes, records the adapter
// as degraded and falls back to the generic extractor when the root is not recognised, and stops all work
// (observer, idle callbacks, timers) on stop() or when the route leaves the adapter's pages.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSiteRunner } from '../../src/content/site-runner.js';
import { whatsapp } from '../../src/content/sites/whatsapp.js';
import type { ChatItem, ChatReportReply } from '../../src/shared/messages.js';
import { t } from './content-helpers.js';
import { appendLine, line, loadChat, manualScheduler, manualTimers, recorder, tick } from './scanner-helpers.js';

afterEach(() => document.body.replaceChildren());

const quiet: ChatReportReply = { verdict: { level: 'none', score: 0, signals: [], destinations: [], messages: [] }, banner: { show: false, reason: 'below-level', minLevel: 'warning', help: [] } };

function runner(href = 'https://web.whatsapp.com/') {
  let current = href;
  const schedule = manualScheduler();
  const timers = manualTimers();
  const { calls, send } = recorder((call) => (call.type === 'report-chat' ? quiet : {}));
  const fallback = vi.fn(async () => undefined);
  const r = createSiteRunner({
    adapters: [whatsapp],
    doc: document,
    href: () => current,
    send,
    t,
    schedule,
    setTimer: timers.setTimer,
    clearTimer: timers.clearTimer,
    now: timers.now,
    createObserver: (cb) => new MutationObserver(cb),
    fallback,
    shadowMode: 'open',
    graceMs: 10_000,
    checkEveryMs: 1_000,
  });
  const chats = () => calls.filter((c) => c.type === 'report-chat').map((c) => (c.request.messages as ChatItem[]).map((m) => m.text));
  const statuses = () => calls.filter((c) => c.type === 'report-adapter-status').map((c) => c.request);
  return { r, schedule, timers, calls, chats, statuses, fallback, go: (next: string) => (current = next) };
}

async function settle(x: ReturnType<typeof runner>) {
  await tick();
  x.schedule.flush();
  await x.r.settled();
}

describe('site runner', () => {
  it('waits while no chat is open, without calling the site degraded, and reads the chat once it opens', async () => {
    document.body.innerHTML = '<div id="app"><div id="side"><div id="pane-side"></div></div></div>';
    const x = runner();
    x.r.start();
    x.timers.advance(30_000);
    expect(x.r.state().phase).toBe('waiting');
    expect(x.statuses()).toEqual([]);
    loadChat([line('incoming', 'Hello there')]);
    x.timers.advance(1_000);
    await settle(x);
    expect(x.r.state()).toMatchObject({ phase: 'reading', site: 'whatsapp' });
    expect(x.statuses()).toEqual([{ site: 'whatsapp', status: 'ok' }]);
    expect(x.chats()).toEqual([['Hello there']]);
    x.r.stop();
  });

  it('reports each new incoming message with the recent chat, and never one of the user\'s own', async () => {
    loadChat([line('incoming', 'One')]);
    const x = runner();
    x.r.start();
    await settle(x);
    appendLine(2, line('outgoing', 'Mine'));
    await settle(x);
    appendLine(3, line('incoming', 'Three'));
    await settle(x);
    expect(x.chats()).toEqual([['One'], ['One', 'Mine', 'Three']]);
    expect(x.calls.every((c) => c.type !== 'report-chat' || (c.request.chatId as string).startsWith('c'))).toBe(true);
    x.r.stop();
  });

  it('starts a new window when another chat opens in the same place', async () => {
    loadChat([line('incoming', 'Chat one')]);
    const x = runner();
    x.r.start();
    await settle(x);
    const first = x.r.state().chatId;
    for (const el of document.querySelectorAll('[data-id]')) el.setAttribute('data-id', el.getAttribute('data-id')!.replace('10000000001', '10000000002'));
    document.querySelector('.selectable-text span')!.textContent = 'Chat two';
    x.timers.advance(1_000);
    await settle(x);
    expect(x.r.state().chatId).not.toBe(first);
    const chatIds = x.calls.filter((c) => c.type === 'report-chat').map((c) => c.request.chatId);
    expect(new Set(chatIds).size).toBe(2);
    expect(x.chats().at(-1)).toEqual(['Chat two']);
    x.r.stop();
  });

  it('records the adapter as degraded once and falls back to the generic extractor when the root is not recognised', async () => {
    document.body.innerHTML = '<div id="app"><div class="renamed-main"><div data-id="false_1@c.us_X"><span class="selectable-text">hi</span></div></div></div>';
    const x = runner();
    x.r.start();
    x.timers.advance(9_000);
    expect(x.statuses()).toEqual([]);
    x.timers.advance(20_000);
    expect(x.r.state().phase).toBe('degraded');
    expect(x.statuses()).toEqual([{ site: 'whatsapp', status: 'degraded', detail: 'root-not-found' }]);
    expect(x.fallback).toHaveBeenCalledOnce();
    expect(x.fallback).toHaveBeenCalledWith('chat');
    // The app shows its root later: the adapter is fine again.
    loadChat([line('incoming', 'back')]);
    x.timers.advance(2_000);
    await settle(x);
    expect(x.r.state().phase).toBe('reading');
    expect(x.statuses().at(-1)).toEqual({ site: 'whatsapp', status: 'ok' });
    x.r.stop();
  });

  it('stops all work when the route leaves the adapter\'s pages', async () => {
    loadChat([line('incoming', 'One')]);
    const x = runner();
    x.r.start();
    await settle(x);
    x.go('https://web.whatsapp.com.example.org/');
    x.timers.advance(1_000);
    expect(x.r.state().phase).toBe('idle');
    appendLine(2, line('incoming', 'unseen'));
    await settle(x);
    expect(x.chats()).toEqual([['One']]);
    x.r.stop();
  });

  it('stop() leaves no observer, idle callback or timer behind', async () => {
    loadChat([line('incoming', 'One')]);
    const x = runner();
    x.r.start();
    await settle(x);
    x.r.stop();
    appendLine(2, line('incoming', 'after'));
    await tick();
    expect(x.schedule.queued).toBe(0);
    expect(x.timers.pending).toBe(0);
    expect(x.r.state().phase).toBe('stopped');
    expect(x.chats()).toEqual([['One']]);
  });

  it('reads the new root when the app replaces the conversation panel', async () => {
    loadChat([line('incoming', 'Old panel')]);
    const x = runner();
    x.r.start();
    await settle(x);
    loadChat([line('incoming', 'New panel')]);
    x.timers.advance(1_000);
    await settle(x);
    expect(x.chats().at(-1)).toEqual(['New panel']);
    x.r.stop();
  });
});
