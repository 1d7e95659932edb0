// Reads a JSON file shipped inside the extension (an extension-internal URL, never the network).
// Never fetches anything but the extension's own files.

export class PackagedFileError extends Error {}

export async function fetchPackagedJson(url: string, fetchImpl: typeof fetch = fetch): Promise<unknown> {
  const response = await fetchImpl(url);
  if (!response.ok) throw new PackagedFileError(`cannot read ${url}: HTTP ${response.status}`);
  return response.json();
}
