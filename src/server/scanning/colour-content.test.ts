import { describe, expect, it } from 'vitest';
import { COLOUR_CONTENT_RATIO, colourfulRatio } from './colour-content.js';
import { fromRgb } from './working-image.js';

const W = 100;
const H = 100;
const whole = { left: 0, top: 0, right: W, bottom: H };

/** White RGB page with `red` pixels of seal red and `fringe` pixels of faint colour noise. */
function page(red: number, fringe = 0) {
  const rgb = new Uint8Array(W * H * 3).fill(250);
  for (let i = 0; i < red; i++) rgb.set([208, 28, 28], i * 3);
  for (let i = red; i < red + fringe; i++) rgb.set([90, 80, 70], i * 3);
  return fromRgb(W, H, rgb);
}

describe('colourfulRatio', () => {
  it('counts seal-red pixels and ignores the faint colour fringes of black text', () => {
    expect(colourfulRatio(page(50, 2000), whole)).toBeCloseTo(50 / (W * H), 6);
    expect(colourfulRatio(page(0, 2000), whole)).toBe(0);
  });

  it('says colour content for a seal, not for a black-and-white page', () => {
    expect(colourfulRatio(page(50), whole)).toBeGreaterThanOrEqual(COLOUR_CONTENT_RATIO);
    expect(colourfulRatio(page(2), whole)).toBeLessThan(COLOUR_CONTENT_RATIO);
  });

  it('is 0 for a grey source', () => {
    expect(colourfulRatio({ width: W, height: H, grey: new Uint8Array(W * H), chroma: null }, whole)).toBe(0);
  });
});
