/** DA/T 48-2009 EEP (电子文件封装包) for the transfer of case files to the state archives (issue 7 part 5). */
export type { EepInput, EepCourt, EepCase, EepVolume, EepEntry, EepFile, EepEvent, EepPerson } from './eep-input.js';
export { writeEep, type WrittenEep } from './write-eep.js';
export { readEep, type ReadEepOptions, type ReadEepResult, type EepPackage, type EepEntity, type EepDocument, type EepEncoding } from './read-eep.js';
export type { EepSignatureResult } from './verify-eep-signature.js';
export type { EepIssue, EepIssueCode } from './eep-issues.js';
export { EepError, eepErrorCatalog, type EepErrorCode } from './eep-errors.js';
export { EEP_NAMESPACE, EEP_FORMAT_DESCRIPTION } from './eep-metadata.js';
export { SIGNATURE_RULE } from './eep-signature-block.js';
