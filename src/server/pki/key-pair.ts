import { createECDH, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { algorithmFromCurveOid, ALGORITHM_INFO, type SignatureAlgorithm } from './algorithms.js';
import { bytesEqual } from './der.js';
import { decodeEcPrivateKey, decodeEcSpki, encodeEcPkcs8, encodeEcSpki } from './ec-key-der.js';
import { PkiError } from './errors.js';
import { generateSm2KeyPairHex, sm2PrivateKeyToPkcs8, sm2PublicKeyToSpki } from './sm2.js';

/**
 * Key pairs in their standard DER forms: public key as SubjectPublicKeyInfo, private key as
 * unencrypted PKCS#8 (encrypt it with `key-vault.ts` before it touches a disk or a database).
 */
export interface KeyPairDer {
  algorithm: SignatureAlgorithm;
  /** SubjectPublicKeyInfo DER. */
  publicKey: Uint8Array;
  /** PKCS#8 PrivateKeyInfo DER. */
  privateKey: Uint8Array;
}

/** OpenSSL's curve names (for createECDH) by algorithm. */
const CURVE_NAME: Record<SignatureAlgorithm, string> = { sm2: 'SM2', 'ecdsa-p256': 'prime256v1' };

/** Generates a key pair with the system CSPRNG (OpenSSL through node:crypto for both curves). */
export function generateKeyPair(algorithm: SignatureAlgorithm): KeyPairDer {
  if (algorithm === 'sm2') {
    const hex = generateSm2KeyPairHex();
    return { algorithm, publicKey: sm2PublicKeyToSpki(hex.publicKey), privateKey: sm2PrivateKeyToPkcs8(hex.privateKey) };
  }
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return {
    algorithm,
    publicKey: new Uint8Array(publicKey.export({ format: 'der', type: 'spki' })),
    privateKey: new Uint8Array(privateKey.export({ format: 'der', type: 'pkcs8' })),
  };
}

/** The algorithm of an SPKI. @throws PkiError PKI_KEY_INVALID for non-EC keys and other curves. */
export function algorithmOfPublicKey(spki: Uint8Array): SignatureAlgorithm {
  const algorithm = algorithmFromCurveOid(decodeEcSpki(spki).curveOid);
  if (!algorithm) throw new PkiError('PKI_KEY_INVALID', '只支持 SM2 与 P-256 公钥');
  return algorithm;
}

/**
 * Reads a PKCS#8 or SEC1 private key of either curve and returns it as a full key pair (PKCS#8 with
 * the public point, and the matching SPKI). The public key is recomputed from the scalar, never
 * trusted from the encoding.
 * @throws PkiError PKI_KEY_INVALID for other key types, curves or out-of-range scalars.
 */
export function keyPairFromPrivateKey(der: Uint8Array): KeyPairDer {
  const key = decodeEcPrivateKey(der);
  const algorithm = algorithmFromCurveOid(key.curveOid);
  if (!algorithm) throw new PkiError('PKI_KEY_INVALID', '只支持 SM2 与 P-256 私钥');
  let point: Uint8Array;
  try {
    const ecdh = createECDH(CURVE_NAME[algorithm]);
    ecdh.setPrivateKey(Buffer.from(key.d));
    point = new Uint8Array(ecdh.getPublicKey(null, 'uncompressed'));
  } catch (err) {
    throw new PkiError('PKI_KEY_INVALID', undefined, String(err));
  }
  const curveOid = ALGORITHM_INFO[algorithm].curveOid;
  const privateKey = encodeEcPkcs8({ curveOid, d: key.d, point });
  if (algorithm === 'ecdsa-p256') createPrivateKey({ key: Buffer.from(privateKey), format: 'der', type: 'pkcs8' }); // OpenSSL sanity check
  return { algorithm, privateKey, publicKey: encodeEcSpki({ curveOid, point }) };
}

/** Whether a private key (PKCS#8/SEC1) and an SPKI are the same key: same curve, same point. */
export function privateKeyMatchesPublicKey(privateKey: Uint8Array, spki: Uint8Array): boolean {
  try {
    const pair = decodeEcSpki(keyPairFromPrivateKey(privateKey).publicKey);
    const pub = decodeEcSpki(spki);
    return pair.curveOid === pub.curveOid && bytesEqual(pair.point, pub.point);
  } catch {
    return false;
  }
}
