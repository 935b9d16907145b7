import { formatTable } from './format-table.js';
import type { FileFormat } from './types.js';

/**
 * The extension of an original file name: lower case, without the dot, NFC-normalised; null when
 * the name has none (also for ".profile"-style names that are all extension). Both / and \ are
 * path separators, since names arrive from Windows scanning stations.
 */
export function declaredExtension(originalName: string | undefined): string | null {
  if (!originalName) return null;
  const base = originalName.normalize('NFC').trim().split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || dot === base.length - 1) return null;
  return base.slice(dot + 1).trim().toLowerCase();
}

const knownExtensions = new Set(Object.values(formatTable).flatMap((f) => f.extensions));

/**
 * True when the name claims a format the content is not: the extension belongs to some format we
 * know but not to the identified one. Unknown extensions (.dat, .bak) claim nothing.
 */
export function isDisguised(format: FileFormat, extension: string | null): boolean {
  if (extension === null || format === 'unknown' || !knownExtensions.has(extension)) return false;
  return !formatTable[format].extensions.includes(extension);
}

/**
 * The format a container of this kind most probably is, going by its extension: used only when the
 * container (ZIP or OLE2) is too damaged to look inside, so that a broken .ofd is reported as a
 * broken OFD rather than as a disguised ZIP.
 */
export function formatFromExtension(extension: string | null, candidates: readonly FileFormat[]): FileFormat | null {
  if (extension === null) return null;
  return candidates.find((f) => formatTable[f].extensions.includes(extension)) ?? null;
}
