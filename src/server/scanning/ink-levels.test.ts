import { describe, expect, it } from 'vitest';
import { inkLevels } from './ink-levels.js';
import type { WorkingImage } from './working-image.js';

const W = 500;
const H = 700;
const whole = { left: 0, top: 0, right: W, bottom: H };

/** Paper at `paper` with grain of ±`grain`, and `inkShare` of the pixels at `ink`. */
function page(paper: number, ink: number, inkShare: number, grain = 3): WorkingImage {
  const grey = new Uint8Array(W * H);
  let seed = 7;
  const noise = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % (2 * grain + 1)) - grain;
  for (let i = 0; i < grey.length; i++) grey[i] = paper + noise();
  const inkPixels = Math.round(grey.length * inkShare);
  for (let i = 0; i < inkPixels; i++) grey[(i * 7919) % grey.length] = ink;
  return { width: W, height: H, grey, chroma: null };
}

describe('inkLevels', () => {
  it('finds paper, ink and their contrast on a printed page', () => {
    const l = inkLevels(page(240, 20, 0.05), whole);
    expect(l.paperLevel).toBeGreaterThanOrEqual(237);
    expect(l.inkLevel).toBe(20);
    expect(l.contrast).toBeGreaterThan(210);
    expect(l.inkRatio).toBeCloseTo(0.05, 3);
  });

  it('counts faded writing as ink (so a faded page is never blank)', () => {
    const l = inkLevels(page(240, 215, 0.03), whole);
    expect(l.contrast).toBeLessThan(30);
    expect(l.inkRatio).toBeCloseTo(0.03, 3);
  });

  it('does not count paper grain as ink on a blank sheet', () => {
    expect(inkLevels(page(235, 235, 0, 6), whole).inkRatio).toBe(0);
  });

  it('measures only inside the area', () => {
    const img = page(240, 20, 0);
    for (let y = 0; y < H; y++) for (let x = 0; x < 50; x++) img.grey[y * W + x] = 0;
    expect(inkLevels(img, whole).inkRatio).toBeCloseTo(0.1, 3);
    expect(inkLevels(img, { ...whole, left: 50 }).inkRatio).toBe(0);
  });

  it('copes with an empty area', () => {
    expect(inkLevels(page(240, 20, 0.05), { left: 10, top: 10, right: 10, bottom: 10 })).toMatchObject({ inkRatio: 0, contrast: 0 });
  });
});
