import { createReadStream } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { TarError } from './tar-error.js';
import { BLOCK, encodeHeader, MAX_OCTAL_11, padding, paxRecord, TYPE, ZERO_BLOCK } from './tar-header.js';
import { writablePath } from './tar-path.js';

/** A regular file to archive; `source` is opened only when its turn comes and is read once. */
export interface TarFileInput {
  type?: 'file';
  /** `/`-separated relative path, e.g. `bag/data/正卷/001 起诉状.pdf`; stored in NFC. */
  path: string;
  /** Exact byte count the source delivers; any other count aborts the archive. */
  size: number;
  mtime?: Date;
  source: () => Readable;
}

/** An explicit directory (parents of files are added anyway). */
export interface TarDirectoryInput {
  type: 'directory';
  path: string;
  mtime?: Date;
}

export type TarInput = TarFileInput | TarDirectoryInput;

export interface TarWriteOptions {
  /** Modification time for entries without one (default: now). */
  mtime?: Date;
}

export interface TarWriteSummary {
  /** Entries written: files and directories, explicit and implied. */
  entries: number;
  /** Bytes of the archive. */
  bytes: number;
}

const FILE_MODE = 0o644;
const DIRECTORY_MODE = 0o755;
const READ_CHUNK_BYTES = 1024 * 1024;
const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

/**
 * Writes a POSIX pax archive to `out` and ends it: for each entry a ustar header — preceded by a
 * pax extended header with a `path=` record when the name is not ASCII or does not fit ustar's
 * name/prefix fields, and a `size=` record above 8 GiB — the data padded to 512 bytes, and two
 * zero blocks at the end. Data is streamed with back-pressure, so memory does not depend on file
 * size. Parent directories get their own entries before their first file.
 * On any error `out` is destroyed (a download is aborted rather than delivered incomplete).
 * @throws TarError TAR_WRITE_PATH_INVALID, TAR_WRITE_DUPLICATE, TAR_WRITE_SIZE_MISMATCH; errors of the sources and of `out`.
 */
export async function writeTar(out: Writable, entries: AsyncIterable<TarInput> | Iterable<TarInput>, options: TarWriteOptions = {}): Promise<TarWriteSummary> {
  const summary: TarWriteSummary = { entries: 0, bytes: 0 };
  await pipeline(Readable.from(tarBlocks(entries, options, summary), { objectMode: false }), out);
  return summary;
}

/** The archive as a readable byte stream (for an HTTP reply); same rules as `writeTar`. */
export function tarStream(entries: AsyncIterable<TarInput> | Iterable<TarInput>, options: TarWriteOptions = {}): Readable {
  return Readable.from(tarBlocks(entries, options, { entries: 0, bytes: 0 }), { objectMode: false });
}

/**
 * Archives a directory tree (e.g. a bag written by `writeBag`) in sorted order (UTF-8 byte order
 * of the NFC names, so the same tree always gives the same sequence), under `prefix/` when given.
 * Symlinks and special files are refused rather than followed.
 * @throws TarError TAR_WRITE_SPECIAL_FILE and those of `writeTar`.
 */
export async function writeDirectoryAsTar(dir: string, out: Writable, options: { prefix?: string } & TarWriteOptions = {}): Promise<TarWriteSummary> {
  const prefix = options.prefix === undefined || options.prefix === '' ? '' : writablePath(options.prefix);
  if (prefix === null) throw new TarError('TAR_WRITE_PATH_INVALID', `invalid prefix ${JSON.stringify(options.prefix)}`);
  const root = await lstat(dir);
  if (!root.isDirectory()) throw new TarError('TAR_WRITE_SPECIAL_FILE', `${dir} is not a directory`);
  return writeTar(out, walk(dir, prefix, root.mtime), options);
}

async function* walk(dir: string, archivePath: string, mtime: Date): AsyncGenerator<TarInput> {
  if (archivePath !== '') yield { type: 'directory', path: archivePath, mtime };
  const names = (await readdir(dir)).sort(byUtf8);
  for (const name of names) {
    const full = path.join(dir, name);
    const child = archivePath === '' ? name : `${archivePath}/${name}`;
    const st = await lstat(full);
    if (st.isDirectory()) yield* walk(full, child, st.mtime);
    else if (st.isFile()) yield { path: child, size: st.size, mtime: st.mtime, source: () => createReadStream(full, { highWaterMark: READ_CHUNK_BYTES }) };
    else throw new TarError('TAR_WRITE_SPECIAL_FILE', `${full} is a symlink or special file; it is not archived`);
  }
}

function byUtf8(a: string, b: string): number {
  return Buffer.compare(utf8(a.normalize('NFC')), utf8(b.normalize('NFC')));
}

