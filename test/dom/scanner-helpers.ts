// Helpers for the scanner, session and runner tests in jsdom: an idle scheduler and timers run by hand, a
// clock the test moves, a recorder standing in for messages to the background, and WhatsApp-style chats put
// into the live document. Test-only; never shipped.
import type { Send } from '../../src/content/check-page.js';
import type { IdleDeadlineLike, IdleScheduler } from '../../src/content/idle-scheduler.js';
import type { BackgroundMessageType } from '../../src/shared/messages.js';
import { messageRowHtml, whatsappPage, type ChatLine } from '../fixtures/sites/generate-whatsapp-chat.js';

export interface ManualScheduler extends IdleScheduler {
  /** Runs the pending idle callbacks (and those they request) until none is left; returns how many ran. */
  flush(remainingMs?: number, max?: number): number;
  readonly queued: number;
}

export function manualScheduler(): ManualScheduler {
  let next = 1;
  const queue = new Map<number, (deadline: IdleDeadlineLike) => void>();
  return {
    request(cb) {
      const id = next++;
      queue.set(id, cb);
      return id;
    },
    cancel(id) {
      queue.delete(id);
    },
    flush(remainingMs = 50, max = 1000) {
      let ran = 0;
      while (queue.size > 0 && ran < max) {
        const [id, cb] = queue.entries().next().value as [number, (d: IdleDeadlineLike) => void];
        queue.delete(id);
        cb({ timeRemaining: () => remainingMs });
        ran++;
      }
      return ran;
    },
    get queued() {
      return queue.size;
    },
  };
}

export function manualTimers() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => now,
    setTimer: (fn: () => void, ms: number) => {
      const id = next++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimer: (id: number) => void timers.delete(id),
    /** Moves the clock on, running every timer that falls due, in order. */
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
      }
      now = end;
    },
    get pending() {
      return timers.size;
    },
  };
}

export interface Call {
  type: BackgroundMessageType;
  request: Record<string, unknown>;
}

/** A stand-in for messages to the background: records each call and answers with `answer`. */
export function recorder(answer: (call: Call) => unknown) {
  const calls: Call[] = [];
  const send = ((type: BackgroundMessageType, request: Record<string, unknown>) => {
    const call = { type, request };
    calls.push(call);
    return Promise.resolve(answer(call));
  }) as unknown as Send;
  return { calls, send };
}

/** Puts a WhatsApp chat page with these lines into the live jsdom document. */
export function loadChat(lines: readonly ChatLine[]): void {
  const parsed = new DOMParser().parseFromString(whatsappPage(lines), 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
}

/** Appends a message row the way the app does (index is the message's number in the chat). */
export function appendLine(index: number, line: ChatLine): Element {
  const template = document.createElement('template');
  template.innerHTML = messageRowHtml(index, line);
  const row = template.content.firstElementChild!;
  document.querySelector('#main [role="application"]')!.append(row);
  return row;
}

/** Lets pending promise callbacks run (MutationObserver records are delivered as microtasks too). */
export const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export const line = (direction: ChatLine['direction'], text: string, time = '10:00'): ChatLine => ({ direction, text, time });
