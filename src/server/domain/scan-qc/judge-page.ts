import { colourModeRank, type ColourMode, type PageMeasures } from './page-measures.js';
import type { ScanQcReason } from './reasons.js';
import { defaultScanQcThresholds, type ScanQcThresholds } from './thresholds.js';

/** pass: usable as is; warn: usable, look at the reasons; fail: rescan; blank: no content. */
export type PageVerdictKind = 'pass' | 'warn' | 'fail' | 'blank';

export interface PageVerdict {
  verdict: PageVerdictKind;
  /** Every finding, fail before warn; empty when the page passes. */
  reasons: ScanQcReason[];
}

const modeName: Record<ColourMode, string> = { bitonal: '黑白二值', grey: '灰度', colour: '彩色' };
const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const percent = (n: number) => `${round(n * 100, 2)}%`;

/**
 * Judges one page against a scanning point's thresholds. Findings are values, never exceptions.
 *
 * A blank page (too little ink on light paper) is `blank` with the single reason BLANK: it is a
 * separator sheet or an empty back side, not content, so its other measures do not matter. A dark
 * page is never blank — an all-black image (lid open, failed scan) is UNREADABLE, so it cannot be
 * mistaken for a separator.
 */
export function judgePage(m: PageMeasures, t: ScanQcThresholds = defaultScanQcThresholds): PageVerdict {
  const reasons: ScanQcReason[] = [];
  const tooDark = m.paperLevel < t.minPaperLevel;

  if (!tooDark && m.inkRatio < t.blankInkRatio) {
    return {
      verdict: 'blank',
      reasons: [
        {
          code: 'BLANK',
          severity: 'info',
          message: `空白页：墨迹仅占页面 ${percent(m.inkRatio)}，低于 ${percent(t.blankInkRatio)}`,
          measure: 'inkRatio',
          measured: round(m.inkRatio, 5),
          limit: t.blankInkRatio,
        },
      ],
    };
  }

  if (m.dpi === null) {
    reasons.push({
      code: 'NO_DPI',
      severity: t.missingDpi,
      message: `图像未记录分辨率，无法确认是否达到 ${t.minDpi} dpi，合成 PDF 时按 200 dpi 计算页面尺寸`,
      measure: 'dpi',
      measured: null,
      limit: t.minDpi,
    });
  } else if (m.dpi < t.minDpi) {
    reasons.push({
      code: 'LOW_DPI',
      severity: 'fail',
      message: `分辨率 ${m.dpi} dpi 低于 ${t.minDpi} dpi（DA/T 31-2017 9.4）`,
      measure: 'dpi',
      measured: m.dpi,
      limit: t.minDpi,
    });
  }

  if (!colourModeAllowed(m, t.allowedColourModes)) {
    reasons.push({
      code: 'COLOUR_MODE',
      severity: 'fail',
      message:
        m.colourMode === m.storedColourMode
          ? `色彩模式为${modeName[m.colourMode]}，本扫描点只允许${t.allowedColourModes.map((c) => modeName[c]).join('、')}`
          : `图像按${modeName[m.storedColourMode]}存储，但内容实为${modeName[m.colourMode]}，本扫描点只允许${t.allowedColourModes.map((c) => modeName[c]).join('、')}`,
      measure: 'colourMode',
      measured: m.colourMode,
      limit: t.allowedColourModes.join(','),
    });
  }

  if (t.allowedFormats && !t.allowedFormats.includes(m.format)) {
    reasons.push({
      code: 'FORMAT',
      severity: 'warn',
      message: `存储格式 ${m.format.toUpperCase()} 不是 DA/T 31-2017 规定的 TIFF、JPEG 或 JPEG 2000`,
      measure: 'format',
      measured: m.format,
      limit: t.allowedFormats.join(','),
    });
  }

  if (m.skewDegrees !== null && Math.abs(m.skewDegrees) > t.maxSkewDegrees) {
    reasons.push({
      code: 'SKEWED',
      severity: 'fail',
      message: `页面歪斜 ${round(Math.abs(m.skewDegrees), 1)}°，超过 ${t.maxSkewDegrees}°，请纠偏或重扫`,
      measure: 'skewDegrees',
      measured: round(m.skewDegrees, 2),
      limit: t.maxSkewDegrees,
    });
  }

  // On a page that is dark all over, the edges are dark too: that is UNREADABLE, not a border.
  if (!tooDark && m.blackBorderRatio > t.maxBlackBorderRatio) {
    reasons.push({
      code: 'BLACK_BORDER',
      severity: 'fail',
      message: `页面边缘有黑边，占页面 ${percent(m.blackBorderRatio)}，超过 ${percent(t.maxBlackBorderRatio)}，请裁边或重扫`,
      measure: 'blackBorderRatio',
      measured: round(m.blackBorderRatio, 4),
      limit: t.maxBlackBorderRatio,
    });
  }

  if (tooDark) {
    reasons.push({
      code: 'UNREADABLE',
      severity: 'fail',
      message: `图像过暗：纸面亮度 ${Math.round(m.paperLevel)}，低于 ${t.minPaperLevel}`,
      measure: 'paperLevel',
      measured: Math.round(m.paperLevel),
      limit: t.minPaperLevel,
    });
  } else if (m.contrast < t.minContrast) {
    reasons.push({
      code: 'UNREADABLE',
      severity: 'fail',
      message: `字迹过浅或褪色：对比度 ${Math.round(m.contrast)}，低于 ${t.minContrast}`,
      measure: 'contrast',
      measured: Math.round(m.contrast),
      limit: t.minContrast,
    });
  }
  // Sharpness is a share of the contrast: meaningless when there is hardly any.
  if (!tooDark && m.contrast >= t.minContrast && m.sharpness < t.minSharpness) {
    reasons.push({
      code: 'UNREADABLE',
      severity: 'fail',
      message: `图像模糊：清晰度 ${round(m.sharpness, 2)}，低于 ${t.minSharpness}`,
      measure: 'sharpness',
      measured: round(m.sharpness, 3),
      limit: t.minSharpness,
    });
  }

  reasons.sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
  const verdict = reasons.some((r) => r.severity === 'fail') ? 'fail' : reasons.length > 0 ? 'warn' : 'pass';
  return { verdict, reasons };
}

const severityRank = { fail: 0, warn: 1, info: 2 } as const;

/**
 * A thresholded image stays bitonal whatever its container, so the content's mode decides; but a
 * colour scan of a black-and-white sheet has grey content although the operator did scan in
 * colour, and that satisfies a point that requires colour.
 */
function colourModeAllowed(m: PageMeasures, allowed: readonly ColourMode[]): boolean {
  if (allowed.includes(m.colourMode)) return true;
  return (
    m.colourMode === 'grey' &&
    allowed.includes(m.storedColourMode) &&
    colourModeRank[m.storedColourMode] > colourModeRank[m.colourMode]
  );
}
