// The user's rule-pack update settings (extra sources, whether the project's release location is checked),
// read and written through a storage passed in. A corrupt stored value falls back to the default.
// Never stores anything but addresses and a flag.

/** https:// anywhere; plain http only on this machine (loopback), for local testing of a pack server. */
export function isAcceptableSourceUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]');
}

export const UPDATE_OPTIONS_KEY = 'updates.options';

export interface UpdateOptions {
  /** Pack index URLs the user added. */
  sources: string[];
  /** Also check the Lureguard release location (on by default). */
  useDefaultSource: boolean;
}

export const DEFAULT_UPDATE_OPTIONS: UpdateOptions = { sources: [], useDefaultSource: true };
const MAX_SOURCES = 10;

export function parseUpdateOptions(value: unknown): UpdateOptions {
  if (value === null || typeof value !== 'object') return { ...DEFAULT_UPDATE_OPTIONS };
  const v = value as Record<string, unknown>;
  const sources = Array.isArray(v.sources) ? v.sources.filter(isAcceptableSourceUrl).slice(0, MAX_SOURCES) : [];
  return { sources, useDefaultSource: v.useDefaultSource !== false };
}

export async function readUpdateOptions(storage: { get(keys: string[]): Promise<Record<string, unknown>> }): Promise<UpdateOptions> {
  try {
    return parseUpdateOptions((await storage.get([UPDATE_OPTIONS_KEY]))[UPDATE_OPTIONS_KEY]);
  } catch {
    return { ...DEFAULT_UPDATE_OPTIONS };
  }
}

export async function writeUpdateOptions(storage: { set(items: Record<string, unknown>): Promise<void> }, options: UpdateOptions): Promise<void> {
  await storage.set({ [UPDATE_OPTIONS_KEY]: parseUpdateOptions(options) });
}
