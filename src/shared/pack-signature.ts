// Ed25519 signatures over the exact bytes of a shipped rule pack, with key ids, through WebCrypto (the same
// code runs in Node for maintainers and in the extension's worker). Never accepts a pack whose signature
// does not verify under a pinned key; never handles private keys outside the maintainer's machine.

export interface PublicKeyFile {
  kind: 'lureguard-public-key';
  algorithm: 'Ed25519';
  keyId: string;
  /** Raw 32-byte public key, base64. */
  publicKey: string;
}

export interface PrivateKeyFile {
  kind: 'lureguard-private-key';
  algorithm: 'Ed25519';
  keyId: string;
  /** PKCS#8 private key, base64. */
  privateKey: string;
  created: string;
}

export interface SignatureFile {
  kind: 'lureguard-signature';
  algorithm: 'Ed25519';
  keyId: string;
  /** sha256 of the signed bytes, hex: lets a reader spot a mismatched file before verifying. */
  sha256: string;
  /** 64-byte signature, base64. */
  signature: string;
}

export type VerifyResult =
  | { ok: true; keyId: string }
  | { ok: false; reason: 'bad-signature' | 'unknown-key' | 'malformed'; message: string };

const enc = new TextEncoder();

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export async function sha256Hex(bytes: Uint8Array | string): Promise<string> {
  const data = typeof bytes === 'string' ? enc.encode(bytes) : bytes;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data as BufferSource));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A key id names a key without revealing anything: "ed25519:" + the first 16 hex digits of sha256(public key). */
export async function keyIdOf(rawPublicKey: Uint8Array): Promise<string> {
  return `ed25519:${(await sha256Hex(rawPublicKey)).slice(0, 16)}`;
}

export async function generateKeyPair(now = new Date()): Promise<{ privateFile: PrivateKeyFile; publicFile: PublicKeyFile }> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const keyId = await keyIdOf(raw);
  return {
    privateFile: { kind: 'lureguard-private-key', algorithm: 'Ed25519', keyId, privateKey: toBase64(pkcs8), created: now.toISOString() },
    publicFile: { kind: 'lureguard-public-key', algorithm: 'Ed25519', keyId, publicKey: toBase64(raw) },
  };
}

export async function signBytes(bytes: Uint8Array, key: PrivateKeyFile): Promise<SignatureFile> {
  const privateKey = await crypto.subtle.importKey('pkcs8', fromBase64(key.privateKey) as BufferSource, { name: 'Ed25519' }, false, ['sign']);
  const signature = new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, privateKey, bytes as BufferSource));
  return { kind: 'lureguard-signature', algorithm: 'Ed25519', keyId: key.keyId, sha256: await sha256Hex(bytes), signature: toBase64(signature) };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Checks the shape of an untrusted signature file (from the network or disk). */
export function parseSignatureFile(value: unknown): SignatureFile | null {
  if (!isObject(value) || value.kind !== 'lureguard-signature' || value.algorithm !== 'Ed25519') return null;
  if (typeof value.keyId !== 'string' || typeof value.signature !== 'string' || typeof value.sha256 !== 'string') return null;
  return value as unknown as SignatureFile;
}

export function parsePublicKeyFile(value: unknown): PublicKeyFile | null {
  if (!isObject(value) || value.kind !== 'lureguard-public-key' || value.algorithm !== 'Ed25519') return null;
  if (typeof value.keyId !== 'string' || typeof value.publicKey !== 'string') return null;
  return value as unknown as PublicKeyFile;
}

export function parsePrivateKeyFile(value: unknown): PrivateKeyFile | null {
  if (!isObject(value) || value.kind !== 'lureguard-private-key' || value.algorithm !== 'Ed25519') return null;
  if (typeof value.keyId !== 'string' || typeof value.privateKey !== 'string') return null;
  return value as unknown as PrivateKeyFile;
}

/** Verifies a detached signature over the exact bytes against the trusted (pinned) keys. */
export async function verifyBytes(bytes: Uint8Array, signature: unknown, trusted: readonly PublicKeyFile[]): Promise<VerifyResult> {
  const sig = parseSignatureFile(signature);
  if (!sig) return { ok: false, reason: 'malformed', message: 'the signature file is not a Lureguard Ed25519 signature' };
  const key = trusted.find((k) => k.keyId === sig.keyId);
  if (!key) return { ok: false, reason: 'unknown-key', message: `signed with key ${sig.keyId}, which is not a trusted key` };
  let raw: Uint8Array;
  let sigBytes: Uint8Array;
  try {
    raw = fromBase64(key.publicKey);
    sigBytes = fromBase64(sig.signature);
  } catch {
    return { ok: false, reason: 'malformed', message: 'the signature or the key is not valid base64' };
  }
  if (sigBytes.length !== 64 || raw.length !== 32) return { ok: false, reason: 'malformed', message: 'the signature or the key has the wrong length for Ed25519' };
  if ((await keyIdOf(raw)) !== key.keyId) return { ok: false, reason: 'malformed', message: `the trusted key file for ${key.keyId} does not hold that key` };
  const publicKey = await crypto.subtle.importKey('raw', raw as BufferSource, { name: 'Ed25519' }, false, ['verify']);
  const valid = await crypto.subtle.verify({ name: 'Ed25519' }, publicKey, sigBytes as BufferSource, bytes as BufferSource);
  if (!valid) return { ok: false, reason: 'bad-signature', message: `the signature by ${sig.keyId} does not match these bytes (the file was changed or damaged)` };
  return { ok: true, keyId: sig.keyId };
}
