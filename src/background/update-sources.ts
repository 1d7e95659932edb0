// Decides where rule-pack updates come from and which keys may sign them: the project's release location,
// sources added in options, and sources and keys from managed policy (NGO deployments). Pure; never fetches.
// Never accepts a plain-http source except on this machine (loopback), so packs cannot be swapped in transit
// before the signature check even starts.
import { parsePublicKeyFile, type PublicKeyFile } from '../shared/pack-signature.js';
import type { UpdateSource } from './pack-updater.js';
import { isAcceptableSourceUrl } from '../shared/update-options.js';

export { isAcceptableSourceUrl };

/** The project's release location (see rules/README.md, "From … to a signed release"). */
export const DEFAULT_SOURCE: UpdateSource = { id: 'lureguard', url: 'https://lureguard.org/packs/v1/index.json', origin: 'default' };

export interface ManagedPolicy {
  /** Extra pack index URLs an organisation adds. */
  updateSources: string[];
  /** Extra public keys (lureguard-public-key files) trusted to sign packs. */
  trustedKeys: PublicKeyFile[];
  /** An organisation that hosts its own packs may turn the project's source off. */
  disableDefaultSource: boolean;
}


/** Reads chrome.storage.managed contents; anything malformed is dropped with a plain-words problem. */
export function parseManagedPolicy(raw: unknown): { policy: ManagedPolicy; problems: string[] } {
  const policy: ManagedPolicy = { updateSources: [], trustedKeys: [], disableDefaultSource: false };
  const problems: string[] = [];
  if (raw === null || typeof raw !== 'object') return { policy, problems };
  const r = raw as Record<string, unknown>;
  if (Array.isArray(r.updateSources)) {
    for (const u of r.updateSources) {
      if (isAcceptableSourceUrl(u)) policy.updateSources.push(u);
      else problems.push(`Policy update source ${JSON.stringify(u).slice(0, 80)} was ignored: it must be an https:// address.`);
    }
  }
  if (Array.isArray(r.trustedKeys)) {
    for (const k of r.trustedKeys) {
      const key = parsePublicKeyFile(k);
      if (key) policy.trustedKeys.push(key);
      else problems.push('A policy trusted key was ignored: it is not a Lureguard public key file.');
    }
  }
  policy.disableDefaultSource = r.disableDefaultSource === true;
  return { policy, problems };
}

/** All sources, de-duplicated by URL: policy first (an organisation's choice wins), then the default, then options. */
export function resolveUpdateSources(policy: ManagedPolicy, optionUrls: readonly string[], defaultSource: UpdateSource = DEFAULT_SOURCE): UpdateSource[] {
  const out: UpdateSource[] = [];
  const seen = new Set<string>();
  const add = (url: string, id: string, origin: UpdateSource['origin']) => {
    if (!isAcceptableSourceUrl(url) || seen.has(url)) return;
    seen.add(url);
    out.push({ id, url, origin });
  };
  policy.updateSources.forEach((u, i) => add(u, `policy-${i + 1}`, 'policy'));
  if (!policy.disableDefaultSource) add(defaultSource.url, defaultSource.id, 'default');
  optionUrls.forEach((u, i) => add(u, `options-${i + 1}`, 'options'));
  return out;
}

export function resolveTrustedKeys(bundled: readonly PublicKeyFile[], policy: ManagedPolicy): PublicKeyFile[] {
  const byId = new Map<string, PublicKeyFile>();
  for (const k of [...bundled, ...policy.trustedKeys]) if (!byId.has(k.keyId)) byId.set(k.keyId, k);
  return [...byId.values()];
}

/** Minutes until the next check: every 12 hours, spread by ±1 hour so every browser does not ask at once. */
export function nextCheckDelayMinutes(random: () => number): number {
  return 720 + Math.round((random() * 2 - 1) * 60);
}

/** Minutes until the first check after install or browser start: soon, but spread over half an hour. */
export function firstCheckDelayMinutes(random: () => number): number {
  return 5 + Math.round(random() * 30);
}
