import { describe, expect, it } from 'vitest';
import { paperLevel, parsePgm } from './gray-raster.js';

const pgm = (header: string, pixels: number[]) => new Uint8Array([...Buffer.from(header, 'latin1'), ...pixels]);

describe('parsePgm', () => {
  it('reads the size and the pixels of a P5 image', () => {
    const raster = parsePgm(pgm('P5\n3 2\n255\n', [0, 128, 255, 10, 20, 30]));
    expect(raster.width).toBe(3);
    expect(raster.height).toBe(2);
    expect([...raster.pixels]).toEqual([0, 128, 255, 10, 20, 30]);
  });

  it('skips comments in the header', () => {
    expect(parsePgm(pgm('P5\n# pdftoppm\n1 1\n255\n', [7])).pixels[0]).toBe(7);
  });

  it('refuses other formats and truncated data', () => {
    expect(() => parsePgm(pgm('P6\n1 1\n255\n', [0, 0, 0]))).toThrow('P5');
    expect(() => parsePgm(pgm('P5\n2 2\n255\n', [0, 0, 0]))).toThrow('不完整');
  });
});

describe('paperLevel', () => {
  it('is the grey of the paper, even on a page mostly covered with text', () => {
    const pixels = new Uint8Array(100).fill(230);
    pixels.fill(0, 0, 60);
    expect(paperLevel({ width: 10, height: 10, pixels })).toBe(230);
  });
});
