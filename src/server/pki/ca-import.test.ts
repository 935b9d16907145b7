import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SIGNATURE_ALGORITHMS } from './algorithms.js';
import { importCaFromPem, importCaFromPkcs12 } from './ca-import.js';
import { createCourtCa, issueUserCertificate } from './court-ca.js';
import { generateKeyPair, keyPairFromPrivateKey } from './key-pair.js';
import { toPem } from './pem.js';
import { softwareSigningKey, SoftwareSigner } from './signer.js';
import { verifyDetachedCms } from './cms-verify.js';
import { signDetachedCms } from './cms.js';
import { sm2PrivateKeyToSec1 } from './sm2.js';
import { decodeEcPrivateKey } from './ec-key-der.js';
import { bytesToHex } from './der.js';
import { openssl, tempDir } from './openssl.test-support.js';

const tmp = tempDir();
afterAll(() => tmp.remove());

describe.each(SIGNATURE_ALGORITHMS)('importing a court CA (%s)', (algorithm) => {
  it('imports PEM (PKCS#8 or SEC1, chain in any order) and issues certificates that verify', async () => {
    const ca = await createCourtCa({ courtName: '上海市第二中级人民法院', algorithm });
    const certs = toPem(ca.root.certificate, 'CERTIFICATE') + toPem(ca.issuing.certificate, 'CERTIFICATE');
    const imported = importCaFromPem(certs, toPem(ca.issuing.keyPair.privateKey, 'PRIVATE KEY'));
    expect(Buffer.from(imported.certificate).equals(Buffer.from(ca.issuing.certificate))).toBe(true);
    expect(imported.chain).toHaveLength(1);
    if (algorithm === 'sm2') {
      const sec1 = sm2PrivateKeyToSec1(bytesToHex(decodeEcPrivateKey(ca.issuing.keyPair.privateKey).d));
      expect(importCaFromPem(certs, toPem(sec1, 'EC PRIVATE KEY')).keyPair.publicKey).toEqual(ca.issuing.keyPair.publicKey);
    }
    const user = generateKeyPair(algorithm);
    const cert = await issueUserCertificate(
      { certificate: imported.certificate, key: softwareSigningKey(imported.keyPair), chain: imported.chain },
      { commonName: '王五', publicKey: user.publicKey },
    );
    const data = new Uint8Array([1, 2, 3]);
    const cms = await signDetachedCms(data, SoftwareSigner.fromKeyPair(user, cert, [imported.certificate]));
    expect(verifyDetachedCms(cms, data, { trustedRoots: [ca.root.certificate] }).valid).toBe(true);
  });

  it('refuses a key that does not belong to any certificate, and a non-CA certificate', async () => {
    const ca = await createCourtCa({ courtName: '上海市第二中级人民法院', algorithm });
    const certs = toPem(ca.issuing.certificate, 'CERTIFICATE');
    expect(() => importCaFromPem(certs, toPem(generateKeyPair(algorithm).privateKey, 'PRIVATE KEY'))).toThrow(
      expect.objectContaining({ code: 'PKI_KEY_CERT_MISMATCH' }),
    );
    const user = generateKeyPair(algorithm);
    const userCert = await issueUserCertificate(
      { certificate: ca.issuing.certificate, key: softwareSigningKey(ca.issuing.keyPair), chain: [] },
      { commonName: '赵六', publicKey: user.publicKey },
    );
    expect(() => importCaFromPem(toPem(userCert, 'CERTIFICATE'), toPem(user.privateKey, 'PRIVATE KEY'))).toThrow(
      expect.objectContaining({ code: 'PKI_CERT_INVALID' }),
    );
  });

  it('imports a PKCS#12 made by OpenSSL, with the password passed through the environment', async () => {
    const ca = await createCourtCa({ courtName: '上海市第二中级人民法院', algorithm });
    const p = `${algorithm}-`;
    tmp.write(`${p}ca.pem`, toPem(ca.issuing.certificate, 'CERTIFICATE'));
    tmp.write(`${p}root.pem`, toPem(ca.root.certificate, 'CERTIFICATE'));
    tmp.write(`${p}key.pem`, toPem(ca.issuing.keyPair.privateKey, 'PRIVATE KEY'));
    const exported = openssl(
      ['pkcs12', '-export', '-in', `${p}ca.pem`, '-inkey', `${p}key.pem`, '-certfile', `${p}root.pem`, '-passout', 'pass:口令Abc123', '-out', `${p}ca.p12`],
      tmp.dir,
    );
    expect(exported.ok, exported.stderr).toBe(true);
    const p12 = readFileSync(join(tmp.dir, `${p}ca.p12`));
    const imported = await importCaFromPkcs12(p12, '口令Abc123');
    expect(Buffer.from(imported.certificate).equals(Buffer.from(ca.issuing.certificate))).toBe(true);
    expect(imported.chain.map((c) => Buffer.from(c).toString('hex'))).toEqual([Buffer.from(ca.root.certificate).toString('hex')]);
    expect(keyPairFromPrivateKey(imported.keyPair.privateKey).publicKey).toEqual(ca.issuing.keyPair.publicKey);
    await expect(importCaFromPkcs12(p12, 'wrong')).rejects.toMatchObject({ code: 'PKI_PKCS12_INVALID' });
  });
});
