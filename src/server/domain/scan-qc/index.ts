/**
 * Scan quality control (扫描质检) after DA/T 31-2017 《纸质档案数字化规范》: thresholds per scanning
 * point, the verdict on a page and on a batch, and splitting a scanned stack at separator sheets.
 * Pure domain code: the measures come from src/server/scanning/analyse-page.ts. Codes, messages,
 * defaults and their sources: docs/scan-quality.md.
 */
export { colourModeRank } from './page-measures.js';
export type { ColourMode, PageMeasures } from './page-measures.js';
export { defaultScanQcThresholds, scanQcThresholds } from './thresholds.js';
export type { ScanQcThresholds } from './thresholds.js';
export { scanQcReasonCodes } from './reasons.js';
export type { ScanQcReason, ScanQcReasonCode, ScanQcSeverity } from './reasons.js';
export { judgePage } from './judge-page.js';
export type { PageVerdict, PageVerdictKind } from './judge-page.js';
export { judgeBatch } from './judge-batch.js';
export type { BatchCounts, BatchVerdict, JudgeBatchOptions } from './judge-batch.js';
export { splitAtSeparators } from './split-at-separators.js';
export type { SeparatedMaterial } from './split-at-separators.js';
