import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { SIGNATURE_ALGORITHMS, type SignatureAlgorithm } from './algorithms.js';
import { bytesEqual } from './der.js';
import { PkiError } from './errors.js';
import { keyPairFromPrivateKey, type KeyPairDer } from './key-pair.js';
import { checkPin } from './pin-policy.js';

/**
 * Private keys at rest (私钥保管): PKCS#8 encrypted with AES-256-GCM under a key derived from the
 * user's signing PIN with scrypt (RFC 7914). The envelope is versioned JSON that records its own
 * KDF parameters, so they can be raised later without breaking old envelopes.
 *
 * - The scrypt output is 64 bytes: 32 for AES, 32 whose SHA-256 is stored as `pinCheck`. That tells
 *   a wrong PIN (PKI_PIN_INCORRECT) from a damaged ciphertext (PKI_VAULT_CORRUPT). It costs no
 *   security: checking a guess needs the same scrypt run as trying the GCM tag.
 * - The header (format, version, algorithm, publicKey, kdf) is GCM associated data, so swapping
 *   the public key or algorithm is detected. Tampering with the KDF parameters or salt changes the
 *   derived key and therefore shows up as a wrong PIN — unavoidable without a second secret.
 * - After decryption the private key must reproduce the recorded public key.
 */
export interface ScryptParams {
  /** CPU/memory cost, a power of two. */
  N: number;
  r: number;
  p: number;
}

export interface KeyVaultEnvelope {
  format: 'casevault-key-vault';
  version: 1;
  algorithm: SignatureAlgorithm;
  /** SubjectPublicKeyInfo DER, base64 (lets the UI show which key this is without the PIN). */
  publicKey: string;
  kdf: { name: 'scrypt'; salt: string } & ScryptParams;
  /** base64 SHA-256 of the second half of the scrypt output. */
  pinCheck: string;
  cipher: { name: 'aes-256-gcm'; iv: string; tag: string };
  /** base64 AES-256-GCM ciphertext of the PKCS#8 DER. */
  ciphertext: string;
}

/** 2^15 × 8 × 128 B = 32 MiB and ~0.1 s per unlock: a deliberate brake on PIN guessing. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 32768, r: 8, p: 1 };

/** Upper bounds accepted when opening, so a forged envelope cannot ask for gigabytes of memory. */
const MAX_N = 1 << 20;
const MAX_RP = 64;

export interface SealOptions {
  /** KDF cost; lower it only in tests. */
  scrypt?: ScryptParams;
}

/**
 * Encrypts a private key under a PIN.
 * @throws PkiError PKI_PIN_WEAK (details: the issues of `checkPin`) when the PIN breaks the rules.
 */
export async function sealPrivateKey(keyPair: KeyPairDer, pin: string, options: SealOptions = {}): Promise<KeyVaultEnvelope> {
  const check = checkPin(pin);
  if (!check.ok) throw new PkiError('PKI_PIN_WEAK', check.issues.map((i) => i.message).join('；'), check.issues);
  const normalised = keyPairFromPrivateKey(keyPair.privateKey); // also proves the key is usable
  if (normalised.algorithm !== keyPair.algorithm) throw new PkiError('PKI_KEY_INVALID', '私钥算法与声明的算法不一致');
  const params = options.scrypt ?? DEFAULT_SCRYPT;
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const header = {
    format: 'casevault-key-vault' as const,
    version: 1 as const,
    algorithm: keyPair.algorithm,
    publicKey: b64(normalised.publicKey),
    kdf: { name: 'scrypt' as const, N: params.N, r: params.r, p: params.p, salt: b64(salt) },
  };
  const { aesKey, pinCheck } = await deriveKeys(pin, salt, params);
  const cipher = createCipheriv('aes-256-gcm', aesKey, iv);
  cipher.setAAD(associatedData(header));
  const ciphertext = Buffer.concat([cipher.update(normalised.privateKey), cipher.final()]);
  return {
    ...header,
    pinCheck: b64(pinCheck),
    cipher: { name: 'aes-256-gcm', iv: b64(iv), tag: b64(cipher.getAuthTag()) },
    ciphertext: b64(ciphertext),
  };
}

/**
 * Decrypts a private key.
 * @throws PkiError PKI_PIN_INCORRECT (签名口令不正确) for a wrong PIN,
 *   PKI_VAULT_CORRUPT when the envelope was altered or damaged,
 *   PKI_VAULT_UNSUPPORTED for an unknown version, algorithm or out-of-bounds KDF parameters.
 */
