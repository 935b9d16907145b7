import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { ALGORITHM_INFO, OID, type PkiDigest } from './algorithms.js';
import { parseCertificate } from './certificate.js';
import { toArrayBuffer } from './der.js';
import { PkiError } from './errors.js';
import type { Signer } from './signer.js';

/**
 * Detached CMS SignedData (RFC 5652 §5) — the signature format of PDF signatures
 * (adbe.pkcs7.detached / ETSI.CAdES.detached) and of stand-alone .p7s files.
 *
 * The signer signs the DER of the signed attributes (a SET OF, tag 0x31, RFC 5652 §5.4), never
 * the content itself, so a UKey/HSM signer only ever sees a few hundred bytes. Attributes:
 * contentType, messageDigest, signingTime and signingCertificateV2 (RFC 5035, binds the signer
 * certificate so it cannot be swapped for another certificate of the same key).
 * Digest: SM3 for SM2 signers, SHA-256 for ECDSA, as GM/T 0010 and RFC 5754 pair them.
 */
export interface CmsSignOptions {
  /** Claimed signing time (default now). Without a timestamp token it is only the signer's word. */
  signingTime?: Date;
}

/** The content digest a CMS for `digest` needs (SM3 or SHA-256, node:crypto). */
export function cmsContentDigest(digest: PkiDigest, content: Uint8Array): Uint8Array {
  return new Uint8Array(createHash(digest).update(content).digest());
}

/** Signs content bytes; returns ContentInfo DER with no encapsulated content. */
export async function signDetachedCms(content: Uint8Array, signer: Signer, options: CmsSignOptions = {}): Promise<Uint8Array> {
  return signDetachedCmsDigest(cmsContentDigest(ALGORITHM_INFO[signer.algorithm].digest, content), signer, options);
}

/**
 * Same as `signDetachedCms` for a digest computed elsewhere — e.g. streamed over a PDF's ByteRange.
 * The digest must use the signer's algorithm (SM3 for SM2, SHA-256 for ECDSA).
 * @throws PkiError PKI_CMS_INVALID when the digest has the wrong length.
 */
export async function signDetachedCmsDigest(contentDigest: Uint8Array, signer: Signer, options: CmsSignOptions = {}): Promise<Uint8Array> {
  if (contentDigest.byteLength !== 32) throw new PkiError('PKI_CMS_INVALID', '内容摘要长度不正确');
  const info = ALGORITHM_INFO[signer.algorithm];
  const cert = parseCertificate(signer.certificate);
  const signingTime = options.signingTime ?? new Date();

  const attributes = sortDer([
    attribute(OID.contentType, new asn1js.ObjectIdentifier({ value: OID.data })),
    attribute(OID.messageDigest, new asn1js.OctetString({ valueHex: toArrayBuffer(contentDigest) })),
    attribute(OID.signingTime, timeValue(signingTime)),
    attribute(OID.signingCertificateV2, signingCertificateV2(signer.certificate)),
  ]);
  // What is signed: the attributes as a DER SET OF (RFC 5652 §5.4); the SignerInfo carries the same
  // content under the implicit tag [0]. DER requires SET OF elements sorted by encoding — OpenSSL
  // re-encodes before verifying, so an unsorted set would not verify there.
  const signedAttrsDer = new Uint8Array(new asn1js.Set({ value: attributes.map((a) => a.toSchema()) }).toBER(false));
  const signature = await signer.sign(signedAttrsDer);

  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: info.digestOid }),
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
    signatureAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: info.signatureOid }),
    signature: new asn1js.OctetString({ valueHex: toArrayBuffer(signature) }),
  });
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: info.digestOid })],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    certificates: [signer.certificate, ...signer.chain].map(parseCertificate),
    signerInfos: [signerInfo],
  });
  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}

function attribute(type: string, value: asn1js.AsnType): pkijs.Attribute {
  return new pkijs.Attribute({ type, values: [value] });
}

/** UTCTime through 2049, GeneralizedTime after (RFC 5652 §11.3). */
function timeValue(date: Date): asn1js.AsnType {
  const value = new Date(Math.floor(date.getTime() / 1000) * 1000);
  return value.getUTCFullYear() >= 2050 ? new asn1js.GeneralizedTime({ valueDate: value }) : new asn1js.UTCTime({ valueDate: value });
}

/**
 * SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 } with one ESSCertIDv2 whose
 * hashAlgorithm is the DEFAULT (SHA-256, therefore omitted) and no issuerSerial (optional).
 */
function signingCertificateV2(certificate: Uint8Array): asn1js.Sequence {
  const hash = createHash('sha256').update(certificate).digest();
  return new asn1js.Sequence({
    value: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: toArrayBuffer(hash) })] })] })],
  });
}

function sortDer(attributes: pkijs.Attribute[]): pkijs.Attribute[] {
  const encoded = attributes.map((a) => ({ a, der: Buffer.from(a.toSchema().toBER(false)) }));
  encoded.sort((x, y) => Buffer.compare(x.der, y.der));
  return encoded.map((e) => e.a);
}
