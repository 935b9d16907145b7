/** BagIt (RFC 8493) bags for transfer (issue 7) and backup sets (issue 8). */
export { BAG_ALGORITHMS, type BagAlgorithm } from './bag-algorithm.js';
export type { BagInfo } from './bag-info.js';
export { bagIssueCatalogue, type BagIssue, type BagIssueCode, type BagIssueSeverity } from './bag-issues.js';
export { BAG_INVALID_EXIT, bagitValidateCli, type CliOutput } from './bagit-validate.cli.js';
export { BagInvalidError, readBag, type BagPayloadEntry, type ReadBag } from './read-bag.js';
export { validateBag, type BagValidation } from './validate-bag.js';
export { writeBag, type BagPayloadFile, type WriteBagOptions, type WrittenBag } from './write-bag.js';
