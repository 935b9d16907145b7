import type { TarIssueCode } from './tar-issues.js';

/** Longest path segment most file systems accept (ext4, XFS, NTFS in UTF-16 units aside). */
const MAX_SEGMENT_BYTES = 255;

/** Longest relative path we write (PATH_MAX is 4096 with the destination directory in front). */
const MAX_PATH_BYTES = 3072;

const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * The archive path a writer uses for `raw`: NFC, `/`-separated, relative, no `.`/`..`/empty
 * segments, no NUL, control character or backslash (the reader refuses those). A trailing `/` is
 * dropped. Null when there is no such path.
 */
export function writablePath(raw: string): string | null {
  const p = raw.normalize('NFC').replace(/\/+$/, '');
  if (p === '' || p.startsWith('/') || p.includes('\\') || CONTROL.test(p)) return null;
  const segments = p.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..' || Buffer.byteLength(s) > MAX_SEGMENT_BYTES)) return null;
  return p;
}

export type EntryPath =
  | { ok: true; path: string; segments: string[]; nfcChanged: boolean }
  | { ok: true; root: true }
  | { ok: false; code: TarIssueCode; detail?: string };

/**
 * Where an archive entry may go, relative to the destination: leading `./`, `.` and empty segments
 * are dropped (as GNU tar does), everything that could leave the destination or that a file system
 * would treat differently is refused. `root` for `./` itself (GNU tar's `-C dir .` writes it).
 */
export function entryPath(name: string): EntryPath {
  if (name === '') return { ok: false, code: 'TAR_PATH_INVALID', detail: '路径为空' };
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return { ok: false, code: 'TAR_PATH_ABSOLUTE' };
  if (name.includes('\u0000')) return { ok: false, code: 'TAR_PATH_INVALID', detail: '含空字符' };
  if (name.includes('\\')) return { ok: false, code: 'TAR_PATH_INVALID', detail: '含反斜杠' };
  if (CONTROL.test(name)) return { ok: false, code: 'TAR_PATH_INVALID', detail: '含控制字符' };
  const kept = name.split('/').filter((s) => s !== '' && s !== '.');
  if (kept.includes('..')) return { ok: false, code: 'TAR_PATH_TRAVERSAL' };
  if (kept.length === 0) return { ok: true, root: true };
  const segments = kept.map((s) => s.normalize('NFC'));
  const long = segments.find((s) => Buffer.byteLength(s) > MAX_SEGMENT_BYTES);
  if (long !== undefined) return { ok: false, code: 'TAR_PATH_INVALID', detail: `路径段 ${Buffer.byteLength(long)} 字节` };
  const path = segments.join('/');
  if (Buffer.byteLength(path) > MAX_PATH_BYTES) return { ok: false, code: 'TAR_PATH_INVALID', detail: `路径 ${Buffer.byteLength(path)} 字节` };
  return { ok: true, path, segments, nfcChanged: segments.some((s, i) => s !== kept[i]) };
}
