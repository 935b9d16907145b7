import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { DIGEST_CHUNK_BYTES, digestFile, hashFile, MultiDigest } from '../crypto/digest.js';
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
import { fsyncDirectory, isNotFound, StagingArea, writeFully } from './staging-area.js';

/**
 * Blobs in a local directory, `<root>/<sha[0..2]>/<sha[2..4]>/<sha>` (two levels of 256 keep every
 * directory small up to ~10⁸ blobs).
 *
 * Commit (DESIGN.md §5, stage → verify → commit): the staged file is re-hashed with SHA-256 and
 * then renamed into place, and the target directory is fsynced. SHA-256 alone is enough to prove
 * the bytes are the ones digested at stage time (so the SM3 recorded then still holds), and costs a
 * fifth of SHA-256 + SM3. A rename cannot change bytes, so nothing is re-read afterwards; only the
 * size is checked. When the staging area is on another file system the file is instead copied to a
 * hidden temporary name in the target directory while being hashed, fsynced, and renamed.
 * A crash at any point leaves either no blob or a whole one under its key.
 */
export class FsBlobStore implements BlobStore {
  readonly kind = 'fs' as const;
  private readonly staging: StagingArea;
  private sameDevice: Promise<boolean> | null = null;

  constructor(
    readonly rootDir: string,
    stagingDir: string,
  ) {
    this.staging = new StagingArea(stagingDir);
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

  /** Where a blob lives (or would live). @throws TypeError for a key that is not a SHA-256 hex. */
  pathOf(sha256: string): string {
    if (!isSha256Hex(sha256)) throw new TypeError(`not a SHA-256 key: ${JSON.stringify(sha256)}`);
    return path.join(this.rootDir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  /**
   * @throws BlobIntegrityError when the staging file no longer matches its digests or the stored
   *   file has the wrong size afterwards.
   * @throws TypeError for a malformed key; the file system's error (ENOENT when the staging file is gone).
   */
  async commit(staged: StagedBlob): Promise<BlobRef> {
    const ref: BlobRef = { sha256: staged.sha256, sm3: staged.sm3, size: staged.size };
    const target = this.pathOf(staged.sha256);
    const source = this.staging.pathOf(staged.stagingKey);
    // Identical bytes are stored once. A stored file of another size is damaged: replace it.
    if ((await sizeOf(target)) === staged.size) {
      await this.staging.discard(staged.stagingKey);
      return ref;
    }
    const dir = path.dirname(target);
    const firstCreated = await mkdir(dir, { recursive: true });
    if (await this.stagingOnSameDevice()) {
      const check = await hashFile(source, ['sha256'] as const);
      if (check.sha256 !== staged.sha256 || check.size !== staged.size) {
        throw new BlobIntegrityError(staged.sha256, `staging file ${staged.stagingKey} changed since it was staged (now ${check.size} bytes, SHA-256 ${check.sha256})`);
      }
      try {
        await rename(source, target);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
        await copyVerified(source, target, staged);
      }
    } else {
      await copyVerified(source, target, staged);
    }
    await fsyncDirectory(dir);
    if (firstCreated) {
      // New fan-out directories: make their entries durable too.
      await fsyncDirectory(path.dirname(dir));
      await fsyncDirectory(this.rootDir);
    }
    const size = await sizeOf(target);
    if (size !== staged.size) {
      throw new BlobIntegrityError(staged.sha256, `stored file has ${size ?? 'no'} bytes, expected ${staged.size}`);
    }
    return ref;
  }

  async stat(sha256: string): Promise<{ size: number } | null> {
    if (!isSha256Hex(sha256)) return null;
    const size = await sizeOf(this.pathOf(sha256));
    return size === null ? null : { size };
  }

  async read(sha256: string, range?: ByteRange): Promise<Readable> {
    if (range) checkRange(range);
    if (!isSha256Hex(sha256)) throw new BlobNotFoundError(sha256);
    let handle;
    try {
      handle = await open(this.pathOf(sha256), 'r');
    } catch (e) {
      if (isNotFound(e)) throw new BlobNotFoundError(sha256);
      throw e;
    }
    return handle.createReadStream({ start: range?.start, end: range?.end, highWaterMark: DIGEST_CHUNK_BYTES });
  }

  async verify(sha256: string): Promise<BlobRef> {
    if (!isSha256Hex(sha256)) throw new BlobNotFoundError(sha256);
    let actual;
    try {
      actual = await digestFile(this.pathOf(sha256));
    } catch (e) {
      if (isNotFound(e)) throw new BlobNotFoundError(sha256);
      throw e;
    }
    if (actual.sha256 !== sha256) {
      throw new BlobIntegrityError(sha256, `content now hashes to ${actual.sha256} (${actual.size} bytes)`);
    }
    return actual;
  }

  async delete(sha256: string): Promise<void> {
    if (!isSha256Hex(sha256)) return;
    await rm(this.pathOf(sha256), { force: true });
  }

  async *list(): AsyncIterable<string> {
    for (const a of await hexDirs(this.rootDir)) {
      for (const b of await hexDirs(path.join(this.rootDir, a))) {
        const names = await readdir(path.join(this.rootDir, a, b)).catch(emptyWhenMissing);
        // Hidden `.<sha>.<uuid>.tmp` files are unfinished cross-device copies, not blobs.
        for (const name of names.sort()) if (isSha256Hex(name) && name.startsWith(a + b)) yield name;
      }
    }
  }

  async close(): Promise<void> {}

  private stagingOnSameDevice(): Promise<boolean> {
    this.sameDevice ??= (async () => {
      await mkdir(this.rootDir, { recursive: true });
      await mkdir(this.staging.dir, { recursive: true });
      const [root, staging] = await Promise.all([stat(this.rootDir), stat(this.staging.dir)]);
      return root.dev === staging.dev;
    })();
    return this.sameDevice;
  }
}

/**
 * Cross-device commit: copy to `.<sha>.<uuid>.tmp` beside the target while hashing the bytes
 * read (SHA-256), fsync, rename; then remove the staging file. On a mismatch the copy is removed.
 */
async function copyVerified(source: string, target: string, staged: StagedBlob): Promise<void> {
  const temp = path.join(path.dirname(target), `.${staged.sha256}.${randomUUID()}.tmp`);
  const input = await open(source, 'r');
  let renamed = false;
  try {
    const output = await open(temp, 'wx');
    try {
      const digest = new MultiDigest(['sha256'] as const);
      const buffer = Buffer.allocUnsafe(DIGEST_CHUNK_BYTES);
      for (;;) {
        const { bytesRead } = await input.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0) break;
        const chunk = buffer.subarray(0, bytesRead);
        const written = writeFully(output, chunk);
        digest.update(chunk);
        await written;
      }
      const check = digest.digest();
      if (check.sha256 !== staged.sha256 || check.size !== staged.size) {
        throw new BlobIntegrityError(staged.sha256, `staging file ${staged.stagingKey} changed since it was staged (now ${check.size} bytes, SHA-256 ${check.sha256})`);
      }
      await output.sync();
    } finally {
      await output.close();
    }
    await rename(temp, target);
    renamed = true;
  } finally {
    await input.close();
    if (!renamed) await rm(temp, { force: true });
  }
  await rm(source, { force: true });
}

async function sizeOf(file: string): Promise<number | null> {
  try {
    return (await stat(file)).size;
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}

async function hexDirs(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(emptyWhenMissing);
  return names.filter((n) => /^[0-9a-f]{2}$/.test(n)).sort();
}

function emptyWhenMissing(e: unknown): string[] {
  if (isNotFound(e)) return [];
  throw e;
}
