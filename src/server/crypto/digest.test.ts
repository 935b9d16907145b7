import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createDualDigest, digestFile, digestStream, DIGEST_CHUNK_BYTES, hashFile, MultiDigest } from './digest.js';

// Published vectors: GB/T 32905-2016 appendix A (SM3) and FIPS 180-4 (SHA-256).
const SM3_ABC = '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0';
const SM3_ABCD_X16 = 'debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732';
const SHA256_ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const SHA256_EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const SM3_EMPTY = '1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casevault-digest-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function writeTemp(name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('dual digest (SHA-256 + SM3)', () => {
  it('matches the standards’ test vectors', () => {
    expect(createDualDigest().update(Buffer.from('abc')).digest()).toEqual({ sha256: SHA256_ABC, sm3: SM3_ABC, size: 3 });
    expect(createDualDigest().update(Buffer.from('abcd'.repeat(16))).digest().sm3).toBe(SM3_ABCD_X16);
  });

  it('gives the same result however the bytes are split', () => {
    const d = createDualDigest();
    for (const part of ['a', '', 'b', 'c']) d.update(Buffer.from(part));
    expect(d.digest()).toEqual({ sha256: SHA256_ABC, sm3: SM3_ABC, size: 3 });
  });

  it('refuses to be used after it has finished', () => {
    const d = createDualDigest();
    d.digest();
    expect(() => d.update(Buffer.from('x'))).toThrow(/finished/);
    expect(() => d.digest()).toThrow(/finished/);
  });

  it('computes only the algorithms asked for', () => {
    expect(new MultiDigest(['sm3'] as const).update(Buffer.from('abc')).digest()).toEqual({ sm3: SM3_ABC, size: 3 });
  });
});

describe('digestFile / hashFile', () => {
  it('digests an empty file', async () => {
    expect(await digestFile(writeTemp('empty', new Uint8Array()))).toEqual({ sha256: SHA256_EMPTY, sm3: SM3_EMPTY, size: 0 });
  });

  it('agrees with a one-shot digest across chunk boundaries (exact multiple and remainder)', async () => {
    for (const size of [DIGEST_CHUNK_BYTES, 2 * DIGEST_CHUNK_BYTES + 12_345]) {
      const bytes = Buffer.alloc(size);
      for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >> 13)) & 0xff;
      const expected = createDualDigest().update(bytes).digest();
      expect(await digestFile(writeTemp(`f${size}`, bytes))).toEqual(expected);
      expect(await hashFile(path.join(dir, `f${size}`), ['sha256'] as const)).toEqual({ sha256: expected.sha256, size });
    }
  });

  it('notices a single flipped bit', async () => {
    const bytes = Buffer.alloc(3 * DIGEST_CHUNK_BYTES, 0x5a);
    const before = await digestFile(writeTemp('flip', bytes));
    bytes[2 * DIGEST_CHUNK_BYTES + 7]! ^= 0x01;
    const after = await digestFile(writeTemp('flip', bytes));
    expect(after.size).toBe(before.size);
    expect(after.sha256).not.toBe(before.sha256);
    expect(after.sm3).not.toBe(before.sm3);
  });

  it('reports a missing file as the file system error', async () => {
    await expect(digestFile(path.join(dir, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('digestStream', () => {
  it('digests what a stream yields, strings included', async () => {
    expect(await digestStream(Readable.from([Buffer.from('a'), 'bc']))).toEqual({ sha256: SHA256_ABC, sm3: SM3_ABC, size: 3 });
  });

  it('passes a stream error on', async () => {
    async function* failing() {
      yield Buffer.from('a');
      throw new Error('connection reset');
    }
    await expect(digestStream(failing())).rejects.toThrow('connection reset');
  });
});
