import type { ArchivePackageInput } from './archive-package-input.js';
import { catalogueJson } from './catalogue-json.js';
import { layoutContent } from './content-layout.js';
import { METS_PATH, metsXml } from './mets.js';
import { packageProblems } from './package-problems.js';
import { premisXml } from './premis.js';

/** Where a file's bytes come from: a working-store blob (by its SHA-256 key) or bytes made here. */
export type VersionFileSource = { kind: 'blob'; sha256: string } | { kind: 'bytes'; bytes: Uint8Array };

export interface VersionFile {
  /** OCFL logical path, NFC (what `OcflRepository.createObject/addVersion` expects). */
  logicalPath: string;
  source: VersionFileSource;
}

export interface ArchiveVersionLayout {
  /** OCFL object id: `urn:casevault:<法院代字>:<案号>` (DESIGN.md §4). */
  objectId: string;
  /** Content files in catalogue order, then the metadata files. */
  files: VersionFile[];
  /** Why the package would not be faithful (package-problems.ts); empty when it is. */
  problems: string[];
}

export const METADATA_PATHS = {
  mets: METS_PATH,
  premis: 'metadata/premis.xml',
  catalogue: 'metadata/catalogue.json',
  manifest: 'metadata/approval/manifest.json',
  signature: 'metadata/approval/signature.p7s',
  approval: 'metadata/approval/approval.json',
  fourPropertyReport: 'metadata/four-property-report.json',
} as const;

/** The OCFL object id of a case file, NFC. */
export function archiveObjectId(input: Pick<ArchivePackageInput, 'court' | 'case'>): string {
  return `urn:casevault:${input.court.code}:${input.case.caseNumber}`.normalize('NFC');
}

/**
 * Lays out the files of one OCFL version of an approved case file (issue 7 part 3): the content
 * under `content/正卷|副卷/第N册/` (content-layout.ts) and the metadata under `metadata/` — METS,
 * PREMIS, the catalogue, the signed approval (manifest byte for byte, CMS DER, and a small
 * approval.json naming algorithm, signer and time) and the 四性检测 report. Problems are reported,
 * never repaired; the caller decides (reception refuses a package with problems). Pure: no I/O,
 * same input → same bytes.
 */
export function layoutArchiveVersion(input: ArchivePackageInput): ArchiveVersionLayout {
  const objectId = archiveObjectId(input);
  const placed = layoutContent(input.volumes);
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const bytes = (logicalPath: string, data: Uint8Array): VersionFile => ({ logicalPath, source: { kind: 'bytes', bytes: data } });
  const { approval } = input;
  const files: VersionFile[] = [
    // A file without a SHA-256 is still listed (by its blob key) so the package shows what is there; it is a problem.
    ...placed.map((p): VersionFile => ({ logicalPath: p.logicalPath, source: { kind: 'blob', sha256: p.file.sha256 || p.file.blobKey } })),
    bytes(METADATA_PATHS.mets, utf8(metsXml(input, objectId, placed))),
    bytes(METADATA_PATHS.premis, utf8(premisXml(input, objectId, placed))),
    bytes(METADATA_PATHS.catalogue, utf8(catalogueJson(input, placed))),
    // The signature covers exactly these bytes: never normalised, re-serialised or given a final newline.
    bytes(METADATA_PATHS.manifest, utf8(approval.manifest)),
    bytes(METADATA_PATHS.signature, approval.signature),
    bytes(
      METADATA_PATHS.approval,
      utf8(`${JSON.stringify({ algorithm: approval.algorithm, signer: approval.signer, signedAt: approval.signedAt, manifest: 'manifest.json', signature: 'signature.p7s' }, null, 2)}\n`),
    ),
    bytes(METADATA_PATHS.fourPropertyReport, utf8(`${JSON.stringify(input.fourPropertyReport, null, 2)}\n`)),
  ];
  return { objectId, files, problems: packageProblems(input) };
}
