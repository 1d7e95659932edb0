import { describe, expect, it } from 'vitest';
import { createPackService } from '../../src/background/pack-service.js';
import { createUpdateController, UPDATE_ALARM } from '../../src/background/update-controller.js';
import { UPDATE_OPTIONS_KEY } from '../../src/shared/update-options.js';
import { minimalPack } from '../fixtures/minimal-pack.js';

function memory(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  return { data, get: async (keys: string[]) => Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, structuredClone(data[k])])), set: async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items)) };
}

function setup(storage = memory(), policy: unknown = undefined) {
  const bundled = { ...minimalPack(), expires: '2026-06-01', rules: minimalPack().rules.map(({ examples: _e, ...r }) => r) };
  const packs = createPackService({ loadBundled: async () => bundled, storage, trustedKeys: async () => [] });
  const alarms: { name: string; delayInMinutes: number }[] = [];
  const fetched: string[] = [];
  const controller = createUpdateController({
    storage,
    readManagedPolicy: async () => policy,
    bundledKeys: async () => [],
    packs,
    fetch: (async (url: string) => (fetched.push(String(url)), new Response('down', { status: 503 }))) as unknown as typeof fetch,
    alarms: { get: async (name) => alarms.find((a) => a.name === name), create: (name, info) => void alarms.push({ name, ...info }) },
    random: () => 0.5,
    now: () => 42,
    today: () => '2026-11-29',
  });
  return { controller, alarms, fetched, storage };
}

describe('update controller', () => {
  it('schedules the first check soon after install, and the next 12 hours after each check', async () => {
    const { controller, alarms } = setup();
    await controller.ensureScheduled();
    await controller.ensureScheduled();
    expect(alarms).toEqual([{ name: UPDATE_ALARM, delayInMinutes: 20 }]);
    await controller.onAlarm(UPDATE_ALARM);
    expect(alarms.at(-1)).toEqual({ name: UPDATE_ALARM, delayInMinutes: 720 });
    await controller.onAlarm('something-else');
    expect(alarms).toHaveLength(2);
  });

  it('checks policy, default and option sources, and reports each one in plain words', async () => {
    const storage = memory({ [UPDATE_OPTIONS_KEY]: { sources: ['https://ngo.example.org/packs/index.json', 'http://not-secure.example/i.json'], useDefaultSource: true } });
    const { controller, fetched } = setup(storage, { updateSources: ['https://policy.example.org/index.json'], trustedKeys: ['junk'] });
    const status = await controller.checkNow();
    expect(fetched).toEqual(['https://policy.example.org/index.json', 'https://lureguard.org/packs/v1/index.json', 'https://ngo.example.org/packs/index.json']);
    expect(status.sources.map((s) => [s.origin, s.lastError])).toEqual([
      ['policy', 'The update server answered with an error (HTTP 503) for the pack index.'],
      ['default', 'The update server answered with an error (HTTP 503) for the pack index.'],
      ['options', 'The update server answered with an error (HTTP 503) for the pack index.'],
    ]);
    expect(status.sources[0]!.lastCheck).toBe(42);
    expect(status.problems.join(' ')).toMatch(/policy trusted key was ignored/);
    expect(status.packs).toEqual([expect.objectContaining({ id: 'test', version: '1.0.0', from: 'bundled', outdated: true, expires: '2026-06-01' })]);
  });

  it("checks only the user's sources when the default source is turned off", async () => {
    const storage = memory({ [UPDATE_OPTIONS_KEY]: { sources: ['http://127.0.0.1:9/index.json'], useDefaultSource: false } });
    const { controller, fetched } = setup(storage);
    await controller.checkNow();
    expect(fetched).toEqual(['http://127.0.0.1:9/index.json']);
  });
});
