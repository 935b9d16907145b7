import { z } from 'zod';

/**
 * Signing keys, certificates, court seals and signature verification (issue 6). Shared by the
 * server and the web.
 */

export const signatureAlgorithms = ['sm2', 'ecdsa-p256'] as const;
export type SignatureAlgorithmName = (typeof signatureAlgorithms)[number];
export const signatureAlgorithmLabels: Record<SignatureAlgorithmName, string> = { sm2: 'SM2（国密，SM3 摘要）', 'ecdsa-p256': 'ECDSA P-256（SHA-256）' };

export const certificateSummaryOut = z.object({
  subject: z.string(),
  commonName: z.string().nullable(),
  issuer: z.string(),
  serialNumber: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  algorithm: z.enum(signatureAlgorithms).nullable(),
  isCa: z.boolean(),
  sha256Fingerprint: z.string(),
});
export type CertificateSummaryOut = z.infer<typeof certificateSummaryOut>;

export const userKeyStatuses = ['active', 'revoked', 'replaced'] as const;
export const userKeyStatusLabels: Record<(typeof userKeyStatuses)[number], string> = { active: '有效', revoked: '已吊销', replaced: '已更换' };

export const userCertificateOut = z.object({
  id: z.string(),
  userId: z.string(),
  username: z.string(),
  displayName: z.string(),
  algorithm: z.enum(signatureAlgorithms),
  status: z.enum(userKeyStatuses),
  certificate: certificateSummaryOut,
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
});
export type UserCertificateOut = z.infer<typeof userCertificateOut>;
export const userCertificateList = z.object({ items: z.array(userCertificateOut) });

const pin = z.string().min(1, '请输入签名口令').max(64);
export const enrolIn = z.object({ pin });
export const changePinIn = z.object({ oldPin: pin, newPin: pin });
export const issueCertificateIn = z.object({ userId: z.string().min(1), pin });
export const revokeIn = z.object({ reason: z.string().trim().min(2, '请写明吊销原因').max(500) });

export const authorityOut = z.object({
  id: z.string(),
  algorithm: z.enum(signatureAlgorithms),
  kind: z.enum(['root', 'issuing']),
  origin: z.enum(['generated', 'imported']),
  active: z.boolean(),
  certificate: certificateSummaryOut,
  /** PEM, for anyone who wants to verify signatures outside CaseVault. */
  pem: z.string(),
});
export type AuthorityOut = z.infer<typeof authorityOut>;
export const authorityList = z.object({ items: z.array(authorityOut) });

/** A court's own CA: PEM certificates and key, or a PKCS#12 file (base64) with its password. */
export const importCaIn = z.union([
  z.object({ format: z.literal('pem'), certificates: z.string().min(1, '请粘贴证书（PEM）'), privateKey: z.string().min(1, '请粘贴私钥（PEM）') }),
  z.object({ format: z.literal('pkcs12'), pkcs12: z.string().min(1, '请选择 PKCS#12 文件'), password: z.string() }),
]);
export type ImportCaIn = z.infer<typeof importCaIn>;

export const sealOut = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(['active', 'revoked']),
  algorithm: z.enum(signatureAlgorithms),
  certificate: certificateSummaryOut,
  users: z.array(z.object({ id: z.string(), name: z.string() })),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
});
export type SealOut = z.infer<typeof sealOut>;
export const sealList = z.object({ items: z.array(sealOut) });
export const sealIn = z.object({
  name: z.string().trim().min(2, '请填写印章名称').max(100),
  /** PNG, base64, with a transparent background. */
  imagePng: z.string().min(1, '请上传印章图像'),
  userIds: z.array(z.string().min(1)).default([]),
});
export const sealUsersIn = z.object({ userIds: z.array(z.string().min(1)) });

/** The result of verifying one signature (a CMS over a manifest, or one signature of a PDF). */
export const signatureCheckOut = z.object({ code: z.string(), ok: z.boolean(), message: z.string() });
export const signatureVerificationOut = z.object({
  valid: z.boolean(),
  signer: certificateSummaryOut.nullable(),
  signingTime: z.string().nullable(),
  algorithm: z.enum(signatureAlgorithms).nullable(),
  chain: z.array(certificateSummaryOut),
  checks: z.array(signatureCheckOut),
});
export type SignatureVerificationOut = z.infer<typeof signatureVerificationOut>;
