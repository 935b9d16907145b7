import type { ScanThresholdsIn } from '../../api/scanning.hooks';

/**
 * The thresholds as the form shows them: the two page-area ratios in percent (people think of
 * 1% of the page, not 0.01), and "no format check" as a switch instead of null.
 */
export interface ThresholdFormValues {
  minDpi: number;
  missingDpi: 'warn' | 'fail';
  allowedColourModes: Array<'bitonal' | 'grey' | 'colour'>;
  checkFormats: boolean;
  allowedFormats: string[];
  maxSkewDegrees: number;
  blankInkPercent: number;
  maxBlackBorderPercent: number;
  minPaperLevel: number;
  minContrast: number;
  minSharpness: number;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

export function toFormValues(t: ScanThresholdsIn): ThresholdFormValues {
  return {
    minDpi: t.minDpi,
    missingDpi: t.missingDpi,
    allowedColourModes: [...t.allowedColourModes],
    checkFormats: t.allowedFormats !== null,
    allowedFormats: t.allowedFormats ?? ['tiff', 'jpeg', 'jp2k'],
    maxSkewDegrees: t.maxSkewDegrees,
    blankInkPercent: round(t.blankInkRatio * 100, 4),
    maxBlackBorderPercent: round(t.maxBlackBorderRatio * 100, 4),
    minPaperLevel: t.minPaperLevel,
    minContrast: t.minContrast,
    minSharpness: t.minSharpness,
  };
}

export function fromFormValues(v: ThresholdFormValues): ScanThresholdsIn {
  return {
    minDpi: v.minDpi,
    missingDpi: v.missingDpi,
    allowedColourModes: [...v.allowedColourModes],
    allowedFormats: v.checkFormats ? [...v.allowedFormats] : null,
    maxSkewDegrees: v.maxSkewDegrees,
    blankInkRatio: round(v.blankInkPercent / 100, 8),
    maxBlackBorderRatio: round(v.maxBlackBorderPercent / 100, 8),
    minPaperLevel: v.minPaperLevel,
    minContrast: v.minContrast,
    minSharpness: v.minSharpness,
  };
}

export const formatLabels: Record<string, string> = { tiff: 'TIFF', jpeg: 'JPEG', jp2k: 'JPEG 2000', png: 'PNG', bmp: 'BMP', gif: 'GIF' };
