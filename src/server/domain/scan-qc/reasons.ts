/**
 * Why a page or a batch did not simply pass. Stable codes (listed with their Chinese messages in
 * docs/scan-quality.md); the message is for the scanning operator.
 */
export const scanQcReasonCodes = [
  'LOW_DPI',
  'NO_DPI',
  'COLOUR_MODE',
  'FORMAT',
  'SKEWED',
  'BLACK_BORDER',
  'UNREADABLE',
  'BLANK',
  'PAGE_COUNT_MISMATCH',
] as const;

export type ScanQcReasonCode = (typeof scanQcReasonCodes)[number];

/** fail: rescan or fix before the page is used; warn: usable, but look at it; info: recorded. */
export type ScanQcSeverity = 'fail' | 'warn' | 'info';

export interface ScanQcReason {
  code: ScanQcReasonCode;
  severity: ScanQcSeverity;
  /** Chinese, for the operator. */
  message: string;
  /** The measure compared, e.g. 'dpi', 'skewDegrees', 'contrast' (PageMeasures field names). */
  measure: string;
  measured: number | string | null;
  limit: number | string | null;
}
