// Checks the configured update sources for newer signed rule packs and installs the good ones atomically.
// A pack is accepted only if its bytes match the index's sha256, its signature verifies under a pinned key,
// it is newer than the installed one, its minEngine is met, the validator finds nothing and it is within the
// size limit. Any failure keeps the last good pack and leaves a plain-words status. Never sends page text:
// the only requests are GETs of the configured index, pack and signature URLs.
import { sha256Hex, verifyBytes, type PublicKeyFile } from '../shared/pack-signature.js';
import { compareVersions, type InstalledPacks, type StoredPack } from './pack-library.js';

export interface UpdateSource {
  id: string;
  /** URL of the pack index (see `lureguard pack index`). */
  url: string;
  origin: 'default' | 'options' | 'policy';
}

export interface SourceStatus {
  id: string;
  url: string;
  origin: UpdateSource['origin'];
  lastCheck?: number;
  lastSuccess?: number;
  /** Plain words; absent after a successful check. */
  lastError?: string;
  etag?: string;
  /** What the last successful check installed or found up to date, e.g. "core 1.2.0 installed". */
  lastResult?: string;
}

export interface UpdateLimits {
  indexBytes: number;
  packBytes: number;
  signatureBytes: number;
  timeoutMs: number;
}

// The core pack passed 2 MiB as shipped at core 1.8.19 (its three wording models alone are about 0.7 MB, and YAML
// aliases are written out in full); 4 MiB leaves room to grow and still refuses a runaway or hostile body early.
// test/unit/pack-updater.test.ts holds the core pack as built under this limit.
export const DEFAULT_LIMITS: UpdateLimits = { indexBytes: 256 * 1024, packBytes: 4 * 1024 * 1024, signatureBytes: 4096, timeoutMs: 15_000 };

export interface UpdaterStorage {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface UpdaterDeps {
  sources: UpdateSource[];
  fetch: typeof fetch;
  trustedKeys: PublicKeyFile[];
  storage: UpdaterStorage;
  /** Versions in use now, bundled included (pack id → version): an update must be newer. */
  installedVersions: Record<string, string>;
  engineVersion: number;
  /** The engine's validator for the shipped form; returns problems as "code at path: message". */
  validate: (pack: unknown) => string[];
  now: () => number;
  limits?: Partial<UpdateLimits>;
}

export interface UpdateReport {
  installed: { id: string; version: string; source: string }[];
  statuses: SourceStatus[];
}

export const INSTALLED_PACKS_KEY = 'installedPacks';
export const SOURCE_STATUS_KEY = 'updateSourceStatus';

class UpdateError extends Error {}

interface IndexEntry {
  id: string;
  version: string;
  sha256: string;
  url: string;
  signature: string;
  minEngine: number;
}

async function readLimited(response: Response, limit: number, what: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => {});
    throw new UpdateError(`The ${what} is ${formatBytes(declared)}, larger than the ${formatBytes(limit)} allowed, so it was not downloaded.`);
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let step: ReadableStreamReadResult<Uint8Array>;
    try {
      step = await reader.read();
    } catch (err) {
      if (err instanceof UpdateError) throw err;
      throw new UpdateError(`The ${what} download was cut off before it was complete.`);
    }
    if (step.done) break;
    total += step.value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new UpdateError(`The ${what} is larger than the ${formatBytes(limit)} allowed, so the download was stopped.`);
    }
    chunks.push(step.value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

async function get(deps: UpdaterDeps, url: string, limit: number, what: string, etag?: string): Promise<{ status: number; bytes: Uint8Array; etag: string | null }> {
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    let response: Response;
    try {
      response = await deps.fetch(url, {
        signal: controller.signal,
        cache: 'no-store',
        credentials: 'omit',
        redirect: 'follow',
        headers: etag ? { 'If-None-Match': etag } : {},
      });
    } catch {
      throw new UpdateError(
        controller.signal.aborted
          ? `The update server did not answer within ${Math.round(limits.timeoutMs / 1000)} seconds.`
          : 'The update server could not be reached (no connection, or the address is wrong).',
      );
    }
    if (response.status === 304) return { status: 304, bytes: new Uint8Array(), etag: etag ?? null };
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      throw new UpdateError(`The update server answered with an error (HTTP ${response.status}) for the ${what}.`);
    }
    try {
      return { status: response.status, bytes: await readLimited(response, limit, what), etag: response.headers.get('etag') };
    } catch (err) {
      if (controller.signal.aborted) throw new UpdateError(`The ${what} download took longer than ${Math.round(limits.timeoutMs / 1000)} seconds and was stopped.`);
      throw err;
    }
  } finally {
    clearTimeout(timer);
  }
}

