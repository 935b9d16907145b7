import type * as pkijs from 'pkijs';
import { bytesEqual } from './der.js';
import {
  certificatePublicKey,
  hasKeyUsage,
  isCa,
  normaliseSerial,
  serialHex,
  verifyCertificateSignature,
} from './certificate.js';
import { OID } from './algorithms.js';
import { nameAttribute } from './names.js';

/**
 * Certification path checks for a signer certificate (a deliberately small subset of RFC 5280 §6:
 * the court runs a two-level internal CA and verifies its own signatures). Checks are values — each
 * with a code, ok and a Chinese message — so a report shows every failure, not just the first.
 */
export interface PathCheck {
  code: string;
  ok: boolean;
  message: string;
}

export interface PathOptions {
  /** Trust anchors, DER. Only a path ending in one of these is trusted. */
  trustedRoots: Uint8Array[];
  /** Revoked serial numbers, hex in any case, separators ignored. */
  revokedSerials?: string[];
}

export interface PathResult {
  /** Signer first, trust anchor (when reached) last. */
  path: Array<{ der: Uint8Array; cert: pkijs.Certificate }>;
  checks: PathCheck[];
}

const MAX_DEPTH = 8;

/**
 * Builds the path from `leaf` through `intermediates` to a trusted root, verifying each link's
 * signature, validity at `at`, revocation, and CA constraints.
 */
export function validatePath(
  leaf: { der: Uint8Array; cert: pkijs.Certificate },
  intermediates: Array<{ der: Uint8Array; cert: pkijs.Certificate }>,
  roots: Array<{ der: Uint8Array; cert: pkijs.Certificate }>,
  at: Date,
  options: PathOptions,
): PathResult {
  const path = [leaf];
  let trusted = isTrusted(leaf.der, roots);
  let linkProblem: string | null = null;
  while (!trusted && path.length <= MAX_DEPTH) {
    const current = path[path.length - 1]!;
    const candidates = [...roots, ...intermediates].filter(
      (c) => c.cert.subject.isEqual(current.cert.issuer) && !path.some((p) => bytesEqual(p.der, c.der)),
    );
    const issuer = candidates.find((c) => verifyCertificateSignature(current.cert, certificatePublicKey(c.cert)));
    if (!issuer) {
      if (candidates.length > 0) linkProblem = `证书“${cn(current.cert)}”的签发者签名验证失败（不是由受信任的 CA 签发）`;
      else if (selfIssued(current.cert)) linkProblem = `根证书“${cn(current.cert)}”不在受信任的根证书列表中`;
      else linkProblem = `找不到证书“${cn(current.cert)}”的签发者证书`;
      break;
    }
    path.push(issuer);
    trusted = isTrusted(issuer.der, roots);
  }
  if (!trusted && !linkProblem) linkProblem = '证书链过长';

  const checks: PathCheck[] = [];
  checks.push({
    code: 'CMS_CHAIN_TRUSTED',
    ok: trusted,
    message: trusted ? `证书链完整，逐级签名有效，终止于受信任的根证书（共 ${path.length} 级）` : linkProblem!,
  });

  const expired = path.filter((p) => at < p.cert.notBefore.value || at > p.cert.notAfter.value);
  checks.push({
    code: 'CMS_CERT_VALIDITY',
    ok: expired.length === 0,
    message:
      expired.length === 0
        ? `签名时间 ${at.toISOString()} 在各证书有效期内`
        : expired.map((p) => `证书“${cn(p.cert)}”在 ${at.toISOString()} 不在有效期内（${p.cert.notBefore.value.toISOString()} 至 ${p.cert.notAfter.value.toISOString()}）`).join('；'),
  });

  const revoked = new Set((options.revokedSerials ?? []).map(normaliseSerial));
  const hits = path.filter((p) => revoked.has(serialHex(p.cert)));
  checks.push({
    code: 'CMS_CERT_REVOKED',
    ok: hits.length === 0,
    message: hits.length === 0 ? '证书未被吊销' : hits.map((p) => `证书“${cn(p.cert)}”（序列号 ${serialHex(p.cert)}）已被吊销`).join('；'),
  });

  const constraintProblems: string[] = [];
  if (hasKeyUsage(leaf.cert, 0) === false && hasKeyUsage(leaf.cert, 1) === false) {
    constraintProblems.push(`签名者证书“${cn(leaf.cert)}”的密钥用途不含数字签名或不可否认`);
  }
  for (const issuer of path.slice(1)) {
    if (!isCa(issuer.cert) || hasKeyUsage(issuer.cert, 5) === false) constraintProblems.push(`签发者证书“${cn(issuer.cert)}”不是 CA 证书，无权签发证书`);
  }
  checks.push({
    code: 'CMS_CA_CONSTRAINTS',
    ok: constraintProblems.length === 0,
    message: constraintProblems.length === 0 ? '证书用途与 CA 约束符合要求' : constraintProblems.join('；'),
  });
  return { path, checks };
}

function isTrusted(der: Uint8Array, roots: Array<{ der: Uint8Array }>): boolean {
  return roots.some((r) => bytesEqual(r.der, der));
}

function selfIssued(cert: pkijs.Certificate): boolean {
  return cert.subject.isEqual(cert.issuer);
}

function cn(cert: pkijs.Certificate): string {
  return nameAttribute(cert.subject, OID.commonName) ?? '(无名称)';
}
