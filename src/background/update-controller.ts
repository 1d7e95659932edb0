// Runs rule-pack update checks: on a 12-hour alarm with jitter, and on demand from options. Gathers the
// sources (project default, options, managed policy) and trusted keys (bundled and policy), runs the updater,
// and reloads the packs when an update was installed. Reports what is in use and each source's status.
// Never sends page text; the only requests are the updater's GETs to the configured sources.
import type { PackInUse, UpdateSourceInfo, UpdateStatus } from '../shared/messages.js';
import type { PublicKeyFile } from '../shared/pack-signature.js';
import { readUpdateOptions } from '../shared/update-options.js';
import { ENGINE_VERSION } from '../engine/types.js';
import type { PackService } from './pack-service.js';
import { validateShipped } from './pack-service.js';
import { checkForUpdates, SOURCE_STATUS_KEY, type SourceStatus, type UpdaterStorage } from './pack-updater.js';
import { DEFAULT_SOURCE, firstCheckDelayMinutes, nextCheckDelayMinutes, parseManagedPolicy, resolveTrustedKeys, resolveUpdateSources } from './update-sources.js';

export const UPDATE_ALARM = 'lureguard-pack-update';

export interface AlarmsLike {
  get(name: string): Promise<{ name: string } | undefined>;
  create(name: string, info: { delayInMinutes: number }): Promise<void> | void;
}

export interface UpdateControllerDeps {
  storage: UpdaterStorage;
  readManagedPolicy: () => Promise<unknown>;
  bundledKeys: () => Promise<PublicKeyFile[]>;
  packs: PackService;
  fetch: typeof fetch;
  alarms: AlarmsLike;
  random: () => number;
  now: () => number;
  today: () => string;
}

export function createUpdateController(deps: UpdateControllerDeps) {
  let running: Promise<UpdateStatus> | null = null;

  async function configuration() {
    const [policyRaw, options, bundled] = await Promise.all([deps.readManagedPolicy().catch(() => undefined), readUpdateOptions(deps.storage), deps.bundledKeys()]);
    const { policy, problems } = parseManagedPolicy(policyRaw);
    const effectivePolicy = { ...policy, disableDefaultSource: policy.disableDefaultSource || !options.useDefaultSource };
    return {
      sources: resolveUpdateSources(effectivePolicy, options.sources, DEFAULT_SOURCE),
      keys: resolveTrustedKeys(bundled, policy),
      problems,
      options,
    };
  }

  async function status(): Promise<UpdateStatus> {
    const [config, active, stored] = await Promise.all([configuration(), deps.packs.getPack(), deps.storage.get([SOURCE_STATUS_KEY])]);
    const statuses = (stored[SOURCE_STATUS_KEY] as Record<string, SourceStatus> | undefined) ?? {};
    const today = deps.today();
    const packs: PackInUse[] = active.origins.map((o) => {
      const info = active.compiled.packs.find((p) => p.id === o.id);
      const expires = info?.expires ?? '';
      return { id: o.id, ...(info?.name ? { name: info.name } : {}), version: o.version, published: info?.published ?? '', expires, outdated: expires !== '' && expires < today, from: o.from, ...(o.source ? { source: o.source } : {}) };
    });
    const sources: UpdateSourceInfo[] = config.sources.map((s) => {
      const st = statuses[s.id]?.url === s.url ? statuses[s.id] : undefined;
      return { id: s.id, url: s.url, origin: s.origin, ...(st?.lastCheck ? { lastCheck: st.lastCheck } : {}), ...(st?.lastSuccess ? { lastSuccess: st.lastSuccess } : {}), ...(st?.lastError ? { lastError: st.lastError } : {}), ...(st?.lastResult ? { lastResult: st.lastResult } : {}) };
    });
    return { packs, sources, problems: [...active.problems, ...config.problems], optionSources: config.options.sources, useDefaultSource: config.options.useDefaultSource };
  }

  async function run(): Promise<UpdateStatus> {
    const [config, active] = await Promise.all([configuration(), deps.packs.getPack()]);
    const installedVersions = Object.fromEntries(active.origins.map((o) => [o.id, o.version]));
    const report = await checkForUpdates({
      sources: config.sources,
      fetch: deps.fetch,
      trustedKeys: config.keys,
      storage: deps.storage,
      installedVersions,
      engineVersion: ENGINE_VERSION,
      validate: validateShipped,
      now: deps.now,
    });
    if (report.installed.length > 0) deps.packs.invalidate();
    return status();
  }

  return {
    status,
    /** One check at a time; a second request while one runs gets the same result. */
    checkNow(): Promise<UpdateStatus> {
      running ??= run().finally(() => {
        running = null;
      });
      return running;
    },
    /** Makes sure a check is scheduled (after install or browser start). */
    async ensureScheduled(): Promise<void> {
      if (!(await deps.alarms.get(UPDATE_ALARM))) await deps.alarms.create(UPDATE_ALARM, { delayInMinutes: firstCheckDelayMinutes(deps.random) });
    },
    /** The alarm fired: check, then schedule the next check 12 hours (± 1 hour) later. */
    async onAlarm(name: string): Promise<void> {
      if (name !== UPDATE_ALARM) return;
      try {
        await this.checkNow();
      } finally {
        await deps.alarms.create(UPDATE_ALARM, { delayInMinutes: nextCheckDelayMinutes(deps.random) });
      }
    },
  };
}
