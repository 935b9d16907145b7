import { spawn } from 'node:child_process';
import { isCa, parseCertificate } from './certificate.js';
import { PkiError } from './errors.js';
import { keyPairFromPrivateKey, type KeyPairDer } from './key-pair.js';
import { keyMatchesCertificate } from './court-ca.js';
import { fromPem, fromPemAll } from './pem.js';

/**
 * Importing a court's existing CA (e.g. one issued by the provincial high court's CA) instead of
 * creating one. The imported certificate must be a CA certificate and must certify the imported key.
 */
export interface ImportedCa {
  /** The CA certificate whose key was imported. */
  certificate: Uint8Array;
  /** Other certificates supplied with it (its issuers), DER. */
  chain: Uint8Array[];
  keyPair: KeyPairDer;
}

/**
 * From PEM: certificates (the CA's own plus optionally its chain, any order) and an unencrypted
 * PKCS#8 ("PRIVATE KEY") or SEC1 ("EC PRIVATE KEY") key.
 * @throws PkiError PKI_KEY_INVALID, PKI_CERT_INVALID, PKI_KEY_CERT_MISMATCH.
 */
export function importCaFromPem(certificatesPem: string, privateKeyPem: string): ImportedCa {
  const keyDer = fromPem(privateKeyPem, 'PRIVATE KEY') ?? fromPem(privateKeyPem, 'EC PRIVATE KEY');
  if (!keyDer) {
    const encrypted = privateKeyPem.includes('ENCRYPTED');
    throw new PkiError('PKI_KEY_INVALID', encrypted ? '私钥已加密，请先解密或改用 PKCS#12 导入' : '未找到 PEM 格式的私钥');
  }
  return pickCa(fromPemAll(certificatesPem, 'CERTIFICATE'), keyPairFromPrivateKey(keyDer));
}

/**
 * From a PKCS#12 (.p12/.pfx) file through the OpenSSL CLI.
 *
 * Why the CLI rather than pkijs: PFX files in the wild use PBES2/AES (OpenSSL 3 default), 3DES and
 * RC2-40 (Windows and older CA tooling); pkijs can only decrypt what WebCrypto offers (no 3DES,
 * no RC2), while `openssl pkcs12` reads all of them (`-legacy` loads the RC2 provider). The password
 * travels in the child's environment (`-passin env:`), never on the command line where `ps` shows
 * it; the file goes through stdin, so nothing touches the disk.
 * @throws PkiError PKI_PKCS12_INVALID (wrong password, damaged file, unsupported encryption such as
 *   GM/T 0010 SM4-encrypted PFX), and the errors of `importCaFromPem`.
 */
export async function importCaFromPkcs12(p12: Uint8Array, password: string): Promise<ImportedCa> {
  let pem: string;
  try {
    pem = await openssl(['pkcs12', '-nodes'], p12, password);
  } catch {
    try {
      pem = await openssl(['pkcs12', '-nodes', '-legacy'], p12, password);
    } catch (err) {
      throw new PkiError('PKI_PKCS12_INVALID', undefined, err instanceof Error ? err.message : String(err));
    }
  }
  return importCaFromPem(pem, pem);
}

function pickCa(certificates: Uint8Array[], keyPair: KeyPairDer): ImportedCa {
  if (certificates.length === 0) throw new PkiError('PKI_CERT_INVALID', '未找到证书');
  const own = certificates.find((c) => keyMatchesCertificate(keyPair.privateKey, c));
  if (!own) throw new PkiError('PKI_KEY_CERT_MISMATCH');
  if (!isCa(parseCertificate(own))) throw new PkiError('PKI_CERT_INVALID', '该证书不是 CA 证书，不能用于签发');
  return { certificate: own, chain: certificates.filter((c) => c !== own), keyPair };
}

const PASS_VAR = 'CASEVAULT_PKCS12_PASSWORD';

function openssl(args: string[], input: Uint8Array, password: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('openssl', [...args, '-passin', `env:${PASS_VAR}`], {
      env: { ...process.env, [PASS_VAR]: password },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(out).toString('utf8')) : reject(new Error(Buffer.concat(err).toString('utf8').slice(0, 500))),
    );
    child.stdin.on('error', () => undefined); // openssl may exit before reading everything
    child.stdin.end(Buffer.from(input));
  });
}
