import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isPng, pngChunks, pngDpi, pngHeader } from './png-chunks.js';

const fixture = (name: string) => readFile(fileURLToPath(new URL(`../../../test/fixtures/scans/${name}`, import.meta.url)));

describe('PNG chunks', () => {
  it('reads the header and the resolution of a 200 dpi grey PNG', async () => {
    const bytes = await fixture('grey-200dpi.png');
    expect(isPng(bytes)).toBe(true);
    expect(pngHeader(bytes)).toEqual({ width: 1654, height: 2339, bitDepth: 8, colourType: 0, interlaced: false });
    expect(pngDpi(bytes)).toBe(200);
    const types = pngChunks(bytes).map((c) => c.type);
    expect(types[0]).toBe('IHDR');
    expect(types.at(-1)).toBe('IEND');
  });

  it('has no resolution without pHYs', async () => {
    expect(pngDpi(await fixture('NO_DPI.png'))).toBeNull();
  });

  it('has no resolution when pHYs gives only an aspect ratio', async () => {
    const bytes = Buffer.from(await fixture('grey-200dpi.png'));
    const phys = pngChunks(bytes).find((c) => c.type === 'pHYs')!;
    bytes[phys.start + 8] = 0; // unit: unknown
    expect(pngDpi(bytes)).toBeNull();
  });

  it('finds nothing in bytes that are not a PNG, and stops at a chunk cut short', async () => {
    expect(pngChunks(await fixture('NO_DPI.jpg'))).toEqual([]);
    expect(pngHeader(new Uint8Array(4))).toBeNull();
    const bytes = await fixture('grey-200dpi.png');
    const cut = pngChunks(bytes.subarray(0, 5000));
    expect(cut.some((c) => c.type === 'IEND')).toBe(false);
    expect(cut.every((c) => c.start + c.length <= 5000)).toBe(true);
  });
});
