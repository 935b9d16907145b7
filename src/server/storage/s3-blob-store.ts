import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline, Readable, Transform, type TransformCallback } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { S3Target } from '../config.js';
import { DIGEST_CHUNK_BYTES, digestStream } from '../crypto/digest.js';
import {
  BlobIntegrityError,
  BlobNotFoundError,
  checkRange,
  isSha256Hex,
  type BlobRef,
  type BlobStore,
  type ByteRange,
  type StagedBlob,
  type StagingEntry,
} from './blob-store.js';
import { StagingArea } from './staging-area.js';

/** Smallest multipart part we send; parts grow for large files so that no upload needs more than 1,000. */
const MIN_PART_BYTES = 8 * 1024 * 1024;
/** OpenStack Swift's s3api allows 1,000 parts by default (AWS: 10,000); stay within both. */
const MAX_PARTS = 1000;
/** Parts in flight at once: memory use is about queueSize × partSize, whatever the file size. */
const QUEUE_SIZE = 4;

/**
 * An S3 client for an S3-compatible server (MinIO, Ceph RGW, Swift s3api, cloud): path-style
 * addressing (no bucket DNS names), and checksums only where the API requires them — the SDK's
 * default CRC32 trailers are refused by most non-AWS servers (STYLE.md, Node 20 pins).
 */
