import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { createDualDigest, digestFile } from '../crypto/digest.js';
import { BlobTooLargeError, type StagedBlob, type StagingEntry } from './blob-store.js';

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PART = '.part';

/**
 * The local staging area shared by every blob store (DESIGN.md §4–§5). An upload is written to
 * `<dir>/<uuid>.part` while SHA-256 and SM3 are computed, fsynced, then renamed to `<dir>/<uuid>`:
 * a finished name always holds a complete, durable file; a `.part` is an interrupted upload.
 * Keys are random UUIDs; a key that is not one names no file (paths never come from outside).
 */
export class StagingArea {
  constructor(readonly dir: string) {}

  /**
   * @throws BlobTooLargeError when more than `maxBytes` arrive (the partial file is removed).
   * @throws the source's or the file system's error (the partial file is removed).
   */
  async stage(source: Readable | AsyncIterable<Uint8Array>, options: { maxBytes?: number } = {}): Promise<StagedBlob> {
    await mkdir(this.dir, { recursive: true });
    const stagingKey = randomUUID();
    const partPath = path.join(this.dir, stagingKey + PART);
    const finalPath = path.join(this.dir, stagingKey);
    const digest = createDualDigest();
    const maxBytes = options.maxBytes ?? Infinity;
    const handle = await open(partPath, 'wx');
    let complete = false;
    try {
      for await (const raw of source as AsyncIterable<Uint8Array | string>) {
        const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
        if (digest.size + chunk.byteLength > maxBytes) throw new BlobTooLargeError(maxBytes);
        // The write runs in the thread pool while this thread hashes the same (unchanged) bytes.
        const written = writeFully(handle, chunk);
        digest.update(chunk);
        await written;
      }
      await handle.sync();
      complete = true;
    } finally {
      await handle.close();
      if (!complete) await rm(partPath, { force: true });
    }
    await rename(partPath, finalPath);
    await fsyncDirectory(this.dir);
    return { stagingKey, path: finalPath, ...digest.digest() };
  }

  /** Re-digests a finished staging file; null when there is none under that key. */
  async restage(stagingKey: string): Promise<StagedBlob | null> {
    if (!KEY.test(stagingKey)) return null;
    const file = path.join(this.dir, stagingKey);
    try {
      return { stagingKey, path: file, ...(await digestFile(file)) };
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  /** Path of a finished staging file. @throws TypeError for a key that is not a staging key. */
  pathOf(stagingKey: string): string {
    if (!KEY.test(stagingKey)) throw new TypeError(`not a staging key: ${JSON.stringify(stagingKey)}`);
    return path.join(this.dir, stagingKey);
  }

  /** Removes a finished or `.part` staging file; no-op when it is absent or the key is not one. */
  async discard(stagingKey: string): Promise<void> {
    if (!isStagingName(stagingKey)) return;
    await rm(path.join(this.dir, stagingKey), { force: true });
  }

  /** Finished and `.part` files, by name; other files in the directory are ignored. */
  async list(): Promise<StagingEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (e) {
      if (isNotFound(e)) return [];
      throw e;
    }
    const entries: StagingEntry[] = [];
    for (const name of names.filter(isStagingName).sort()) {
      try {
        const s = await stat(path.join(this.dir, name));
        if (s.isFile()) entries.push({ stagingKey: name, modifiedAt: s.mtime, size: s.size, partial: name.endsWith(PART) });
      } catch (e) {
        if (!isNotFound(e)) throw e; // committed or discarded meanwhile
      }
    }
    return entries;
  }
}

function isStagingName(name: string): boolean {
  return KEY.test(name.endsWith(PART) ? name.slice(0, -PART.length) : name);
}

/** Writes every byte of `chunk` at the current end of the file (fs may write less than asked). */
export async function writeFully(handle: FileHandle, chunk: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < chunk.byteLength) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.byteLength - offset, null);
    offset += bytesWritten;
  }
}

/** Makes a rename or a new entry in `dir` durable (POSIX: the directory itself must be fsynced). */
export async function fsyncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** True for the file system's "no such file or directory". */
export function isNotFound(e: unknown): boolean {
  return (e as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}
