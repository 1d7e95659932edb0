import { describe, expect, it } from 'vitest';
import { compilePack, conversationWindow, scoreConversation, type ChatMessage } from '../../src/engine/index.js';
import { minimalPack } from '../fixtures/minimal-pack.js';

const pack = compilePack(minimalPack());
const inc = (id: string, text: string): ChatMessage => ({ id, text, direction: 'incoming' });
const out = (id: string, text: string): ChatMessage => ({ id, text, direction: 'outgoing' });

describe('scoreConversation', () => {
  it('adds up signs spread over several messages and names the messages that carried them', () => {
    const chat = [inc('m1', 'Hello! Are you looking for work?'), inc('m2', 'The office is in Sihanoukville.'), out('m3', 'ok'), inc('m4', 'We give a free flight.'), inc('m5', 'Add me on Telegram please')];
    const v = scoreConversation(pack, chat);
    expect(v.level).toBe('danger');
    expect(v.messages).toEqual(['m2', 'm4', 'm5']);
    const hub = v.signals.find((s) => s.rule === 'hub')!;
    expect(hub.evidence).toEqual([{ message: 'm2', start: 17, end: 30, text: 'Sihanoukville' }]);
    const flight = v.signals.find((s) => s.rule === 'free-flight')!;
    expect(flight.evidence[0]).toMatchObject({ message: 'm4', text: 'free flight' });
  });

  it("never counts the user's own outgoing messages as the recruiter's signs", () => {
    const chat = [out('u1', 'Is the job in Sihanoukville? Do I get a free flight? I use Telegram.'), inc('r1', 'Yes, sure.')];
    const v = scoreConversation(pack, chat);
    expect(v.level).toBe('none');
    expect(v.messages).toEqual([]);
  });

  it('keeps a window of recent incoming messages', () => {
    const chat = [inc('old', 'Sihanoukville'), ...Array.from({ length: 5 }, (_, i) => inc(`n${i}`, `message ${i}`))];
    expect(conversationWindow(chat, { maxMessages: 5, maxChars: 1000 }).map((m) => m.id)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
    expect(scoreConversation(pack, chat, { window: { maxMessages: 5, maxChars: 1000 } }).level).toBe('none');
    expect(scoreConversation(pack, chat, { window: { maxMessages: 6, maxChars: 1000 } }).level).toBe('caution');
  });

  it('does not join a phrase across two messages', () => {
    const v = scoreConversation(pack, [inc('a', 'free'), inc('b', 'flight')]);
    expect(v.signals).toEqual([]);
  });
});
