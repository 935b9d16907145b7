import type { Readable } from 'node:stream';

/**
 * What the OCFL library needs from a storage system (ocfl-java's Storage abstraction, reduced).
 * Paths are storage-root-relative keys: `/`-separated, no leading `/`, never `.`/`..` elements, and
 * never built from user input (object paths come from the 0004 layout, content paths from
 * `contentPathFor`). Two implementations follow this contract: the local file system and S3.
 *
 * Directories are implicit on S3 (a prefix with at least one key), so the contract only promises
 * what both can do: a directory "exists" when something is below it, and empty directories are
 * not part of the contract (`write` creates parents, `delete` leaves none behind on fs).
 */
export interface OcflStore {
  readonly kind: 'fs' | 's3';
  /** Direct children of a directory, sorted by name; [] when it does not exist. */
  list(dir: string): Promise<OcflEntry[]>;
  /** Every file below `dir` (recursively), sorted by path, relative to the store root. */
  listFiles(dir: string): Promise<OcflFileEntry[]>;
  /** @throws OcflStoreNotFoundError when there is no such file. */
  read(file: string): Promise<Readable>;
  /**
   * Writes a whole file so that readers see either the old bytes or the new ones, never a torn
   * file (fs: temp file + fsync + rename; S3: a PUT is atomic). Replaces an existing file.
   * @returns the number of bytes written.
   */
  write(file: string, source: Readable | Uint8Array | string): Promise<{ size: number }>;
  /**
   * Moves a whole directory to a path that must not exist yet. On fs this is one rename(2), so the
   * target appears atomically; on S3 it is copy-then-delete, ordered so that the declaration and
   * inventory files (`0=*`, `inventory.json*`) arrive last and the target is only recognisable as an
   * OCFL object or version once everything else is there.
   * @throws OcflStoreExistsError when `to` already exists.
   */
  moveDirectory(from: string, to: string): Promise<void>;
  /** True when a file or a non-empty directory is at `path`. */
  exists(path: string): Promise<boolean>;
  /** Null when nothing is there. Directories have size 0. */
  stat(path: string): Promise<OcflStat | null>;
  /** Removes a file or a whole directory; absent is fine (idempotent, for recovery). */
  delete(path: string): Promise<void>;
  /** Releases clients and handles. */
  close(): Promise<void>;
}

export interface OcflEntry {
  name: string;
  type: 'file' | 'directory' | 'other';
}

export interface OcflFileEntry {
  path: string;
  size: number;
}

export interface OcflStat {
  type: 'file' | 'directory' | 'other';
  size: number;
}

/** A file the caller expected is not there. */
export class OcflStoreNotFoundError extends Error {
  readonly code = 'OCFL_STORE_NOT_FOUND';
  constructor(readonly path: string) {
    super(`no such file in the OCFL store: ${path}`);
  }
}

/** `moveDirectory` refuses to merge into or overwrite an existing directory. */
export class OcflStoreExistsError extends Error {
  readonly code = 'OCFL_STORE_EXISTS';
  constructor(readonly path: string) {
    super(`already exists in the OCFL store: ${path}`);
  }
}

/** Joins key segments with `/`, ignoring empty ones (so `join('', 'a')` is `a`). */
export function joinKey(...parts: string[]): string {
  return parts.filter((p) => p !== '').join('/');
}

/**
 * Refuses keys that could escape the store root. Keys are produced by this library, so a bad key
 * is a programming error, not a finding.
 * @throws TypeError for an absolute key, a `.`/`..`/empty element or a backslash.
 */
export function assertKey(key: string, allowRoot = false): void {
  if (key === '' && allowRoot) return;
  if (key === '' || key.startsWith('/') || key.includes('\\') || key.split('/').some((e) => e === '' || e === '.' || e === '..')) {
    throw new TypeError(`not a safe OCFL store key: ${JSON.stringify(key)}`);
  }
}

/** Reads a whole (small) file as UTF-8: inventories, declarations, sidecars, configs only. */
export async function readText(store: OcflStore, file: string): Promise<string> {
  return (await readBytes(store, file)).toString('utf8');
}

/** Reads a whole (small) file. Never used for content files, which may be gigabytes. */
export async function readBytes(store: OcflStore, file: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await store.read(file)) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
