import { afterAll, describe, expect, it } from 'vitest';
import * as pkijs from 'pkijs';
import { SIGNATURE_ALGORITHMS } from './algorithms.js';
import { certificatePublicKey, parseCertificate, summarizeCertificate } from './certificate.js';
import { createCourtCa, issueUserCertificate, issuingAuthority, keyMatchesCertificate } from './court-ca.js';
import { generateKeyPair } from './key-pair.js';
import { toPem } from './pem.js';
import { openssl, tempDir } from './openssl.test-support.js';

const COURT = '上海市青浦区人民法院';
const tmp = tempDir();
afterAll(() => tmp.remove());

/** Writes TBS, signature and issuer public key of `cert` so `openssl dgst` can check one link. */
function writeLink(prefix: string, cert: Uint8Array, issuer: Uint8Array): void {
  const parsed = parseCertificate(cert);
  tmp.write(`${prefix}.tbs`, parsed.tbsView);
  tmp.write(`${prefix}.sig`, new Uint8Array(parsed.signatureValue.valueBlock.valueHexView));
  tmp.write(`${prefix}.issuer.pub.pem`, toPem(certificatePublicKey(parseCertificate(issuer)), 'PUBLIC KEY'));
}

describe.each(SIGNATURE_ALGORITHMS)('court CA (%s)', (algorithm) => {
  it('issues root → issuing CA → user certificates that OpenSSL parses, with Chinese names intact', async () => {
    const ca = await createCourtCa({ courtName: COURT, algorithm });
    const user = generateKeyPair(algorithm);
    const cert = await issueUserCertificate(issuingAuthority(ca), { commonName: '张三', department: '民事审判庭', publicKey: user.publicKey });
    const p = `${algorithm}-`;
    tmp.write(`${p}root.pem`, toPem(ca.root.certificate, 'CERTIFICATE'));
    tmp.write(`${p}issuing.pem`, toPem(ca.issuing.certificate, 'CERTIFICATE'));
    tmp.write(`${p}user.pem`, toPem(cert, 'CERTIFICATE'));

    const text = openssl(['x509', '-in', `${p}user.pem`, '-noout', '-text'], tmp.dir);
    expect(text.ok, text.stderr).toBe(true);
    expect(text.stdout).toContain('Digital Signature, Non Repudiation');
    expect(text.stdout).toContain(algorithm === 'sm2' ? 'SM2-with-SM3' : 'ecdsa-with-SHA256');
    const caText = openssl(['x509', '-in', `${p}issuing.pem`, '-noout', '-text'], tmp.dir).stdout;
    expect(caText).toContain('CA:TRUE, pathlen:0');
    expect(caText).toContain('Certificate Sign, CRL Sign');
    const subject = openssl(['x509', '-in', `${p}user.pem`, '-noout', '-subject', '-nameopt', 'utf8'], tmp.dir).stdout;
    expect(subject).toContain('CN=张三');
    expect(subject).toContain(`O=${COURT}`);

    const summary = summarizeCertificate(cert);
    expect(summary).toMatchObject({
      subject: `CN=张三,OU=民事审判庭,O=${COURT},C=CN`,
      commonName: '张三',
      issuer: `CN=${COURT}电子签名证书签发机构,O=${COURT},C=CN`,
      algorithm,
      signatureAlgorithm: algorithm,
      isCa: false,
    });
    const fp = openssl(['x509', '-in', `${p}user.pem`, '-noout', '-fingerprint', '-sha256'], tmp.dir).stdout;
    expect(fp.split('=')[1]?.trim().replace(/:/g, '').toLowerCase()).toBe(summary.sha256Fingerprint);
    const serial = openssl(['x509', '-in', `${p}user.pem`, '-noout', '-serial'], tmp.dir).stdout;
    expect(serial.trim().toLowerCase()).toBe(`serial=${summary.serialNumber}`);
    expect(keyMatchesCertificate(user.privateKey, cert)).toBe(true);
    expect(keyMatchesCertificate(ca.issuing.keyPair.privateKey, cert)).toBe(false);
    expect(parseCertificate(cert)).toBeInstanceOf(pkijs.Certificate);

    if (algorithm === 'ecdsa-p256') {
      const verify = openssl(['verify', '-CAfile', `${p}root.pem`, '-untrusted', `${p}issuing.pem`, `${p}user.pem`], tmp.dir);
      expect(verify.stdout, verify.stderr).toContain('OK');
      // a root from another court's CA does not anchor this chain
      const other = await createCourtCa({ courtName: COURT, algorithm });
      tmp.write('other-root.pem', toPem(other.root.certificate, 'CERTIFICATE'));
      expect(openssl(['verify', '-CAfile', 'other-root.pem', '-untrusted', `${p}issuing.pem`, `${p}user.pem`], tmp.dir).ok).toBe(false);
    } else {
      // OpenSSL 3.0 applies -vfyopt distid only to the target certificate, so an SM2 chain is
      // checked one link at a time; every link must verify with the standard id.
      const issuing = openssl(['verify', '-vfyopt', 'distid:1234567812345678', '-CAfile', `${p}root.pem`, `${p}issuing.pem`], tmp.dir);
      expect(issuing.stdout, issuing.stderr).toContain('OK');
      const leaf = openssl(
        ['verify', '-vfyopt', 'distid:1234567812345678', '-partial_chain', '-CAfile', `${p}issuing.pem`, `${p}user.pem`],
        tmp.dir,
      );
      expect(leaf.stdout, leaf.stderr).toContain('OK');
      // the whole chain in one call fails in OpenSSL 3.0 (intermediate checked with the empty id)
      expect(openssl(['verify', '-vfyopt', 'distid:1234567812345678', '-CAfile', `${p}root.pem`, '-untrusted', `${p}issuing.pem`, `${p}user.pem`], tmp.dir).ok).toBe(false);
      // the root's self-signature, checked with openssl dgst on its TBS
      writeLink('root', ca.root.certificate, ca.root.certificate);
      const self = openssl(['dgst', '-sm3', '-verify', 'root.issuer.pub.pem', '-sigopt', 'distid:1234567812345678', '-signature', 'root.sig', 'root.tbs'], tmp.dir);
      expect(self.stdout).toContain('Verified OK');
    }
  });
});
