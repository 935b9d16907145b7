import { rectArea, type Rect, type WorkingImage } from './working-image.js';

/** Ink must stand at least this far below the paper: paper grain and sensor noise on a ~100 dpi
 * working copy stay well within it, while faded print (which must reach UNREADABLE, never BLANK)
 * still counts as ink. */
const MIN_INK_DEPTH = 16;
/** The darkest share of the page taken as "the ink". */
const INK_QUANTILE = 0.001;

export interface InkLevels {
  /** Median level: the paper on any page that is not mostly ink. */
  paperLevel: number;
  /** Level of the darkest 0.1 % of the page. */
  inkLevel: number;
  contrast: number;
  /** Pixels darker than this are ink. */
  inkThreshold: number;
  /** Share of the area that is ink. */
  inkRatio: number;
}

/**
 * Paper and ink levels inside `area`. The ink threshold sits halfway between paper and ink, but
 * never closer to the paper than MIN_INK_DEPTH — so a speck on a blank sheet makes no ink of the
 * paper grain, and faded writing on its own is still found.
 */
export function inkLevels(img: WorkingImage, area: Rect): InkLevels {
  const hist = new Uint32Array(256);
  const { width: w, grey } = img;
  for (let y = area.top; y < area.bottom; y++) {
    for (let i = y * w + area.left, end = y * w + area.right; i < end; i++) hist[grey[i]!]!++;
  }
  const total = rectArea(area);
  if (total === 0) return { paperLevel: 255, inkLevel: 255, contrast: 0, inkThreshold: 0, inkRatio: 0 };
  const paperLevel = quantile(hist, total, 0.5);
  const inkLevel = quantile(hist, total, INK_QUANTILE);
  const contrast = Math.max(0, paperLevel - inkLevel);
  const inkThreshold = Math.max(0, paperLevel - Math.max(MIN_INK_DEPTH, contrast / 2));
  let ink = 0;
  for (let v = 0; v < inkThreshold; v++) ink += hist[v]!;
  return { paperLevel, inkLevel, contrast, inkThreshold, inkRatio: ink / total };
}

/** The level below which `q` of the counted pixels lie. */
function quantile(hist: Uint32Array, total: number, q: number): number {
  const target = total * q;
  let seen = 0;
  for (let v = 0; v < 256; v++) {
    seen += hist[v]!;
    if (seen > target) return v;
  }
  return 255;
}
