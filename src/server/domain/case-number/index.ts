/**
 * 案号 (case numbers) and their reference tables: 法〔2015〕137号 as amended by 法〔2018〕335号.
 * Pure domain code: no I/O.
 */
export {
  parseCaseNumber,
  formatCaseNumber,
  caseNumberPartLabels,
  specialTrialCodes,
  MIN_CASE_YEAR,
  CURRENT_FORMAT_SINCE_YEAR,
} from './case-number.js';
export type {
  CaseNumber,
  CaseNumberError,
  CaseNumberPart,
  CaseNumberWarning,
  CaseNumberWarningCode,
  ParseCaseNumberOptions,
  ParseCaseNumberResult,
} from './case-number.js';
export {
  caseTypes,
  caseTypeCategories,
  caseTypeCodes,
  caseTypeFamilies,
  caseTypeTableSource,
  typeCodeInfo,
  typeCodeFamily,
  isKnownTypeCode,
} from './case-types.js';
export type { CaseTypeRow, CaseTypeCategory, CaseTypeCodeInfo } from './case-types.js';
export {
  courts,
  courtByCode,
  courtTableSource,
  highCourtCodes,
  isCourtCodeShape,
  isKnownCourtCode,
  SUPREME_COURT_CODE,
} from './court-codes.js';
export type { CourtLevel, CourtRecord } from './court-codes.js';
