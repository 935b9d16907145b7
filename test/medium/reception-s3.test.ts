import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveOut, ReceiveOut } from '../../src/common/reception-api.js';
import { validateObject } from '../../src/server/ocfl/index.js';
import { createAppEnv } from '../support/app-env.js';
import { testClamd } from '../support/clamd.js';
import { signIn, type Session } from '../support/http.js';
import { approveCase } from '../support/archive-flow.js';
import { openTestBucket, testS3, type TestBucket } from '../support/s3.js';

const s3 = testS3();
const clamd = testClamd() && process.env.TEST_CLAMD;

/** The reception with the working store and the OCFL archive store on S3 (Swift's s3api in CI). */
describe.skipIf(!s3 || !clamd)('archive reception on S3', () => {
  let bucket: TestBucket;
  let env: Awaited<ReturnType<typeof createAppEnv>>;
  let clerk: Session;
  let judge: Session;
  let archivist: Session;
  let caseId: string;

  beforeAll(async () => {
    bucket = await openTestBucket(s3!);
    const t = bucket.fresh();
    env = await createAppEnv('sqlite', {
      CLAMD: clamd as string,
      BLOB_STORE: 's3',
      S3_ENDPOINT: t.endpoint ?? '',
      S3_REGION: t.region,
      S3_BUCKET: t.bucket,
      S3_ACCESS_KEY: t.accessKeyId,
      S3_SECRET_KEY: t.secretAccessKey,
      S3_PREFIX: t.prefix,
    });
    clerk = await signIn(env.app, 'clerk1');
    judge = await signIn(env.app, 'judge1');
    archivist = await signIn(env.app, 'archivist1');
    caseId = (await clerk.get('/api/v1/cases?q=1002')).json().items[0].id;
    await approveCase(env.app, clerk, judge, caseId);
  }, 180_000);
  afterAll(async () => {
    await env?.cleanup();
    await bucket?.cleanup();
  });

  it('checks, accepts into an OCFL object in the bucket that validates, and reads it back', async () => {
    await archivist.send('POST', `/api/v1/cases/${caseId}/four-property-confirmations`, { code: 'YJ-4-7', result: 'pass', note: '在线移交' });
    const res = await archivist.send('POST', `/api/v1/cases/${caseId}/receive`, { decision: 'accept' });
    expect(res.statusCode, res.body).toBe(200);
    const out = res.json() as ReceiveOut;
    expect(env.container.config.archiveStore.kind).toBe('s3');
    const repo = await env.container.archiveStore.open();
    const result = await validateObject({ store: repo.store, path: repo.objectPath(out.ocflObjectId!) });
    expect(result.ok, JSON.stringify(result.issues)).toBe(true);
    const code = encodeURIComponent(out.archivalCode!);
    const archive = (await archivist.get(`/api/v1/archives/${code}`)).json() as ArchiveOut;
    expect(archive.versions).toEqual([expect.objectContaining({ version: 'v1', kind: 'reception' })]);
    const mets = await archivist.get(`/api/v1/archives/${code}/versions/v1/content?path=${encodeURIComponent('metadata/mets.xml')}`);
    expect(mets.statusCode).toBe(200);
    expect(mets.body).toContain(out.archivalCode!);
  });
});
