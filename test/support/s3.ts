import { randomBytes } from 'node:crypto';
import {
  CreateBucketCommand,
  DeleteObjectCommand,
  HeadBucketCommand,
  ListObjectsV2Command,
  type S3Client,
} from '@aws-sdk/client-s3';
import { isCi, testS3Target, type S3Target } from '../../src/server/config.js';
import { createS3Client } from '../../src/server/storage/s3-blob-store.js';

/**
 * The S3-compatible server the S3 suites run against (TEST_S3_ENDPOINT …, see .ci/start-swift), or
 * undefined to skip them locally. Under CI=true a missing TEST_S3_ENDPOINT is an error, not a skip.
 */
export function testS3(): S3Target | undefined {
  const target = testS3Target();
  if (!target && isCi()) throw new Error('CI=true 但未设置 TEST_S3_ENDPOINT：S3 测试必须运行（见 .ci/start-swift 与 .ci/run）');
  return target;
}

export interface TestBucket {
  /** The target with this run's unique prefix (`casevault-test-<time>-<random>/`). */
  target: S3Target;
  /** A raw client on the same server, for fault injection and cleanup. */
  client: S3Client;
  /** A sub-prefix of this run's, so that each test sees an empty store. */
  fresh(): S3Target;
  /** Deletes every object under this run's prefix and closes the client. */
  cleanup(): Promise<void>;
}

/** Creates the test bucket if it is missing and gives this run its own key prefix. */
export async function openTestBucket(base: S3Target): Promise<TestBucket> {
  const client = createS3Client(base);
  try {
    await client.send(new HeadBucketCommand({ Bucket: base.bucket }));
  } catch {
    await client.send(new CreateBucketCommand({ Bucket: base.bucket }));
  }
  const runPrefix = `${base.prefix}casevault-test-${Date.now()}-${randomBytes(4).toString('hex')}/`;
  let n = 0;
  return {
    target: { ...base, prefix: runPrefix },
    client,
    fresh: () => ({ ...base, prefix: `${runPrefix}${++n}/` }),
    cleanup: async () => {
      try {
        await deletePrefix(client, base.bucket, runPrefix);
      } finally {
        client.destroy();
      }
    },
  };
}

async function deletePrefix(client: S3Client, Bucket: string, Prefix: string): Promise<void> {
  let ContinuationToken: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix, ContinuationToken }));
    // One by one: DeleteObjects needs a Content-MD5 that the SDK no longer sends (it sends CRC32).
    for (const o of page.Contents ?? []) if (o.Key) await client.send(new DeleteObjectCommand({ Bucket, Key: o.Key }));
    ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (ContinuationToken);
}
