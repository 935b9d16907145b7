/** `casevault rebuild`: the archive index restored from the OCFL storage root alone (docs/rebuild.md). */
export { splitArchivalCode, type ArchivalCodeSplit } from './archival-code-split.js';
export { mapArchiveObject, metadataNeeded, type ArchivalCodeClaim, type ArchiveObjectFacts, type CaseReference, type MappedArchive, type MappedObject, type MetadataRead } from './map-archive-object.js';
export { rebuildFinding, rebuildFindingCatalogue, type RebuildFinding, type RebuildFindingCode, type RebuildSeverity } from './rebuild-findings.js';
export { rebuildIndex, type RebuildConflict, type RebuildOptions, type RebuildReport } from './rebuild-index.js';
export { objectRoots, scanStorageRoot } from './scan-storage-root.js';
