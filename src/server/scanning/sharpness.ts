import type { Rect, WorkingImage } from './working-image.js';

/** The steep end of the edge steps measured. */
const STEEP_QUANTILE = 0.9;
/** Steps smaller than this share of the contrast are paper grain, not edges. */
const EDGE_SHARE = 1 / 8;

/**
 * Edge sharpness: how steeply the page goes from paper to ink. Takes the brightness step between
 * horizontal and vertical neighbours wherever it is large enough to be an edge (on every other row,
 * which is plenty), and returns the 90th percentile of those steps as a share of the page contrast,
 * per 1/100 inch of paper (`workingDpi` is the copy's resolution). A crisp print edge falls within a
 * pixel or two (≈ 0.5–1); blur spreads it (a Gaussian of σ mm gives about 0.1 / σ). Normalising by
 * contrast keeps faded-but-sharp apart from dark-but-blurred, and the amount of text on the page
 * does not matter (unlike the plain variance of the Laplacian).
 */
export function measureSharpness(img: WorkingImage, area: Rect, contrast: number, workingDpi = 100): number {
  if (contrast <= 0) return 0;
  const scale = workingDpi / 100;
  const { width: w, grey } = img;
  const minStep = Math.max(4, contrast * EDGE_SHARE);
  const hist = new Uint32Array(256);
  let edges = 0;
  for (let y = area.top; y < area.bottom - 1; y += 2) {
    const row = y * w;
    for (let x = area.left; x < area.right - 1; x++) {
      const v = grey[row + x]!;
      const dx = Math.abs(grey[row + x + 1]! - v);
      const dy = Math.abs(grey[row + w + x]! - v);
      if (dx >= minStep) {
        hist[dx]!++;
        edges++;
      }
      if (dy >= minStep) {
        hist[dy]!++;
        edges++;
      }
    }
  }
  if (edges === 0) return 0;
  const target = edges * STEEP_QUANTILE;
  let seen = 0;
  for (let s = 0; s < 256; s++) {
    seen += hist[s]!;
    if (seen > target) return Math.min(1.5, (s / contrast) * scale);
  }
  return Math.min(1.5, (255 / contrast) * scale);
}
