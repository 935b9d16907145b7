import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import {
  ALGORITHM_INFO,
  algorithmFromSignatureOid,
  digestFromOid,
  OID,
  type PkiDigest,
  type SignatureAlgorithm,
} from './algorithms.js';
import { certificatePublicKey, parseCertificate, summarizeCertificate, type CertificateSummary } from './certificate.js';
import { validatePath, type PathCheck } from './chain.js';
import { bytesEqual, bytesToHex, toArrayBuffer } from './der.js';
import { algorithmOfPublicKey } from './key-pair.js';
import { verifyWithPublicKey } from './signature.js';

/**
 * Verification of detached CMS signatures made by CaseVault (and by other SM2/P-256 signers that
 * follow RFC 5652). Every check is reported; `valid` is true only when all pass. Nothing here
 * throws for a bad signature — a broken CMS is a finding (CMS_STRUCTURE), not an exception.
 *
 * Limits (say so in reports): only the first SignerInfo is verified; signingTime is the signer's
 * claim (no RFC 3161 timestamp yet), so "valid at signing time" trusts the signer's clock unless
 * `at` is given; revocation is a caller-supplied serial list (no CRL/OCSP fetching).
 */
export interface CmsVerifyOptions {
  trustedRoots: Uint8Array[];
  revokedSerials?: string[];
  /** Time at which certificates must be valid; default the signed signingTime, else now. */
  at?: Date;
}

export type CmsCheck = PathCheck;

export interface CmsVerification {
  valid: boolean;
  signer: CertificateSummary | null;
  signingTime: string | null;
  algorithm: SignatureAlgorithm | null;
  /** Signer first, root last (as far as the path could be built). */
  chain: CertificateSummary[];
  checks: CmsCheck[];
}

/** Verifies a detached CMS over the content bytes. */
export function verifyDetachedCms(cmsDer: Uint8Array, content: Uint8Array, options: CmsVerifyOptions): CmsVerification {
  return verifyDetachedCmsDigest(cmsDer, (digest) => new Uint8Array(createHash(digest).update(content).digest()), options);
}

/**
 * Verifies a detached CMS given the content digest (for PDFs: the digest of the ByteRange, computed
 * while streaming). `digestOf` is called with the digest algorithm the CMS declares.
 */
