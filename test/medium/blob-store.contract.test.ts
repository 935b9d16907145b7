import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { S3Target } from '../../src/server/config.js';
import { BlobIntegrityError, BlobNotFoundError, BlobTooLargeError, type BlobStore } from '../../src/server/storage/blob-store.js';
import { FsBlobStore } from '../../src/server/storage/fs-blob-store.js';
import { S3BlobStore } from '../../src/server/storage/s3-blob-store.js';
import { openTestBucket, testS3, type TestBucket } from '../support/s3.js';

/**
 * One storage contract, run against every implementation (as ocfl-java does for disk and S3):
 * the local file system, the file system with staging on another device (the copy path), and
 * S3 whenever TEST_S3_ENDPOINT is set (always under CI, see .ci/start-swift).
 */

type Damage = 'flip' | 'truncate';

interface Harness {
  store: BlobStore;
  stagingDir: string;
  /** Fault injection behind the store's back: flip a byte of, or truncate, a stored blob. */
  damage(sha256: string, how: Damage): Promise<void>;
  cleanup(): Promise<void>;
}

interface Implementation {
  name: string;
  skip: string | false;
  setup?: () => Promise<void>;
  teardown?: () => Promise<void>;
  open(): Promise<Harness>;
}

function tempDir(base = os.tmpdir()): string {
  return fs.mkdtempSync(path.join(base, 'casevault-blobs-'));
}

function damageBytes(bytes: Buffer, how: Damage): Buffer {
  if (how === 'truncate') return bytes.subarray(0, bytes.length - 1);
  const copy = Buffer.from(bytes);
  copy[copy.length >> 1]! ^= 0x01;
  return copy;
}

function fsImplementation(name: string, stagingBase: string | null, skip: string | false): Implementation {
  return {
    name,
    skip,
    open: async () => {
      const dir = tempDir();
      const stagingParent = stagingBase ? tempDir(stagingBase) : dir;
      const stagingDir = path.join(stagingParent, 'staging');
      const store = new FsBlobStore(path.join(dir, 'blobs'), stagingDir);
      return {
        store,
        stagingDir,
        damage: async (sha256, how) => {
          const file = store.pathOf(sha256);
          fs.writeFileSync(file, damageBytes(fs.readFileSync(file), how));
        },
        cleanup: async () => {
          await store.close();
          fs.rmSync(dir, { recursive: true, force: true });
          fs.rmSync(stagingParent, { recursive: true, force: true });
        },
      };
    },
  };
}

/** /dev/shm is a tmpfs on Linux: staging there makes commit take the cross-device copy path. */
function otherDevice(): string | null {
  try {
    return fs.statSync('/dev/shm').dev !== fs.statSync(os.tmpdir()).dev ? '/dev/shm' : null;
  } catch {
    return null;
  }
}

function s3Implementation(base: S3Target | undefined): Implementation {
  let bucket: TestBucket;
  return {
    name: 's3',
    skip: base ? false : 'TEST_S3_ENDPOINT 未设置（本地跳过；CI 中必须运行）',
    setup: async () => {
      bucket = await openTestBucket(base!);
    },
    teardown: async () => bucket?.cleanup(),
    open: async () => {
      const stagingParent = tempDir();
      const stagingDir = path.join(stagingParent, 'staging');
      const store = new S3BlobStore(bucket.fresh(), stagingDir);
      return {
        store,
        stagingDir,
        damage: async (sha256, how) => {
          const Key = store.keyOf(sha256);
          const Bucket = base!.bucket;
          const got = await bucket.client.send(new GetObjectCommand({ Bucket, Key }));
          const bytes = Buffer.from(await got.Body!.transformToByteArray());
          await bucket.client.send(new PutObjectCommand({ Bucket, Key, Body: damageBytes(bytes, how), Metadata: got.Metadata }));
        },
        cleanup: async () => {
          await store.close();
          fs.rmSync(stagingParent, { recursive: true, force: true });
        },
      };
    },
  };
}

const shm = otherDevice();
const implementations: Implementation[] = [
  fsImplementation('fs', null, false),
  fsImplementation('fs, staging on another file system', shm, shm ? false : 'no second file system (/dev/shm) here'),
  s3Implementation(testS3()),
];

