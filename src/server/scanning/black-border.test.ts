import { describe, expect, it } from 'vitest';
import { findBlackBorder } from './black-border.js';
import type { WorkingImage } from './working-image.js';

const W = 800;
const H = 1100;

function page(paint?: (grey: Uint8Array) => void): WorkingImage {
  const grey = new Uint8Array(W * H).fill(245);
  // Some text, including a heavy rule near the top edge: not a border.
  for (let y = 60; y < 64; y++) for (let x = 80; x < 720; x++) grey[y * W + x] = 10;
  for (let y = 200; y < 900; y += 30) for (let x = 80; x < 720; x += 3) grey[y * W + x] = 20;
  paint?.(grey);
  return { width: W, height: H, grey, chroma: null };
}

const fill = (grey: Uint8Array, x0: number, y0: number, x1: number, y1: number, v = 15) => {
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) grey[y * W + x] = v;
};

describe('findBlackBorder', () => {
  it('finds none on a clean page', () => {
    expect(findBlackBorder(page())).toMatchObject({ top: 0, bottom: 0, left: 0, right: 0, ratio: 0 });
  });

  it('finds a shadow down the left edge and measures its share of the page', () => {
    const border = findBlackBorder(page((g) => fill(g, 0, 0, 40, H)));
    expect(border.left).toBe(40);
    expect(border.ratio).toBeCloseTo(40 / W, 5);
    expect(border.interior).toEqual({ left: 40, top: 0, right: W, bottom: H });
  });

  it('adds bands on several sides without counting the corners twice', () => {
    const border = findBlackBorder(page((g) => (fill(g, 0, 0, W, 20), fill(g, W - 30, 0, W, H))));
    expect([border.top, border.right]).toEqual([20, 30]);
    expect(border.ratio).toBeCloseTo(1 - ((W - 30) * (H - 20)) / (W * H), 5);
  });

  it('accepts a light rim of a pixel or two before the band', () => {
    expect(findBlackBorder(page((g) => fill(g, 2, 0, 50, H))).left).toBe(50);
    expect(findBlackBorder(page((g) => fill(g, 5, 0, 50, H))).left).toBe(0);
  });

  it('ignores a dark band that covers less than half the edge', () => {
    expect(findBlackBorder(page((g) => fill(g, 0, 0, 40, H * 0.4))).left).toBe(0);
  });

  it('stops at a quarter of the page on an all-dark image', () => {
    const border = findBlackBorder(page((g) => g.fill(5)));
    expect(border.left).toBe(W / 4);
    expect(border.ratio).toBeCloseTo(0.75, 2);
  });
});