function parseJson(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new UpdateError(`The ${what} is damaged: it is not valid JSON (it may have been cut off).`);
  }
}

function parseIndex(value: unknown): IndexEntry[] {
  const packs = (value as { kind?: unknown; packs?: unknown })?.packs;
  if ((value as { kind?: unknown })?.kind !== 'lureguard-pack-index' || !Array.isArray(packs)) {
    throw new UpdateError('The pack index is not a Lureguard pack index.');
  }
  return packs.filter(
    (p): p is IndexEntry =>
      typeof p?.id === 'string' && typeof p.version === 'string' && typeof p.sha256 === 'string' && typeof p.url === 'string' && typeof p.signature === 'string' && typeof p.minEngine === 'number',
  );
}

interface Candidate {
  entry: IndexEntry;
  stored: StoredPack;
}

async function fetchCandidate(deps: UpdaterDeps, source: UpdateSource, entry: IndexEntry): Promise<Candidate> {
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const base = source.url;
  const packUrl = new URL(entry.url, base).href;
  const sigUrl = new URL(entry.signature, base).href;
  const pack = await get(deps, packUrl, limits.packBytes, `rule pack ${entry.id} ${entry.version}`);
  const sig = await get(deps, sigUrl, limits.signatureBytes, `signature of ${entry.id} ${entry.version}`);
  const sha = await sha256Hex(pack.bytes);
  if (sha !== entry.sha256.toLowerCase()) {
    throw new UpdateError(`The rule pack ${entry.id} ${entry.version} does not match the checksum in the index: it was changed or damaged on the way.`);
  }
  const signature = parseJson(sig.bytes, `signature of ${entry.id} ${entry.version}`);
  const verified = await verifyBytes(pack.bytes, signature, deps.trustedKeys);
  if (!verified.ok) {
    const why =
      verified.reason === 'unknown-key'
        ? 'it is signed by a key this extension does not trust'
        : verified.reason === 'bad-signature'
          ? 'its signature is not valid (the pack was changed after signing)'
          : 'its signature file is malformed';
    throw new UpdateError(`The rule pack ${entry.id} ${entry.version} was refused: ${why}.`);
  }
  const parsed = parseJson(pack.bytes, `rule pack ${entry.id} ${entry.version}`) as { id?: unknown; version?: unknown; minEngine?: unknown };
  if (parsed?.id !== entry.id || parsed?.version !== entry.version) {
    throw new UpdateError(`The rule pack at ${packUrl} is not ${entry.id} ${entry.version} as the index says.`);
  }
  if (typeof parsed.minEngine === 'number' && parsed.minEngine > deps.engineVersion) {
    throw new UpdateError(`The rule pack ${entry.id} ${entry.version} needs a newer version of Lureguard; update the extension to use it.`);
  }
  const problems = deps.validate(parsed);
  if (problems.length > 0) throw new UpdateError(`The rule pack ${entry.id} ${entry.version} failed validation (${problems.length} problem(s); first: ${problems[0]}).`);
  const text = new TextDecoder().decode(pack.bytes);
  return {
    entry,
    stored: { id: entry.id, version: entry.version, text, signature, sha256: sha, source: source.id, installedAt: deps.now() },
  };
}