/** Deterministic, non-repeating bytes (a repeated pattern could hide an offset error). */
function payload(size: number, seed = 1): Buffer {
  const out = Buffer.alloc(size);
  let x = seed * 2654435761;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** Yields `bytes` in uneven chunks, as a network upload would. */
function chunked(bytes: Buffer): Readable {
  const parts: Buffer[] = [];
  for (let at = 0, n = 1; at < bytes.length; n = (n * 7) % 65_521) {
    parts.push(bytes.subarray(at, at + n + 1));
    at += n + 1;
  }
  return Readable.from(parts);
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function listAll(store: BlobStore): Promise<string[]> {
  const out: string[] = [];
  for await (const sha of store.list()) out.push(sha);
  return out;
}

const hex = (algorithm: string, bytes: Buffer) => createHash(algorithm).update(bytes).digest('hex');

for (const impl of implementations) {
  describe.skipIf(impl.skip !== false)(`BlobStore contract — ${impl.name}${impl.skip ? ` (skipped: ${impl.skip})` : ''}`, () => {
    let h: Harness;
    let store: BlobStore;
    const bytes = payload(300_001);
    const sha = hex('sha256', bytes);

    beforeAll(async () => impl.setup?.());
    afterAll(async () => impl.teardown?.());
    beforeEach(async () => {
      h = await impl.open();
      store = h.store;
    });
    afterEach(async () => h.cleanup());

    it('stages with the right SHA-256, SM3 and size (GB/T 32905 vector included)', async () => {
      const staged = await store.stage(chunked(bytes));
      expect(staged).toMatchObject({ sha256: sha, sm3: hex('sm3', bytes), size: bytes.length });
      expect(fs.readFileSync(staged.path).equals(bytes)).toBe(true);
      expect(await store.listStaging()).toEqual([expect.objectContaining({ stagingKey: staged.stagingKey, size: bytes.length, partial: false })]);
      const abc = await store.stage(Readable.from([Buffer.from('abc')]));
      expect(abc.sm3).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    });

    it('commits and reads back the same bytes; the staging file is gone', async () => {
      const staged = await store.stage(chunked(bytes));
      expect(await store.commit(staged)).toEqual({ sha256: sha, sm3: staged.sm3, size: bytes.length });
      expect((await readAll(await store.read(sha))).equals(bytes)).toBe(true);
      expect(await store.stat(sha)).toEqual({ size: bytes.length });
      expect(await store.listStaging()).toEqual([]);
      expect(await listAll(store)).toEqual([sha]);
    });

    it('round-trips an empty file and one larger than a multipart part', async () => {
      for (const content of [Buffer.alloc(0), payload(17 * 1024 * 1024 + 3, 7)]) {
        const ref = await store.commit(await store.stage(chunked(content)));
        expect(ref.size).toBe(content.length);
        expect((await readAll(await store.read(ref.sha256))).equals(content)).toBe(true);
        expect(await store.verify(ref.sha256)).toEqual(ref);
      }
    });

    it('stores identical bytes once', async () => {
      const first = await store.stage(chunked(bytes));
      const second = await store.stage(Readable.from([bytes]));
      await store.commit(first);
      expect(await store.commit(second)).toMatchObject({ sha256: sha, size: bytes.length });
      expect(await listAll(store)).toEqual([sha]);
      expect(await store.listStaging()).toEqual([]);
      // Committing again after the staging file is gone is still fine (a retried job).
      expect(await store.commit(first)).toMatchObject({ sha256: sha });
    });

    it('lists several blobs in ascending order', async () => {
      const shas: string[] = [];
      for (let seed = 10; seed < 14; seed++) shas.push((await store.commit(await store.stage(chunked(payload(1000, seed))))).sha256);
      expect(await listAll(store)).toEqual([...shas].sort());
    });

    it('reads byte ranges: first byte, a middle range, last byte, and past the end', async () => {
      await store.commit(await store.stage(chunked(bytes)));
      const n = bytes.length;
      expect(await readAll(await store.read(sha, { start: 0, end: 0 }))).toEqual(bytes.subarray(0, 1));
      expect(await readAll(await store.read(sha, { start: 1000, end: 65_999 }))).toEqual(bytes.subarray(1000, 66_000));
      expect(await readAll(await store.read(sha, { start: n - 1, end: n - 1 }))).toEqual(bytes.subarray(n - 1));
      expect(await readAll(await store.read(sha, { start: n - 10, end: n + 100 }))).toEqual(bytes.subarray(n - 10));
      await expect(store.read(sha, { start: 5, end: 4 })).rejects.toBeInstanceOf(RangeError);
    });

    it('reports a missing blob: stat null, read and verify BlobNotFoundError', async () => {
      expect(await store.stat(sha)).toBeNull();
      expect(await store.stat('../../etc/passwd')).toBeNull();
      await expect(store.read(sha)).rejects.toBeInstanceOf(BlobNotFoundError);
      await expect(store.read(sha, { start: 0, end: 9 })).rejects.toBeInstanceOf(BlobNotFoundError);
      await expect(store.verify(sha)).rejects.toBeInstanceOf(BlobNotFoundError);
      expect(await listAll(store)).toEqual([]);
    });

    it('refuses an upload over maxBytes and leaves no staging file', async () => {
      await expect(store.stage(chunked(bytes), { maxBytes: bytes.length - 1 })).rejects.toBeInstanceOf(BlobTooLargeError);
      expect(await store.listStaging()).toEqual([]);
      expect((await store.stage(chunked(bytes), { maxBytes: bytes.length })).size).toBe(bytes.length);
    });

    it('leaves no staging file when the upload breaks off', async () => {
      async function* brokenUpload() {
        yield bytes.subarray(0, 1000);
        throw new Error('client went away');
      }
      await expect(store.stage(brokenUpload())).rejects.toThrow('client went away');
      expect(await store.listStaging()).toEqual([]);
    });

    it('restage re-digests what is in the staging file now', async () => {
      const staged = await store.stage(chunked(bytes));
      fs.appendFileSync(staged.path, 'x');
      const grown = Buffer.concat([bytes, Buffer.from('x')]);
      expect(await store.restage(staged.stagingKey)).toEqual({ ...staged, sha256: hex('sha256', grown), sm3: hex('sm3', grown), size: grown.length });
      expect(await store.restage('00000000-0000-4000-8000-000000000000')).toBeNull();
      expect(await store.restage('../blobs')).toBeNull();
    });

    it('discard removes a staging file, finished or interrupted (.part)', async () => {
      const staged = await store.stage(chunked(bytes));
      const interrupted = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee.part';
      fs.writeFileSync(path.join(h.stagingDir, interrupted), 'half an upload');
      const expected = [
        { stagingKey: staged.stagingKey, partial: false },
        { stagingKey: interrupted, partial: true, size: 14 },
      ].sort((a, b) => (a.stagingKey < b.stagingKey ? -1 : 1));
      expect(await store.listStaging()).toEqual(expected.map((e) => expect.objectContaining(e)));
      expect(await store.restage(interrupted)).toBeNull();
      await store.discard(staged.stagingKey);
      await store.discard(interrupted);
      await store.discard(staged.stagingKey);
      expect(await store.listStaging()).toEqual([]);
      expect(await store.restage(staged.stagingKey)).toBeNull();
    });

    it('fault injection: a staging file changed after staging is refused and nothing is stored', async () => {
      for (const how of ['flip', 'truncate'] as const) {
        const staged = await store.stage(chunked(bytes));
        fs.writeFileSync(staged.path, damageBytes(fs.readFileSync(staged.path), how));
        await expect(store.commit(staged)).rejects.toBeInstanceOf(BlobIntegrityError);
        expect(await store.stat(sha)).toBeNull();
        expect(await listAll(store)).toEqual([]);
        await store.discard(staged.stagingKey);
      }
      // …and the same bytes, staged intact, still go in.
      expect(await store.commit(await store.stage(chunked(bytes)))).toMatchObject({ sha256: sha });
    });

    it('fault injection: the same for a staging file larger than a multipart part', async () => {
      const big = payload(12 * 1024 * 1024, 3);
      const staged = await store.stage(chunked(big));
      const fd = fs.openSync(staged.path, 'r+');
      fs.writeSync(fd, Buffer.from([big[big.length - 2]! ^ 0xff]), 0, 1, big.length - 2);
      fs.closeSync(fd);
      await expect(store.commit(staged)).rejects.toBeInstanceOf(BlobIntegrityError);
      expect(await store.stat(staged.sha256)).toBeNull();
      expect(await listAll(store)).toEqual([]);
    });

    it('fault injection: verify detects a stored blob that was flipped or truncated', async () => {
      for (const how of ['flip', 'truncate'] as const) {
        const ref = await store.commit(await store.stage(chunked(bytes)));
        expect(await store.verify(sha)).toEqual(ref);
        await h.damage(sha, how);
        await expect(store.verify(sha)).rejects.toBeInstanceOf(BlobIntegrityError);
        await store.delete(sha);
      }
    });

    it('a new commit replaces a stored blob of the wrong size', async () => {
      const ref = await store.commit(await store.stage(chunked(bytes)));
      await h.damage(sha, 'truncate');
      expect(await store.stat(sha)).toEqual({ size: bytes.length - 1 });
      expect(await store.commit(await store.stage(chunked(bytes)))).toEqual(ref);
      expect(await store.verify(sha)).toEqual(ref);
    });

    it('delete removes a blob (and is a no-op when it is absent)', async () => {
      await store.commit(await store.stage(chunked(bytes)));
      await store.delete(sha);
      await store.delete(sha);
      expect(await store.stat(sha)).toBeNull();
      expect(await listAll(store)).toEqual([]);
      await expect(store.read(sha)).rejects.toBeInstanceOf(BlobNotFoundError);
    });
  });
}
