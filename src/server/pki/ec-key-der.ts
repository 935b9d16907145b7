import * as asn1js from 'asn1js';
import { OID } from './algorithms.js';
import { fixedWidth, parseDer, toArrayBuffer } from './der.js';
import { PkiError } from './errors.js';

/**
 * DER forms of elliptic-curve keys, shared by P-256 and SM2 (both are id-ecPublicKey keys told
 * apart by the curve OID — the way OpenSSL 3, Node and GM/T 0010 certificates write SM2 keys):
 * - public key: SubjectPublicKeyInfo (RFC 5480 §2),
 * - private key: PKCS#8 PrivateKeyInfo (RFC 5208) wrapping SEC1 ECPrivateKey (RFC 5915), or bare SEC1.
 * Points are uncompressed (04‖x‖y), scalars 32 bytes big-endian.
 */
export interface EcPublicKey {
  curveOid: string;
  /** Uncompressed point 04‖x‖y (65 bytes). */
  point: Uint8Array;
}

export interface EcPrivateKey {
  curveOid: string;
  /** The private scalar, 32 bytes. */
  d: Uint8Array;
  /** The public point when the encoding carries it. */
  point: Uint8Array | null;
}

const ecAlgorithm = (curveOid: string): asn1js.Sequence =>
  new asn1js.Sequence({
    value: [new asn1js.ObjectIdentifier({ value: OID.ecPublicKey }), new asn1js.ObjectIdentifier({ value: curveOid })],
  });

const ber = (v: asn1js.AsnType): Uint8Array => new Uint8Array(v.toBER(false));

/** SubjectPublicKeyInfo DER for an EC point. */
export function encodeEcSpki(key: EcPublicKey): Uint8Array {
  checkPoint(key.point);
  return ber(
    new asn1js.Sequence({ value: [ecAlgorithm(key.curveOid), new asn1js.BitString({ valueHex: toArrayBuffer(key.point) })] }),
  );
}

/** @throws PkiError PKI_KEY_INVALID when the DER is not an EC SubjectPublicKeyInfo. */
export function decodeEcSpki(der: Uint8Array): EcPublicKey {
  const root = parseDer(der, 'PKI_KEY_INVALID');
  const [alg, bits] = seq(root);
  const [algOid, curve] = seq(alg);
  if (oidOf(algOid) !== OID.ecPublicKey || !(bits instanceof asn1js.BitString)) throw invalid('不是椭圆曲线公钥');
  const point = new Uint8Array(bits.valueBlock.valueHexView);
  checkPoint(point);
  return { curveOid: oidOf(curve), point };
}

/** SEC1 ECPrivateKey (RFC 5915) — the "EC PRIVATE KEY" form; includes the curve and public point. */
export function encodeEcSec1(key: EcPrivateKey, withCurve = true): Uint8Array {
  return ber(sec1Schema(key, withCurve));
}

/** PKCS#8 PrivateKeyInfo DER (curve in the algorithm, SEC1 inside without repeating it — as OpenSSL writes). */
export function encodeEcPkcs8(key: EcPrivateKey): Uint8Array {
  return ber(
    new asn1js.Sequence({
      value: [
        new asn1js.Integer({ value: 0 }),
        ecAlgorithm(key.curveOid),
        new asn1js.OctetString({ valueHex: toArrayBuffer(encodeEcSec1(key, false)) }),
      ],
    }),
  );
}

/**
 * Reads a PKCS#8 or SEC1 EC private key.
 * @throws PkiError PKI_KEY_INVALID for anything else (RSA, encrypted PKCS#8, broken DER).
 */
export function decodeEcPrivateKey(der: Uint8Array): EcPrivateKey {
  const root = parseDer(der, 'PKI_KEY_INVALID');
  const items = seq(root);
  const version = items[0];
  if (!(version instanceof asn1js.Integer)) throw invalid();
  if (version.valueBlock.valueDec === 0) {
    // PKCS#8: version 0, AlgorithmIdentifier, OCTET STRING(SEC1)
    const [algOid, curve] = seq(items[1]);
    const inner = items[2];
    if (oidOf(algOid) !== OID.ecPublicKey || !(inner instanceof asn1js.OctetString)) throw invalid('不是椭圆曲线私钥');
    const sec1 = decodeSec1(new Uint8Array(inner.valueBlock.valueHexView));
    return { ...sec1, curveOid: oidOf(curve) };
  }
  const sec1 = decodeSec1(der);
  if (!sec1.curveOid) throw invalid('SEC1 私钥缺少曲线参数');
  return sec1;
}

function decodeSec1(der: Uint8Array): EcPrivateKey {
  const items = seq(parseDer(der, 'PKI_KEY_INVALID'));
  const version = items[0];
  const d = items[1];
  if (!(version instanceof asn1js.Integer) || version.valueBlock.valueDec !== 1 || !(d instanceof asn1js.OctetString)) {
    throw invalid();
  }
  let curveOid = '';
  let point: Uint8Array | null = null;
  for (const item of items.slice(2)) {
    if (item.idBlock.tagClass !== 3 || !(item instanceof asn1js.Constructed)) continue;
    const inner = item.valueBlock.value[0];
    if (item.idBlock.tagNumber === 0 && inner) curveOid = oidOf(inner);
    if (item.idBlock.tagNumber === 1 && inner instanceof asn1js.BitString) point = new Uint8Array(inner.valueBlock.valueHexView);
  }
  return { curveOid, d: fixedWidth(new Uint8Array(d.valueBlock.valueHexView), 32), point };
}

function sec1Schema(key: EcPrivateKey, withCurve: boolean): asn1js.Sequence {
  if (key.d.byteLength !== 32) throw invalid('私钥长度不正确');
  const value: asn1js.AsnType[] = [new asn1js.Integer({ value: 1 }), new asn1js.OctetString({ valueHex: toArrayBuffer(key.d) })];
  if (withCurve) {
    value.push(
      new asn1js.Constructed({
        idBlock: { tagClass: 3, tagNumber: 0 },
        value: [new asn1js.ObjectIdentifier({ value: key.curveOid })],
      }),
    );
  }
  if (key.point) {
    value.push(
      new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 1 }, value: [new asn1js.BitString({ valueHex: toArrayBuffer(key.point) })] }),
    );
  }
  return new asn1js.Sequence({ value });
}

function checkPoint(point: Uint8Array): void {
  if (point.byteLength !== 65 || point[0] !== 0x04) throw invalid('只支持未压缩的 256 位椭圆曲线公钥');
}

function seq(node: asn1js.AsnType | undefined): asn1js.AsnType[] {
  if (!(node instanceof asn1js.Sequence)) throw invalid();
  return node.valueBlock.value;
}

function oidOf(node: asn1js.AsnType | undefined): string {
  if (!(node instanceof asn1js.ObjectIdentifier)) throw invalid();
  return node.valueBlock.toString();
}

function invalid(message?: string): PkiError {
  return new PkiError('PKI_KEY_INVALID', message);
}
