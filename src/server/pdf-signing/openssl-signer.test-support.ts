import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { SignCms } from './sign-pdf.js';

const run = promisify(execFile);

/** A throw-away ECDSA P-256 CA and signer made with the OpenSSL CLI, for tests only. */
export interface OpensslSigner {
  dir: string;
  signCms: SignCms;
  /** The bytes each call was given, in call order. */
  calls: Uint8Array[];
  /** The DER each call returned, in call order. */
  results: Uint8Array[];
  dispose(): Promise<void>;
}

/**
 * Creates the CA (CN 测试法院根证书) and a signer (CN 张三 of 某某市中级人民法院), and a `signCms`
 * that runs `openssl cms -sign` with -cades (ESS signing-certificate-v2, as PAdES requires).
 */
export async function createOpensslSigner(): Promise<OpensslSigner> {
  const dir = await mkdtemp(join(tmpdir(), 'casevault-pdf-signing-'));
  const at = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => run('openssl', args, { cwd: dir });
  await writeFile(at('signer.ext'), 'keyUsage=critical,digitalSignature,nonRepudiation\nbasicConstraints=CA:FALSE\n');
  await openssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', at('ca.key'));
  await openssl('req', '-x509', '-new', '-utf8', '-nameopt', 'utf8', '-key', at('ca.key'), '-days', '30',
    '-subj', '/C=CN/O=测试法院/CN=测试法院根证书', '-out', at('ca.pem'));
  await openssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', at('signer.key'));
  await openssl('req', '-new', '-utf8', '-nameopt', 'utf8', '-key', at('signer.key'),
    '-subj', '/C=CN/O=某某市中级人民法院/CN=张三', '-out', at('signer.csr'));
  await openssl('x509', '-req', '-in', at('signer.csr'), '-CA', at('ca.pem'), '-CAkey', at('ca.key'), '-CAcreateserial',
    '-days', '30', '-extfile', at('signer.ext'), '-out', at('signer.pem'));

  const calls: Uint8Array[] = [];
  const results: Uint8Array[] = [];
  const signCms: SignCms = async (signedBytes) => {
    calls.push(signedBytes);
    const input = at(`in-${calls.length}.bin`);
    const output = at(`out-${calls.length}.der`);
    await writeFile(input, signedBytes);
    await openssl('cms', '-sign', '-binary', '-cades', '-md', 'sha256', '-outform', 'DER', '-nosmimecap',
      '-in', input, '-signer', at('signer.pem'), '-inkey', at('signer.key'), '-certfile', at('ca.pem'), '-out', output);
    const der = new Uint8Array(await readFile(output));
    results.push(der);
    return der;
  };
  return { dir, signCms, calls, results, dispose: () => rm(dir, { recursive: true, force: true }) };
}
