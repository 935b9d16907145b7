import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import type { SignatureAlgorithm } from './algorithms.js';
import { bytesToHex } from './der.js';
import { decodeEcPrivateKey, decodeEcSpki } from './ec-key-der.js';
import { PkiError } from './errors.js';
import { algorithmOfPublicKey } from './key-pair.js';
import { sm2PublicKeyFromPrivate, sm2Sign, sm2Verify } from './sm2.js';

/**
 * Raw signatures with either algorithm, over arbitrary bytes (each algorithm hashes internally:
 * SHA-256 for ECDSA, SM3 with Z for SM2). Signatures are DER SEQUENCE{r, s} for both, as used in
 * X.509 and CMS. ECDSA goes through node:crypto; SM2 through `sm2.ts` because Node's SM2 uses the
 * wrong distinguishing id.
 */

/** @throws PkiError PKI_KEY_INVALID when the key is not a key of `algorithm`. */
export function signWithPrivateKey(algorithm: SignatureAlgorithm, privateKeyPkcs8: Uint8Array, data: Uint8Array): Uint8Array {
  if (algorithm === 'sm2') {
    const d = bytesToHex(decodeEcPrivateKey(privateKeyPkcs8).d);
    return sm2Sign(data, d, sm2PublicKeyFromPrivate(d));
  }
  try {
    const key = createPrivateKey({ key: Buffer.from(privateKeyPkcs8), format: 'der', type: 'pkcs8' });
    if (key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') throw new Error('not a P-256 key');
    return new Uint8Array(sign('sha256', data, { key, dsaEncoding: 'der' }));
  } catch (err) {
    throw new PkiError('PKI_KEY_INVALID', undefined, String(err));
  }
}

/**
 * Verifies a signature made by the key in `spki`. False — never a throw — for a bad signature, a
 * malformed key, or a key of the other algorithm (no algorithm confusion).
 */
export function verifyWithPublicKey(
  algorithm: SignatureAlgorithm,
  spki: Uint8Array,
  data: Uint8Array,
  signature: Uint8Array,
): boolean {
  try {
    if (algorithmOfPublicKey(spki) !== algorithm) return false;
    if (algorithm === 'sm2') return sm2Verify(data, signature, bytesToHex(decodeEcSpki(spki).point));
    const key = createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
    return verify('sha256', data, { key, dsaEncoding: 'der' }, signature);
  } catch {
    return false;
  }
}
