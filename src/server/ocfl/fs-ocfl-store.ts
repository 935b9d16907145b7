import { randomBytes } from 'node:crypto';
import { constants, type Dirent } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import {
  assertKey,
  OcflStoreExistsError,
  OcflStoreNotFoundError,
  type OcflEntry,
  type OcflFileEntry,
  type OcflStat,
  type OcflStore,
} from './ocfl-store.js';

/** Read size for content files: large enough that hashing, not system calls, dominates. */
const READ_CHUNK_BYTES = 1024 * 1024;

/** Temp files of `write` are named `.<name>.<hex>.tmp` beside the target (same file system, so rename is atomic). */
export const FS_TEMP_FILE = /^\..+\.[0-9a-f]{16}\.tmp$/;

/**
 * An OCFL store on a local (or mounted) file system. Atomicity comes from rename(2) within one
 * file system; durability from fsync on the file and on the directories whose entries changed
 * (otherwise a power cut can lose a rename that already "happened").
 */
export class FsOcflStore implements OcflStore {
  readonly kind = 'fs' as const;
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** Absolute file-system path of a key. @throws TypeError for an unsafe key. */
  pathOf(key: string): string {
    assertKey(key, true);
    return key === '' ? this.root : path.join(this.root, ...key.split('/'));
  }

  async list(dir: string): Promise<OcflEntry[]> {
    let entries: Dirent[];
    try {
      entries = await readdir(this.pathOf(dir), { withFileTypes: true });
    } catch (e) {
      if (isCode(e, 'ENOENT') || isCode(e, 'ENOTDIR')) return [];
      throw e;
    }
    return entries
      .map((d) => ({ name: d.name, type: d.isFile() ? 'file' : d.isDirectory() ? 'directory' : 'other' }) as OcflEntry)
      .sort((a, b) => compare(a.name, b.name));
  }

  async listFiles(dir: string): Promise<OcflFileEntry[]> {
    const out: OcflFileEntry[] = [];
    const walk = async (key: string): Promise<void> => {
      for (const entry of await this.list(key)) {
        const child = key === '' ? entry.name : `${key}/${entry.name}`;
        if (entry.type === 'directory') await walk(child);
        else if (entry.type === 'file') out.push({ path: child, size: (await lstat(this.pathOf(child))).size });
      }
    };
    await walk(dir);
    return out.sort((a, b) => compare(a.path, b.path));
  }

  async read(file: string): Promise<Readable> {
    try {
      const handle = await open(this.pathOf(file), constants.O_RDONLY);
      if (!(await handle.stat()).isFile()) {
        await handle.close();
        throw new OcflStoreNotFoundError(file);
      }
      return handle.createReadStream({ highWaterMark: READ_CHUNK_BYTES });
    } catch (e) {
      if (isCode(e, 'ENOENT') || isCode(e, 'EISDIR') || isCode(e, 'ENOTDIR')) throw new OcflStoreNotFoundError(file);
      throw e;
    }
  }

  async write(file: string, source: Readable | Uint8Array | string): Promise<{ size: number }> {
    assertKey(file);
    const target = this.pathOf(file);
    const dir = path.dirname(target);
    const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(8).toString('hex')}.tmp`);
    let size = 0;
    // A concurrent `delete` may prune the freshly made parent; one retry covers that race.
    const handle = await mkdir(dir, { recursive: true })
      .then(() => open(temp, 'wx'))
      .catch(async (e: unknown) => {
        if (!isCode(e, 'ENOENT')) throw e;
        await mkdir(dir, { recursive: true });
        return open(temp, 'wx');
      });
    try {
      const chunks = typeof source === 'string' || source instanceof Uint8Array ? [Buffer.from(source)] : source;
      for await (const chunk of chunks) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
        let offset = 0;
        while (offset < bytes.byteLength) {
          const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset);
          offset += bytesWritten;
        }
        size += bytes.byteLength;
      }
      await handle.sync();
    } catch (e) {
      await handle.close().catch(() => undefined);
      await rm(temp, { force: true });
      throw e;
    }
    await handle.close();
    await rename(temp, target);
    await syncDir(dir);
    return { size };
  }

  async moveDirectory(from: string, to: string): Promise<void> {
    assertKey(from);
    assertKey(to);
    const source = this.pathOf(from);
    const target = this.pathOf(to);
    const st = await lstat(source).catch(() => null);
    if (!st?.isDirectory()) throw new OcflStoreNotFoundError(from);
    // rename(2) would silently replace an *empty* target directory; refuse anything there.
    if (await lstat(target).catch(() => null)) throw new OcflStoreExistsError(to);
    await mkdir(path.dirname(target), { recursive: true });
    try {
      await rename(source, target);
    } catch (e) {
      if (isCode(e, 'ENOTEMPTY') || isCode(e, 'EEXIST')) throw new OcflStoreExistsError(to);
      throw e;
    }
    await syncDir(path.dirname(target));
    await syncDir(path.dirname(source));
  }

  async exists(key: string): Promise<boolean> {
    const st = await this.stat(key);
    if (!st) return false;
    return st.type !== 'directory' || (await readdir(this.pathOf(key))).length > 0;
  }

  async stat(key: string): Promise<OcflStat | null> {
    const st = await lstat(this.pathOf(key)).catch((e: unknown) => {
      if (isCode(e, 'ENOENT') || isCode(e, 'ENOTDIR')) return null;
      throw e;
    });
    if (!st) return null;
    return { type: st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'other', size: st.isFile() ? st.size : 0 };
  }

  /** Removes `key` and then every parent left empty, so that no empty directory remains (OCFL E073). */
  async delete(key: string): Promise<void> {
    assertKey(key);
    await rm(this.pathOf(key), { recursive: true, force: true });
    let parent = path.dirname(this.pathOf(key));
    while (parent.startsWith(this.root + path.sep)) {
      try {
        await rmdir(parent);
      } catch {
        break; // not empty (or gone): stop pruning
      }
      parent = path.dirname(parent);
    }
  }

  async close(): Promise<void> {}
}

/** Makes a directory's entries (a rename, a new file) durable. Not supported everywhere: best effort. */
async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, constants.O_RDONLY).catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // some file systems (and Windows) refuse fsync on directories
  } finally {
    await handle.close();
  }
}

function isCode(e: unknown, code: string): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === code;
}

/** Byte-order comparison (not locale): stable listings for digests and tests. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
