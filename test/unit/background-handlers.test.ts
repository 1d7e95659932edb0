// The background's message handlers score with the current pack in the UI language and report pack details.
import { describe, expect, it, vi } from 'vitest';
import { createBackgroundHandlers } from '../../src/background/background-handlers.js';
import type { Verdict } from '../../src/engine/types.js';

const INFO = { id: 'core', version: '1.0.0', published: '2026-01-01', expires: '2026-07-01' };
const verdict: Verdict = { level: 'caution', score: 25, signals: [], destinations: [] };

describe('background handlers', () => {
  const compiled = { marker: 'compiled' };
  const score = vi.fn(() => verdict);
  const handlers = createBackgroundHandlers({
    getPack: async () => ({ compiled, info: INFO }),
    score,
    locale: () => 'id',
  });

  it('score-text scores the text with the compiled pack in the UI language', async () => {
    await expect(handlers['score-text']({ type: 'score-text', text: 'lowongan' })).resolves.toEqual({ verdict });
    expect(score).toHaveBeenCalledWith(compiled, 'lowongan', { locale: 'id' });
  });

  it('get-pack-info returns the bundled pack header', async () => {
    await expect(handlers['get-pack-info']({ type: 'get-pack-info' })).resolves.toEqual(INFO);
  });
});
