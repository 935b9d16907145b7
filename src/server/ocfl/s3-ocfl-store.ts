import {
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  UploadPartCopyCommand,
  AbortMultipartUploadCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Readable } from 'node:stream';
import type { S3Target } from '../config.js';
import { createS3Client } from '../storage/s3-blob-store.js';
import { compare } from './fs-ocfl-store.js';
import {
  assertKey,
  OcflStoreExistsError,
  OcflStoreNotFoundError,
  type OcflEntry,
  type OcflFileEntry,
  type OcflStat,
  type OcflStore,
} from './ocfl-store.js';

/** CopyObject's single-request limit; larger objects are copied part by part. */
const MAX_SINGLE_COPY = 5 * 1024 ** 3;
/** Part size of multipart copies and uploads (Swift s3api: ≤ 1,000 parts, so up to ~1 TB files). */
const PART_BYTES = 1024 ** 3;

/**
 * An OCFL store in an S3-compatible bucket, under a key prefix (the storage root). Keys are the
 * store keys; "directories" are key prefixes, so empty directories do not exist here.
 *
 * Atomicity differs from the file system and the library is written for both: a PUT is atomic, but
 * a directory move is a copy of every key followed by deletes. `moveDirectory` copies declaration
 * and inventory files last, so a partially copied object or version is recognisably incomplete
 * (no `0=` declaration / no inventory matching its sidecar), and `recoverStorageRoot` finishes it
 * from the staged copy, which is deleted only after all copies succeeded.
 *
 * The client is created with `requestChecksumCalculation: 'WHEN_REQUIRED'` (via `createS3Client`):
 * most S3-compatible servers refuse the SDK's default CRC32 trailers. Deletes are sent one by one:
 * DeleteObjects requires a checksum header that several of them handle differently.
 */
