// The background message router: own-extension senders only, known types, well-formed fields, a size
// limit on text, coded errors, and no logging of message contents.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMessageRouter, routeMessage, type BackgroundHandlers, type MessageRouterDeps } from '../../src/background/message-router.js';
import { MAX_TEXT_LENGTH } from '../../src/shared/messages.js';
import type { Verdict } from '../../src/engine/types.js';

const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
const own = { id: OWN_ID };
const verdict: Verdict = { level: 'none', score: 0, signals: [], destinations: [] };

function deps(overrides: Partial<BackgroundHandlers> = {}): MessageRouterDeps & { scored: string[] } {
  const scored: string[] = [];
  return {
    scored,
    extensionId: OWN_ID,
    handlers: {
      'score-text': async ({ text }) => {
        scored.push(text);
        return { verdict };
      },
      'get-pack-info': async () => ({ id: 'core', version: '1.0.0', published: '2026-01-01', expires: '2026-07-01' }),
      ...overrides,
    },
  };
}

afterEach(() => vi.restoreAllMocks());

describe('message router', () => {
  it('answers score-text with the verdict from its handler', async () => {
    const d = deps();
    await expect(routeMessage(d, { type: 'score-text', text: 'hello' }, own)).resolves.toEqual({ ok: true, value: { verdict } });
    expect(d.scored).toEqual(['hello']);
  });

  it('answers get-pack-info', async () => {
    const reply = await routeMessage(deps(), { type: 'get-pack-info' }, own);
    expect(reply).toEqual({ ok: true, value: { id: 'core', version: '1.0.0', published: '2026-01-01', expires: '2026-07-01' } });
  });

  it('passes handlers only the known fields', async () => {
    const seen: unknown[] = [];
    const d = deps({ 'score-text': async (request) => (seen.push(request), { verdict }) });
    await routeMessage(d, { type: 'score-text', text: 'a', extra: 'dropped' }, own);
    expect(seen).toEqual([{ type: 'score-text', text: 'a' }]);
  });

  it('refuses messages from another extension or from no extension', async () => {
    for (const sender of [{ id: 'otherextensionidotherextensionid' }, {}]) {
      const d = deps();
      const reply = await routeMessage(d, { type: 'score-text', text: 'x' }, sender);
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
      expect(d.scored).toEqual([]);
    }
  });

  it('refuses unknown types, including inherited property names', async () => {
    for (const type of ['delete-everything', 'toString', '__proto__', 42, undefined]) {
      const reply = await routeMessage(deps(), { type }, own);
      expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
    }
  });

  it('refuses non-objects and a text that is not a string', async () => {
    for (const message of [null, 'score-text', ['score-text'], 7]) {
      expect(await routeMessage(deps(), message, own)).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    }
    for (const text of [undefined, 12, { toString: () => 'x' }, ['a']]) {
      expect(await routeMessage(deps(), { type: 'score-text', text }, own)).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    }
  });

  it(`accepts a text of exactly ${MAX_TEXT_LENGTH} characters and refuses a longer one with a clear error`, async () => {
    const d = deps();
    expect(await routeMessage(d, { type: 'score-text', text: 'a'.repeat(MAX_TEXT_LENGTH) }, own)).toMatchObject({ ok: true });
    const reply = await routeMessage(d, { type: 'score-text', text: 'a'.repeat(MAX_TEXT_LENGTH + 1) }, own);
    expect(reply).toEqual({
      ok: false,
      error: { code: 'text-too-long', message: `text is ${MAX_TEXT_LENGTH + 1} characters; at most ${MAX_TEXT_LENGTH} can be checked` },
    });
    expect(d.scored).toHaveLength(1);
  });

  it('turns a handler failure into a coded error and reports it without the message', async () => {
    const onHandlerError = vi.fn();
    const d = { ...deps({ 'score-text': async () => { throw new Error('pack broken'); } }), onHandlerError };
    const reply = await routeMessage(d, { type: 'score-text', text: 'secret page text' }, own);
    expect(reply).toEqual({ ok: false, error: { code: 'failed', message: 'score-text failed: pack broken' } });
    expect(onHandlerError).toHaveBeenCalledWith('score-text', expect.any(Error));
    expect(JSON.stringify(onHandlerError.mock.calls)).not.toContain('secret page text');
  });

  it('never writes to the console, whatever the message', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => {}));
    const d = deps();
    await routeMessage(d, { type: 'score-text', text: 'secret page text' }, own);
    await routeMessage(d, { type: 'score-text', text: 'x'.repeat(MAX_TEXT_LENGTH + 1) }, own);
    await routeMessage(d, { type: 'nope', text: 'secret page text' }, own);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('works as an onMessage listener: keeps the channel open and replies once', async () => {
    const listener = createMessageRouter(deps());
    const reply = await new Promise((resolve) => {
      expect(listener({ type: 'score-text', text: 'hi' }, own, resolve)).toBe(true);
    });
    expect(reply).toEqual({ ok: true, value: { verdict } });
  });
});
