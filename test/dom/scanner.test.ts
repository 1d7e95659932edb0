// The scanner on a WhatsApp-style chat in jsdom: the observer only queues and the reading happens in idle
// batches within a time budget; the first scan reads only the newest items; new messages, history that
// scrolls in, edits, re-created elements and the app's own re-renders are told apart; Lureguard's own
// elements are ignored; stop() ends all work.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createScanner, type ScannedItem, type ScannerOptions } from '../../src/content/scanner.js';
import { whatsapp } from '../../src/content/sites/whatsapp.js';
import { messageId } from '../fixtures/sites/generate-whatsapp-chat.js';
import { appendLine, line, loadChat, manualScheduler, tick } from './scanner-helpers.js';

const root = () => document.querySelector('#main [role="application"]')!;

function scan(overrides: Partial<ScannerOptions> = {}) {
  const schedule = manualScheduler();
  const initial: ScannedItem[][] = [];
  const later: ScannedItem[][] = [];
  const readItem = vi.fn(whatsapp.readItem);
  const scanner = createScanner({
    root: root(),
    adapter: { itemSelector: whatsapp.itemSelector, readItem },
    initialLimit: 200,
    schedule,
    now: () => 0,
    createObserver: (cb) => new MutationObserver(cb),
    onInitial: (items) => initial.push(items),
    onItems: (items) => later.push(items),
    ...overrides,
  });
  return { scanner, schedule, initial, later, readItem };
}

afterEach(() => document.body.replaceChildren());

describe('scanner', () => {
  it('reads the chat in an idle batch, not when it is created, and reports the first scan once', () => {
    loadChat([line('incoming', 'Hello'), line('outgoing', 'Hi'), line('incoming', 'How are you?')]);
    const { schedule, initial, readItem } = scan();
    expect(readItem).not.toHaveBeenCalled();
    schedule.flush();
    expect(initial).toHaveLength(1);
    expect(initial[0]!.map((s) => [s.item.kind === 'message' && s.item.direction, s.item.text])).toEqual([
      ['incoming', 'Hello'], ['outgoing', 'Hi'], ['incoming', 'How are you?'],
    ]);
  });

  it('only queues in the mutation observer: a new message is read in the next idle batch', async () => {
    loadChat([line('incoming', 'Hello')]);
    const { schedule, later, readItem } = scan();
    schedule.flush();
    readItem.mockClear();
    appendLine(2, line('incoming', 'We have a job for you'));
    await tick();
    expect(readItem).not.toHaveBeenCalled();
    expect(schedule.queued).toBe(1);
    schedule.flush();
    expect(later).toHaveLength(1);
    expect(later[0]!.map((s) => [s.item.text, s.history, s.changed])).toEqual([['We have a job for you', false, false]]);
  });

  it('flags history that scrolls in above the newest message, and never reports it as new', async () => {
    loadChat([line('incoming', 'Third'), line('incoming', 'Fourth')]);
    const { schedule, later } = scan();
    schedule.flush();
    const template = document.createElement('template');
    template.innerHTML = `<div role="row"><div data-id="${messageId(900, 'incoming')}"><span class="selectable-text">Older one</span></div></div>`;
    root().insertBefore(template.content, root().children[1]!);
    await tick();
    schedule.flush();
    expect(later.flat().map((s) => [s.item.text, s.history])).toEqual([['Older one', true]]);
  });

  it('de-duplicates by element: a change that leaves the text alone (a read tick) is not an item', async () => {
    loadChat([line('outgoing', 'Sent message')]);
    const { schedule, later } = scan();
    schedule.flush();
    document.querySelector('[data-id] ._ak8i')!.append(document.createElement('span'));
    await tick();
    schedule.flush();
    expect(later).toEqual([]);
  });

  it('de-duplicates by text hash: a re-created element for the same message is not new', async () => {
    loadChat([line('incoming', 'One'), line('incoming', 'Two')]);
    const { schedule, later } = scan();
    schedule.flush();
    const row = root().lastElementChild!;
    const copy = row.cloneNode(true) as Element;
    row.remove();
    root().append(copy);
    await tick();
    schedule.flush();
    expect(later).toEqual([]);
  });

  it('reports an edited message as changed', async () => {
    loadChat([line('incoming', 'Salary is good')]);
    const { schedule, later } = scan();
    schedule.flush();
    document.querySelector('.selectable-text span')!.textContent = 'Salary is 2000 USD';
    await tick();
    schedule.flush();
    expect(later.flat().map((s) => [s.item.text, s.changed, s.history])).toEqual([['Salary is 2000 USD', true, false]]);
  });

  it('reads only the newest items in the first scan; older ones are known as history when they change', async () => {
    loadChat(Array.from({ length: 10 }, (_, i) => line('incoming', `message ${i + 1}`)));
    const { schedule, initial, later, readItem } = scan({ initialLimit: 3 });
    schedule.flush();
    expect(readItem).toHaveBeenCalledTimes(3);
    expect(initial[0]!.map((s) => s.item.text)).toEqual(['message 8', 'message 9', 'message 10']);
    document.querySelectorAll('.selectable-text span')[0]!.textContent = 'message 1 (edited)';
    await tick();
    schedule.flush();
    expect(later.flat().map((s) => [s.item.text, s.history])).toEqual([['message 1 (edited)', true]]);
  });

  it('keeps each batch within its time budget and finishes in later batches', () => {
    loadChat(Array.from({ length: 50 }, (_, i) => line('incoming', `m${i}`)));
    let clock = 0;
    const { schedule, initial, readItem } = scan({
      budgetMs: 5,
      now: () => clock,
      adapter: { itemSelector: whatsapp.itemSelector, readItem: (el) => ((clock += 1), whatsapp.readItem(el)) },
    });
    const batches = schedule.flush();
    expect(readItem).not.toHaveBeenCalled(); // the wrapped reader above is the one used
    expect(batches).toBeGreaterThanOrEqual(10);
    expect(initial[0]).toHaveLength(50);
  });

  it("ignores Lureguard's own warning elements", async () => {
    loadChat([line('incoming', 'Hello')]);
    const { schedule, later } = scan();
    schedule.flush();
    const warning = document.createElement('lureguard-inline-warning');
    warning.innerHTML = '<div data-id="false_x_y"><span class="selectable-text">not a message</span></div>';
    root().append(warning);
    await tick();
    schedule.flush();
    expect(later).toEqual([]);
  });

  it('stops all work: no observer, no idle callback', async () => {
    loadChat([line('incoming', 'Hello')]);
    const { scanner, schedule, later } = scan();
    schedule.flush();
    scanner.stop();
    appendLine(2, line('incoming', 'after stop'));
    await tick();
    expect(schedule.queued).toBe(0);
    expect(schedule.flush()).toBe(0);
    expect(later).toEqual([]);
  });
});
