import type { Rect, WorkingImage } from './working-image.js';

/** Angles searched, in degrees either side of level. Beyond this a page is not skewed but
 * misfed or rotated; the search would only find ruled lines. */
const RANGE = 5;
/** Dense text piles up over about a degree (line height / line length), so half-degree steps
 * cannot step over the peak; two finer passes then close in on it. */
const COARSE_STEP = 0.5;
const MID_STEP = 0.1;
const FINE_STEP = 0.025;
/** Columns are summed in vertical strips this wide and each strip is shifted as a whole: narrow
 * strips for the fine passes, wide ones (four times fewer cells) for the coarse one. */
const STRIP = 16;
const COARSE_STRIP = 64;
/** Fewer ink pixels than this (on the working copy) cannot tell a text line's direction. */
const MIN_INK_PIXELS = 300;

/** Non-empty (strip, row) cells: strip centre relative to the page centre, row, ink pixels. */
interface Cells {
  x: Float64Array;
  y: Float64Array;
  ink: Float64Array;
  n: number;
}

/**
 * Text-line skew in degrees by projection profiles (Postl's method): the page's ink is summed
 * along lines tilted by each candidate angle; when the tilt matches the text lines, ink piles into
 * few rows and the sum of squared row totals peaks. Positive means the page content is turned
 * clockwise (lines fall to the right), as `convert -rotate 3` turns it. Null for pages with too
 * little ink.
 *
 * Cost: ink is pre-summed into column strips, so each angle costs one pass over the non-empty
 * (strip, row) cells — a few thousand — not over every ink pixel.
 */
export function estimateSkew(img: WorkingImage, area: Rect, inkThreshold: number): number | null {
  const { width: w, grey } = img;
  const iw = area.right - area.left;
  const ih = area.bottom - area.top;
  if (iw < STRIP * 2 || ih < 8) return null;
  const centre = iw / 2;
  const strips = Math.ceil(iw / STRIP);
  const perCoarse = COARSE_STRIP / STRIP;
  const counts = new Uint16Array(strips);
  const fine = newCells();
  const coarse = newCells();
  let inkPixels = 0;
  for (let y = area.top; y < area.bottom; y++) {
    counts.fill(0);
    const row = y * w;
    for (let x = area.left; x < area.right; x++) {
      if (grey[row + x]! < inkThreshold) counts[((x - area.left) / STRIP) | 0]!++;
    }
    let wide = 0;
    for (let s = 0; s < strips; s++) {
      const c = counts[s]!;
      wide += c;
      if (c > 0) add(fine, Math.min(iw, (s + 0.5) * STRIP) - centre, y - area.top, c);
      if ((s + 1) % perCoarse === 0 || s === strips - 1) {
        if (wide > 0) add(coarse, Math.min(iw, (Math.floor(s / perCoarse) + 0.5) * COARSE_STRIP) - centre, y - area.top, wide);
        wide = 0;
      }
    }
    inkPixels += counts.reduce((a, b) => a + b, 0);
  }
  if (inkPixels < MIN_INK_PIXELS) return null;

  const margin = Math.ceil(centre * Math.tan((RANGE * Math.PI) / 180)) + 2;
  const profile = new Float64Array(ih + 2 * margin + 2);

  const score = (cells: Cells, degrees: number): number => {
    const t = Math.tan((degrees * Math.PI) / 180);
    const { x, y, ink, n } = cells;
    profile.fill(0);
    for (let k = 0; k < n; k++) {
      const pos = y[k]! - x[k]! * t + margin;
      const lo = pos | 0;
      const frac = pos - lo;
      const c = ink[k]!;
      profile[lo] = profile[lo]! + c - c * frac;
      profile[lo + 1] = profile[lo + 1]! + c * frac;
    }
    let sum = 0;
    for (let i = 0; i < profile.length; i++) sum += profile[i]! * profile[i]!;
    return sum;
  };

  const best = (cells: Cells, from: number, to: number, step: number): { angle: number; value: number } => {
    let angle = from;
    let value = -1;
    for (let a = from; a <= to + 1e-9; a += step) {
      const v = score(cells, a);
      if (v > value) [angle, value] = [a, v];
    }
    return { angle, value };
  };

  const c = best(coarse, -RANGE, RANGE, COARSE_STEP);
  const m = best(fine, c.angle - COARSE_STEP, c.angle + COARSE_STEP, MID_STEP);
  const f = best(fine, m.angle - MID_STEP, m.angle + MID_STEP, FINE_STEP);
  // A parabola through the peak and its neighbours places the peak between the steps.
  const below = score(fine, f.angle - FINE_STEP);
  const above = score(fine, f.angle + FINE_STEP);
  const curvature = below - 2 * f.value + above;
  const offset = curvature < 0 ? (0.5 * (below - above)) / curvature : 0;
  const angle = f.angle + Math.max(-0.5, Math.min(0.5, offset)) * FINE_STEP;
  return Math.round(angle * 100) / 100;
}

function newCells(): Cells {
  return { x: new Float64Array(1024), y: new Float64Array(1024), ink: new Float64Array(1024), n: 0 };
}

function add(cells: Cells, x: number, y: number, ink: number): void {
  if (cells.n === cells.x.length) {
    cells.x = grow(cells.x);
    cells.y = grow(cells.y);
    cells.ink = grow(cells.ink);
  }
  cells.x[cells.n] = x;
  cells.y[cells.n] = y;
  cells.ink[cells.n] = ink;
  cells.n++;
}

function grow(a: Float64Array): Float64Array {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  return b;
}
