import { describe, expect, it } from 'vitest';
import { sealRect } from './document-signing.service.js';

describe('sealRect (where 签发 puts the seal)', () => {
  it('puts a 42 mm seal at the bottom right of an A4 page, 20 mm from the right and 25 mm from the bottom', () => {
    const [x, y, w, h] = sealRect({ x: 0, y: 0, width: 595.28, height: 841.89 });
    expect(w).toBeCloseTo(119.06, 1);
    expect(h).toBe(w);
    expect(x + w).toBeCloseTo(595.28 - 56.69, 1);
    expect(y).toBeCloseTo(70.87, 1);
  });

  it('follows a crop box that does not start at the origin', () => {
    const [x, y] = sealRect({ x: 100, y: 50, width: 595.28, height: 841.89 });
    expect(x).toBeCloseTo(100 + 595.28 - 56.69 - 119.06, 1);
    expect(y).toBeCloseTo(50 + 70.87, 1);
  });

  it('shrinks on a small page so that the seal stays on it', () => {
    const [x, y, w] = sealRect({ x: 0, y: 0, width: 200, height: 200 });
    expect(w).toBeCloseTo(50, 1);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(y + w).toBeLessThanOrEqual(200);
  });
});
