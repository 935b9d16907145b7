import { describe, expect, it } from 'vitest';
import { estimateSkew } from './skew.js';
import type { WorkingImage } from './working-image.js';

/** A ~100 dpi "page" of dashed text lines turned by `degrees` clockwise about the centre. */
function linesPage(degrees: number, width = 820, height = 1160): WorkingImage {
  const grey = new Uint8Array(width * height).fill(255);
  const t = Math.tan((degrees * Math.PI) / 180);
  for (let line = 0; line < 25; line++) {
    const y0 = 150 + line * 34;
    for (let x = 90; x < width - 90; x++) {
      if (x % 16 > 12) continue; // gaps between characters
      for (let dy = 0; dy < 9; dy++) {
        const y = Math.round(y0 + dy + (x - width / 2) * t);
        if (y >= 0 && y < height) grey[y * width + x] = 20;
      }
    }
  }
  return { width, height, grey, chroma: null };
}

const whole = (img: WorkingImage) => ({ left: 0, top: 0, right: img.width, bottom: img.height });

describe('estimateSkew', () => {
  it.each([0, 0.3, -0.7, 1.2, 2.5, -3, 4.6])('finds %s° within 0.1°', (degrees) => {
    const img = linesPage(degrees);
    expect(Math.abs(estimateSkew(img, whole(img), 128)! - degrees)).toBeLessThan(0.1);
  });

  it('measures only inside the given area', () => {
    const img = linesPage(2);
    // Lines cross the whole width; a narrower area still sees their slope.
    expect(estimateSkew(img, { left: 200, top: 0, right: 600, bottom: img.height }, 128)).toBeCloseTo(2, 0);
  });

  it('has no answer for a page without ink', () => {
    const img: WorkingImage = { width: 800, height: 1100, grey: new Uint8Array(800 * 1100).fill(250), chroma: null };
    expect(estimateSkew(img, whole(img), 128)).toBeNull();
  });

  it('has no answer when the ink threshold leaves too few pixels', () => {
    const img = linesPage(1);
    expect(estimateSkew(img, whole(img), 10)).toBeNull();
  });
});
