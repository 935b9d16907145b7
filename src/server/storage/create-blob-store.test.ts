import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { checkRange, isSha256Hex } from './blob-store.js';
import { createBlobStore } from './create-blob-store.js';
import { FsBlobStore } from './fs-blob-store.js';
import { S3BlobStore } from './s3-blob-store.js';

describe('createBlobStore', () => {
  it('builds a file-system store by default, under DATA_DIR/blobs', async () => {
    const config = loadConfig({ DATA_DIR: '/srv/casevault' });
    const store = createBlobStore(config.blobStore, config.stagingDir);
    expect(store).toBeInstanceOf(FsBlobStore);
    expect((store as FsBlobStore).pathOf('ab'.repeat(32))).toBe(`/srv/casevault/blobs/ab/ab/${'ab'.repeat(32)}`);
  });

  it('builds an S3 store with BLOB_STORE=s3, keys under S3_PREFIX', async () => {
    const config = loadConfig({
      DATA_DIR: '/srv/casevault',
      BLOB_STORE: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:8089',
      S3_BUCKET: 'casevault',
      S3_ACCESS_KEY: 'k',
      S3_SECRET_KEY: 's',
      S3_PREFIX: 'court-0118/',
    });
    const store = createBlobStore(config.blobStore, config.stagingDir);
    expect(store).toBeInstanceOf(S3BlobStore);
    expect((store as S3BlobStore).keyOf('0'.repeat(64))).toBe(`court-0118/blobs/${'0'.repeat(64)}`);
    await store.close();
  });
});

describe('blob keys and ranges', () => {
  it('accepts only lower-case SHA-256 hex as a key', () => {
    expect(isSha256Hex('a'.repeat(64))).toBe(true);
    for (const bad of ['A'.repeat(64), 'a'.repeat(63), `../${'a'.repeat(61)}`, '']) expect(isSha256Hex(bad)).toBe(false);
    expect(() => new FsBlobStore('/x', '/y').pathOf('../../etc/passwd')).toThrow(TypeError);
  });

  it('refuses reversed, negative and fractional ranges', () => {
    expect(() => checkRange({ start: 0, end: 0 })).not.toThrow();
    for (const r of [{ start: 2, end: 1 }, { start: -1, end: 3 }, { start: 0.5, end: 3 }]) expect(() => checkRange(r)).toThrow(RangeError);
  });
});
