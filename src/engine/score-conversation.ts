// Scores a chat as one window of the recruiter's recent messages, so signs spread over several messages add
// up, and says which message carried each piece of evidence. The user's own outgoing messages never count.
// Pure: no DOM, no I/O. Never keeps or logs the messages.
import type { CompiledPack } from './compile-pack.js';
import { scoreText, type ScoreOptions } from './score-text.js';
import type { Verdict } from './types.js';

export interface ChatMessage {
  /** Stable id of the message within its chat (the adapter's key). */
  id: string;
  text: string;
  direction: 'incoming' | 'outgoing';
}

export interface ConversationWindow {
  /** Most incoming messages scored together. */
  maxMessages: number;
  /** Most characters scored together; the oldest messages drop out first. */
  maxChars: number;
}

export const DEFAULT_WINDOW: ConversationWindow = { maxMessages: 30, maxChars: 20_000 };

/** Between messages: a mark the normaliser keeps and no phrase contains, so phrases never run from one message into the next. */
const SEPARATOR = '\n¶\n';

/** The incoming messages that make up the window, oldest first. */
export function conversationWindow(messages: readonly ChatMessage[], window: ConversationWindow = DEFAULT_WINDOW): ChatMessage[] {
  const picked: ChatMessage[] = [];
  let chars = 0;
  for (let i = messages.length - 1; i >= 0 && picked.length < window.maxMessages; i--) {
    const m = messages[i]!;
    if (m.direction !== 'incoming' || m.text.trim() === '') continue;
    if (chars + m.text.length > window.maxChars && picked.length > 0) break;
    picked.push(m);
    chars += m.text.length + SEPARATOR.length;
  }
  return picked.reverse();
}

export interface ConversationVerdict extends Verdict {
  /** Ids of the messages that carried evidence, in chat order. */
  messages: string[];
}

export function scoreConversation(pack: CompiledPack, messages: readonly ChatMessage[], options: ScoreOptions & { window?: ConversationWindow } = {}): ConversationVerdict {
  const picked = conversationWindow(messages, options.window);
  const starts: number[] = [];
  let joined = '';
  for (const m of picked) {
    if (joined) joined += SEPARATOR;
    starts.push(joined.length);
    joined += m.text;
  }
  const verdict = scoreText(pack, joined, options);
  const carrying = new Set<number>();
  for (const signal of verdict.signals) {
    signal.evidence = signal.evidence.flatMap((e) => {
      // The message holding the start of the evidence; evidence never spans a separator (phrases cannot).
      let k = starts.length - 1;
      while (k > 0 && starts[k]! > e.start) k--;
      const m = picked[k];
      if (!m) return [];
      carrying.add(k);
      const offset = starts[k]!;
      const end = Math.min(e.end - offset, m.text.length);
      return [{ start: e.start - offset, end, text: m.text.slice(e.start - offset, end), message: m.id }];
    });
  }
  return { ...verdict, messages: [...carrying].sort((a, b) => a - b).map((k) => picked[k]!.id) };
}
