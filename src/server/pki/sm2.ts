import { createECDH, createHash, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import smCrypto from 'sm-crypto';
import { OID, SM2_DEFAULT_ID } from './algorithms.js';
import { bytesToHex, hexToBytes } from './der.js';
import { decodeEcPrivateKey, decodeEcSpki, encodeEcPkcs8, encodeEcSec1, encodeEcSpki } from './ec-key-der.js';
import { PkiError } from './errors.js';

/**
 * SM2 signatures per GB/T 32918 with SM3 and the standard distinguishing id.
 *
 * Why not node:crypto: Node's SM2 signs with an EMPTY id (DOMAIN.md §9.3), so its signatures do
 * not verify in Chinese CA/seal software and it rejects theirs. We compute
 * e = SM3(Z‖M), Z = SM3(ENTL‖ID‖a‖b‖xG‖yG‖xA‖yA), with Node's SM3 (fast, streaming-friendly) and
 * let sm-crypto do the curve arithmetic (with `hash: false`: a string message would be read as
 * UTF-8 text, so e goes in as a byte array). The per-signature nonce k comes from Node's CSPRNG and
 * kG from Node's SM2 ECDH; sm-crypto's own generator is RC4-based, and a biased nonce leaks the
 * private key after enough signatures.
 *
 * Keys in sm-crypto's hex form: private = 64 hex digits, public = "04"‖x‖y (130 hex digits).
 * Signatures are DER SEQUENCE{r, s} (what X.509, CMS and OpenSSL use).
 */
const { sm2 } = smCrypto;

export interface Sm2KeyPairHex {
  privateKey: string;
  publicKey: string;
}

export interface Sm2Options {
  /** Distinguishing id (UTF-8). Defaults to `1234567812345678`; pass '' only to interoperate with OpenSSL/Node defaults. */
  userId?: string;
}

// Curve parameters of sm2p256v1 (GB/T 32918.5 / GM/T 0003.5).
const A_HEX = 'FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFC';
const B_HEX = '28E9FA9E9D9F5E344D5A9E4BCF6509A7F39789F515AB8F92DDBCBD414D940E93';
const GX_HEX = '32C4AE2C1F1981195F9904466A39C9948FE30BBFF2660BE1715A4589334C74C7';
const GY_HEX = 'BC3736A2F4F6779C59BDCEE36B692153D0A9877CC62A474002DF32E52139F0A0';
const N = BigInt('0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123');

/** jsbn's BigInteger, resolved the way sm-crypto resolves it, so nonce points are the type it expects. */
const JsbnBigInteger = (
  createRequire(createRequire(import.meta.url).resolve('sm-crypto'))('jsbn') as {
    BigInteger: new (hex: string, radix: number) => unknown;
  }
).BigInteger;

/** A fresh SM2 key pair from Node's generator (OpenSSL), in sm-crypto hex form. */
export function generateSm2KeyPairHex(): Sm2KeyPairHex {
  const ecdh = createECDH('SM2');
  ecdh.generateKeys();
  return { privateKey: ecdh.getPrivateKey('hex').padStart(64, '0'), publicKey: ecdh.getPublicKey('hex', 'uncompressed') };
}

/** The public key ("04"‖x‖y) of a private key. @throws PkiError PKI_KEY_INVALID for an out-of-range scalar. */
export function sm2PublicKeyFromPrivate(privateKeyHex: string): string {
  try {
    const ecdh = createECDH('SM2');
    ecdh.setPrivateKey(Buffer.from(privateKeyHex.padStart(64, '0'), 'hex'));
    return ecdh.getPublicKey('hex', 'uncompressed');
  } catch (err) {
    throw new PkiError('PKI_KEY_INVALID', undefined, String(err));
  }
}

/** Z_A of GB/T 32918.2 §5.5 for a public key and distinguishing id. */
export function sm2Z(publicKeyHex: string, userId: string = SM2_DEFAULT_ID): Uint8Array {
  const id = Buffer.from(userId, 'utf8');
  const entl = id.byteLength * 8;
  if (entl > 0xffff) throw new PkiError('PKI_KEY_INVALID', 'SM2 用户标识过长');
  const pub = normalisePublicKey(publicKeyHex);
  return new Uint8Array(
    createHash('sm3')
      .update(Buffer.from([entl >> 8, entl & 0xff]))
      .update(id)
      .update(Buffer.from(A_HEX + B_HEX + GX_HEX + GY_HEX + pub.slice(2), 'hex'))
      .digest(),
  );
}

/** e = SM3(Z‖M): the value the SM2 signature actually covers. */
export function sm2MessageHash(data: Uint8Array, publicKeyHex: string, userId: string = SM2_DEFAULT_ID): Uint8Array {
  return new Uint8Array(createHash('sm3').update(sm2Z(publicKeyHex, userId)).update(data).digest());
}

/**
 * Signs data (the SM3/Z hashing happens here) and returns DER SEQUENCE{r, s}.
 * @throws PkiError PKI_KEY_INVALID for a malformed key.
 */
export function sm2Sign(data: Uint8Array, privateKeyHex: string, publicKeyHex?: string, options: Sm2Options = {}): Uint8Array {
  const priv = privateKeyHex.toLowerCase().padStart(64, '0');
  const pub = publicKeyHex ? normalisePublicKey(publicKeyHex) : sm2PublicKeyFromPrivate(priv);
  const e = sm2MessageHash(data, pub, options.userId ?? SM2_DEFAULT_ID);
  const sigHex = sm2.doSignature(Array.from(e), priv, {
    hash: false,
    der: true,
    // sm-crypto pops from the pool; one CSPRNG point per signature (see the module comment).
    pointPool: [securePoint() as never],
  });
  return hexToBytes(sigHex);
}

/** Verifies a DER SM2 signature over data. False (never a throw) for malformed input. */
export function sm2Verify(data: Uint8Array, signatureDer: Uint8Array, publicKeyHex: string, options: Sm2Options = {}): boolean {
  let pub: string;
  try {
    pub = normalisePublicKey(publicKeyHex);
  } catch {
    return false;
  }
  const e = sm2MessageHash(data, pub, options.userId ?? SM2_DEFAULT_ID);
  try {
    return sm2.doVerifySignature(Array.from(e), bytesToHex(signatureDer), pub, { hash: false, der: true });
  } catch {
    return false;
  }
}

/** SubjectPublicKeyInfo DER (id-ecPublicKey + SM2 curve) that OpenSSL 3 reads as an SM2 key. */
export function sm2PublicKeyToSpki(publicKeyHex: string): Uint8Array {
  return encodeEcSpki({ curveOid: OID.sm2Curve, point: hexToBytes(normalisePublicKey(publicKeyHex)) });
}

/** @throws PkiError PKI_KEY_INVALID when the SPKI is not an SM2 key. */
export function sm2PublicKeyFromSpki(spki: Uint8Array): string {
  const key = decodeEcSpki(spki);
  if (key.curveOid !== OID.sm2Curve) throw new PkiError('PKI_KEY_INVALID', '不是 SM2 公钥');
  return bytesToHex(key.point);
}

/** PKCS#8 DER ("PRIVATE KEY") of an SM2 private key. */
export function sm2PrivateKeyToPkcs8(privateKeyHex: string): Uint8Array {
  const d = hexToBytes(privateKeyHex.padStart(64, '0'));
  return encodeEcPkcs8({ curveOid: OID.sm2Curve, d, point: hexToBytes(sm2PublicKeyFromPrivate(privateKeyHex)) });
}

/** SEC1 DER ("EC PRIVATE KEY") of an SM2 private key, curve included. */
export function sm2PrivateKeyToSec1(privateKeyHex: string): Uint8Array {
  const d = hexToBytes(privateKeyHex.padStart(64, '0'));
  return encodeEcSec1({ curveOid: OID.sm2Curve, d, point: hexToBytes(sm2PublicKeyFromPrivate(privateKeyHex)) });
}

/** Reads a PKCS#8 or SEC1 SM2 private key. @throws PkiError PKI_KEY_INVALID otherwise. */
export function sm2KeyPairFromPrivateDer(der: Uint8Array): Sm2KeyPairHex {
  const key = decodeEcPrivateKey(der);
  if (key.curveOid !== OID.sm2Curve) throw new PkiError('PKI_KEY_INVALID', '不是 SM2 私钥');
  const privateKey = bytesToHex(key.d);
  return { privateKey, publicKey: sm2PublicKeyFromPrivate(privateKey) };
}

function normalisePublicKey(hex: string): string {
  const h = hex.toLowerCase();
  if (h.length === 128 && /^[0-9a-f]+$/.test(h)) return '04' + h;
  if (h.length === 130 && h.startsWith('04') && /^[0-9a-f]+$/.test(h)) return h;
  throw new PkiError('PKI_KEY_INVALID', 'SM2 公钥必须是未压缩格式（04‖x‖y）');
}

/** A nonce k in [1, n−1] from the CSPRNG and x1 of kG, in the shape sm-crypto's pointPool expects. */
function securePoint(): { k: unknown; x1: unknown; privateKey: string; publicKey: string } {
  for (;;) {
    const k = BigInt('0x' + randomBytes(32).toString('hex'));
    if (k === 0n || k >= N) continue; // rejection sampling keeps k uniform
    const kHex = k.toString(16).padStart(64, '0');
    const ecdh = createECDH('SM2');
    ecdh.setPrivateKey(Buffer.from(kHex, 'hex'));
    const publicKey = ecdh.getPublicKey('hex', 'uncompressed');
    return {
      k: new JsbnBigInteger(kHex, 16),
      x1: new JsbnBigInteger(publicKey.slice(2, 66), 16),
      privateKey: kHex,
      publicKey,
    };
  }
}
