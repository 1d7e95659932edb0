import { describe, expect, it, vi } from 'vitest';
import { fetchPackagedJson } from '../../src/background/packaged-json.js';

describe('packaged JSON', () => {
  it('reads packaged JSON and fails clearly on a missing file', async () => {
    const ok = vi.fn(async () => new Response('{"id":"core"}'));
    await expect(fetchPackagedJson('chrome-extension://x/packs/core.json', ok as unknown as typeof fetch)).resolves.toEqual({ id: 'core' });
    const missing = vi.fn(async () => new Response('', { status: 404 }));
    await expect(fetchPackagedJson('chrome-extension://x/packs/core.json', missing as unknown as typeof fetch)).rejects.toThrow(/HTTP 404/);
  });
});
