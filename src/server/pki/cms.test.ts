import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as pkijs from 'pkijs';
import { SIGNATURE_ALGORITHMS, type SignatureAlgorithm } from './algorithms.js';
import { summarizeCertificate } from './certificate.js';
import { cmsContentDigest, signDetachedCms, signDetachedCmsDigest } from './cms.js';
import { verifyDetachedCms, verifyDetachedCmsDigest, type CmsVerification } from './cms-verify.js';
import { createCourtCa, issueUserCertificate, issuingAuthority, type CourtCa } from './court-ca.js';
import { toArrayBuffer } from './der.js';
import { PkiError } from './errors.js';
import { generateKeyPair, type KeyPairDer } from './key-pair.js';
import { sealPrivateKey } from './key-vault.js';
import { toPem } from './pem.js';
import { SoftwareSigner } from './signer.js';
import { flipByte, openssl, tempDir } from './openssl.test-support.js';

const COURT = '上海市青浦区人民法院';
const PIN = 'q7#Lp2x';
const fast = { scrypt: { N: 1024, r: 8, p: 1 } };
const content = new TextEncoder().encode('%PDF-1.7 民事判决书（2024）沪0118民初123号 …');
const tmp = tempDir();
afterAll(() => tmp.remove());

function failed(result: CmsVerification): string[] {
  return result.checks.filter((c) => !c.ok).map((c) => c.code);
}

function signerInfoOf(cms: Uint8Array): pkijs.SignerInfo {
  const ci = pkijs.ContentInfo.fromBER(toArrayBuffer(cms));
  return new pkijs.SignedData({ schema: ci.content }).signerInfos[0]!;
}

