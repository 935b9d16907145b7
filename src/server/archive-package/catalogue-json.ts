import { volumeKindLabels } from '../../common/catalogue-api.js';
import type { ArchivePackageInput } from './archive-package-input.js';
import type { PlacedFile } from './content-layout.js';

export const ARCHIVE_CATALOGUE_TYPE = 'casevault/archive-catalogue';

/**
 * `metadata/catalogue.json`: the catalogue in the API's field names (common/catalogue-api.ts:
 * kind, number, pages, entries with seq, materialId, title, responsible, date, pageStart, pageEnd,
 * remarks; duplicates; waivers), plus what only the archive knows — each file's digests, original
 * name and logical path in this version. Strings NFC (DESIGN.md §4); pretty-printed so a person can
 * read it with any text editor decades from now. Pure.
 */
export function catalogueJson(input: ArchivePackageInput, files: readonly PlacedFile[]): string {
  const pathOf = new Map(files.map((f) => [f.file, f.logicalPath]));
  const doc = {
    type: ARCHIVE_CATALOGUE_TYPE,
    version: 1,
    court: input.court,
    case: input.case,
    archivalCode: input.archivalCode,
    retentionPeriod: input.retentionPeriod,
    volumes: input.volumes.map((v) => ({
      kind: v.kind,
      label: `${volumeKindLabels[v.kind]}第${v.number}册`,
      number: v.number,
      pages: v.pages,
      entries: v.entries.map((e) => ({
        seq: e.seq,
        materialId: e.materialId,
        title: e.title,
        responsible: e.responsible,
        date: e.date,
        pageStart: e.pageStart,
        pageEnd: e.pageEnd,
        remarks: e.remarks,
        files: e.files.map((f) => ({
          role: f.role,
          originalName: f.originalName,
          format: f.format,
          mime: f.mime,
          size: f.size,
          sha256: f.sha256,
          sm3: f.sm3,
          logicalPath: pathOf.get(f) ?? null,
        })),
      })),
    })),
    duplicates: input.duplicates,
    waivers: input.waivers,
  };
  return `${JSON.stringify(doc, (_k, v: unknown) => (typeof v === 'string' ? v.normalize('NFC') : v), 2)}\n`;
}
