// The UI-side sender unwraps replies and turns refusals into coded MessageErrors.
import { describe, expect, it } from 'vitest';
import { MessageError, sendToBackground } from '../../src/shared/send-to-background.js';

describe('sendToBackground', () => {
  it('sends the type with the request fields and returns the value', async () => {
    const sent: unknown[] = [];
    const info = { id: 'core', version: '1.0.0', published: '2026-01-01', expires: '2026-07-01' };
    const value = await sendToBackground('get-pack-info', {}, async (m) => (sent.push(m), { ok: true, value: info }));
    expect(value).toEqual(info);
    expect(sent).toEqual([{ type: 'get-pack-info' }]);
  });

  it('throws a MessageError carrying the code of a refused message', async () => {
    const refusal = { ok: false, error: { code: 'text-too-long', message: 'text is too long' } };
    const error = await sendToBackground('score-text', { text: 'x' }, async () => refusal).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MessageError);
    expect(error).toMatchObject({ code: 'text-too-long', message: 'text is too long' });
  });

  it('throws no-reply when nothing answers', async () => {
    await expect(sendToBackground('score-text', { text: 'x' }, async () => undefined)).rejects.toMatchObject({ code: 'no-reply' });
  });
});
