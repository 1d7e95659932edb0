// One open chat: keeps the messages read so far in chat order, sends the recent ones to the background as
// `report-chat` when new incoming messages arrive (one report in flight at a time, later ones coalesced),
// and places the inline warning next to the message that completed the pattern, naming the messages that
// carried the signs. History that scrolls in is kept in order but never triggers a report. Outgoing
// messages are sent as such and never counted by the background. Never logs or stores message text.
import type { Level } from '../engine/types.js';
import type { ChatItem, ChatReportReply } from '../shared/messages.js';
import { MAX_CHAT_MESSAGES } from '../shared/messages.js';
import type { Send } from './check-page.js';
import type { CarryingMessage, InlineWarningHandle, InlineWarningInput } from './inline-warning.js';
import type { ScannedItem } from './scanner.js';
import type { MessageItem } from './sites/site-adapter.js';

/** Most characters one report carries; the oldest messages are left out first. */
export const MAX_REPORT_CHARS = 60_000;
/**
 * The recruiter's newest messages one report carries (with the user's own between them): more than the
 * background's window of recent incoming messages, fewer than MAX_CHAT_MESSAGES, so a report stays cheap to send.
 */
export const REPORT_INCOMING = 40;
/** Messages kept in memory per chat (the newest); older ones are only remembered as seen by the scanner. */
const KEEP = MAX_CHAT_MESSAGES * 2;

interface Entry {
  id: string;
  el: Element;
  item: MessageItem;
}

export interface ChatSessionDeps {
  site: string;
  /** Opaque id of the chat (hashed). */
  chatId: string;
  url: () => string;
  send: Send;
  /** Builds a warning (not yet placed). */
  createWarning: (input: InlineWarningInput, onDismiss: () => void) => InlineWarningHandle;
  placeWarning: (itemEl: Element, warning: Element) => void;
}

export interface ChatSession {
  initial(items: readonly ScannedItem[]): void;
  add(items: readonly ScannedItem[]): void;
  /** Resolves when no report is in flight or queued (for tests). */
  settled(): Promise<void>;
  stop(): void;
}

const ORDER: readonly Level[] = ['none', 'caution', 'warning', 'danger'];
const rank = (level: Level) => ORDER.indexOf(level);

