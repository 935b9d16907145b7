import { rectArea, type Rect, type WorkingImage } from './working-image.js';

/** A pixel this dark is part of a solid band (lid shadow, scanner bed), not of paper. */
const DARK_LEVEL = 80;
/** A row or column belongs to a band when at least this share of it is dark. Text never comes
 * close (even a heavy rule is one line among many pixels of paper). */
const DARK_SHARE = 0.5;
/** A band may start this many pixels in from the edge (a light rim left by the scanner). */
const EDGE_SLACK = 2;
/** Bands are looked for in the outer quarter of each side; beyond that the page itself is dark. */
const MAX_BAND_SHARE = 0.25;

export interface BlackBorder {
  /** Band thickness in pixels on each side (0 = none). */
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** The page inside the bands: where ink, contrast and skew are measured. */
  interior: Rect;
  /** Share of the page area covered by the bands. */
  ratio: number;
}

/**
 * Finds solid dark bands along the four edges of a page: runs of rows (columns) from the edge in
 * which most pixels are dark. These are the lid or edge shadows and the black scanner bed seen past
 * a smaller sheet that DA/T 31-2017's 裁边 (cropping) step should remove.
 */
export function findBlackBorder(img: WorkingImage): BlackBorder {
  const { width: w, height: h, grey } = img;
  const rowDark = (y: number) => {
    let n = 0;
    for (let x = 0, i = y * w; x < w; x++, i++) if (grey[i]! < DARK_LEVEL) n++;
    return n >= w * DARK_SHARE;
  };
  const colDark = (x: number) => {
    let n = 0;
    for (let y = 0, i = x; y < h; y++, i += w) if (grey[i]! < DARK_LEVEL) n++;
    return n >= h * DARK_SHARE;
  };
  const top = band(h, (k) => rowDark(k));
  const bottom = band(h, (k) => rowDark(h - 1 - k));
  const left = band(w, (k) => colDark(k));
  const right = band(w, (k) => colDark(w - 1 - k));
  const interior: Rect = { left, top, right: Math.max(left, w - right), bottom: Math.max(top, h - bottom) };
  const total = w * h;
  return { top, bottom, left, right, interior, ratio: total === 0 ? 0 : 1 - rectArea(interior) / total };
}

/** Thickness of the band from one edge: the slack rim plus the run of dark lines after it. */
function band(length: number, isDark: (k: number) => boolean): number {
  const max = Math.floor(length * MAX_BAND_SHARE);
  let start = 0;
  while (start <= EDGE_SLACK && start < max && !isDark(start)) start++;
  if (start > EDGE_SLACK || start >= max) return 0;
  let end = start;
  while (end < max && isDark(end)) end++;
  return end;
}
