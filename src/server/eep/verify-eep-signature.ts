import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import {
  ALGORITHM_INFO,
  algorithmFromSignatureOid,
  summarizeCertificate,
  verifyDetachedCmsDigest,
  type CmsVerification,
  type SignatureAlgorithm,
} from '../pki/index.js';
import { issue, type EepIssue } from './eep-issues.js';
import { child, childText, type XmlNode } from './xml-tree.js';

/** The 电子签名块 as read, and the verdict. */
export interface EepSignatureResult {
  id: string;
  rule: string;
  signingTime: string;
  signer: string;
  algorithmOid: string;
  algorithm: SignatureAlgorithm | null;
  /** Digest (hex) of the 被签名对象 bytes, with the algorithm 签名算法标识 names. */
  signedDigest: string | null;
  verification: CmsVerification | null;
}

/**
 * Verifies the 电子签名块 against the 被签名对象 bytes re-read from the file: the range the scanner
 * reported is hashed straight from disk (nothing re-serialised), so a changed byte anywhere in the
 * element — metadata or file data — breaks the signature.
 */
export async function verifyEepSignature(
  file: string,
  block: XmlNode,
  range: { start: number; end: number },
  trustedRoots: Uint8Array[],
): Promise<{ result: EepSignatureResult; issues: EepIssue[] }> {
  const issues: EepIssue[] = [];
  const where = '电子签名块';
  const algorithmOid = childText(block, '签名算法标识');
  const algorithm = algorithmFromSignatureOid(algorithmOid);
  const result: EepSignatureResult = {
    id: childText(block, '签名标识符'),
    rule: childText(block, '签名规则'),
    signingTime: childText(block, '签名时间'),
    signer: childText(block, '签名人'),
    algorithmOid,
    algorithm,
    signedDigest: null,
    verification: null,
  };
  if (!algorithm) {
    issues.push(issue('EEP_SIGNATURE_ALGORITHM_UNKNOWN', `${where}/签名算法标识`, `不支持的签名算法标识“${algorithmOid}”`));
    return { result, issues };
  }
  const digestName = ALGORITHM_INFO[algorithm].digest;
  const digest = await hashRange(file, range, digestName);
  result.signedDigest = Buffer.from(digest).toString('hex');
  const cms = base64(childText(block, '签名结果'));
  // A CMS declaring another digest than 签名算法标识 implies gets an empty digest: it then fails
  // its message-digest check instead of being verified against something we did not compute.
  const verification = verifyDetachedCmsDigest(cms, (d) => (d === digestName ? digest : new Uint8Array(0)), { trustedRoots });
  result.verification = verification;
  if (!verification.valid) {
    const failed = verification.checks.filter((c) => !c.ok).map((c) => `${c.code}：${c.message}`);
    issues.push(issue('EEP_SIGNATURE_INVALID', `${where}/签名结果`, `电子签名验证未通过：${failed.join('；')}`));
  }
  if (verification.algorithm && verification.algorithm !== algorithm) {
    issues.push(issue('EEP_SIGNATURE_INVALID', `${where}/签名算法标识`, '签名算法标识与签名数据中的算法不一致'));
  }
  const certText = childText(child(block, '证书块'), '证书');
  if (certText && verification.signer) {
    let serial: string | null = null;
    try {
      serial = summarizeCertificate(base64(certText)).serialNumber;
    } catch {
      serial = null;
    }
    if (serial !== verification.signer.serialNumber) {
      issues.push(issue('EEP_CERTIFICATE_MISMATCH', `${where}/证书块/证书`, '证书块中的证书不是签名数据的签名人证书'));
    }
  }
  return { result, issues };
}

async function hashRange(file: string, range: { start: number; end: number }, algorithm: 'sm3' | 'sha256'): Promise<Uint8Array> {
  const hash = createHash(algorithm);
  if (range.end > range.start) {
    for await (const chunk of createReadStream(file, { start: range.start, end: range.end - 1, highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  }
  return new Uint8Array(hash.digest());
}

function base64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text.replace(/\s+/g, ''), 'base64'));
}