describe.each(SIGNATURE_ALGORITHMS)('detached CMS (%s)', (algorithm: SignatureAlgorithm) => {
  let ca: CourtCa;
  let userKey: KeyPairDer;
  let userCert: Uint8Array;
  let signer: SoftwareSigner;
  let cms: Uint8Array;
  const trust = () => ({ trustedRoots: [ca.root.certificate] });

  beforeAll(async () => {
    ca = await createCourtCa({ courtName: COURT, algorithm });
    userKey = generateKeyPair(algorithm);
    userCert = await issueUserCertificate(issuingAuthority(ca), { commonName: '张三', department: '民事审判庭', publicKey: userKey.publicKey });
    const envelope = await sealPrivateKey(userKey, PIN, fast);
    signer = await SoftwareSigner.unlock(envelope, PIN, userCert, [ca.issuing.certificate, ca.root.certificate]);
    cms = await signDetachedCms(content, signer);
  });

  it('verifies with every check passing and reports signer, time and chain', () => {
    const result = verifyDetachedCms(cms, content, trust());
    expect(failed(result)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.algorithm).toBe(algorithm);
    expect(result.signer?.subject).toBe(`CN=张三,OU=民事审判庭,O=${COURT},C=CN`);
    expect(result.chain.map((c) => c.commonName)).toEqual(['张三', `${COURT}电子签名证书签发机构`, `${COURT}根证书`]);
    expect(Date.now() - Date.parse(result.signingTime!)).toBeLessThan(60_000);
    expect(result.checks.map((c) => c.code)).toEqual(
      expect.arrayContaining(['CMS_MESSAGE_DIGEST', 'CMS_SIGNATURE', 'CMS_CHAIN_TRUSTED', 'CMS_CERT_VALIDITY', 'CMS_CERT_REVOKED']),
    );
  });

  it('uses SM3 for SM2 and SHA-256 for ECDSA, and the digest-only variants agree', async () => {
    const digest = algorithm === 'sm2' ? 'sm3' : 'sha256';
    const viaDigest = await signDetachedCmsDigest(cmsContentDigest(digest, content), signer);
    expect(verifyDetachedCms(viaDigest, content, trust()).valid).toBe(true);
    const seen: string[] = [];
    const result = verifyDetachedCmsDigest(cms, (d) => (seen.push(d), cmsContentDigest(d, content)), trust());
    expect(result.valid).toBe(true);
    expect(seen).toEqual([digest]);
  });

  it('fails when one content byte is flipped', () => {
    const result = verifyDetachedCms(cms, flipByte(content, 10), trust());
    expect(result.valid).toBe(false);
    expect(failed(result)).toEqual(['CMS_MESSAGE_DIGEST']);
  });

  it('fails when one signature byte is flipped', () => {
    const sig = new Uint8Array(signerInfoOf(cms).signature.valueBlock.valueHexView);
    const at = Buffer.from(cms).indexOf(Buffer.from(sig));
    const result = verifyDetachedCms(flipByte(cms, at + 10), content, trust());
    expect(result.valid).toBe(false);
    expect(failed(result)).toEqual(['CMS_SIGNATURE']);
  });

  it('fails for an unparsable CMS without throwing', () => {
    const result = verifyDetachedCms(cms.subarray(0, 100), content, trust());
    expect(result.valid).toBe(false);
    expect(failed(result)).toEqual(['CMS_STRUCTURE']);
  });

  it('fails for a certificate from another CA of the same court name (untrusted root, wrong issuer)', async () => {
    const other = await createCourtCa({ courtName: COURT, algorithm });
    const key = generateKeyPair(algorithm);
    const cert = await issueUserCertificate(issuingAuthority(other), { commonName: '张三', department: '民事审判庭', publicKey: key.publicKey });
    // full foreign chain: ends in a root nobody trusts
    const foreign = await signDetachedCms(content, SoftwareSigner.fromKeyPair(key, cert, [other.issuing.certificate, other.root.certificate]));
    const r1 = verifyDetachedCms(foreign, content, trust());
    expect(r1.valid).toBe(false);
    expect(failed(r1)).toEqual(['CMS_CHAIN_TRUSTED']);
    // foreign certificate presented with our issuing CA: the issuer's signature does not verify
    const spoofed = await signDetachedCms(content, SoftwareSigner.fromKeyPair(key, cert, [ca.issuing.certificate]));
    const r2 = verifyDetachedCms(spoofed, content, trust());
    expect(failed(r2)).toEqual(['CMS_CHAIN_TRUSTED']);
    expect(r2.checks.find((c) => c.code === 'CMS_CHAIN_TRUSTED')?.message).toContain('签发者签名验证失败');
  });

  it('fails for a certificate that had expired at signing time', async () => {
    const key = generateKeyPair(algorithm);
    const old = new Date(Date.now() - 3 * 365 * 86_400_000);
    const cert = await issueUserCertificate(issuingAuthority(ca), { commonName: '李四', publicKey: key.publicKey, notBefore: old, validityDays: 30 });
    const expired = await signDetachedCms(content, SoftwareSigner.fromKeyPair(key, cert, [ca.issuing.certificate]));
    const result = verifyDetachedCms(expired, content, trust());
    expect(failed(result)).toEqual(['CMS_CERT_VALIDITY']);
    expect(result.checks.find((c) => c.code === 'CMS_CERT_VALIDITY')?.message).toContain('李四');
  });

  it('fails for a revoked serial number, however it is typed', () => {
    const serial = summarizeCertificate(userCert).serialNumber;
    const typed = serial.toUpperCase().match(/../g)!.join(':');
    const result = verifyDetachedCms(cms, content, { ...trust(), revokedSerials: [typed] });
    expect(failed(result)).toEqual(['CMS_CERT_REVOKED']);
    expect(verifyDetachedCms(cms, content, { ...trust(), revokedSerials: ['01'] }).valid).toBe(true);
  });

  it('refuses to unlock with a wrong PIN or with a certificate of another key', async () => {
    const envelope = await sealPrivateKey(userKey, PIN, fast);
    await expect(SoftwareSigner.unlock(envelope, 'wrong-pin', userCert)).rejects.toMatchObject({ code: 'PKI_PIN_INCORRECT', message: '签名口令不正确' });
    await expect(SoftwareSigner.unlock(envelope, PIN, ca.issuing.certificate)).rejects.toBeInstanceOf(PkiError);
  });

  it('is checked independently by OpenSSL 3', () => {
    const p = `${algorithm}-`;
    tmp.write(`${p}sig.der`, cms);
    tmp.write(`${p}data.bin`, content);
    tmp.write(`${p}bad.bin`, flipByte(content, 0));
    tmp.write(`${p}root.pem`, toPem(ca.root.certificate, 'CERTIFICATE'));
    tmp.write(`${p}user.pub.pem`, toPem(userKey.publicKey, 'PUBLIC KEY'));
    const verify = (data: string) =>
      openssl(['cms', '-verify', '-binary', '-inform', 'DER', '-in', `${p}sig.der`, '-content', data, '-CAfile', `${p}root.pem`, '-purpose', 'any', '-out', '/dev/null'], tmp.dir);
    if (algorithm === 'ecdsa-p256') {
      const ok = verify(`${p}data.bin`);
      expect(ok.stderr).toContain('Verification successful');
      expect(verify(`${p}bad.bin`).ok).toBe(false);
    } else {
      // OpenSSL 3.0's `cms -verify` checks SM2 with the empty id and has no option to change it,
      // so it rejects standard SM2 CMS. Check the signature over the signed attributes instead.
      const info = signerInfoOf(cms);
      tmp.write('sm2-attrs.der', new Uint8Array(info.signedAttrs!.encodedValue));
      tmp.write('sm2-attrs.sig', new Uint8Array(info.signature.valueBlock.valueHexView));
      const args = ['dgst', '-sm3', '-verify', `${p}user.pub.pem`, '-sigopt', 'distid:1234567812345678', '-signature', 'sm2-attrs.sig'];
      expect(openssl([...args, 'sm2-attrs.der'], tmp.dir).stdout).toContain('Verified OK');
      tmp.write('sm2-attrs-bad.der', flipByte(new Uint8Array(info.signedAttrs!.encodedValue), -3));
      expect(openssl([...args, 'sm2-attrs-bad.der'], tmp.dir).ok).toBe(false);
      // the attributes are DER as OpenSSL re-encodes them: its parse shows our messageDigest (SM3 of content)
      const printed = openssl(['cms', '-cmsout', '-print', '-inform', 'DER', '-in', `${p}sig.der`], tmp.dir).stdout;
      expect(printed).toContain('sm3');
      expect(printed).toContain('SM2-with-SM3');
    }
  });
});
