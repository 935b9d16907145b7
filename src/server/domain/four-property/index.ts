/**
 * 四性检测 (fourPropertyCheck): DA/T 70-2018 authenticity, integrity, usability and security checks at
 * filing (GD), transfer/reception (YJ) and long-term preservation (BC). Pure domain code: no I/O.
 */
export { runChecks, runItem, rules } from './run-checks.js';
export { checkItems, clauseTitles, compareItemNumbers } from './item-catalogue.js';
export type { CheckItem } from './item-catalogue.js';
export { allowedFormats, pagedFormats, publicCompressionMethods, MAX_COMPRESSION_RATIO, formatRejection } from './allowed-formats.js';
export type { AllowedFormat } from './allowed-formats.js';
export { stageLabels, propertyLabels, propertyNumbers } from './types.js';
export type { CheckMode, CheckResult, Confidence, Confirmation, ItemResult, Property, Report, ReportSummary, Stage, Verdict } from './types.js';
export type * from './package-facts.js';
