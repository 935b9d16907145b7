import type { SignatureAlgorithm } from './algorithms.js';
import { openPrivateKey, type KeyVaultEnvelope } from './key-vault.js';
import { signWithPrivateKey } from './signature.js';
import { certificatePublicKey, parseCertificate } from './certificate.js';
import { PkiError } from './errors.js';
import { privateKeyMatchesPublicKey, type KeyPairDer } from './key-pair.js';

/**
 * Whatever can produce a signature. `sign` receives the bytes to be signed and hashes them itself
 * (SHA-256 for ECDSA, SM3 with the SM2 Z value for SM2), so a USB key (UKey) or an HSM that
 * only exposes "sign this" can implement it; the private key never has to reach this process.
 */
export interface SigningKey {
  readonly algorithm: SignatureAlgorithm;
  /** DER signature (SEQUENCE{r, s}) over `data`. */
  sign(data: Uint8Array): Promise<Uint8Array>;
}

/** A signing key together with its certificate and the CA certificates above it (for CMS). */
export interface Signer extends SigningKey {
  /** The signer's X.509 certificate, DER. */
  readonly certificate: Uint8Array;
  /** Issuing CA(s) up to, optionally including, the root; DER, nearest first. */
  readonly chain: Uint8Array[];
}

/** A SigningKey over an in-memory key pair (CA bootstrap, tests). */
export function softwareSigningKey(keyPair: KeyPairDer): SigningKey {
  return {
    algorithm: keyPair.algorithm,
    sign: async (data) => signWithPrivateKey(keyPair.algorithm, keyPair.privateKey, data),
  };
}

/** A Signer whose private key lives in memory, unlocked from a key vault envelope with the user's PIN. */
export class SoftwareSigner implements Signer {
  readonly algorithm: SignatureAlgorithm;

  private constructor(
    private readonly keyPair: KeyPairDer,
    readonly certificate: Uint8Array,
    readonly chain: Uint8Array[],
  ) {
    this.algorithm = keyPair.algorithm;
  }

  /**
   * Unlocks the envelope and checks the key belongs to the certificate.
   * @throws PkiError PKI_PIN_INCORRECT, PKI_VAULT_CORRUPT, PKI_VAULT_UNSUPPORTED (from the vault),
   *   PKI_KEY_CERT_MISMATCH when the certificate certifies another key.
   */
  static async unlock(
    envelope: KeyVaultEnvelope | string,
    pin: string,
    certificate: Uint8Array,
    chain: Uint8Array[] = [],
  ): Promise<SoftwareSigner> {
    return SoftwareSigner.fromKeyPair(await openPrivateKey(envelope, pin), certificate, chain);
  }

  /** @throws PkiError PKI_KEY_CERT_MISMATCH, PKI_CERT_INVALID. */
  static fromKeyPair(keyPair: KeyPairDer, certificate: Uint8Array, chain: Uint8Array[] = []): SoftwareSigner {
    const spki = certificatePublicKey(parseCertificate(certificate));
    if (!privateKeyMatchesPublicKey(keyPair.privateKey, spki)) throw new PkiError('PKI_KEY_CERT_MISMATCH');
    return new SoftwareSigner(keyPair, certificate, chain);
  }

  async sign(data: Uint8Array): Promise<Uint8Array> {
    return signWithPrivateKey(this.algorithm, this.keyPair.privateKey, data);
  }
}
