import { createHash } from 'node:crypto';
import { OcflError } from './ocfl-error.js';

/**
 * Logical paths (what the user sees, original Chinese names) and content paths (where bytes live,
 * ASCII-safe) are deliberately different things in OCFL (§3.5.3.1): we keep the names in the
 * inventory's state block and store bytes under names every file system, archive tool and S3
 * console handles.
 */

/**
 * The logical path rules of OCFL 1.1 (E052 elements not `.`/`..`/empty, E053 no leading or
 * trailing `/`), plus ours: NFC normalisation (so that 起诉状 typed on macOS and on Windows is the
 * same name), no control characters and no backslash (a Windows path separator).
 * @returns the NFC form. @throws OcflError OCFL_LOGICAL_PATH_INVALID
 */
export function normaliseLogicalPath(raw: string): string {
  const p = raw.normalize('NFC');
  const problem = logicalPathProblem(p);
  if (problem) throw new OcflError('OCFL_LOGICAL_PATH_INVALID', `logical path ${JSON.stringify(raw)}: ${problem}`);
  return p;
}

/** Why a logical path breaks OCFL 1.1 §3.5.3.1 (E052/E053), or null. Pure, used by the validator too. */
export function logicalPathProblem(p: string): string | null {
  if (p.length === 0) return 'is empty';
  if (p.startsWith('/') || p.endsWith('/')) return 'begins or ends with "/" (E053)';
  if (p.split('/').some((e) => e === '' || e === '.' || e === '..')) return 'has a ".", ".." or empty element (E052)';
  if (/[\u0000-\u001f\u007f\\]/.test(p)) return 'has a control character or a backslash';
  return null;
}

/**
 * Checks that the logical paths of one version are unique and that no file is also used as a
 * directory (E095). @throws OcflError OCFL_LOGICAL_PATH_CONFLICT
 */
export function assertNonConflicting(paths: readonly string[]): void {
  const problem = conflictProblem(paths);
  if (problem) throw new OcflError('OCFL_LOGICAL_PATH_CONFLICT', problem);
}

/** The first uniqueness/prefix conflict among paths (E095 for logical, E101 for content paths), or null. */
export function conflictProblem(paths: readonly string[]): string | null {
  const files = new Set<string>();
  for (const p of paths) {
    if (files.has(p)) return `path ${JSON.stringify(p)} appears more than once`;
    files.add(p);
  }
  for (const p of paths) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (files.has(dir)) return `path ${JSON.stringify(dir)} is a file and also a directory of ${JSON.stringify(p)}`;
    }
  }
  return null;
}

/** Bytes we keep per content path element; leaves room under the usual 255-byte name limit. */
const MAX_ELEMENT_BYTES = 120;

/**
 * The content path element for a logical path element: `[A-Za-z0-9._-]` kept, every other UTF-8
 * byte percent-encoded (`%` itself too, so the mapping is injective and reversible). Elements
 * longer than 120 bytes are cut and suffixed with `~` + 16 hex of their SHA-256 (still unique),
 * keeping the extension so that tools can guess the type. Leading dots are encoded so that no
 * content file is hidden.
 */
export function safeElement(element: string): string {
  let out = '';
  for (const byte of Buffer.from(element, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9_-]/.test(c) || (c === '.' && out.length > 0) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  if (out.length <= MAX_ELEMENT_BYTES) return out;
  const hash = createHash('sha256').update(element).digest('hex').slice(0, 16);
  const ext = /\.[A-Za-z0-9]{1,8}$/.exec(out)?.[0] ?? '';
  return `${out.slice(0, MAX_ELEMENT_BYTES - ext.length - 17)}~${hash}${ext}`;
}

/** Content path (relative to the object root) of a logical path added in `version`. */
export function contentPathFor(version: string, logicalPath: string, contentDirectory = 'content'): string {
  return [version, contentDirectory, ...logicalPath.split('/').map(safeElement)].join('/');
}

/** Version directory name `v<n>` without zero-padding (OCFL W001 recommends no padding). */
export function versionName(n: number): string {
  return `v${n}`;
}

/** Number of a version directory name, or null when it is not one (E104/E105: `v` + positive integer). */
export function versionNumber(name: string): number | null {
  const m = /^v(\d+)$/.exec(name);
  if (!m?.[1]) return null;
  const n = Number(m[1]);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}
