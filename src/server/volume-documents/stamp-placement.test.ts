import { describe, expect, it } from 'vitest';
import type { GrayRaster } from './gray-raster.js';
import { choosePlacement, cornerBox, isBlank, type StampGeometry } from './stamp-placement.js';

// A4 at 24 dpi: 595 × 842 pt → 198 × 281 px (3 pt a pixel, about).
const page = { width: 595, height: 842 };
const g: StampGeometry = { margin: 18, width: 30, height: 16, clearance: 6 };

function raster(paper = 255): GrayRaster {
  return { width: 198, height: 281, pixels: new Uint8Array(198 * 281).fill(paper) };
}
/** Paints a display rectangle (pt) in `grey`. */
function paint(r: GrayRaster, left: number, top: number, width: number, height: number, grey = 0): GrayRaster {
  const s = r.width / page.width;
  for (let y = Math.floor(top * s); y < Math.ceil((top + height) * s); y++) for (let x = Math.floor(left * s); x < Math.ceil((left + width) * s); x++) r.pixels[y * r.width + x] = grey;
  return r;
}

describe('cornerBox', () => {
  it('keeps the margin from the edges', () => {
    expect(cornerBox('top-right', page, g)).toEqual({ left: 595 - 18 - 30, top: 18, width: 30, height: 16 });
    expect(cornerBox('bottom-centre', page, g)).toEqual({ left: (595 - 30) / 2, top: 842 - 18 - 16, width: 30, height: 16 });
  });
});

describe('choosePlacement', () => {
  it('puts the number top right on a blank page', () => {
    expect(choosePlacement(raster(), page, g)).toMatchObject({ corner: 'top-right', boxed: false });
  });

  it('moves on when the top-right corner has content', () => {
    const r = paint(raster(), 480, 10, 110, 40); // a letterhead in the corner
    expect(choosePlacement(r, page, g)).toMatchObject({ corner: 'bottom-right', boxed: false });
  });

  it('tries bottom centre, then top left', () => {
    const r = paint(paint(raster(), 480, 10, 110, 40), 480, 790, 110, 50);
    expect(choosePlacement(r, page, g).corner).toBe('bottom-centre');
    paint(r, 0, 790, 595, 50);
    expect(choosePlacement(r, page, g).corner).toBe('top-left');
  });

  it('falls back to a white box top right when every corner has content', () => {
    const full = paint(raster(), 0, 0, 595, 842, 60); // a full-page photo
    expect(choosePlacement(full, page, g)).toMatchObject({ corner: 'top-right', boxed: true });
    const text = raster();
    for (let top = 5; top < 842; top += 9) paint(text, 5, top, 585, 3); // text edge to edge
    expect(choosePlacement(text, page, g)).toMatchObject({ corner: 'top-right', boxed: true });
  });

  it('judges a grey scan against its own paper, ignoring faint noise', () => {
    const r = paint(raster(225), 590, 0, 5, 842, 215); // a faint shadow at the edge
    expect(choosePlacement(r, page, g)).toMatchObject({ corner: 'top-right', boxed: false });
  });

  it('uses the first corner asked for when there is no raster', () => {
    expect(choosePlacement(null, page, g, ['bottom-centre', 'top-right']).corner).toBe('bottom-centre');
  });
});

describe('isBlank', () => {
  it('sees faint anti-aliased text at low resolution', () => {
    const r = paint(raster(), 300, 300, 10, 10, 215);
    expect(isBlank(r, page, { left: 290, top: 290, width: 30, height: 30 })).toBe(false);
  });
});
