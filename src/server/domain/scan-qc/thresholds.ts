import type { ColourMode } from './page-measures.js';

/**
 * Limits a scanning point (扫描点) checks its pages against. The caller passes them: each point
 * may tighten or relax them (e.g. 300 dpi for a point that scans small print), so nothing here
 * reads configuration. Where DA/T 31-2017 gives a number it is the default; where it gives none
 * (skew, blank pages, borders, legibility) the default is ours and says so — see
 * docs/scan-quality.md.
 */
export interface ScanQcThresholds {
  /** Minimum resolution. DA/T 31-2017 §9.4: ≥ 200 dpi (≥ 300 dpi for small or dense text). */
  minDpi: number;
  /** A page without DPI metadata: its real size cannot be known and `minDpi` cannot be checked.
   * Not in the standard; 'warn' by default (assembly then assumes 200 dpi). */
  missingDpi: 'warn' | 'fail';
  /** Colour modes allowed. DA/T 31-2017 §9.3 allows all three (colour preferred; bitonal only for
   * clean black text). A point that must keep seals in colour can allow only ['grey', 'colour'] or
   * ['colour']. */
  allowedColourModes: readonly ColourMode[];
  /** Container formats for master images. DA/T 31-2017 §9.5: TIFF, JPEG or JPEG 2000. A page in
   * another format is a warning, not a failure (it is still a faithful image); null turns the check
   * off. */
  allowedFormats: readonly string[] | null;
  /** Maximum text-line skew in degrees. DA/T 31-2017 asks for 纠偏 (deskew) but gives NO number;
   * 1.0° is our default, about 3.5 mm of drift across an A4 line. */
  maxSkewDegrees: number;
  /** A page whose ink covers less than this share of its area is blank (空白页). Not in the
   * standard. One line of 10.5-pt Chinese print across A4 covers about 0.001, one character about
   * 0.00005; 0.0003 keeps a short line (~6 characters) as content and lets dust and specks through
   * as blank. Erring low is deliberate: a blank taken for content leaves an empty page in a
   * material, content taken for blank would cut a material in two. */
  blankInkRatio: number;
  /** Maximum share of the page covered by dark edge bands (lid or edge shadows, scanner bed seen
   * past the paper). Not in the standard: DA/T 31-2017 asks for 裁边 (cropping) and 去污. */
  maxBlackBorderRatio: number;
  /** Minimum paper brightness (0–255); below it the page is too dark to read (过暗). Ours. */
  minPaperLevel: number;
  /** Minimum ink-to-paper contrast (0–255); below it the page is too faded or too light (过浅).
   * Ours: 48 fails only clearly faded pages (grey print of level ~200 on white still passes). */
  minContrast: number;
  /** Minimum edge sharpness (see PageMeasures.sharpness); below it the page is blurred. Ours:
   * 0.25 fails blur beyond a Gaussian σ of about 0.3 mm on the paper, where 10.5-pt Chinese
   * print starts to run together. */
  minSharpness: number;
}

/** Defaults: DA/T 31-2017 where it has a number, our stated choice where it has none. */
export const defaultScanQcThresholds: Readonly<ScanQcThresholds> = Object.freeze({
  minDpi: 200,
  missingDpi: 'warn',
  allowedColourModes: Object.freeze(['bitonal', 'grey', 'colour'] as ColourMode[]),
  allowedFormats: Object.freeze(['tiff', 'jpeg', 'jp2k']),
  maxSkewDegrees: 1.0,
  blankInkRatio: 0.0003,
  maxBlackBorderRatio: 0.01,
  minPaperLevel: 128,
  minContrast: 48,
  minSharpness: 0.25,
});

/**
 * A scanning point's thresholds: the defaults with the point's own values laid over them.
 * Undefined entries keep the default.
 */
export function scanQcThresholds(overrides: Partial<ScanQcThresholds> = {}): ScanQcThresholds {
  const out: ScanQcThresholds = { ...defaultScanQcThresholds };
  for (const [key, value] of Object.entries(overrides) as Array<[keyof ScanQcThresholds, unknown]>) {
    if (value !== undefined) (out as unknown as Record<string, unknown>)[key] = value;
  }
  return out;
}