export class S3OcflStore implements OcflStore {
  readonly kind = 's3' as const;

  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    /** Key prefix of the storage root, '' or ending in `/`. */
    private readonly prefix: string,
  ) {
    if (prefix !== '' && !prefix.endsWith('/')) throw new TypeError('S3 prefix must be empty or end with "/"');
  }

  /** A store for `<target.prefix><root>` (default root `ocfl/`). */
  static fromTarget(target: S3Target, root = 'ocfl/'): S3OcflStore {
    return new S3OcflStore(createS3Client(target), target.bucket, `${target.prefix}${root}`);
  }

  private keyOf(key: string): string {
    assertKey(key, true);
    return this.prefix + key;
  }

  private dirPrefix(dir: string): string {
    return dir === '' ? this.prefix : `${this.keyOf(dir)}/`;
  }

  async list(dir: string): Promise<OcflEntry[]> {
    const prefix = this.dirPrefix(dir);
    const out: OcflEntry[] = [];
    let ContinuationToken: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, Delimiter: '/', ContinuationToken }));
      for (const p of page.CommonPrefixes ?? []) if (p.Prefix) out.push({ name: p.Prefix.slice(prefix.length, -1), type: 'directory' });
      for (const o of page.Contents ?? []) if (o.Key && o.Key !== prefix) out.push({ name: o.Key.slice(prefix.length), type: 'file' });
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (ContinuationToken);
    return out.sort((a, b) => compare(a.name, b.name));
  }

  async listFiles(dir: string): Promise<OcflFileEntry[]> {
    const prefix = this.dirPrefix(dir);
    const out: OcflFileEntry[] = [];
    let ContinuationToken: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken }));
      for (const o of page.Contents ?? []) if (o.Key && o.Key !== prefix) out.push({ path: o.Key.slice(this.prefix.length), size: o.Size ?? 0 });
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (ContinuationToken);
    return out.sort((a, b) => compare(a.path, b.path));
  }

  async read(file: string): Promise<Readable> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.keyOf(file) }));
      return out.Body as Readable;
    } catch (e) {
      if (isNotFound(e)) throw new OcflStoreNotFoundError(file);
      throw e;
    }
  }

  async write(file: string, source: Readable | Uint8Array | string): Promise<{ size: number }> {
    assertKey(file);
    let size = 0;
    async function* counted(src: AsyncIterable<unknown>): AsyncGenerator<Uint8Array> {
      for await (const chunk of src) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
        size += bytes.byteLength;
        yield bytes;
      }
    }
    const body = typeof source === 'string' || source instanceof Uint8Array ? Buffer.from(source) : Readable.from(counted(source));
    // lib-storage streams with bounded memory; a failing source aborts the multipart upload, so
    // nothing appears under the key (a PUT/complete is all-or-nothing).
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: this.keyOf(file), Body: body, ContentType: 'application/octet-stream' },
      partSize: 8 * 1024 * 1024,
      queueSize: 4,
      leavePartsOnError: false,
    });
    await upload.done();
    return { size: Buffer.isBuffer(body) ? body.byteLength : size };
  }

  async moveDirectory(from: string, to: string): Promise<void> {
    assertKey(from);
    assertKey(to);
    if (await this.exists(to)) throw new OcflStoreExistsError(to);
    const files = await this.listFiles(from);
    if (files.length === 0) throw new OcflStoreNotFoundError(from);
    files.sort((a, b) => markerRank(a.path) - markerRank(b.path) || compare(a.path, b.path));
    for (const f of files) await this.copy(f, `${to}${f.path.slice(from.length)}`);
    for (const f of files) await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.keyOf(f.path) }));
  }

  async exists(path: string): Promise<boolean> {
    return (await this.stat(path)) !== null;
  }

  async stat(path: string): Promise<OcflStat | null> {
    if (path !== '') {
      try {
        const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.keyOf(path) }));
        return { type: 'file', size: head.ContentLength ?? 0 };
      } catch (e) {
        if (!isNotFound(e)) throw e;
      }
    }
    const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: this.dirPrefix(path), MaxKeys: 1 }));
    return (page.KeyCount ?? page.Contents?.length ?? 0) > 0 ? { type: 'directory', size: 0 } : null;
  }

  async delete(path: string): Promise<void> {
    assertKey(path);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.keyOf(path) }));
    for (const f of await this.listFiles(path)) await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.keyOf(f.path) }));
  }

  async close(): Promise<void> {
    this.client.destroy();
  }

  /** Server-side copy; objects over 5 GiB (long hearing recordings) go part by part. */
  private async copy(source: OcflFileEntry, to: string): Promise<void> {
    const CopySource = `${this.bucket}/${this.keyOf(source.path).split('/').map(encodeURIComponent).join('/')}`;
    const Key = this.keyOf(to);
    if (source.size <= MAX_SINGLE_COPY) {
      await this.client.send(new CopyObjectCommand({ Bucket: this.bucket, Key, CopySource }));
      return;
    }
    const { UploadId } = await this.client.send(new CreateMultipartUploadCommand({ Bucket: this.bucket, Key }));
    try {
      const Parts: Array<{ ETag?: string; PartNumber: number }> = [];
      for (let start = 0, n = 1; start < source.size; start += PART_BYTES, n++) {
        const end = Math.min(start + PART_BYTES, source.size) - 1;
        const part = await this.client.send(
          new UploadPartCopyCommand({ Bucket: this.bucket, Key, UploadId, PartNumber: n, CopySource, CopySourceRange: `bytes=${start}-${end}` }),
        );
        Parts.push({ ETag: part.CopyPartResult?.ETag, PartNumber: n });
      }
      await this.client.send(new CompleteMultipartUploadCommand({ Bucket: this.bucket, Key, UploadId, MultipartUpload: { Parts } }));
    } catch (e) {
      await this.client.send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key, UploadId })).catch(() => undefined);
      throw e;
    }
  }
}

/** Copy order: content first, then sidecars, inventories, and the `0=` declaration last. */
function markerRank(key: string): number {
  const name = key.slice(key.lastIndexOf('/') + 1);
  if (name.startsWith('0=')) return 3;
  if (name === 'inventory.json') return 2;
  if (name.startsWith('inventory.json.')) return 1;
  return 0;
}

function isNotFound(e: unknown): boolean {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err?.name === 'NoSuchKey' || err?.name === 'NotFound' || err?.$metadata?.httpStatusCode === 404;
}
