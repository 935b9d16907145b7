import type { RescanReason } from '../../../common/vocabulary';

/**
 * Reading the quality-check reasons of a page (docs/scan-quality.md): what each code checks, how to
 * print a measured value or a limit, and which re-scan reason fits a failed check.
 */

export const reasonCheckLabels: Record<string, string> = {
  LOW_DPI: '分辨率',
  NO_DPI: '分辨率未记录',
  COLOUR_MODE: '色彩模式',
  FORMAT: '存储格式',
  SKEWED: '歪斜',
  BLACK_BORDER: '黑边',
  UNREADABLE: '清晰度',
  BLANK: '空白页',
  PAGE_COUNT_MISMATCH: '页数',
};

export const colourModeLabels: Record<string, string> = { bitonal: '黑白二值', grey: '灰度', colour: '彩色' };

type Value = number | string | string[] | null | undefined;

/** A measured value or a limit as people read it: numbers trimmed, colour modes in Chinese. */
export function formatReasonValue(value: Value): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.length ? value.map((v) => colourModeLabels[v] ?? v).join('、') : '—';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '—';
    if (Number.isInteger(value)) return String(value);
    return String(Number(value.toFixed(Math.abs(value) < 0.01 ? 5 : 2)));
  }
  return colourModeLabels[value] ?? value;
}

const percentCodes = new Set(['BLACK_BORDER', 'BLANK']);

/** A measured value or limit with the unit its check uses (degrees, dpi, share of the page). */
export function formatReasonMeasure(code: string, value: Value): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return formatReasonValue(value);
  if (code === 'SKEWED') return `${formatReasonValue(value)}°`;
  if (code === 'LOW_DPI' || code === 'NO_DPI') return `${formatReasonValue(value)} dpi`;
  if (percentCodes.has(code) && value <= 1) return `${formatReasonValue(Number((value * 100).toPrecision(3)))}%`;
  return formatReasonValue(value);
}

const rescanByCode: Record<string, RescanReason> = {
  LOW_DPI: 'low_dpi',
  NO_DPI: 'low_dpi',
  SKEWED: 'skewed',
  BLACK_BORDER: 'black_border',
  COLOUR_MODE: 'colour_mode',
  UNREADABLE: 'blurred',
  PAGE_COUNT_MISMATCH: 'missing_page',
};

/** The re-scan reason to offer first: that of the first failing check, else 其他. */
export function suggestedRescanReason(reasons: ReadonlyArray<{ code: string; severity?: string }>): RescanReason {
  const ordered = [...reasons].sort((a, b) => Number(b.severity === 'fail') - Number(a.severity === 'fail'));
  for (const r of ordered) {
    const hit = rescanByCode[r.code];
    if (hit) return hit;
  }
  return 'other';
}
