// A short, fast, non-cryptographic hash of a string (32-bit FNV-1a in base 36), used to de-duplicate
// messages by text and to turn an app's chat and message ids (which may hold phone numbers) into opaque keys
// before anything leaves the content script. Pure; never keeps the strings it hashes.

export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
