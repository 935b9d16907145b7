import { createHash, randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { ALGORITHM_INFO, algorithmFromSignatureOid, OID, type SignatureAlgorithm } from './algorithms.js';
import { bytesToHex, parseDer, toArrayBuffer } from './der.js';
import { PkiError } from './errors.js';
import { algorithmOfPublicKey } from './key-pair.js';
import { buildName, formatName, nameAttribute, type DistinguishedName } from './names.js';
import { verifyWithPublicKey } from './signature.js';
import type { SigningKey } from './signer.js';

/**
 * X.509 v3 certificates (RFC 5280) built with pkijs and signed by our own signing code for both
 * algorithms: pkijs builds the TBSCertificate, we sign its DER and set signatureValue. WebCrypto
 * (which pkijs would use) has no SM2, and one code path for both algorithms is easier to trust.
 */
export type CertificateProfile = 'ca' | 'user';

export interface CertificateInput {
  subject: DistinguishedName;
  /** SubjectPublicKeyInfo DER of the subject's key. */
  subjectPublicKey: Uint8Array;
  /** 'ca': basicConstraints cA + keyCertSign/cRLSign; 'user': digitalSignature + nonRepudiation (签名不可否认). */
  profile: CertificateProfile;
  /** CA only: how many CAs may follow below this one (root: 1, issuing CA: 0). */
  pathLength?: number;
  notBefore: Date;
  notAfter: Date;
  /** Positive big-endian serial; default 16 random bytes (RFC 5280 §4.1.2.2: ≤ 20 octets, unpredictable). */
  serialNumber?: Uint8Array;
  /** The issuer's certificate DER; null for a self-signed root (the subject is its own issuer). */
  issuerCertificate: Uint8Array | null;
  /** The issuer's key (for a self-signed root: the subject's own key). */
  issuerKey: SigningKey;
}

export interface CertificateSummary {
  /** "CN=张三,OU=民事审判庭,O=上海市青浦区人民法院,C=CN" */
  subject: string;
  commonName: string | null;
  issuer: string;
  /** Lower-case hex without the DER sign byte. */
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  /** Algorithm of the certified key. */
  algorithm: SignatureAlgorithm | null;
  /** Algorithm the issuer signed this certificate with. */
  signatureAlgorithm: SignatureAlgorithm | null;
  isCa: boolean;
  /** SHA-256 of the DER, lower-case hex (what `openssl x509 -fingerprint -sha256` prints, without colons). */
  sha256Fingerprint: string;
}

/** Builds and signs a certificate. @throws PkiError PKI_CERT_INVALID / PKI_KEY_INVALID for unusable inputs. */
export async function createCertificate(input: CertificateInput): Promise<Uint8Array> {
  if (!(input.notAfter > input.notBefore)) throw new PkiError('PKI_CERT_INVALID', '证书有效期的结束时间必须晚于开始时间');
  const algorithm = input.issuerKey.algorithm;
  const issuerCert = input.issuerCertificate ? parseCertificate(input.issuerCertificate) : null;
  algorithmOfPublicKey(input.subjectPublicKey); // only SM2 / P-256 keys are certified

  const cert = new pkijs.Certificate();
  cert.version = 2;
  cert.serialNumber = new asn1js.Integer({ valueHex: toArrayBuffer(input.serialNumber ?? randomSerial()) });
  const sigAlg = () => new pkijs.AlgorithmIdentifier({ algorithmId: ALGORITHM_INFO[algorithm].signatureOid });
  cert.signature = sigAlg();
  cert.signatureAlgorithm = sigAlg();
  cert.subject = buildName(input.subject);
  cert.issuer = issuerCert ? issuerCert.subject : buildName(input.subject);
  cert.notBefore = timeOf(input.notBefore);
  cert.notAfter = timeOf(input.notAfter);
  cert.subjectPublicKeyInfo = pkijs.PublicKeyInfo.fromBER(toArrayBuffer(input.subjectPublicKey));

  const ski = keyIdentifier(input.subjectPublicKey);
  const aki = issuerCert ? (subjectKeyIdentifier(issuerCert) ?? keyIdentifier(certificatePublicKey(issuerCert))) : ski;
  const ca = input.profile === 'ca';
  cert.extensions = [
    extension(OID.basicConstraints, true, new pkijs.BasicConstraints(ca ? { cA: true, pathLenConstraint: input.pathLength ?? 0 } : {}).toSchema()),
    // keyUsage bits (RFC 5280 §4.2.1.3): 0 digitalSignature, 1 nonRepudiation, 5 keyCertSign, 6 cRLSign
    extension(OID.keyUsage, true, keyUsage(ca ? [5, 6] : [0, 1])),
    extension(OID.subjectKeyIdentifier, false, new asn1js.OctetString({ valueHex: toArrayBuffer(ski) })),
    extension(
      OID.authorityKeyIdentifier,
      false,
      new pkijs.AuthorityKeyIdentifier({ keyIdentifier: new asn1js.OctetString({ valueHex: toArrayBuffer(aki) }) }).toSchema(),
    ),
  ];

  const tbs = new Uint8Array(cert.encodeTBS().toBER(false));
  cert.tbsView = tbs;
  const signature = await input.issuerKey.sign(tbs);
  cert.signatureValue = new asn1js.BitString({ valueHex: toArrayBuffer(signature) });
  return new Uint8Array(cert.toSchema(false).toBER(false));
}

/** @throws PkiError PKI_CERT_INVALID when the bytes are not one X.509 certificate. */
export function parseCertificate(der: Uint8Array): pkijs.Certificate {
  const asn = parseDer(der, 'PKI_CERT_INVALID');
  try {
    return new pkijs.Certificate({ schema: asn });
  } catch (err) {
    throw new PkiError('PKI_CERT_INVALID', undefined, String(err));
  }
}

/** A plain, display-ready summary. @throws PkiError PKI_CERT_INVALID. */
export function summarizeCertificate(der: Uint8Array): CertificateSummary {
  const cert = parseCertificate(der);
  let algorithm: SignatureAlgorithm | null = null;
  try {
    algorithm = algorithmOfPublicKey(certificatePublicKey(cert));
  } catch {
    algorithm = null;
  }
  return {
    subject: formatName(cert.subject),
    commonName: nameAttribute(cert.subject, OID.commonName),
    issuer: formatName(cert.issuer),
    serialNumber: serialHex(cert),
    notBefore: cert.notBefore.value.toISOString(),
    notAfter: cert.notAfter.value.toISOString(),
    algorithm,
    signatureAlgorithm: algorithmFromSignatureOid(cert.signatureAlgorithm.algorithmId),
    isCa: isCa(cert),
    sha256Fingerprint: createHash('sha256').update(der).digest('hex'),
  };
}

/** The certified key as SubjectPublicKeyInfo DER. */
export function certificatePublicKey(cert: pkijs.Certificate): Uint8Array {
  return new Uint8Array(cert.subjectPublicKeyInfo.toSchema().toBER(false));
}

/** Serial number as lower-case hex, leading sign byte removed (revocation lists compare these). */
export function serialHex(cert: pkijs.Certificate): string {
  return normaliseSerial(bytesToHex(new Uint8Array(cert.serialNumber.valueBlock.valueHexView)));
}

/** Canonical form of a serial typed by a person or read from a CRL: lower case, no separators, no leading zeros. */
export function normaliseSerial(serial: string): string {
  const hex = serial.toLowerCase().replace(/[^0-9a-f]/g, '').replace(/^0+/, '');
  return hex === '' ? '0' : hex;
}

/** Whether basicConstraints says cA. */
export function isCa(cert: pkijs.Certificate): boolean {
  const ext = cert.extensions?.find((e) => e.extnID === OID.basicConstraints);
  return ext?.parsedValue instanceof pkijs.BasicConstraints ? ext.parsedValue.cA : false;
}

/** keyUsage bit `bit` (0 = digitalSignature …), or null when the extension is absent. */
export function hasKeyUsage(cert: pkijs.Certificate, bit: number): boolean | null {
  const ext = cert.extensions?.find((e) => e.extnID === OID.keyUsage);
  if (!ext || !(ext.parsedValue instanceof asn1js.BitString)) return null;
  const bytes = ext.parsedValue.valueBlock.valueHexView;
  return ((bytes[bit >> 3] ?? 0) & (0x80 >> (bit & 7))) !== 0;
}

/** The subjectKeyIdentifier value, or null. */
export function subjectKeyIdentifier(cert: pkijs.Certificate): Uint8Array | null {
  const ext = cert.extensions?.find((e) => e.extnID === OID.subjectKeyIdentifier);
  return ext?.parsedValue instanceof asn1js.OctetString ? new Uint8Array(ext.parsedValue.valueBlock.valueHexView) : null;
}

/**
 * Whether `issuerSpki` signed `cert` (with the algorithm the certificate names). Also rejects a
 * certificate whose inner and outer signature algorithms differ (RFC 5280 §4.1.1.2).
 */
export function verifyCertificateSignature(cert: pkijs.Certificate, issuerSpki: Uint8Array): boolean {
  const algorithm = algorithmFromSignatureOid(cert.signatureAlgorithm.algorithmId);
  if (!algorithm || cert.signature.algorithmId !== cert.signatureAlgorithm.algorithmId) return false;
  return verifyWithPublicKey(algorithm, issuerSpki, cert.tbsView, new Uint8Array(cert.signatureValue.valueBlock.valueHexView));
}

/** RFC 5280 §4.2.1.2 method (1): SHA-1 of the subjectPublicKey BIT STRING value. An identifier, not a security function. */
export function keyIdentifier(spki: Uint8Array): Uint8Array {
  const info = pkijs.PublicKeyInfo.fromBER(toArrayBuffer(spki));
  return new Uint8Array(createHash('sha1').update(info.subjectPublicKey.valueBlock.valueHexView).digest());
}

function randomSerial(): Uint8Array {
  const bytes = new Uint8Array(randomBytes(16));
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x40; // positive and minimal: no sign byte, no leading zero
  return bytes;
}

/** UTCTime up to 2049, GeneralizedTime from 2050 (RFC 5280 §4.1.2.5); whole seconds. */
function timeOf(date: Date): pkijs.Time {
  const value = new Date(Math.floor(date.getTime() / 1000) * 1000);
  return new pkijs.Time({ type: value.getUTCFullYear() >= 2050 ? 1 : 0, value });
}

function extension(extnID: string, critical: boolean, value: asn1js.AsnType): pkijs.Extension {
  return new pkijs.Extension({ extnID, critical, extnValue: value.toBER(false) });
}

function keyUsage(bits: number[]): asn1js.BitString {
  const highest = Math.max(...bits);
  const bytes = new Uint8Array((highest >> 3) + 1);
  for (const b of bits) bytes[b >> 3] = (bytes[b >> 3] ?? 0) | (0x80 >> (b & 7));
  return new asn1js.BitString({ valueHex: toArrayBuffer(bytes), unusedBits: 7 - (highest & 7) });
}
