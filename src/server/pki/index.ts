/** CaseVault PKI: keys, the court CA, certificates and detached CMS signatures (issue 6). */
export * from './algorithms.js';
export * from './errors.js';
export { toPem, fromPem, fromPemAll } from './pem.js';
export {
  generateSm2KeyPairHex,
  sm2Sign,
  sm2Verify,
  sm2PublicKeyToSpki,
  sm2PublicKeyFromSpki,
  sm2PrivateKeyToPkcs8,
  sm2PrivateKeyToSec1,
  sm2KeyPairFromPrivateDer,
  sm2PublicKeyFromPrivate,
  type Sm2KeyPairHex,
  type Sm2Options,
} from './sm2.js';
export { generateKeyPair, keyPairFromPrivateKey, algorithmOfPublicKey, privateKeyMatchesPublicKey, type KeyPairDer } from './key-pair.js';
export { signWithPrivateKey, verifyWithPublicKey } from './signature.js';
export { checkPin, PIN_MIN_LENGTH, type PinCheck, type PinIssue } from './pin-policy.js';
export {
  sealPrivateKey,
  openPrivateKey,
  changePin,
  parseKeyVaultEnvelope,
  DEFAULT_SCRYPT,
  type KeyVaultEnvelope,
  type ScryptParams,
  type SealOptions,
} from './key-vault.js';
export type { DistinguishedName } from './names.js';
export {
  createCertificate,
  parseCertificate,
  summarizeCertificate,
  verifyCertificateSignature,
  normaliseSerial,
  type CertificateInput,
  type CertificateProfile,
  type CertificateSummary,
} from './certificate.js';
export {
  createCourtCa,
  issuingAuthority,
  issueUserCertificate,
  keyMatchesCertificate,
  type CourtCa,
  type CaMaterial,
  type CreateCourtCaOptions,
  type IssuingAuthority,
  type UserCertificateRequest,
} from './court-ca.js';
export { importCaFromPem, importCaFromPkcs12, type ImportedCa } from './ca-import.js';
export { softwareSigningKey, SoftwareSigner, type Signer, type SigningKey } from './signer.js';
export { signDetachedCms, signDetachedCmsDigest, cmsContentDigest, type CmsSignOptions } from './cms.js';
export {
  verifyDetachedCms,
  verifyDetachedCmsDigest,
  type CmsVerification,
  type CmsVerifyOptions,
  type CmsCheck,
} from './cms-verify.js';
