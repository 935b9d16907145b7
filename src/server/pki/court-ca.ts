import type { SignatureAlgorithm } from './algorithms.js';
import { certificatePublicKey, createCertificate, isCa, parseCertificate } from './certificate.js';
import { PkiError } from './errors.js';
import { generateKeyPair, privateKeyMatchesPublicKey, type KeyPairDer } from './key-pair.js';
import { softwareSigningKey, type SigningKey } from './signer.js';

/**
 * The court's internal CA (院内 CA): a self-signed root kept offline in spirit, and an issuing CA
 * below it that certifies judges' and clerks' signing keys. Two levels so the issuing key can be
 * replaced (or revoked) without re-distributing the trust anchor.
 */
export interface CaMaterial {
  certificate: Uint8Array;
  keyPair: KeyPairDer;
}

export interface CourtCa {
  algorithm: SignatureAlgorithm;
  root: CaMaterial;
  issuing: CaMaterial;
}

export interface CreateCourtCaOptions {
  /** 法院名称, e.g. 上海市青浦区人民法院 — becomes O and part of each CN. */
  courtName: string;
  algorithm: SignatureAlgorithm;
  /** Start of validity (default now). */
  notBefore?: Date;
  rootYears?: number;
  issuingYears?: number;
}

/** A CA that can issue: its certificate, its signing key, and the certificates above it. */
export interface IssuingAuthority {
  certificate: Uint8Array;
  key: SigningKey;
  /** Certificates above `certificate` (the root for a court CA), nearest first. */
  chain: Uint8Array[];
}

export interface UserCertificateRequest {
  /** 姓名 — CN. */
  commonName: string;
  /** 部门 — OU, e.g. 民事审判庭. */
  department?: string;
  /** SubjectPublicKeyInfo DER of the user's key (generated where the key will live). */
  publicKey: Uint8Array;
  notBefore?: Date;
  /** Default 2 years. */
  validityDays?: number;
}

/** Creates root + issuing CA with fresh keys. */
export async function createCourtCa(options: CreateCourtCaOptions): Promise<CourtCa> {
  const notBefore = options.notBefore ?? new Date();
  const rootKey = generateKeyPair(options.algorithm);
  const rootCert = await createCertificate({
    subject: { commonName: `${options.courtName}根证书`, organization: options.courtName },
    subjectPublicKey: rootKey.publicKey,
    profile: 'ca',
    pathLength: 1,
    notBefore,
    notAfter: addYears(notBefore, options.rootYears ?? 20),
    issuerCertificate: null,
    issuerKey: softwareSigningKey(rootKey),
  });
  const issuingKey = generateKeyPair(options.algorithm);
  const issuingCert = await createCertificate({
    subject: { commonName: `${options.courtName}电子签名证书签发机构`, organization: options.courtName },
    subjectPublicKey: issuingKey.publicKey,
    profile: 'ca',
    pathLength: 0,
    notBefore,
    notAfter: addYears(notBefore, options.issuingYears ?? 10),
    issuerCertificate: rootCert,
    issuerKey: softwareSigningKey(rootKey),
  });
  return {
    algorithm: options.algorithm,
    root: { certificate: rootCert, keyPair: rootKey },
    issuing: { certificate: issuingCert, keyPair: issuingKey },
  };
}

/** The issuing CA of a court CA, ready to issue user certificates. */
export function issuingAuthority(ca: CourtCa): IssuingAuthority {
  return { certificate: ca.issuing.certificate, key: softwareSigningKey(ca.issuing.keyPair), chain: [ca.root.certificate] };
}

/**
 * Issues a user signing certificate (digitalSignature + nonRepudiation). The organisation is the
 * issuer's O, so a user certificate always names the court that vouches for the person.
 * @throws PkiError PKI_CERT_INVALID when the issuer is not a CA.
 */
export async function issueUserCertificate(authority: IssuingAuthority, request: UserCertificateRequest): Promise<Uint8Array> {
  const issuer = parseCertificate(authority.certificate);
  if (!isCa(issuer)) throw new PkiError('PKI_CERT_INVALID', '签发者证书不是 CA 证书');
  const organization = issuer.subject.typesAndValues.find((t) => t.type === '2.5.4.10');
  const orgName = (organization?.value as { valueBlock?: { value?: unknown } } | undefined)?.valueBlock?.value;
  const notBefore = request.notBefore ?? new Date();
  return createCertificate({
    subject: {
      commonName: request.commonName,
      ...(request.department ? { organizationalUnit: request.department } : {}),
      ...(typeof orgName === 'string' ? { organization: orgName } : {}),
    },
    subjectPublicKey: request.publicKey,
    profile: 'user',
    notBefore,
    notAfter: new Date(notBefore.getTime() + (request.validityDays ?? 730) * 86_400_000),
    issuerCertificate: authority.certificate,
    issuerKey: authority.key,
  });
}

/** Whether a private key belongs to a certificate. */
export function keyMatchesCertificate(privateKey: Uint8Array, certificate: Uint8Array): boolean {
  try {
    return privateKeyMatchesPublicKey(privateKey, certificatePublicKey(parseCertificate(certificate)));
  } catch {
    return false;
  }
}

function addYears(date: Date, years: number): Date {
  const d = new Date(date);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d;
}
