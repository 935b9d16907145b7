/** Streaming tar (POSIX pax over ustar) for bag export and import (issue 7); see docs/tar.md. */
export { DEFAULT_MAX_ENTRIES, DEFAULT_MAX_TOTAL_BYTES, extractTar, type ExtractedTarFile, type ExtractTarOptions, type TarExtraction } from './extract-tar.js';
export { TarError, type TarErrorCode } from './tar-error.js';
export { tarIssueCatalogue, type TarIssue, type TarIssueCode, type TarIssueSeverity } from './tar-issues.js';
export {
  tarStream,
  writeDirectoryAsTar,
  writeTar,
  type TarDirectoryInput,
  type TarFileInput,
  type TarInput,
  type TarWriteOptions,
  type TarWriteSummary,
} from './write-tar.js';
