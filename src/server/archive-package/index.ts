/** The contents of one archive version (issue 7 part 3, "Inside each version"): pure layout and metadata. */
export type { ArchivePackageInput, ArchiveCourt, ArchiveCase, ArchiveVolume, ArchiveEntry, ArchiveFile, ArchiveApproval, ArchiveEvent, ArchiveEventKind, ArchiveAgent } from './archive-package-input.js';
export { layoutArchiveVersion, archiveObjectId, METADATA_PATHS, type ArchiveVersionLayout, type VersionFile, type VersionFileSource } from './layout-archive-version.js';
export { MAX_LOGICAL_PATH_BYTES, FILE_ROLE_LABELS } from './content-layout.js';
export { METS_NAMESPACE } from './mets.js';
export { PREMIS_NAMESPACE } from './premis.js';
export { CASE_RECORD_NAMESPACE } from './case-record.js';
