import { constants } from 'node:fs';
import { lstat, mkdir, open, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { ByteReader } from './byte-reader.js';
import { lenient, readTarEntries, TarReadError, type TarEntry } from './read-tar.js';
import { TYPE } from './tar-header.js';
import { tarIssue, type TarIssue, type TarIssueCode } from './tar-issues.js';
import { entryPath } from './tar-path.js';

/** Default ceiling for the sum of file sizes: a case's recordings can reach tens of gigabytes. */
export const DEFAULT_MAX_TOTAL_BYTES = 64 * 1024 ** 3;
/** Default ceiling for the number of entries (files and directories). */
export const DEFAULT_MAX_ENTRIES = 1_000_000;

export interface ExtractTarOptions {
  /** Largest sum of file sizes accepted; the entry that would pass it stops the extraction (TAR_TOO_LARGE). */
  maxTotalBytes?: number;
  /** Largest number of entries accepted (TAR_TOO_MANY_ENTRIES). */
  maxEntries?: number;
}

export interface ExtractedTarFile {
  /** Relative to the destination, `/`-separated, NFC. */
  path: string;
  size: number;
  mtime: Date;
}

/** The outcome: `ok` only when no finding is an error. Findings are values, never exceptions. */
export interface TarExtraction {
  ok: boolean;
  issues: TarIssue[];
  /** Files written, in archive order. */
  files: ExtractedTarFile[];
  /** Directories created or used, relative to the destination. */
  directories: string[];
}

type Plan = { kind: 'file' | 'directory' } | { kind: 'ignore' } | { kind: 'refuse'; code: TarIssueCode; detail?: string };

/**
 * Extracts a tar archive (ustar, pax, GNU long names; e.g. an uploaded bag) into `destDir`, streaming:
 * memory does not depend on file size. Nothing is ever written outside `destDir`:
 * - refused, with a finding, and the extraction goes on: absolute paths, `..` segments, names that
 *   are not UTF-8, symlinks, hard links, devices and FIFOs, unsupported types (GNU sparse,
 *   multi-volume), a second entry of a path (names compared in NFC), a file where a directory is
 *   (or the reverse), and any path on which `destDir` already has a symlink (never followed) or a file;
 * - stopping the extraction, with a finding: a wrong header checksum, a malformed header,
 *   truncation (the partial file is deleted), a missing end-of-archive marker, the size and
 *   entry limits.
 * Files are created exclusively (`O_EXCL | O_NOFOLLOW`), mode 0644, directories 0755, names in NFC;
 * file modification times are restored. After an error finding the caller should discard `destDir`:
 * the listed files are not a complete archive. When the archive ends, the rest of `input` (record
 * padding) is read; after a fatal finding `input` is destroyed instead of read further.
 */
export async function extractTar(input: Readable | AsyncIterable<Uint8Array>, destDir: string, options: ExtractTarOptions = {}): Promise<TarExtraction> {
  const maxTotalBytes = options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES;
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const dest = path.resolve(destDir);
  await mkdir(dest, { recursive: true });

  const issues: TarIssue[] = [];
  const files: ExtractedTarFile[] = [];
  /** What each path in the archive is, including implied parents: duplicates and clashes. */
  const kinds = new Map<string, 'file' | 'directory'>();
  const explicitDirectories = new Set<string>();
  /** Directories checked on disk to be real directories (not symlinks), relative to dest. */
  const onDisk = new Set<string>();
  const reader = new ByteReader(input);
  let total = 0;
  let entries = 0;
  let stopped = false;

  const ensureDirectory = async (segments: string[]): Promise<{ code: TarIssueCode; detail: string } | null> => {
    for (let i = 1; i <= segments.length; i++) {
      const rel = segments.slice(0, i).join('/');
      if (onDisk.has(rel)) continue;
      const abs = path.join(dest, ...segments.slice(0, i));
      let st = await lstat(abs).catch(ifCode('ENOENT', null));
      if (!st) {
        await mkdir(abs, { mode: 0o755 }).catch(ifCode('EEXIST', undefined));
        st = await lstat(abs);
      }
      if (st.isSymbolicLink()) return { code: 'TAR_EXISTING_SYMLINK', detail: rel };
      if (!st.isDirectory()) return { code: 'TAR_PATH_CONFLICT', detail: `目标目录中的 ${rel} 不是目录` };
      onDisk.add(rel);
    }
    return null;
  };

  try {
    for await (const entry of readTarEntries(reader, (w) => issues.push(w))) {
      if (++entries > maxEntries) {
        issues.push(tarIssue('TAR_TOO_MANY_ENTRIES', { detail: `上限 ${maxEntries}` }));
        stopped = true;
        break;
      }
      const shown = entry.name ?? lenient(entry.rawName);
      const refuse = (code: TarIssueCode, detail?: string): void => void issues.push(tarIssue(code, detail === undefined ? { path: shown } : { path: shown, detail }));

      const plan = planFor(entry);
      if (plan.kind === 'ignore') {
        issues.push(tarIssue('TAR_ENTRY_IGNORED', { path: shown, detail: `类型 ${JSON.stringify(entry.typeflag)}` }));
        continue;
      }
      if (plan.kind === 'refuse') {
        refuse(plan.code, plan.detail);
        continue;
      }
      if (entry.name === null) {
        refuse('TAR_NAME_ENCODING', entry.rawName.toString('hex').slice(0, 120));
        continue;
      }
      const where = entryPath(entry.name);
      if (!where.ok) {
        refuse(where.code, where.detail);
        continue;
      }
      if ('root' in where) {
        if (plan.kind === 'file') refuse('TAR_PATH_INVALID', '文件没有名称');
        continue; // `./`: the destination itself
      }
      const { path: rel, segments } = where;
      const parents = segments.slice(0, -1);
      const clash = parents.map((_, i) => segments.slice(0, i + 1).join('/')).find((p) => kinds.get(p) === 'file');
      if (clash !== undefined) {
        refuse('TAR_PATH_CONFLICT', `${clash} 在归档中是文件`);
        continue;
      }
      const prior = kinds.get(rel);
      if (plan.kind === 'file' ? prior === 'file' : explicitDirectories.has(rel)) {
        refuse('TAR_DUPLICATE_ENTRY', rel);
        continue;
      }
      if ((plan.kind === 'file' && prior === 'directory') || (plan.kind === 'directory' && prior === 'file')) {
        refuse('TAR_PATH_CONFLICT', `${rel} 在归档中既是文件又是目录`);
        continue;
      }
      if (plan.kind === 'file' && total + entry.size > maxTotalBytes) {
        issues.push(tarIssue('TAR_TOO_LARGE', { path: shown, detail: `上限 ${maxTotalBytes} 字节，本条目 ${entry.size} 字节，之前已有 ${total} 字节` }));
        stopped = true;
        break;
      }
      const problem = await ensureDirectory(plan.kind === 'file' ? parents : segments);
      if (problem) {
        refuse(problem.code, problem.detail);
        continue;
      }
      if (where.nfcChanged) issues.push(tarIssue('TAR_NAME_NOT_NFC', { path: shown, detail: rel }));
      for (let i = 1; i < segments.length; i++) if (!kinds.has(segments.slice(0, i).join('/'))) kinds.set(segments.slice(0, i).join('/'), 'directory');
      if (plan.kind === 'directory') {
        kinds.set(rel, 'directory');
        explicitDirectories.add(rel);
        continue;
      }

      const target = path.join(dest, ...segments);
      const handle = await open(target, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644).catch(async (e: unknown) => {
        if (!isCode(e, 'EEXIST') && !isCode(e, 'ELOOP')) throw e;
        const st = await lstat(target);
        refuse(st.isSymbolicLink() ? 'TAR_EXISTING_SYMLINK' : st.isDirectory() ? 'TAR_PATH_CONFLICT' : 'TAR_TARGET_EXISTS', rel);
        return null;
      });
      if (!handle) continue;
      kinds.set(rel, 'file');
      await writeBody(handle, target, entry);
      total += entry.size;
      files.push({ path: rel, size: entry.size, mtime: dateOf(entry.mtime) });
    }
  } catch (e) {
    if (!(e instanceof TarReadError)) {
      await reader.close();
      throw e;
    }
    issues.push(tarIssue(e.code, e.detail === undefined ? {} : { detail: e.detail }));
    stopped = true;
  }
  if (stopped) await reader.close();
  else await reader.drain();
  return { ok: !issues.some((i) => i.severity === 'error'), issues, files, directories: [...onDisk].sort() };
}

/** What to do with an entry by its type; the path is checked afterwards. */
function planFor(entry: TarEntry): Plan {
  switch (entry.typeflag) {
    case TYPE.file:
    case TYPE.oldFile:
    case TYPE.contiguous:
      if (entry.sparse) return { kind: 'refuse', code: 'TAR_TYPE_UNSUPPORTED', detail: 'GNU 稀疏文件' };
      // Pre-POSIX tars marked directories only by a trailing slash.
      return { kind: entry.name?.endsWith('/') && entry.size === 0 ? 'directory' : 'file' };
    case TYPE.directory:
      return { kind: 'directory' };
    case TYPE.hardLink:
      return { kind: 'refuse', code: 'TAR_HARDLINK', detail: `指向 ${entry.linkname}` };
    case TYPE.symlink:
      return { kind: 'refuse', code: 'TAR_SYMLINK', detail: `指向 ${entry.linkname}` };
    case TYPE.charDevice:
    case TYPE.blockDevice:
    case TYPE.fifo:
      return { kind: 'refuse', code: 'TAR_SPECIAL_FILE' };
    case TYPE.gnuVolume:
      return { kind: 'ignore' };
    default:
      return { kind: 'refuse', code: 'TAR_TYPE_UNSUPPORTED', detail: `类型 ${JSON.stringify(entry.typeflag)}` };
  }
}

/** Streams the entry's data into the new file; on any failure the partial file is removed. */
async function writeBody(handle: FileHandle, target: string, entry: TarEntry): Promise<void> {
  try {
    for await (const part of entry.body) {
      let offset = 0;
      while (offset < part.length) offset += (await handle.write(part, offset, part.length - offset)).bytesWritten;
    }
    const mtime = dateOf(entry.mtime);
    await handle.utimes(mtime, mtime).catch(() => undefined); // cosmetic: an odd date must not fail the import
    await handle.close();
  } catch (e) {
    await handle.close().catch(() => undefined);
    await rm(target, { force: true });
    throw e;
  }
}

function dateOf(seconds: number): Date {
  const d = new Date(seconds * 1000);
  return Number.isNaN(d.getTime()) ? new Date(0) : d;
}

function isCode(e: unknown, code: string): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === code;
}

function ifCode<T>(code: string, value: T): (e: unknown) => T {
  return (e) => {
    if (isCode(e, code)) return value;
    throw e;
  };
}