export async function openPrivateKey(envelope: KeyVaultEnvelope | string, pin: string): Promise<KeyPairDer> {
  const env = parseKeyVaultEnvelope(envelope);
  const { aesKey, pinCheck } = await deriveKeys(pin, fromB64(env.kdf.salt), env.kdf);
  const stored = fromB64(env.pinCheck);
  if (stored.byteLength !== pinCheck.byteLength || !timingSafeEqual(stored, pinCheck)) throw new PkiError('PKI_PIN_INCORRECT');
  let pkcs8: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', aesKey, fromB64(env.cipher.iv));
    decipher.setAAD(associatedData(env));
    decipher.setAuthTag(fromB64(env.cipher.tag));
    pkcs8 = Buffer.concat([decipher.update(fromB64(env.ciphertext)), decipher.final()]);
  } catch {
    throw new PkiError('PKI_VAULT_CORRUPT');
  }
  let pair: KeyPairDer;
  try {
    pair = keyPairFromPrivateKey(new Uint8Array(pkcs8));
  } catch {
    throw new PkiError('PKI_VAULT_CORRUPT');
  }
  if (pair.algorithm !== env.algorithm || !bytesEqual(pair.publicKey, fromB64(env.publicKey))) throw new PkiError('PKI_VAULT_CORRUPT');
  return pair;
}

/** Re-encrypts under a new PIN (fresh salt and IV). @throws as `openPrivateKey` and `sealPrivateKey`. */
export async function changePin(
  envelope: KeyVaultEnvelope | string,
  oldPin: string,
  newPin: string,
  options: SealOptions = {},
): Promise<KeyVaultEnvelope> {
  return sealPrivateKey(await openPrivateKey(envelope, oldPin), newPin, options);
}

/**
 * Validates the shape of an envelope (from JSON text or an object read from the database).
 * @throws PkiError PKI_VAULT_CORRUPT for malformed JSON/fields, PKI_VAULT_UNSUPPORTED for unknown versions.
 */
export function parseKeyVaultEnvelope(input: KeyVaultEnvelope | string): KeyVaultEnvelope {
  let value: unknown;
  try {
    value = typeof input === 'string' ? JSON.parse(input) : input;
  } catch {
    throw new PkiError('PKI_VAULT_CORRUPT');
  }
  const e = value as Partial<KeyVaultEnvelope> | null;
  if (!e || typeof e !== 'object' || e.format !== 'casevault-key-vault') throw new PkiError('PKI_VAULT_CORRUPT');
  if (e.version !== 1 || !SIGNATURE_ALGORITHMS.includes(e.algorithm as SignatureAlgorithm)) {
    throw new PkiError('PKI_VAULT_UNSUPPORTED');
  }
  const kdf = e.kdf;
  if (!kdf || kdf.name !== 'scrypt' || e.cipher?.name !== 'aes-256-gcm') throw new PkiError('PKI_VAULT_UNSUPPORTED');
  const powerOfTwo = Number.isInteger(kdf.N) && kdf.N >= 2 && (kdf.N & (kdf.N - 1)) === 0;
  if (!powerOfTwo || kdf.N > MAX_N || !isSmall(kdf.r) || !isSmall(kdf.p)) throw new PkiError('PKI_VAULT_UNSUPPORTED');
  for (const s of [e.publicKey, kdf.salt, e.pinCheck, e.cipher.iv, e.cipher.tag, e.ciphertext]) {
    if (typeof s !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) throw new PkiError('PKI_VAULT_CORRUPT');
  }
  if (fromB64(e.cipher.iv).byteLength !== 12 || fromB64(e.cipher.tag).byteLength !== 16) throw new PkiError('PKI_VAULT_CORRUPT');
  return e as KeyVaultEnvelope;
}

async function deriveKeys(pin: string, salt: Uint8Array, params: ScryptParams): Promise<{ aesKey: Buffer; pinCheck: Buffer }> {
  const maxmem = 128 * params.N * params.r * 2 + 1024 * 1024;
  const out = await new Promise<Buffer>((resolve, reject) =>
    scryptCb(pin.normalize('NFC'), salt, 64, { N: params.N, r: params.r, p: params.p, maxmem }, (err, key) =>
      err ? reject(new PkiError('PKI_VAULT_UNSUPPORTED', undefined, String(err))) : resolve(key),
    ),
  );
  return { aesKey: out.subarray(0, 32), pinCheck: createHash('sha256').update(out.subarray(32)).digest() };
}

/** Fixed field order, so the AAD does not depend on how the JSON was stored. */
function associatedData(e: Pick<KeyVaultEnvelope, 'format' | 'version' | 'algorithm' | 'publicKey' | 'kdf'>): Buffer {
  return Buffer.from(
    JSON.stringify([e.format, e.version, e.algorithm, e.publicKey, e.kdf.name, e.kdf.N, e.kdf.r, e.kdf.p, e.kdf.salt]),
    'utf8',
  );
}

function isSmall(n: unknown): boolean {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_RP;
}

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
const fromB64 = (s: string): Buffer => Buffer.from(s, 'base64');