/** Checks every source, installs the newest acceptable version of each pack, and records each source's status. */
export async function checkForUpdates(deps: UpdaterDeps): Promise<UpdateReport> {
  const stored = await deps.storage.get([SOURCE_STATUS_KEY, INSTALLED_PACKS_KEY]);
  const previousStatus = (stored[SOURCE_STATUS_KEY] as Record<string, SourceStatus> | undefined) ?? {};
  const statuses: SourceStatus[] = [];
  const best = new Map<string, Candidate>();
  for (const source of deps.sources) {
    const before = previousStatus[source.id];
    const status: SourceStatus = { id: source.id, url: source.url, origin: source.origin, lastCheck: deps.now(), lastSuccess: before?.lastSuccess, etag: before?.url === source.url ? before?.etag : undefined };
    statuses.push(status);
    try {
      const limits = { ...DEFAULT_LIMITS, ...deps.limits };
      const index = await get(deps, source.url, limits.indexBytes, 'pack index', status.etag);
      if (index.status === 304) {
        status.lastSuccess = deps.now();
        status.lastResult = 'up to date (index unchanged)';
        continue;
      }
      const entries = parseIndex(parseJson(index.bytes, 'pack index'));
      const notes: string[] = [];
      const problems: string[] = [];
      // Newest version of each pack id this engine can run.
      const newest = new Map<string, IndexEntry>();
      for (const e of entries) {
        if (e.minEngine > deps.engineVersion) {
          notes.push(`${e.id} ${e.version} needs a newer Lureguard`);
          continue;
        }
        const cur = newest.get(e.id);
        if (!cur || compareVersions(e.version, cur.version) > 0) newest.set(e.id, e);
      }
      for (const entry of newest.values()) {
        const installed = deps.installedVersions[entry.id];
        const leading = best.get(entry.id)?.entry.version;
        if (installed && compareVersions(entry.version, installed) <= 0) {
          notes.push(compareVersions(entry.version, installed) < 0 ? `${entry.id} ${entry.version} is older than the installed ${installed}; downgrades are refused` : `${entry.id} ${entry.version} is installed`);
          continue;
        }
        if (leading && compareVersions(entry.version, leading) <= 0) {
          notes.push(`${entry.id} ${entry.version} is older than ${leading} from another source`);
          continue;
        }
        try {
          best.set(entry.id, await fetchCandidate(deps, source, entry));
          notes.push(`${entry.id} ${entry.version} accepted`);
        } catch (err) {
          if (!(err instanceof UpdateError)) throw err;
          problems.push(err.message);
        }
      }
      if (problems.length > 0) status.lastError = problems.join(' ');
      else status.lastSuccess = deps.now();
      status.etag = problems.length > 0 ? undefined : (index.etag ?? undefined);
      status.lastResult = notes.join('; ') || 'no packs offered';
    } catch (err) {
      status.lastError = err instanceof UpdateError ? err.message : `The check failed unexpectedly (${(err as Error)?.message ?? 'unknown error'}).`;
      status.etag = undefined;
    }
  }

  const installedPacks = { ...((stored[INSTALLED_PACKS_KEY] as InstalledPacks | undefined) ?? {}) };
  const installed: UpdateReport['installed'] = [];
  for (const [id, candidate] of best) {
    const record = installedPacks[id];
    installedPacks[id] = { current: candidate.stored, previous: record?.current };
    installed.push({ id, version: candidate.entry.version, source: candidate.stored.source });
  }
  const statusMap = Object.fromEntries(statuses.map((s) => [s.id, s]));
  // One write: the new packs and the statuses land together or not at all.
  await deps.storage.set(installed.length > 0 ? { [INSTALLED_PACKS_KEY]: installedPacks, [SOURCE_STATUS_KEY]: statusMap } : { [SOURCE_STATUS_KEY]: statusMap });
  return { installed, statuses };
}

