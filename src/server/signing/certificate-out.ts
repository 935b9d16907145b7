import type { CertificateSummaryOut } from '../../common/signature-api.js';
import { summarizeCertificate, type CertificateSummary } from '../pki/index.js';

/** A certificate (base64 DER as stored) as the API shows it. */
export function certificateOut(base64Der: string): CertificateSummaryOut {
  return summaryOut(summarizeCertificate(Buffer.from(base64Der, 'base64')));
}

export function summaryOut(s: CertificateSummary): CertificateSummaryOut {
  return {
    subject: s.subject,
    commonName: s.commonName,
    issuer: s.issuer,
    serialNumber: s.serialNumber,
    notBefore: s.notBefore,
    notAfter: s.notAfter,
    algorithm: s.algorithm,
    isCa: s.isCa,
    sha256Fingerprint: s.sha256Fingerprint,
  };
}

export const der = (base64: string): Uint8Array => new Uint8Array(Buffer.from(base64, 'base64'));
export const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
