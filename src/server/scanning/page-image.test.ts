import { describe, expect, it } from 'vitest';
import { packBits } from './page-image.js';

describe('packBits', () => {
  it('packs 8-bit levels to 1 bit per pixel, MSB first, 1 = white, rows padded to bytes', () => {
    // Two rows of 10 pixels: black/white alternating, then all white.
    const row1 = [0, 255, 0, 255, 0, 255, 0, 255, 0, 255];
    const row2 = Array(10).fill(200);
    expect([...packBits(Uint8Array.from([...row1, ...row2]), 10, 2)]).toEqual([0b01010101, 0b01000000, 0xff, 0b11000000]);
  });

  it('splits at the middle level and reads only the first of several channels', () => {
    expect([...packBits(Uint8Array.from([127, 9, 128, 9]), 2, 1, 2)]).toEqual([0b01000000]);
  });
});