export function createS3Client(target: S3Target): S3Client {
  return new S3Client({
    endpoint: target.endpoint,
    region: target.region,
    forcePathStyle: true,
    credentials: { accessKeyId: target.accessKeyId, secretAccessKey: target.secretAccessKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/**
 * Blobs as objects `<prefix>blobs/<sha256>` in an S3-compatible bucket, with `x-amz-meta-sha256`
 * and `x-amz-meta-sm3`. Staging stays local (the format checks need a file).
 *
 * Commit: HeadObject first — an object of the same size is the same bytes, so the upload is
 * skipped. Otherwise the staging file is streamed (multipart, bounded memory) through a pass-through
 * that re-hashes it with SHA-256; a mismatch fails the stream before the last part is handed over,
 * so the upload is aborted and nothing appears under the key. Afterwards HeadObject must show the
 * staged size and digests. The object is not read back: that would double the traffic of every
 * upload, and the bytes sent were just proven right; `verify()` re-reads when a fixity audit asks.
 */
export class S3BlobStore implements BlobStore {
  readonly kind = 's3' as const;
  private readonly staging: StagingArea;
  private readonly client: S3Client;
  private readonly keyPrefix: string;

  constructor(
    private readonly target: S3Target,
    stagingDir: string,
  ) {
    this.staging = new StagingArea(stagingDir);
    this.client = createS3Client(target);
    this.keyPrefix = `${target.prefix}blobs/`;
  }

  stage(source: Readable | AsyncIterable<Uint8Array>, options?: { maxBytes?: number }): Promise<StagedBlob> {
    return this.staging.stage(source, options);
  }

  restage(stagingKey: string): Promise<StagedBlob | null> {
    return this.staging.restage(stagingKey);
  }

  discard(stagingKey: string): Promise<void> {
    return this.staging.discard(stagingKey);
  }

  listStaging(): Promise<StagingEntry[]> {
    return this.staging.list();
  }

  /** The object key of a blob. @throws TypeError for a key that is not a SHA-256 hex. */
  keyOf(sha256: string): string {
    if (!isSha256Hex(sha256)) throw new TypeError(`not a SHA-256 key: ${JSON.stringify(sha256)}`);
    return this.keyPrefix + sha256;
  }

  /**
   * @throws BlobIntegrityError when the staging file no longer matches its digests (nothing is
   *   stored) or the stored object does not show the staged size and digests (it is removed).
   * @throws the S3 client's error (network, credentials, bucket); the staging file is kept.
   */
  async commit(staged: StagedBlob): Promise<BlobRef> {
    const ref: BlobRef = { sha256: staged.sha256, sm3: staged.sm3, size: staged.size };
    const Key = this.keyOf(staged.sha256);
    const source = this.staging.pathOf(staged.stagingKey);
    const existing = await this.head(Key);
    if (existing?.size === staged.size) {
      await this.staging.discard(staged.stagingKey);
      return ref;
    }
    const check = new Sha256Check(staged);
    const body = pipeline(createReadStream(source, { highWaterMark: DIGEST_CHUNK_BYTES }), check, () => undefined);
    const upload = new Upload({
      client: this.client,
      params: {
        Bucket: this.target.bucket,
        Key,
        Body: body,
        ContentLength: staged.size,
        ContentType: 'application/octet-stream',
        Metadata: { sha256: staged.sha256, sm3: staged.sm3 },
      },
      partSize: Math.max(MIN_PART_BYTES, Math.ceil(staged.size / MAX_PARTS)),
      queueSize: QUEUE_SIZE,
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (e) {
      throw check.failure ?? e;
    } finally {
      body.destroy(); // a failed upload stops reading: close the staging file now, not at exit
    }
    if (check.failure) throw check.failure;
    const stored = await this.head(Key);
    const problem = !stored
      ? 'object missing after upload'
      : stored.size !== staged.size
        ? `stored object has ${stored.size} bytes, expected ${staged.size}`
        : stored.sha256 !== staged.sha256 || stored.sm3 !== staged.sm3
          ? `stored object's metadata records sha256=${stored.sha256} sm3=${stored.sm3}`
          : null;
    if (problem) {
      if (stored) await this.client.send(new DeleteObjectCommand({ Bucket: this.target.bucket, Key }));
      throw new BlobIntegrityError(staged.sha256, problem);
    }
    await this.staging.discard(staged.stagingKey);
    return ref;
  }

  async stat(sha256: string): Promise<{ size: number } | null> {
    if (!isSha256Hex(sha256)) return null;
    const head = await this.head(this.keyOf(sha256));
    return head ? { size: head.size } : null;
  }

  async read(sha256: string, range?: ByteRange): Promise<Readable> {
    if (range) checkRange(range);
    return (await this.get(sha256, range)).body;
  }

  async verify(sha256: string): Promise<BlobRef> {
    const object = await this.get(sha256);
    const actual = await digestStream(object.body);
    const problems: string[] = [];
    if (actual.sha256 !== sha256) problems.push(`content now hashes to ${actual.sha256}`);
    if (actual.size !== object.size) problems.push(`${actual.size} bytes read, object has ${object.size}`);
    if (object.sm3 !== undefined && object.sm3 !== actual.sm3) problems.push(`SM3 ${actual.sm3} differs from the recorded ${object.sm3}`);
    if (problems.length) throw new BlobIntegrityError(sha256, problems.join('; '));
    return actual;
  }

  async delete(sha256: string): Promise<void> {
    if (!isSha256Hex(sha256)) return;
    await this.client.send(new DeleteObjectCommand({ Bucket: this.target.bucket, Key: this.keyOf(sha256) }));
  }

  async *list(): AsyncIterable<string> {
    let ContinuationToken: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.target.bucket, Prefix: this.keyPrefix, ContinuationToken }),
      );
      for (const object of page.Contents ?? []) {
        const name = object.Key?.slice(this.keyPrefix.length) ?? '';
        if (isSha256Hex(name)) yield name;
      }
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (ContinuationToken);
  }

  async close(): Promise<void> {
    this.client.destroy();
  }

  private async head(Key: string): Promise<{ size: number; sha256?: string; sm3?: string } | null> {
    try {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: this.target.bucket, Key }));
      return { size: out.ContentLength ?? 0, sha256: out.Metadata?.sha256, sm3: out.Metadata?.sm3 };
    } catch (e) {
      if (isMissingObject(e)) return null;
      throw e;
    }
  }

  private async get(sha256: string, range?: ByteRange): Promise<{ body: Readable; size: number; sm3?: string }> {
    if (!isSha256Hex(sha256)) throw new BlobNotFoundError(sha256);
    try {
      const out = await this.client.send(
        new GetObjectCommand({
          Bucket: this.target.bucket,
          Key: this.keyOf(sha256),
          Range: range ? `bytes=${range.start}-${range.end}` : undefined,
        }),
      );
      if (!(out.Body instanceof Readable)) throw new Error('S3 GetObject returned no Node.js stream');
      return { body: out.Body, size: out.ContentLength ?? 0, sm3: out.Metadata?.sm3 };
    } catch (e) {
      if (isMissingObject(e)) throw new BlobNotFoundError(sha256);
      throw e;
    }
  }
}

/** NoSuchKey (GET) or a bare 404 (HEAD has no body); a missing bucket is a configuration error. */
function isMissingObject(e: unknown): boolean {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } } | null;
  if (err?.name === 'NoSuchBucket') return false;
  return err?.name === 'NoSuchKey' || err?.name === 'NotFound' || err?.$metadata?.httpStatusCode === 404;
}

/**
 * Passes bytes through unchanged while hashing them; at the end it fails the stream (before the
 * uploader can send the last part or the single PUT) unless SHA-256 and size are the staged ones.
 */
class Sha256Check extends Transform {
  failure: BlobIntegrityError | undefined;
  private readonly hash = createHash('sha256');
  private size = 0;

  constructor(private readonly expected: StagedBlob) {
    super({ highWaterMark: DIGEST_CHUNK_BYTES });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.size += chunk.byteLength;
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    const sha256 = this.hash.digest('hex');
    if (sha256 === this.expected.sha256 && this.size === this.expected.size) return callback();
    this.failure = new BlobIntegrityError(
      this.expected.sha256,
      `staging file ${this.expected.stagingKey} changed since it was staged (now ${this.size} bytes, SHA-256 ${sha256})`,
    );
    callback(this.failure);
  }
}
