import { afterAll, describe, expect, it } from 'vitest';
import smCrypto from 'sm-crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromPem, toPem } from './pem.js';
import {
  generateSm2KeyPairHex,
  sm2KeyPairFromPrivateDer,
  sm2PrivateKeyToPkcs8,
  sm2PrivateKeyToSec1,
  sm2PublicKeyFromSpki,
  sm2PublicKeyToSpki,
  sm2Sign,
  sm2Verify,
} from './sm2.js';
import { flipByte, openssl, tempDir } from './openssl.test-support.js';
import { bytesToHex } from './der.js';

const DISTID = 'distid:1234567812345678';
const tmp = tempDir();
afterAll(() => tmp.remove());
const data = new TextEncoder().encode('（2024）沪0118民初123号 判决书');
const keys = generateSm2KeyPairHex();
tmp.write('data.bin', data);
tmp.write('pub.pem', toPem(sm2PublicKeyToSpki(keys.publicKey), 'PUBLIC KEY'));
tmp.write('key.pem', toPem(sm2PrivateKeyToPkcs8(keys.privateKey), 'PRIVATE KEY'));

describe('SM2 with the standard distinguishing id', () => {
  it('verifies its own signatures and rejects a flipped data or signature byte', () => {
    const sig = sm2Sign(data, keys.privateKey, keys.publicKey);
    expect(sm2Verify(data, sig, keys.publicKey)).toBe(true);
    expect(sm2Verify(flipByte(data, 3), sig, keys.publicKey)).toBe(false);
    expect(sm2Verify(data, flipByte(sig, -2), keys.publicKey)).toBe(false);
    expect(sm2Verify(data, sig, generateSm2KeyPairHex().publicKey)).toBe(false);
  });

  it('agrees with sm-crypto computing Z itself with its default user id', () => {
    const sig = sm2Sign(data, keys.privateKey);
    expect(smCrypto.sm2.doVerifySignature(Array.from(data), bytesToHex(sig), keys.publicKey, { der: true, hash: true })).toBe(true);
    const theirs = smCrypto.sm2.doSignature(Array.from(data), keys.privateKey, { der: true, hash: true, publicKey: keys.publicKey });
    expect(sm2Verify(data, Buffer.from(theirs, 'hex'), keys.publicKey)).toBe(true);
  });

  it('OpenSSL 3 verifies our signature with -sigopt distid:1234567812345678 and not with its empty default id', () => {
    tmp.write('ours.sig', sm2Sign(data, keys.privateKey, keys.publicKey));
    const args = ['dgst', '-sm3', '-verify', 'pub.pem', '-signature', 'ours.sig'];
    const withId = openssl([...args.slice(0, 4), '-sigopt', DISTID, ...args.slice(4), 'data.bin'], tmp.dir);
    expect(withId.stdout).toContain('Verified OK');
    expect(openssl([...args, 'data.bin'], tmp.dir).ok).toBe(false);
  });

  it('accepts an OpenSSL signature made with the standard id and rejects one made with the empty id', () => {
    const signed = openssl(['dgst', '-sm3', '-sign', 'key.pem', '-sigopt', DISTID, '-out', 'std.sig', 'data.bin'], tmp.dir);
    expect(signed.ok, signed.stderr).toBe(true);
    expect(sm2Verify(data, readFileSync(join(tmp.dir, 'std.sig')), keys.publicKey)).toBe(true);
    expect(openssl(['dgst', '-sm3', '-sign', 'key.pem', '-out', 'empty.sig', 'data.bin'], tmp.dir).ok).toBe(true);
    const emptyId = readFileSync(join(tmp.dir, 'empty.sig'));
    expect(sm2Verify(data, emptyId, keys.publicKey)).toBe(false);
    expect(sm2Verify(data, emptyId, keys.publicKey, { userId: '' })).toBe(true);
  });

  it('writes keys OpenSSL reads as SM2 (SPKI, PKCS#8, SEC1) and reads keys OpenSSL generated', () => {
    tmp.write('sec1.pem', toPem(sm2PrivateKeyToSec1(keys.privateKey), 'EC PRIVATE KEY'));
    for (const file of ['key.pem', 'sec1.pem']) {
      const text = openssl(['pkey', '-in', file, '-noout', '-text'], tmp.dir);
      expect(text.ok, text.stderr).toBe(true);
      expect(text.stdout).toContain('SM2');
    }
    expect(openssl(['pkey', '-pubin', '-in', 'pub.pem', '-noout', '-text'], tmp.dir).stdout).toContain('SM2');

    expect(openssl(['genpkey', '-algorithm', 'SM2', '-out', 'theirs.pem'], tmp.dir).ok).toBe(true);
    expect(openssl(['pkey', '-in', 'theirs.pem', '-pubout', '-out', 'theirs.pub.pem'], tmp.dir).ok).toBe(true);
    const theirs = sm2KeyPairFromPrivateDer(fromPem(readFileSync(join(tmp.dir, 'theirs.pem'), 'utf8'), 'PRIVATE KEY')!);
    expect(sm2PublicKeyFromSpki(fromPem(readFileSync(join(tmp.dir, 'theirs.pub.pem'), 'utf8'), 'PUBLIC KEY')!)).toBe(theirs.publicKey);
    tmp.write('theirs-signed.sig', sm2Sign(data, theirs.privateKey));
    const v = openssl(['dgst', '-sm3', '-verify', 'theirs.pub.pem', '-sigopt', DISTID, '-signature', 'theirs-signed.sig', 'data.bin'], tmp.dir);
    expect(v.stdout).toContain('Verified OK');
  });
});
