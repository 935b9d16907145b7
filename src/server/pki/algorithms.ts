/**
 * The two signature algorithms CaseVault signs with, and every object identifier the PKI code
 * writes or recognises. Courts are expected to sign with SM2 (国密, GB/T 32918 with SM3 per
 * GB/T 32905); ECDSA P-256 with SHA-256 is kept for interoperability with ordinary PDF readers and
 * as the algorithm every OpenSSL build verifies end to end.
 */
export type SignatureAlgorithm = 'sm2' | 'ecdsa-p256';

export const SIGNATURE_ALGORITHMS: readonly SignatureAlgorithm[] = ['sm2', 'ecdsa-p256'];

/** The digest each signature algorithm is paired with (CMS digestAlgorithm, messageDigest). */
export type PkiDigest = 'sm3' | 'sha256';

/**
 * SM2 distinguishing identifier (GM/T 0009 / GB/T 35276 default). It enters the signed hash through
 * Z = SM3(ENTL‖ID‖a‖b‖G‖P); a signature made with another id (OpenSSL 3.0 and Node use an EMPTY id
 * by default, DOMAIN.md §9.3) does not verify with this one.
 */
export const SM2_DEFAULT_ID = '1234567812345678';

export const OID = {
  /** id-ecPublicKey (RFC 5480): SPKI algorithm for both P-256 and SM2 keys; the curve tells them apart. */
  ecPublicKey: '1.2.840.10045.2.1',
  /** prime256v1 / secp256r1 (RFC 5480). */
  prime256v1: '1.2.840.10045.3.1.7',
  /** SM2 curve sm2p256v1 (GM/T 0006). */
  sm2Curve: '1.2.156.10197.1.301',
  /** SM2 signature with SM3 (GM/T 0006). */
  sm2WithSm3: '1.2.156.10197.1.501',
  /** SM3 digest (GM/T 0006). */
  sm3: '1.2.156.10197.1.401',
  /** ecdsa-with-SHA256 (RFC 5758). */
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  /** SHA-256 (RFC 5754). */
  sha256: '2.16.840.1.101.3.4.2.1',
  // CMS (RFC 5652) and attributes
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  /** id-aa-signingCertificateV2 (RFC 5035 §3). */
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  // X.500 attribute types (RFC 5280)
  commonName: '2.5.4.3',
  countryName: '2.5.4.6',
  localityName: '2.5.4.7',
  stateOrProvinceName: '2.5.4.8',
  organizationName: '2.5.4.10',
  organizationalUnitName: '2.5.4.11',
  // X.509 extensions (RFC 5280 §4.2)
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  basicConstraints: '2.5.29.19',
  authorityKeyIdentifier: '2.5.29.35',
} as const;

interface AlgorithmInfo {
  /** Chinese label for the UI and for verification reports. */
  label: string;
  digest: PkiDigest;
  digestOid: string;
  signatureOid: string;
  curveOid: string;
}

export const ALGORITHM_INFO: Record<SignatureAlgorithm, AlgorithmInfo> = {
  sm2: {
    label: 'SM2 国密签名（SM3 杂凑）',
    digest: 'sm3',
    digestOid: OID.sm3,
    signatureOid: OID.sm2WithSm3,
    curveOid: OID.sm2Curve,
  },
  'ecdsa-p256': {
    label: 'ECDSA P-256（SHA-256 杂凑）',
    digest: 'sha256',
    digestOid: OID.sha256,
    signatureOid: OID.ecdsaWithSha256,
    curveOid: OID.prime256v1,
  },
};

/** The algorithm of a signatureAlgorithm OID, or null for anything CaseVault does not verify. */
export function algorithmFromSignatureOid(oid: string): SignatureAlgorithm | null {
  if (oid === OID.sm2WithSm3) return 'sm2';
  if (oid === OID.ecdsaWithSha256) return 'ecdsa-p256';
  return null;
}

/** The algorithm of an EC curve OID (SPKI parameters), or null. */
export function algorithmFromCurveOid(oid: string): SignatureAlgorithm | null {
  if (oid === OID.sm2Curve) return 'sm2';
  if (oid === OID.prime256v1) return 'ecdsa-p256';
  return null;
}

/** The digest of a CMS digestAlgorithm OID, or null. */
export function digestFromOid(oid: string): PkiDigest | null {
  if (oid === OID.sm3) return 'sm3';
  if (oid === OID.sha256) return 'sha256';
  return null;
}