export function verifyDetachedCmsDigest(
  cmsDer: Uint8Array,
  digestOf: (digest: PkiDigest) => Uint8Array,
  options: CmsVerifyOptions,
): CmsVerification {
  const checks: CmsCheck[] = [];
  const result = (extra: Partial<CmsVerification> = {}): CmsVerification => ({
    valid: checks.length > 0 && checks.every((c) => c.ok),
    signer: null,
    signingTime: null,
    algorithm: null,
    chain: [],
    checks,
    ...extra,
  });
  const fail = (code: string, message: string) => {
    checks.push({ code, ok: false, message });
    return result();
  };

  // 1. Structure
  let signedData: pkijs.SignedData;
  let signerInfo: pkijs.SignerInfo;
  let certs: Array<{ der: Uint8Array; cert: pkijs.Certificate }>;
  try {
    const contentInfo = pkijs.ContentInfo.fromBER(toArrayBuffer(cmsDer));
    if (contentInfo.contentType !== OID.signedData) return fail('CMS_STRUCTURE', '不是 CMS SignedData 签名数据');
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
    const first = signedData.signerInfos[0];
    if (!first) return fail('CMS_STRUCTURE', '签名数据中没有签名者信息');
    signerInfo = first;
    certs = (signedData.certificates ?? [])
      .filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate)
      .map((cert) => ({ cert, der: new Uint8Array(cert.toSchema().toBER(false)) }));
  } catch {
    return fail('CMS_STRUCTURE', '签名数据（CMS）格式不正确，无法解析');
  }
  if (signedData.encapContentInfo.eContent) return fail('CMS_STRUCTURE', '签名数据内含原文，不是分离式签名');
  if (!signerInfo.signedAttrs) return fail('CMS_STRUCTURE', '签名数据缺少签名属性（signedAttrs）');
  checks.push({
    code: 'CMS_STRUCTURE',
    ok: true,
    message: signedData.signerInfos.length === 1 ? '分离式 CMS 签名数据结构正确' : `含 ${signedData.signerInfos.length} 个签名者，仅验证第一个`,
  });

  // 2. Algorithms
  const digest = digestFromOid(signerInfo.digestAlgorithm.algorithmId);
  const algorithm = algorithmFromSignatureOid(signerInfo.signatureAlgorithm.algorithmId) ?? ecdsaKeyOid(signerInfo, digest);
  if (!digest || !algorithm || ALGORITHM_INFO[algorithm].digest !== digest) {
    return fail(
      'CMS_ALGORITHM',
      `不支持的签名算法组合：摘要 ${signerInfo.digestAlgorithm.algorithmId}，签名 ${signerInfo.signatureAlgorithm.algorithmId}`,
    );
  }

  // 3. Signer certificate
  const signerCert = certs.find((c) => matchesSid(c.cert, signerInfo.sid));
  if (!signerCert) return fail('CMS_SIGNER_CERT', '签名数据中找不到签名者证书');
  const signer = safeSummary(signerCert.der);
  let keyAlgorithm: SignatureAlgorithm | null = null;
  try {
    keyAlgorithm = algorithmOfPublicKey(certificatePublicKey(signerCert.cert));
  } catch {
    keyAlgorithm = null;
  }
  checks.push({
    code: 'CMS_ALGORITHM',
    ok: keyAlgorithm === algorithm,
    message: keyAlgorithm === algorithm ? `签名算法：${ALGORITHM_INFO[algorithm].label}` : '签名算法与签名者证书的密钥类型不一致',
  });

  // 4. Signed attributes
  const attrs = signerInfo.signedAttrs.attributes;
  const attr = (type: string) => attrs.find((a) => a.type === type)?.values[0];
  const contentType = attr(OID.contentType);
  const contentTypeOk = contentType instanceof asn1js.ObjectIdentifier && contentType.valueBlock.toString() === signedData.encapContentInfo.eContentType;
  checks.push({ code: 'CMS_CONTENT_TYPE', ok: contentTypeOk, message: contentTypeOk ? '内容类型属性正确' : '内容类型属性缺失或与封装内容类型不一致' });

  const messageDigest = attr(OID.messageDigest);
  const expected = digestOf(digest);
  const digestOk = messageDigest instanceof asn1js.OctetString && bytesEqual(new Uint8Array(messageDigest.valueBlock.valueHexView), expected);
  checks.push({
    code: 'CMS_MESSAGE_DIGEST',
    ok: digestOk,
    message: digestOk ? `原文摘要（${digest.toUpperCase()}）与签名一致` : `原文摘要（${digest.toUpperCase()}）与签名不一致：原文已被修改或不是被签名的文件`,
  });

  const signingTimeValue = attr(OID.signingTime);
  const signingTime =
    signingTimeValue instanceof asn1js.UTCTime || signingTimeValue instanceof asn1js.GeneralizedTime ? signingTimeValue.toDate() : null;

  const essOk = checkSigningCertificate(attr(OID.signingCertificateV2), signerCert.der);
  checks.push({
    code: 'CMS_SIGNING_CERTIFICATE',
    ok: essOk !== false,
    message: essOk === null ? '未包含签名证书属性（signingCertificateV2）' : essOk ? '签名证书属性与签名者证书一致' : '签名证书属性与签名者证书不一致',
  });

  // 5. The signature over the DER SET OF the signed attributes (pkijs keeps the received bytes, re-tagged 0x31)
  const signed = new Uint8Array(signerInfo.signedAttrs.encodedValue);
  const signatureOk =
    keyAlgorithm === algorithm &&
    verifyWithPublicKey(algorithm, certificatePublicKey(signerCert.cert), signed, new Uint8Array(signerInfo.signature.valueBlock.valueHexView));
  checks.push({
    code: 'CMS_SIGNATURE',
    ok: signatureOk,
    message: signatureOk ? '签名值验证通过' : '签名值验证失败：签名数据被篡改或不是该证书的私钥所签',
  });

  // 6. Certificate path at signing time
  const at = options.at ?? signingTime ?? new Date();
  const roots: Array<{ der: Uint8Array; cert: pkijs.Certificate }> = [];
  for (const der of options.trustedRoots) {
    try {
      roots.push({ der, cert: parseCertificate(der) });
    } catch {
      // an unreadable trust anchor cannot anchor anything; the chain check will say so
    }
  }
  const others = certs.filter((c) => c !== signerCert);
  const path = validatePath(signerCert, others, roots, at, options);
  checks.push(...path.checks);

  return result({
    signer,
    signingTime: signingTime?.toISOString() ?? null,
    algorithm,
    chain: path.path.map((p) => safeSummary(p.der)).filter((s): s is CertificateSummary => s !== null),
  });
}

/** Some signers put id-ecPublicKey instead of ecdsa-with-SHA256 in signatureAlgorithm (RFC 5753 allows it). */
function ecdsaKeyOid(signerInfo: pkijs.SignerInfo, digest: PkiDigest | null): SignatureAlgorithm | null {
  return signerInfo.signatureAlgorithm.algorithmId === OID.ecPublicKey && digest === 'sha256' ? 'ecdsa-p256' : null;
}

function matchesSid(cert: pkijs.Certificate, sid: unknown): boolean {
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    return cert.issuer.isEqual(sid.issuer) && cert.serialNumber.isEqual(sid.serialNumber);
  }
  // [0] SubjectKeyIdentifier
  if (sid instanceof asn1js.Primitive) {
    const ski = cert.extensions?.find((e) => e.extnID === OID.subjectKeyIdentifier)?.parsedValue;
    return ski instanceof asn1js.OctetString && bytesEqual(new Uint8Array(ski.valueBlock.valueHexView), new Uint8Array(sid.valueBlock.valueHexView));
  }
  return false;
}

/** null = attribute absent; otherwise whether the first ESSCertIDv2 hash matches the signer certificate. */
function checkSigningCertificate(value: unknown, certDer: Uint8Array): boolean | null {
  if (value === undefined) return null;
  try {
    const certs = (value as asn1js.Sequence).valueBlock.value[0] as asn1js.Sequence;
    const first = certs.valueBlock.value[0] as asn1js.Sequence;
    let items = first.valueBlock.value;
    let hashName = 'sha256';
    if (items[0] instanceof asn1js.Sequence) {
      const oid = (items[0].valueBlock.value[0] as asn1js.ObjectIdentifier).valueBlock.toString();
      const d = digestFromOid(oid);
      if (!d) return false;
      hashName = d;
      items = items.slice(1);
    }
    const hash = items[0] as asn1js.OctetString;
    return bytesToHex(new Uint8Array(hash.valueBlock.valueHexView)) === createHash(hashName).update(certDer).digest('hex');
  } catch {
    return false;
  }
}

function safeSummary(der: Uint8Array): CertificateSummary | null {
  try {
    return summarizeCertificate(der);
  } catch {
    return null;
  }
}
