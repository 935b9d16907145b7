import { describe, expect, it } from 'vitest';
import { measureSharpness } from './sharpness.js';
import type { WorkingImage } from './working-image.js';

const W = 400;
const H = 400;
const whole = { left: 0, top: 0, right: W, bottom: H };

/** Dark squares on light paper, their edges spread by a Gaussian of σ pixels (0 = crisp). */
function squares(sigma: number, paper = 245, ink = 20): WorkingImage {
  const sharp = new Float64Array(W * H).fill(paper);
  for (let y = 20; y < H - 20; y += 40) for (let x = 20; x < W - 20; x += 40) {
    for (let dy = 0; dy < 14; dy++) for (let dx = 0; dx < 14; dx++) sharp[(y + dy) * W + x + dx] = ink;
  }
  const grey = new Uint8Array(W * H);
  if (sigma === 0) {
    for (let i = 0; i < grey.length; i++) grey[i] = sharp[i]!;
    return { width: W, height: H, grey, chroma: null };
  }
  const r = Math.ceil(sigma * 3);
  const k = Array.from({ length: 2 * r + 1 }, (_, i) => Math.exp(-((i - r) ** 2) / (2 * sigma * sigma)));
  const sum = k.reduce((a, b) => a + b, 0);
  const tmp = new Float64Array(W * H);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {
    let v = 0;
    for (let i = -r; i <= r; i++) v += k[i + r]! * sharp[y * W + Math.min(W - 1, Math.max(0, x + i))]!;
    tmp[y * W + x] = v / sum;
  }
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {
    let v = 0;
    for (let i = -r; i <= r; i++) v += k[i + r]! * tmp[Math.min(H - 1, Math.max(0, y + i)) * W + x]!;
    grey[y * W + x] = Math.round(v / sum);
  }
  return { width: W, height: H, grey, chroma: null };
}

describe('measureSharpness', () => {
  it('rates crisp edges high and blurred ones low', () => {
    const crisp = measureSharpness(squares(0), whole, 225);
    const slight = measureSharpness(squares(0.6), whole, 225);
    const blurred = measureSharpness(squares(1.5), whole, 225);
    expect(crisp).toBeGreaterThan(0.9);
    expect(slight).toBeGreaterThan(0.4);
    expect(blurred).toBeLessThan(0.3);
    expect(crisp).toBeGreaterThan(slight);
    expect(slight).toBeGreaterThan(blurred);
  });

  it('does not depend on the contrast: faded but crisp stays crisp', () => {
    expect(measureSharpness(squares(0, 240, 200), whole, 40)).toBeGreaterThan(0.9);
  });

  it('is 0 for a page without edges or contrast', () => {
    const flat: WorkingImage = { width: W, height: H, grey: new Uint8Array(W * H).fill(240), chroma: null };
    expect(measureSharpness(flat, whole, 100)).toBe(0);
    expect(measureSharpness(squares(0), whole, 0)).toBe(0);
  });
});
