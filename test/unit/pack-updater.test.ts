// The updater against a real HTTP server on 127.0.0.1 (node:http), with real Ed25519 keys.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkForUpdates, DEFAULT_LIMITS, INSTALLED_PACKS_KEY, SOURCE_STATUS_KEY, type UpdateSource, type UpdaterDeps } from '../../src/background/pack-updater.js';
import { compareVersions, loadPacks, type InstalledPacks } from '../../src/background/pack-library.js';
import { compilePack, ENGINE_VERSION, scoreText, validatePack, type PackSource } from '../../src/engine/index.js';
import { canonicalJson } from '../../src/shared/canonical-json.js';
import { generateKeyPair, sha256Hex, signBytes, type PrivateKeyFile, type PublicKeyFile } from '../../src/shared/pack-signature.js';
import { loadAndValidate } from '../../src/cli/load-pack.js';
import { shippedForm } from '../../src/cli/pack-command.js';
import { corePackDir } from '../../src/cli/paths.js';
import { minimalPack, rule } from '../fixtures/minimal-pack.js';

type Route = (req: IncomingMessage, res: ServerResponse) => void;
const routes = new Map<string, Route>();
const requests: { url: string; ifNoneMatch?: string }[] = [];
let server: Server;
let origin = '';
let key: { privateFile: PrivateKeyFile; publicFile: PublicKeyFile };
let otherKey: { privateFile: PrivateKeyFile; publicFile: PublicKeyFile };

const validate = (p: unknown) => validatePack(p, { form: 'shipped' }).map((i) => `${i.code} at ${i.path}: ${i.message}`);

function shipped(version: string, edit: (p: PackSource) => void = () => {}): string {
  const p = minimalPack();
  p.version = version;
  edit(p);
  return canonicalJson({ ...p, rules: p.rules.map(({ examples: _e, ...r }) => r) });
}

/** Publishes a pack under /<dir>/: the pack, its signature and an index entry; returns the index URL. */
async function publish(dir: string, packs: { text: string; signer?: PrivateKeyFile; serveText?: string; indexSha?: 'served' }[], etag?: string): Promise<string> {
  const entries = [];
  for (const { text, signer = key.privateFile, serveText, indexSha } of packs) {
    const parsed = JSON.parse(text) as PackSource;
    const name = `${parsed.id}-${parsed.version}.json`;
    const bytes = new TextEncoder().encode(text);
    const sig = await signBytes(bytes, signer);
    const served = serveText ?? text;
    routes.set(`/${dir}/${name}`, (_q, res) => res.end(served));
    routes.set(`/${dir}/${name}.sig`, (_q, res) => res.end(JSON.stringify(sig)));
    entries.push({ id: parsed.id, version: parsed.version, minEngine: parsed.minEngine, sha256: indexSha === 'served' ? await sha256Hex(served) : await sha256Hex(bytes), url: name, signature: `${name}.sig`, expires: parsed.expires, published: parsed.published, size: bytes.length });
  }
  const index = JSON.stringify({ kind: 'lureguard-pack-index', format: 1, generated: '2026-11-29T00:00:00Z', packs: entries });
  routes.set(`/${dir}/index.json`, (req, res) => {
    if (etag && req.headers['if-none-match'] === etag) {
      res.statusCode = 304;
      return res.end();
    }
    if (etag) res.setHeader('ETag', etag);
    res.end(index);
  });
  return `${origin}/${dir}/index.json`;
}

function memoryStorage(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    get: async (keys: string[]) => Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, structuredClone(data[k])])),
    set: async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items)),
  };
}

function deps(sources: UpdateSource[], storage = memoryStorage(), over: Partial<Omit<UpdaterDeps, 'storage'>> = {}): UpdaterDeps & { storage: ReturnType<typeof memoryStorage> } {
  return { sources, fetch, trustedKeys: [key.publicFile], storage, installedVersions: { test: '1.0.0' }, engineVersion: ENGINE_VERSION, validate, now: () => 1_000, limits: { timeoutMs: 800 }, ...over };
}
const source = (url: string, id = 'main'): UpdateSource => ({ id, url, origin: 'default' });

