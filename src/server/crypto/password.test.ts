import { describe, expect, it } from 'vitest';
import { hashPassword, randomToken, tokenDigest, verifyPassword } from './password.js';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const h = await hashPassword('Demo@2021');
    expect(h.startsWith('scrypt$16384$8$1$')).toBe(true);
    expect(await verifyPassword('Demo@2021', h)).toBe(true);
    expect(await verifyPassword('demo@2021', h)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('x1234567')).not.toBe(await hashPassword('x1234567'));
  });

  it('refuses malformed stored hashes', async () => {
    expect(await verifyPassword('a', 'plain')).toBe(false);
    expect(await verifyPassword('a', 'bcrypt$1$2$3$4$5')).toBe(false);
  });

  it('makes unique tokens and stable digests', () => {
    const t = randomToken('cvt_');
    expect(t.startsWith('cvt_')).toBe(true);
    expect(randomToken()).not.toBe(randomToken());
    expect(tokenDigest('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
