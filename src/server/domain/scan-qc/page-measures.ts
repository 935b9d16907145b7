/**
 * 色彩模式 of a scanned page (DA/T 31-2017 §9.3): 黑白二值 bitonal, 灰度 grey, 彩色 colour.
 */
export type ColourMode = 'bitonal' | 'grey' | 'colour';

/** Richer modes keep more of the paper: bitonal < grey < colour. */
export const colourModeRank: Readonly<Record<ColourMode, number>> = { bitonal: 0, grey: 1, colour: 2 };

/**
 * What image analysis measured on one scanned page (src/server/scanning/analyse-page.ts). Plain
 * numbers so the rules in this folder stay pure. Levels are 0 (black) … 255 (white) on a
 * working copy of 70–140 dpi; ratios are shares of the page area, 0 … 1.
 */
export interface PageMeasures {
  /** Pixels of the page as stored. */
  width: number;
  height: number;
  /** Resolution recorded in the file, in dots per inch; null when the file records none. */
  dpi: number | null;
  /** Mode the content actually uses: an RGB file of a black-and-white page is grey, an 8-bit grey
   * file holding only two levels is bitonal. */
  colourMode: ColourMode;
  /** Mode the file declares (channels and bits per sample). */
  storedColourMode: ColourMode;
  /** Container format as sharp names it: 'tiff', 'jpeg', 'png', 'jp2k', 'webp', … */
  format: string;
  /** Pages in the file (multi-page TIFF); 1 for single-image formats. */
  pageCount: number;
  /** Share of the page (inside any black border) darker than the ink threshold. */
  inkRatio: number;
  /** Text-line skew in degrees, positive = clockwise (as `convert -rotate 3`); null when the page
   * holds too little ink to tell. */
  skewDegrees: number | null;
  /** Share of the page area covered by solid dark bands running along the edges. */
  blackBorderRatio: number;
  /** Brightness of the paper (median level inside the border). */
  paperLevel: number;
  /** Brightness of the darkest ink (0.1 % quantile inside the border). */
  inkLevel: number;
  /** paperLevel − inkLevel: how far ink stands out from the paper. */
  contrast: number;
  /** Edge steepness: the steep end (90th percentile) of brightness steps across ink edges, as a
   * share of the contrast, per 1/100 inch. About 0.45 or more for crisp print, under 0.25 when
   * blurred by more than about 0.3 mm. */
  sharpness: number;
  /** Share of the page with clearly coloured pixels (red seals, colour figures). */
  colourfulRatio: number;
}