beforeAll(async () => {
  key = await generateKeyPair();
  otherKey = await generateKeyPair();
  server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', ifNoneMatch: req.headers['if-none-match'] as string | undefined });
    const route = routes.get((req.url ?? '').split('?')[0]!);
    if (route) route(req, res);
    else {
      res.statusCode = 404;
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  requests.length = 0;
});

describe('pack updater (real HTTP on 127.0.0.1)', () => {
  it('applies a valid signed update and records the source status', async () => {
    const url = await publish('valid', [{ text: shipped('1.1.0') }]);
    const d = deps([source(url)]);
    const report = await checkForUpdates(d);
    expect(report.installed).toEqual([{ id: 'test', version: '1.1.0', source: 'main' }]);
    const installed = d.storage.data[INSTALLED_PACKS_KEY] as InstalledPacks;
    expect(installed.test!.current.version).toBe('1.1.0');
    expect(report.statuses[0]).toMatchObject({ lastCheck: 1000, lastSuccess: 1000, lastResult: 'test 1.1.0 accepted' });
    expect(report.statuses[0]!.lastError).toBeUndefined();
    expect(requests.map((r) => r.url)).toEqual(['/valid/index.json', '/valid/test-1.1.0.json', '/valid/test-1.1.0.json.sig']);
  });

  it('rejects a pack with one tampered byte (checksum), and one whose index was tampered too (signature)', async () => {
    const good = shipped('1.2.0');
    const tampered = good.replace('"weight":25', '"weight":95');
    for (const [dir, indexSha, reason] of [['tamper-a', undefined, /does not match the checksum/], ['tamper-b', 'served', /signature is not valid/]] as const) {
      const url = await publish(dir, [{ text: good, serveText: tampered, indexSha }]);
      const d = deps([source(url)]);
      const report = await checkForUpdates(d);
      expect(report.installed).toEqual([]);
      expect(d.storage.data[INSTALLED_PACKS_KEY]).toBeUndefined();
      expect(report.statuses[0]!.lastError).toMatch(reason);
    }
  });

  it('rejects a pack signed by a key the extension does not trust', async () => {
    const url = await publish('wrong-key', [{ text: shipped('1.3.0'), signer: otherKey.privateFile }]);
    const report = await checkForUpdates(deps([source(url)]));
    expect(report.installed).toEqual([]);
    expect(report.statuses[0]!.lastError).toMatch(/signed by a key this extension does not trust/);
  });

  it('accepts a key added by managed policy', async () => {
    const url = await publish('policy-key', [{ text: shipped('1.3.1'), signer: otherKey.privateFile }]);
    const report = await checkForUpdates(deps([source(url)], memoryStorage(), { trustedKeys: [key.publicFile, otherKey.publicFile] }));
    expect(report.installed.map((i) => i.version)).toEqual(['1.3.1']);
  });

  it('refuses a downgrade', async () => {
    const url = await publish('downgrade', [{ text: shipped('0.9.0') }]);
    const report = await checkForUpdates(deps([source(url)]));
    expect(report.installed).toEqual([]);
    expect(report.statuses[0]!.lastResult).toMatch(/test 0\.9\.0 is older than the installed 1\.0\.0; downgrades are refused/);
    expect(requests.map((r) => r.url)).toEqual(['/downgrade/index.json']);
  });

  it('skips a pack that needs a newer engine', async () => {
    const url = await publish('engine', [{ text: shipped('2.0.0', (p) => (p.minEngine = ENGINE_VERSION + 1)) }]);
    const report = await checkForUpdates(deps([source(url)]));
    expect(report.installed).toEqual([]);
    expect(report.statuses[0]!.lastResult).toMatch(/needs a newer Lureguard/);
  });

  it('rejects a signed pack that fails validation', async () => {
    const url = await publish('invalid', [{ text: shipped('1.4.0', (p) => ((p.rules[0] as any).category = 'made-up')) }]);
    const report = await checkForUpdates(deps([source(url)]));
    expect(report.installed).toEqual([]);
    expect(report.statuses[0]!.lastError).toMatch(/failed validation .*unknown-category at \$\.rules\[0\]\.category/);
  });

  describe('network failures keep the last good pack and say what happened', () => {
    const lastGood = async () => {
      const url = await publish('last-good', [{ text: shipped('1.1.0') }]);
      const storage = memoryStorage();
      await checkForUpdates(deps([source(url)], storage));
      return storage;
    };
    const cases: [string, Route, RegExp][] = [
      ['HTTP 500', (_q, res) => ((res.statusCode = 500), res.end('oops')), /answered with an error \(HTTP 500\)/],
      ['a timeout', () => {}, /did not answer within 1 seconds/],
      ['a truncated body', (_q, res) => (res.setHeader('Content-Length', '5000'), res.write('{"kind":"lureguard-pack-index","packs":['), setTimeout(() => res.destroy(), 20)), /cut off|not valid JSON/],
      [
        'a 50 MB body',
        (_q, res) => {
          res.setHeader('Content-Type', 'application/json');
          const chunk = Buffer.alloc(1024 * 1024, 0x20);
          let sent = 0;
          const push = () => {
            while (sent < 50 && res.write(chunk)) sent++;
            if (sent < 50 && !res.destroyed) res.once('drain', () => (sent++, push()));
            else res.end();
          };
          push();
        },
        /larger than the 256 KB allowed/,
      ],
    ];
    it.each(cases)('%s', async (name, route, message) => {
      const storage = await lastGood();
      const slug = name.replace(/\W+/g, '-');
      routes.set(`/fail/${slug}`, route);
      const t0 = Date.now();
      const report = await checkForUpdates(deps([source(`${origin}/fail/${slug}`)], storage, { installedVersions: { test: '1.1.0' } }));
      expect(Date.now() - t0).toBeLessThan(5000);
      expect(report.statuses[0]!.lastError).toMatch(message);
      expect((storage.data[INSTALLED_PACKS_KEY] as InstalledPacks).test!.current.version).toBe('1.1.0');
      const loaded = await loadPacks({ bundled: minimalPack(), installed: storage.data[INSTALLED_PACKS_KEY], trustedKeys: [key.publicFile], validate });
      expect(loaded.sources[0]!.version).toBe('1.1.0');
    });
  });

  it('applies an expired pack (the UI calls it outdated)', async () => {
    const url = await publish('expired', [{ text: shipped('1.5.0', (p) => ((p.published = '2024-01-01'), (p.expires = '2024-06-01'))) }]);
    const d = deps([source(url)]);
    expect((await checkForUpdates(d)).installed.map((i) => i.version)).toEqual(['1.5.0']);
    const loaded = await loadPacks({ bundled: minimalPack(), installed: d.storage.data[INSTALLED_PACKS_KEY], trustedKeys: [key.publicFile], validate });
    expect(loaded.sources[0]).toMatchObject({ version: '1.5.0', expires: '2024-06-01' });
  });

  it('takes the newest valid pack when two sources disagree', async () => {
    const a = await publish('disagree-a', [{ text: shipped('1.6.0') }]);
    const b = await publish('disagree-b', [{ text: shipped('1.7.0') }]);
    const bad = await publish('disagree-c', [{ text: shipped('1.8.0'), signer: otherKey.privateFile }]);
    const d = deps([source(a, 'a'), source(bad, 'c'), source(b, 'b')]);
    const report = await checkForUpdates(d);
    expect(report.installed).toEqual([{ id: 'test', version: '1.7.0', source: 'b' }]);
    expect(report.statuses.find((s) => s.id === 'c')!.lastError).toMatch(/does not trust/);
    expect(report.statuses.find((s) => s.id === 'a')!.lastError).toBeUndefined();
  });

  it('sends If-None-Match and treats 304 as up to date', async () => {
    const url = await publish('etag', [{ text: shipped('1.1.0') }], '"v1"');
    const storage = memoryStorage();
    await checkForUpdates(deps([source(url)], storage));
    requests.length = 0;
    const report = await checkForUpdates(deps([source(url)], storage, { installedVersions: { test: '1.1.0' } }));
    expect(requests).toEqual([{ url: '/etag/index.json', ifNoneMatch: '"v1"' }]);
    expect(report.statuses[0]!.lastResult).toMatch(/up to date/);
    expect((storage.data[SOURCE_STATUS_KEY] as Record<string, { etag?: string }>).main!.etag).toBe('"v1"');
  });
});

describe('pack library (what the worker scores with)', () => {
  async function stored(version: string, text = shipped(version)) {
    return { id: 'test', version, text, signature: await signBytes(new TextEncoder().encode(text), key.privateFile), sha256: await sha256Hex(text), source: 'main', installedAt: 1 };
  }

  it('falls back to the previous good pack when the stored one is bad JSON, and to the bundled one when both are bad', async () => {
    const broken = { ...(await stored('1.2.0')), text: '{"id":"test",' };
    const invalidButSigned = await stored('1.1.5', shipped('1.1.5', (p) => ((p.rules[0] as any).weight = 'heavy')));
    let loaded = await loadPacks({ bundled: minimalPack(), installed: { test: { current: broken, previous: await stored('1.1.0') } }, trustedKeys: [key.publicFile], validate });
    expect(loaded.sources[0]!.version).toBe('1.1.0');
    expect(loaded.problems[0]).toMatch(/test 1\.2\.0 \(current\) was not used: the stored copy is damaged \(not valid JSON\)/);
    loaded = await loadPacks({ bundled: minimalPack(), installed: { test: { current: broken, previous: invalidButSigned } }, trustedKeys: [key.publicFile], validate });
    expect(loaded.sources[0]!.version).toBe('1.0.0');
    expect(loaded.origins[0]).toEqual({ id: 'test', version: '1.0.0', from: 'bundled' });
    expect(loaded.problems.join(' ')).toMatch(/fails validation \(wrong-type at \$\.rules\[0\]\.weight/);
    expect(loaded.problems.at(-1)).toMatch(/Using the rule pack built into the extension/);
  });

  it('never uses a stored pack whose bytes no longer match the signature', async () => {
    const good = await stored('1.3.0');
    const edited = { ...good, text: good.text.replace('"weight":25', '"weight":26') };
    const loaded = await loadPacks({ bundled: minimalPack(), installed: { test: { current: edited } }, trustedKeys: [key.publicFile], validate });
    expect(loaded.sources[0]!.version).toBe('1.0.0');
    expect(loaded.problems[0]).toMatch(/no longer matches its signature/);
  });

  it('keeps a local pack that re-weights a core rule across a core update, and names pack and rule@rev', async () => {
    const ngoText = canonicalJson({
      ...minimalPack(),
      id: 'ngo',
      version: '0.1.0',
      places: [],
      rules: [(({ examples: _e, ...r }) => r)(rule({ id: 'agency-fee', category: 'recruitment-fee', weight: 10, matchers: { fee: { phrases: ['agency fee'] } } }))],
      overrides: [{ rule: 'test/hub', weight: 3 }],
    });
    const ngo = { ...(await stored('0.1.0', ngoText)), id: 'ngo' };
    for (const coreVersion of ['1.0.0', '1.9.0']) {
      const installed = coreVersion === '1.0.0' ? { ngo: { current: ngo } } : { ngo: { current: ngo }, test: { current: await stored(coreVersion) } };
      const loaded = await loadPacks({ bundled: minimalPack(), installed, trustedKeys: [key.publicFile], validate });
      expect(loaded.sources.map((s) => `${s.id}@${s.version}`)).toEqual([`test@${coreVersion}`, 'ngo@0.1.0']);
      const verdict = scoreText(compilePack(loaded.sources, { form: 'shipped' }), 'Sihanoukville; agency fee');
      expect(verdict.signals.map((s) => `${s.pack}/${s.rule}@${s.rev}:${s.weight}`).sort()).toEqual(['ngo/agency-fee@1:10', 'test/hub@1:3']);
    }
  });

  it('orders versions by semver', () => {
    expect(['1.10.0', '1.2.0', '1.2.0-beta', '0.9.9'].sort(compareVersions)).toEqual(['0.9.9', '1.2.0-beta', '1.2.0', '1.10.0']);
  });
});

// The core pack must fit the updater's own size limit, or a release could never reach installed extensions
// (core 1.8.19 passed the old 2 MiB limit, and only the browser test of "Check for updates now" noticed).
describe('the core pack as built', () => {
  it('fits within the size limit the updater accepts', () => {
    const loaded = loadAndValidate(corePackDir(), { realRegexCheck: false });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const bytes = new TextEncoder().encode(shippedForm(loaded.source as unknown as PackSource)).length;
    expect(bytes).toBeGreaterThan(100_000);
    expect(bytes).toBeLessThanOrEqual(DEFAULT_LIMITS.packBytes);
  });
});