/** "14:05" from an ISO date-time or clock time, in the user's time zone. */
function clock(time: string | undefined): string | undefined {
  if (!time) return undefined;
  if (/^\d{2}:\d{2}$/.test(time)) return time;
  const date = new Date(time);
  if (Number.isNaN(date.getTime())) return undefined;
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

export function createChatSession(deps: ChatSessionDeps): ChatSession {
  let entries: Entry[] = [];
  const byId = new Map<string, Entry>();
  let inFlight: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let warning: { handle: InlineWarningHandle; level: Level; anchor: string } | null = null;
  let dismissedAt: Level | null = null;

  const toEntry = (s: ScannedItem): Entry | null => (s.item.kind === 'message' ? { id: s.id, el: s.el, item: s.item } : null);

  function remember(entry: Entry): void {
    byId.set(entry.id, entry);
  }

  function trim(): void {
    if (entries.length <= KEEP) return;
    for (const gone of entries.slice(0, entries.length - KEEP)) byId.delete(gone.id);
    entries = entries.slice(entries.length - KEEP);
  }

  /** The newest messages, up to REPORT_INCOMING incoming ones, MAX_CHAT_MESSAGES and MAX_REPORT_CHARS, oldest first. */
  function recent(): ChatItem[] {
    const out: ChatItem[] = [];
    let chars = 0;
    let incoming = 0;
    for (let i = entries.length - 1; i >= 0 && out.length < MAX_CHAT_MESSAGES && incoming < REPORT_INCOMING; i--) {
      const { id, item } = entries[i]!;
      if (chars + item.text.length > MAX_REPORT_CHARS && out.length > 0) break;
      chars += item.text.length;
      if (item.direction === 'incoming') incoming++;
      const message: ChatItem = { id, text: item.text, direction: item.direction };
      if (item.time) message.time = item.time;
      out.push(message);
    }
    return out.reverse();
  }

  function report(): void {
    if (stopped) return;
    if (inFlight) {
      again = true;
      return;
    }
    const messages = recent();
    if (!messages.some((m) => m.direction === 'incoming')) return;
    let request: Promise<ChatReportReply>;
    try {
      request = deps.send('report-chat', { url: deps.url(), site: deps.site, chatId: deps.chatId, messages });
    } catch {
      return; // the extension was reloaded: nothing to report to
    }
    inFlight = request.then(onReply, () => undefined).finally(() => {
      inFlight = null;
      if (again && !stopped) {
        again = false;
        report();
      }
    });
  }

  function carrying(reply: ChatReportReply): CarryingMessage[] {
    const quotes = new Map<string, string[]>();
    for (const signal of reply.verdict.signals) {
      for (const e of signal.evidence) {
        if (!e.message) continue;
        const list = quotes.get(e.message) ?? [];
        if (!list.some((q) => q.toLowerCase() === e.text.toLowerCase())) list.push(e.text);
        quotes.set(e.message, list);
      }
    }
    const out: CarryingMessage[] = [];
    for (const id of reply.verdict.messages) {
      const index = entries.findIndex((e) => e.id === id);
      if (index === -1) continue;
      const time = clock(entries[index]!.item.time);
      out.push({ ...(time ? { time } : {}), index: entries.length - index, quotes: quotes.get(id) ?? [] });
    }
    return out;
  }

  function onReply(reply: ChatReportReply): void {
    if (stopped || !reply?.banner?.show) return;
    const level = reply.verdict.level;
    if (dismissedAt !== null && rank(level) <= rank(dismissedAt)) return;
    // The message that completed the pattern: the newest one that carried a sign.
    const anchorId = [...reply.verdict.messages].reverse().find((id) => byId.get(id)?.el.isConnected);
    if (anchorId === undefined) return;
    const input: InlineWarningInput = { level, origin: 'chat', signals: reply.verdict.signals, messages: carrying(reply), help: reply.banner.help };
    if (warning && warning.handle.host.isConnected && rank(level) <= rank(warning.level)) {
      warning.handle.update({ ...input, level: warning.level });
      return;
    }
    // First warning, or a stronger one: it goes next to the message that made it stronger.
    warning?.handle.remove();
    const handle = deps.createWarning(input, () => {
      dismissedAt = level;
      warning = null;
    });
    deps.placeWarning(byId.get(anchorId)!.el, handle.host);
    warning = { handle, level, anchor: anchorId };
  }

  return {
    initial(items) {
      for (const s of items) {
        const entry = toEntry(s);
        if (entry && !byId.has(entry.id)) {
          entries.push(entry);
          remember(entry);
        }
      }
      trim();
      report();
    },
    add(items) {
      const older: Entry[] = [];
      let incoming = false;
      for (const s of items) {
        const entry = toEntry(s);
        if (!entry) continue;
        const known = byId.get(entry.id);
        if (known) {
          // Re-created element or edited text: keep the place, take the new element and text.
          known.el = entry.el;
          if (s.changed && known.item.text !== entry.item.text) {
            known.item = entry.item;
            if (!s.history && entry.item.direction === 'incoming') incoming = true;
          }
          continue;
        }
        remember(entry);
        if (s.history) {
          older.push(entry);
        } else {
          entries.push(entry);
          if (entry.item.direction === 'incoming') incoming = true;
        }
      }
      if (older.length > 0) entries = [...older, ...entries];
      trim();
      if (incoming) report();
    },
    settled: async () => {
      while (inFlight) await inFlight;
    },
    stop() {
      stopped = true;
      warning?.handle.remove();
      warning = null;
    },
  };
}
