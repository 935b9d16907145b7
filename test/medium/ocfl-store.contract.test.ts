import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsOcflStore, OcflRepository, S3OcflStore, validateStorageRoot } from '../../src/server/ocfl/index.js';
import { ocflStoreContract } from '../../src/server/ocfl/ocfl-store-contract.test-support.js';
import { openTestBucket, testS3, type TestBucket } from '../support/s3.js';

/**
 * The OCFL storage contract on the file system always and on S3 (Swift s3api under CI), and one
 * archive object written, versioned and validated on each: the same code for both locations.
 */
ocflStoreContract('fs', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cv-ocfl-fs-'));
  return { store: new FsOcflStore(dir), cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
});

const s3 = testS3();
describe.runIf(s3)('OCFL on S3', () => {
  let bucket: TestBucket;
  beforeAll(async () => {
    bucket = await openTestBucket(s3!);
  });
  afterAll(async () => bucket?.cleanup());

  ocflStoreContract('s3', async () => ({ store: S3OcflStore.fromTarget(bucket.fresh(), 'ocfl/'), cleanup: async () => {} }));

  it('writes an archive object with a Chinese id and names, adds a version, and the root validates', async () => {
    const store = S3OcflStore.fromTarget(bucket.fresh(), 'ocfl/');
    const repo = await OcflRepository.open(store, { create: true });
    const id = 'urn:casevault:沪0118:（2021）沪0118民初1002号';
    const file = (text: string) => () => Readable.from([Buffer.from(text)]);
    await repo.createObject(id, { files: [{ logicalPath: '正卷/第1册/01 民事起诉状.pdf', source: file('%PDF-1.4 起诉状') }], message: '接收归档', user: { name: '档案员甲' } });
    await repo.addVersion(id, { files: [{ logicalPath: '正卷/第1册/02 补充材料.pdf', source: file('%PDF-1.4 补充') }], message: '补充归档', user: { name: '档案员甲' } });
    const object = await repo.getObject(id);
    expect(object!.versions.map((v) => v.version)).toEqual(['v1', 'v2']);
    expect((await repo.verifyFixity(id)).ok).toBe(true);
    const result = await validateStorageRoot({ store });
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
