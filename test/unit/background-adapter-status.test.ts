// A chat adapter's last status is kept per site in storage.session (site, status, short detail, time only).
import { describe, expect, it } from 'vitest';
import { ADAPTER_STATUS_PREFIX, createAdapterStatusStore } from '../../src/background/adapter-status.js';

describe('adapter status store', () => {
  it('keeps the latest status of each site', async () => {
    const data: Record<string, unknown> = {};
    const store = createAdapterStatusStore({
      get: async () => data, set: async (items) => void Object.assign(data, items), remove: async () => {},
    }, () => 42);
    await store.record('zalo', 'degraded', 'no chat root');
    await store.record('zalo', 'ok');
    await store.record('line', 'degraded');
    expect(data).toEqual({
      [`${ADAPTER_STATUS_PREFIX}zalo`]: { status: 'ok', at: 42 },
      [`${ADAPTER_STATUS_PREFIX}line`]: { status: 'degraded', at: 42 },
    });
  });
});
