import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { g4Passthrough, tiffPages } from './tiff-ifd.js';

const fixture = (name: string) => readFile(fileURLToPath(new URL(`../../../test/fixtures/scans/${name}`, import.meta.url)));

describe('tiffPages', () => {
  it('reads each page of a multi-page TIFF', async () => {
    const pages = tiffPages(await fixture('multipage-2-bitonal.tif'));
    expect(pages.map((p) => [p.width, p.height, p.compression, p.bitsPerSample])).toEqual([
      [2480, 3508, 4, 1],
      [1165, 1654, 4, 1],
    ]);
  });

  it('returns nothing for bytes that are not a classic TIFF', async () => {
    expect(tiffPages(await fixture('grey-200dpi.png'))).toEqual([]);
    expect(tiffPages(new Uint8Array([0x49, 0x49, 43, 0, 8, 0, 0, 0]))).toEqual([]); // BigTIFF
    expect(tiffPages(new Uint8Array(3))).toEqual([]);
  });

  it('returns nothing for a TIFF cut inside its directory', async () => {
    const bytes = await fixture('clean-300dpi-bitonal.tif');
    const ifd = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
    expect(tiffPages(bytes.subarray(0, ifd + 20))).toEqual([]);
  });
});

describe('g4Passthrough', () => {
  it('hands over the single G4 strip of a scanner-style TIFF', async () => {
    const bytes = await fixture('clean-300dpi-bitonal.tif');
    const [page] = tiffPages(bytes);
    const data = g4Passthrough(bytes, page!);
    expect(data?.length).toBe(page!.stripByteCounts[0]);
  });

  it('hands over BlackIsZero G4 too (the PDF inverts it)', async () => {
    const bytes = await fixture('min-is-black-200dpi-bitonal.tif');
    const [page] = tiffPages(bytes);
    expect(page!.photometric).toBe(1);
    expect(g4Passthrough(bytes, page!)).not.toBeNull();
  });

  it('declines G4 in several strips (they cannot be joined into one stream)', async () => {
    const bytes = await fixture('strips-200dpi-bitonal.tif');
    const [page] = tiffPages(bytes);
    expect(page!.stripOffsets.length).toBeGreaterThan(1);
    expect(g4Passthrough(bytes, page!)).toBeNull();
  });

  it('declines reversed bit order, uncompressed mode, other compressions and strips past the end', async () => {
    const bytes = await fixture('clean-300dpi-bitonal.tif');
    const [page] = tiffPages(bytes);
    expect(g4Passthrough(bytes, { ...page!, fillOrder: 2 })).toBeNull();
    expect(g4Passthrough(bytes, { ...page!, t6Options: 2 })).toBeNull();
    expect(g4Passthrough(bytes, { ...page!, compression: 3 })).toBeNull();
    expect(g4Passthrough(bytes, { ...page!, stripByteCounts: [bytes.length] })).toBeNull();
  });
});
