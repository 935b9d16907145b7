import type { Readable } from 'node:stream';

/** A blob's identity: its SHA-256 (the key), its SM3 (GB/T 32905, recorded beside it) and its size. */
export interface BlobRef {
  sha256: string;
  sm3: string;
  size: number;
}

/**
 * An incoming file written to the local staging area with its digests computed on the way in.
 * Staging is always local (DATA_DIR/staging) because identification and validation need a file.
 */
export interface StagedBlob extends BlobRef {
  /** File name inside the staging area (random; never built from user input). */
  stagingKey: string;
  /** Absolute path of the staged file, for the format checks. */
  path: string;
}

/** A file in the staging area, for the garbage collector. */
export interface StagingEntry {
  /** Pass to `discard` (or, unless `partial`, to `restage`). */
  stagingKey: string;
  modifiedAt: Date;
  size: number;
  /** True for a `.part` file: an upload that was interrupted before it was complete. */
  partial: boolean;
}

export interface ByteRange {
  /** First byte, inclusive. */
  start: number;
  /** Last byte, inclusive (HTTP Range semantics). */
  end: number;
}

/**
 * Content-addressed storage of the working files (DESIGN.md §4): key = SHA-256 hex, identical bytes
 * stored once, every write staged → verified → committed so that a crash leaves either no blob or a
 * whole one. Implementations: the local file system (default) and S3-compatible object stores.
 */
export interface BlobStore {
  readonly kind: 'fs' | 's3';
  /**
   * Streams `source` into a new staging file, computing SHA-256 and SM3 as the bytes pass. The file
   * is fsynced before it gets its final staging name, so a staged blob survives a crash.
   * @throws BlobTooLargeError when more than `maxBytes` arrive (the staging file is removed).
   * @throws the source's error (e.g. the client went away); the partial file is removed.
   */
  stage(source: Readable | AsyncIterable<Uint8Array>, options?: { maxBytes?: number }): Promise<StagedBlob>;
  /**
   * Re-opens a staging file left by an earlier run (e.g. by a job after a restart) and re-digests it.
   * Null when there is no such finished staging file (unknown, discarded, committed, or a `.part`).
   */
  restage(stagingKey: string): Promise<StagedBlob | null>;
  /**
   * Moves a staged file into the store under its SHA-256 and verifies what was written. The staged
   * bytes are re-hashed on the way (SHA-256), so a staging file changed after `stage` is refused.
   * Idempotent: committing bytes that are already stored (same size) just removes the staging file.
   * @throws BlobIntegrityError when the staged or stored bytes do not match the staged digests;
   *   nothing new is then stored under that key and the staging file is kept for inspection.
   */
  commit(staged: StagedBlob): Promise<BlobRef>;
  /** Removes a staging file, finished or `.part` (a rejected or abandoned upload). No-op when absent. */
  discard(stagingKey: string): Promise<void>;
  /** Size of a stored blob, or null when it is not stored. */
  stat(sha256: string): Promise<{ size: number } | null>;
  /**
   * Reads a stored blob, whole or a byte range (inclusive; an `end` past the last byte reads to the end).
   * @throws BlobNotFoundError
   * @throws RangeError for a range with negative, fractional or reversed bounds.
   */
  read(sha256: string, range?: ByteRange): Promise<Readable>;
  /**
   * Re-reads a stored blob and re-digests it (the fixity check of the working store).
   * @throws BlobNotFoundError
   * @throws BlobIntegrityError when the content no longer hashes to its key (or, on S3, does not
   *   match the size and SM3 recorded with it).
   */
  verify(sha256: string): Promise<BlobRef>;
  /** Removes a stored blob (garbage collection only; never for archived content). No-op when absent. */
  delete(sha256: string): Promise<void>;
  /** Every stored blob's SHA-256, in ascending order (for the orphan check and garbage collection). */
  list(): AsyncIterable<string>;
  /** Every staging file, finished and `.part`, with its modification time and size. */
  listStaging(): Promise<StagingEntry[]>;
  /** Releases connections (S3); the store must not be used afterwards. */
  close(): Promise<void>;
}

/** True for a lower-case SHA-256 hex digest, the only form of blob key (never a path from outside). */
export function isSha256Hex(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value);
}

/** @throws RangeError for a byte range with negative, fractional or reversed bounds. */
export function checkRange(range: ByteRange): void {
  const { start, end } = range;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) {
    throw new RangeError(`invalid byte range ${start}-${end}`);
  }
}

export class BlobNotFoundError extends Error {
  constructor(readonly sha256: string) {
    super(`blob ${sha256} is not stored`);
    this.name = 'BlobNotFoundError';
  }
}

export class BlobTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`upload exceeds ${maxBytes} bytes`);
    this.name = 'BlobTooLargeError';
  }
}

export class BlobIntegrityError extends Error {
  constructor(
    readonly sha256: string,
    readonly detail: string,
  ) {
    super(`blob ${sha256} failed verification: ${detail}`);
    this.name = 'BlobIntegrityError';
  }
}

/** A stored blob's bytes in memory — for small blobs only (page images, thumbnails). @throws BlobNotFoundError */
export async function readBlob(store: BlobStore, sha256: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of await store.read(sha256)) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
