/** OCFL 1.1 archive store (DESIGN.md §4, issue 7 parts 3–4): storage root, objects, validator. */
export { CASEVAULT_LAYOUT, LAYOUT_EXTENSION, objectPathFor, type HashedNTupleConfig } from './hashed-ntuple-layout.js';
export { FsOcflStore } from './fs-ocfl-store.js';
export { S3OcflStore } from './s3-ocfl-store.js';
export { OcflStoreExistsError, OcflStoreNotFoundError, type OcflEntry, type OcflFileEntry, type OcflStat, type OcflStore } from './ocfl-store.js';
export { OcflError, type OcflErrorCode } from './ocfl-error.js';
export { OcflRepository } from './ocfl-repository.js';
export type { OcflCommit, OcflFileInput, OcflVersionInput } from './object-writer.js';
export type { OcflFile, OcflObjectView, OcflVersionView } from './object-reader.js';
export type { OcflUser } from './inventory.js';
export type { RecoveryReport } from './recovery.js';
export { validateObject, validateStorageRoot, type OcflTarget } from './validate.js';
export type { ObjectValidationOptions, ObjectValidationResult } from './object-validator.js';
export type { StorageRootValidationResult } from './storage-root-validator.js';
export { OCFL_CODES, type OcflCode, type OcflFinding, type OcflValidationResult } from './validation-codes.js';
export { OCFL_INVALID_EXIT, OCFL_USAGE_EXIT, ocflValidateCli, type CliOutput } from './ocfl-validate.cli.js';
