import { paperLevel, type GrayRaster } from './gray-raster.js';

/** Where a page number can go, as the page is displayed. */
export type StampCorner = 'top-right' | 'bottom-right' | 'bottom-centre' | 'top-left';

/** Tried in this order: 卷内页码 go top right (on the front of a sheet) unless that covers content. */
export const DEFAULT_CORNERS: readonly StampCorner[] = ['top-right', 'bottom-right', 'bottom-centre', 'top-left'];

/** A rectangle in display points: from the left edge and down from the top edge. */
export interface DisplayRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface StampGeometry {
  /** Distance of the number's box from the page edges, pt. */
  margin: number;
  /** Size of the number's box (the number with a little room around it), pt. */
  width: number;
  height: number;
  /** Clearance around the box that must be blank too, pt. */
  clearance: number;
}

/** The box of the number in a corner of a page of display size `page`. */
export function cornerBox(corner: StampCorner, page: { width: number; height: number }, g: StampGeometry): DisplayRect {
  const right = page.width - g.margin - g.width;
  const bottom = page.height - g.margin - g.height;
  switch (corner) {
    case 'top-right':
      return { left: right, top: g.margin, width: g.width, height: g.height };
    case 'bottom-right':
      return { left: right, top: bottom, width: g.width, height: g.height };
    case 'bottom-centre':
      return { left: (page.width - g.width) / 2, top: bottom, width: g.width, height: g.height };
    case 'top-left':
      return { left: g.margin, top: g.margin, width: g.width, height: g.height };
  }
}

/** How much darker than the paper a pixel must be to count as content (0–255). */
export const INK_CONTRAST = 28;

/** No paper is darker than this: a page whose paperLevel is darker (a photo) is judged against it. */
export const DARKEST_PAPER = 215;

/** The grey a page's paper is taken to be: its paperLevel, but no darker than DARKEST_PAPER. */
export const paperOf = (raster: GrayRaster) => Math.max(DARKEST_PAPER, paperLevel(raster));

/**
 * Whether a display rectangle of the page is blank paper in its raster: no pixel is INK_CONTRAST
 * darker than the paper (see paperOf: a greyish scan is judged against its own paper).
 */
export function isBlank(raster: GrayRaster, page: { width: number; height: number }, rect: DisplayRect, paper = paperOf(raster)): boolean {
  const sx = raster.width / page.width;
  const sy = raster.height / page.height;
  const x0 = Math.max(0, Math.floor(rect.left * sx));
  const x1 = Math.min(raster.width, Math.ceil((rect.left + rect.width) * sx));
  const y0 = Math.max(0, Math.floor(rect.top * sy));
  const y1 = Math.min(raster.height, Math.ceil((rect.top + rect.height) * sy));
  const ink = paper - INK_CONTRAST;
  for (let y = y0; y < y1; y++) {
    const row = y * raster.width;
    for (let x = x0; x < x1; x++) if (raster.pixels[row + x]! < ink) return false;
  }
  return true;
}

export interface Placement {
  corner: StampCorner;
  /** No corner was blank: the number goes on a white box in the first corner. */
  boxed: boolean;
  box: DisplayRect;
}

/**
 * Picks the first corner whose box (with its clearance) is blank on the page's raster; when none
 * is, the first corner, boxed. Without a raster (not rendered), the first corner.
 */
export function choosePlacement(raster: GrayRaster | null, page: { width: number; height: number }, g: StampGeometry, corners: readonly StampCorner[] = DEFAULT_CORNERS): Placement {
  const first = corners[0] ?? 'top-right';
  if (!raster) return { corner: first, boxed: false, box: cornerBox(first, page, g) };
  const paper = paperOf(raster);
  for (const corner of corners) {
    const box = cornerBox(corner, page, g);
    const area = { left: box.left - g.clearance, top: box.top - g.clearance, width: box.width + 2 * g.clearance, height: box.height + 2 * g.clearance };
    if (isBlank(raster, page, area, paper)) return { corner, boxed: false, box };
  }
  return { corner: first, boxed: true, box: cornerBox(first, page, g) };
}
