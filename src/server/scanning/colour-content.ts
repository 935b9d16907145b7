import { rectArea, type Rect, type WorkingImage } from './working-image.js';

/** Chroma (max − min of R, G, B) a pixel needs to count as coloured: well above the colour noise
 * and JPEG colour fringes around black text on the averaged working copy. */
const COLOURFUL_CHROMA = 48;
/** A page with at least this share of coloured pixels has colour content. A seal ring of 4 cm on
 * A4 covers about 0.2 %. */
export const COLOUR_CONTENT_RATIO = 0.0005;

/** Share of `area` with clearly coloured pixels; 0 for a grey source. */
export function colourfulRatio(img: WorkingImage, area: Rect): number {
  const { chroma, width: w } = img;
  const total = rectArea(area);
  if (!chroma || total === 0) return 0;
  let n = 0;
  for (let y = area.top; y < area.bottom; y++) {
    for (let i = y * w + area.left, end = y * w + area.right; i < end; i++) if (chroma[i]! >= COLOURFUL_CHROMA) n++;
  }
  return n / total;
}