async function* tarBlocks(entries: AsyncIterable<TarInput> | Iterable<TarInput>, options: TarWriteOptions, summary: TarWriteSummary): AsyncGenerator<Buffer> {
  const fallbackMtime = options.mtime ?? new Date();
  /** Every path written so far and what it is: duplicates and file/directory clashes are refused. */
  const written = new Map<string, 'file' | 'directory'>();
  const emit = (b: Buffer): Buffer => {
    summary.bytes += b.length;
    return b;
  };

  for await (const entry of entries) {
    const p = writablePath(entry.path);
    if (p === null) throw new TarError('TAR_WRITE_PATH_INVALID', `invalid tar path ${JSON.stringify(entry.path)}`);
    const mtime = entry.mtime ?? fallbackMtime;
    const segments = p.split('/');
    for (let i = 1; i < segments.length; i++) {
      const parent = segments.slice(0, i).join('/');
      const seen = written.get(parent);
      if (seen === 'file') throw new TarError('TAR_WRITE_DUPLICATE', `${parent} is a file and a directory`);
      if (seen) continue;
      written.set(parent, 'directory');
      summary.entries++;
      for (const b of headersFor(`${parent}/`, TYPE.directory, 0, mtime, DIRECTORY_MODE)) yield emit(b);
    }
    const seen = written.get(p);
    if (entry.type === 'directory') {
      if (seen === 'file') throw new TarError('TAR_WRITE_DUPLICATE', `${p} is a file and a directory`);
      if (seen) continue; // already written as a parent
      written.set(p, 'directory');
      summary.entries++;
      for (const b of headersFor(`${p}/`, TYPE.directory, 0, mtime, DIRECTORY_MODE)) yield emit(b);
      continue;
    }
    if (seen) throw new TarError('TAR_WRITE_DUPLICATE', `${p} appears twice (after NFC normalisation)`);
    if (!Number.isSafeInteger(entry.size) || entry.size < 0) throw new TarError('TAR_WRITE_SIZE_MISMATCH', `${p}: invalid size ${entry.size}`);
    written.set(p, 'file');
    summary.entries++;
    for (const b of headersFor(p, TYPE.file, entry.size, mtime, FILE_MODE)) yield emit(b);
    let count = 0;
    for await (const chunk of entry.source() as AsyncIterable<Uint8Array | string>) {
      const bytes = typeof chunk === 'string' ? utf8(chunk) : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      count += bytes.length;
      if (count > entry.size) throw new TarError('TAR_WRITE_SIZE_MISMATCH', `${p}: source delivered more than ${entry.size} bytes`);
      if (bytes.length > 0) yield emit(bytes);
    }
    if (count !== entry.size) throw new TarError('TAR_WRITE_SIZE_MISMATCH', `${p}: source delivered ${count} bytes, ${entry.size} declared`);
    const pad = padding(entry.size);
    if (pad > 0) yield emit(ZERO_BLOCK.subarray(0, pad));
  }
  // End of archive: two zero blocks (POSIX). No record padding to 10240 bytes: readers do not need it.
  yield emit(Buffer.alloc(2 * BLOCK));
}

/**
 * The header block(s) of one entry: a pax `x` header when the name needs it (non-ASCII, or too long
 * for name/prefix) or the size exceeds 8 GiB − 1, then the ustar header with fallback fields that
 * readers without pax support can still use.
 */
export function headersFor(name: string, typeflag: string, size: number, mtime: Date, mode: number): Buffer[] {
  const seconds = Math.floor(mtime.getTime() / 1000);
  const nameBytes = utf8(name);
  const ascii = /^[\x20-\x7e]*$/.test(name);
  const split = splitUstarName(nameBytes);
  const records: Buffer[] = [];
  if (!ascii || !split) records.push(paxRecord('path', name));
  if (size > MAX_OCTAL_11) records.push(paxRecord('size', String(size)));
  if (seconds < 0 || seconds > MAX_OCTAL_11) records.push(paxRecord('mtime', String(seconds)));
  const { name: ustarName, prefix } = split ?? { name: truncateUtf8(nameBytes, 100), prefix: undefined };
  const header = encodeHeader({ name: ustarName, ...(prefix ? { prefix } : {}), typeflag, size, mtime: seconds, mode });
  if (records.length === 0) return [header];
  const data = Buffer.concat(records);
  // The pax header's own name only matters to readers without pax support, which extract it as a file.
  const paxName = utf8(`PaxHeaders/${asciiName(name)}`.slice(0, 100));
  const pax = encodeHeader({ name: paxName, typeflag: TYPE.paxHeader, size: data.length, mtime: Math.max(0, Math.min(seconds, MAX_OCTAL_11)), mode: FILE_MODE });
  const pad = padding(data.length);
  return pad > 0 ? [pax, data, ZERO_BLOCK.subarray(0, pad), header] : [pax, data, header];
}

/** ustar name (≤ 100 bytes) and prefix (≤ 155 bytes) split at a `/`, or null when the name does not fit. */
function splitUstarName(bytes: Buffer): { name: Buffer; prefix?: Buffer } | null {
  if (bytes.length <= 100) return { name: bytes };
  // Split at the first '/' that leaves a name of at most 100 bytes (prefix as short as possible).
  for (let i = bytes.indexOf(0x2f); i !== -1; i = bytes.indexOf(0x2f, i + 1)) {
    if (i > 155) return null;
    if (bytes.length - i - 1 <= 100 && i > 0 && i < bytes.length - 1) return { name: bytes.subarray(i + 1), prefix: bytes.subarray(0, i) };
  }
  return null;
}

/** The longest prefix of `bytes` of at most `max` bytes that does not cut a UTF-8 character. */
function truncateUtf8(bytes: Buffer, max: number): Buffer {
  if (bytes.length <= max) return bytes;
  let end = max;
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}

function asciiName(name: string): string {
  const base = name.replace(/\/$/, '').split('/').pop() ?? '';
  return base.replace(/[^\x20-\x7e]/g, '_');
}
