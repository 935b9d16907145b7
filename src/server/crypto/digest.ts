import { createHash, type Hash } from 'node:crypto';
import { open } from 'node:fs/promises';

/**
 * The digests every file gets on the way in (DESIGN.md §4–§5): SHA-256 is the content address,
 * SM3 (GB/T 32905-2016, node:crypto via OpenSSL) is recorded beside it for the 国密 fixity
 * requirements. Both are computed in one pass over the bytes.
 */
export type DigestAlgorithm = 'sha256' | 'sm3';

/** Lower-case hex digests of the requested algorithms plus the number of bytes hashed. */
export type Digests<A extends DigestAlgorithm> = { size: number } & { [K in A]: string };

/** SHA-256, SM3 and size of the same bytes (structurally a `BlobRef`). */
export type DualDigests = Digests<'sha256' | 'sm3'>;

/**
 * Read size for files: 1 MiB keeps the per-call overhead of the hash and of the read system call
 * negligible next to the hashing itself (64 KiB reads cost ~10 % of SHA-256 throughput).
 */
export const DIGEST_CHUNK_BYTES = 1024 * 1024;

/**
 * An incremental digest over several algorithms. Chunks are handed to OpenSSL as they are (no
 * copy). Single use: after `digest()` it refuses further updates.
 */
export class MultiDigest<A extends DigestAlgorithm> {
  private readonly hashes: Array<[A, Hash]>;
  private bytes = 0;
  private done = false;

  constructor(algorithms: readonly A[]) {
    if (algorithms.length === 0) throw new TypeError('MultiDigest needs at least one algorithm');
    this.hashes = [...new Set(algorithms)].map((a) => [a, createHash(a)]);
  }

  /** Bytes hashed so far. */
  get size(): number {
    return this.bytes;
  }

  /** @throws Error when called after `digest()`. */
  update(chunk: Uint8Array): this {
    if (this.done) throw new Error('digest already finished');
    for (const [, h] of this.hashes) h.update(chunk);
    this.bytes += chunk.byteLength;
    return this;
  }

  /** Finishes every hash. @throws Error when called twice. */
  digest(): Digests<A> {
    if (this.done) throw new Error('digest already finished');
    this.done = true;
    const out: Record<string, string | number> = { size: this.bytes };
    for (const [a, h] of this.hashes) out[a] = h.digest('hex');
    return out as Digests<A>;
  }
}

/** SHA-256 + SM3 + size in one pass: `update(chunk)` as bytes arrive, then `digest()`. */
export function createDualDigest(): MultiDigest<'sha256' | 'sm3'> {
  return new MultiDigest(['sha256', 'sm3'] as const);
}

/**
 * Hashes a file with the given algorithms. Two 1 MiB buffers alternate so that the next read runs
 * in the libuv thread pool while the current chunk is being hashed on this thread.
 * @throws the file system's error (ENOENT, EACCES, EISDIR …).
 */
export async function hashFile<A extends DigestAlgorithm>(path: string, algorithms: readonly A[]): Promise<Digests<A>> {
  const digest = new MultiDigest(algorithms);
  const handle = await open(path, 'r');
  let filling = Buffer.allocUnsafe(DIGEST_CHUNK_BYTES);
  let spare = Buffer.allocUnsafe(DIGEST_CHUNK_BYTES);
  let position = 0;
  let pending: Promise<{ bytesRead: number }> | null = handle.read(filling, 0, DIGEST_CHUNK_BYTES, 0);
  try {
    for (;;) {
      const { bytesRead } = await pending;
      pending = null;
      if (bytesRead === 0) break;
      const filled = filling;
      filling = spare;
      spare = filled;
      position += bytesRead;
      pending = handle.read(filling, 0, DIGEST_CHUNK_BYTES, position);
      digest.update(bytesRead === DIGEST_CHUNK_BYTES ? filled : filled.subarray(0, bytesRead));
    }
  } finally {
    await pending?.catch(() => undefined);
    await handle.close();
  }
  return digest.digest();
}

/**
 * SHA-256, SM3 and size of a file (what `restage` and `verify` need).
 * @throws the file system's error (ENOENT, EACCES, EISDIR …).
 */
export function digestFile(path: string): Promise<DualDigests> {
  return hashFile(path, ['sha256', 'sm3'] as const);
}

/**
 * SHA-256, SM3 and size of everything a stream yields. The stream's own chunk size applies; open
 * files with `highWaterMark: DIGEST_CHUNK_BYTES`.
 * @throws whatever the stream throws.
 */
export async function digestStream(source: AsyncIterable<Uint8Array | string>): Promise<DualDigests> {
  const digest = createDualDigest();
  for await (const chunk of source) digest.update(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return digest.digest();
}
