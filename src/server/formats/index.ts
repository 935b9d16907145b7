/**
 * File formats: identify every incoming file by its content and validate it for long-term
 * keeping. The one entry point is `inspectFile`; docs/file-checks.md lists every finding.
 */
export { inspectFile } from './inspect.js';
export { identifyFile, type Identification } from './identify.js';
export { problem, problemCatalogue, type ProblemCode } from './problems.js';
export { formatTable, type FormatInfo } from './format-table.js';
export type {
  FileFacts,
  FileFormat,
  FileProblem,
  FormatFamily,
  InspectOptions,
  OfdFacts,
  ProblemSeverity,
} from './types.js';
export { InspectPool } from './inspect-pool.js';
