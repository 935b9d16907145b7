import { volumeKindLabels } from '../../common/catalogue-api.js';
import type { ArchiveEntry, ArchiveFile, ArchiveVolume } from './archive-package-input.js';
import { extensionFor, safeText, shortenToBytes, utf8Length } from './safe-name.js';

/**
 * Longest logical path, in UTF-8 bytes. Under the 255-byte name limit of ext4/NTFS/APFS for the
 * file name alone and well under Windows' 260-character MAX_PATH once an export directory is
 * prepended; object-store keys (1,024 bytes) are no constraint. A Chinese character is 3 bytes,
 * so this still leaves ~70 characters of title.
 */
export const MAX_LOGICAL_PATH_BYTES = 240;

/** How the files of one entry are told apart when it has more than one (material_file roles). */
export const FILE_ROLE_LABELS: Readonly<Record<string, string>> = { original: '原件', document: '扫描件', signed: '签名版' };

/** Shown instead of a title that is empty once unsafe characters are gone. */
const UNTITLED = '无题名';

/** A content file with the place it was given in the version. */
export interface PlacedFile {
  /** METS/PREMIS id, `FILE-0001` …, in catalogue order. */
  id: string;
  logicalPath: string;
  volume: ArchiveVolume;
  entry: ArchiveEntry;
  file: ArchiveFile;
}

/**
 * Gives every file of the catalogue a logical path under `content/`, in catalogue order:
 * `content/正卷/第1册/001 民事起诉状.pdf`, or with the role when the entry has several files
 * (`001 民事起诉状（原件）.pdf`, `001 民事起诉状（签名版）.pdf`). Names are NFC and safe on common file
 * systems (safe-name.ts); a name already taken — compared case-insensitively, as NTFS and APFS do —
 * gets `（2）`, `（3）`…; a path over MAX_LOGICAL_PATH_BYTES has its title shortened, never the
 * number, role, counter or extension. The same blob used twice is placed twice (OCFL stores the
 * bytes once). Pure.
 */
export function layoutContent(volumes: readonly ArchiveVolume[]): PlacedFile[] {
  const taken = new Set<string>();
  const placed: PlacedFile[] = [];
  for (const volume of volumes) {
    const dir = `content/${volumeKindLabels[volume.kind]}/第${volume.number}册`;
    const width = Math.max(3, ...volume.entries.map((e) => String(e.seq).length));
    for (const entry of volume.entries) {
      const prefix = `${String(entry.seq).padStart(width, '0')} `;
      const title = safeText(entry.title) || UNTITLED;
      for (const file of entry.files) {
        const role = entry.files.length > 1 ? `（${FILE_ROLE_LABELS[file.role] ?? (safeText(file.role) || '文件')}）` : '';
        const ext = extensionFor(file.format, file.originalName);
        const logicalPath = uniquePath(taken, (n) => fit(`${dir}/${prefix}`, title, `${role}${n > 1 ? `（${n}）` : ''}${ext ? `.${ext}` : ''}`));
        placed.push({ id: `FILE-${String(placed.length + 1).padStart(4, '0')}`, logicalPath, volume, entry, file });
      }
    }
  }
  return placed;
}

/** The first of candidate(1), candidate(2), … not yet taken; marks it taken. */
function uniquePath(taken: Set<string>, candidate: (n: number) => string): string {
  for (let n = 1; ; n++) {
    const path = candidate(n);
    const key = path.toLowerCase();
    if (!taken.has(key)) {
      taken.add(key);
      return path;
    }
  }
}

/** head + title + tail, the title shortened (with …) so that the whole stays within the limit. */
function fit(head: string, title: string, tail: string): string {
  const budget = MAX_LOGICAL_PATH_BYTES - utf8Length(head) - utf8Length(tail);
  return `${head}${shortenToBytes(title, Math.max(0, budget))}${tail}`;
}
