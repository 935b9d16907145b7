import type { ByteReader } from './byte-reader.js';

/** The tags of a TIFF's first image file directory that the checks need, and its page count. */
export interface TiffDirectory {
  width?: number;
  height?: number;
  bitsPerSample?: number;
  samplesPerPixel?: number;
  /** TIFF 6.0 tag 259, e.g. 4 = CCITT Group 4. */
  compression?: number;
  /** Tag 262: 0/1 = grey (white/black is zero), 2 = RGB, 3 = palette, 5 = CMYK, 6 = YCbCr. */
  photometric?: number;
  /** Horizontal resolution in dots per inch; null when the file records none (or no unit). */
  dpi: number | null;
  pages: number;
}

/** TIFF 6.0 §8 compression schemes by tag value, named as operators know them. */
export const TIFF_COMPRESSION: Record<number, string> = {
  1: 'none',
  2: 'ccitt-rle',
  3: 'ccitt-g3',
  4: 'ccitt-g4',
  5: 'lzw',
  6: 'jpeg-old',
  7: 'jpeg',
  8: 'deflate',
  32773: 'packbits',
  32946: 'deflate',
  34712: 'jpeg2000',
  34887: 'lerc',
  34925: 'lzma',
  50000: 'zstd',
  50001: 'webp',
};

const MAX_PAGES = 100_000;
const TYPE_SIZES: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 16: 8, 17: 8, 18: 8 };

/**
 * Reads the first IFD and walks the IFD chain to count pages (classic TIFF and BigTIFF).
 * @throws Error with an English reason when the header or a directory lies outside the file or
 *   the chain loops.
 */
export async function readTiffDirectory(reader: ByteReader): Promise<TiffDirectory> {
  const header = await reader.read(0, 16);
  if (header.length < 8) throw new Error('TIFF header cut off');
  const le = header.toString('latin1', 0, 2) === 'II';
  const u16 = (b: Buffer, at: number) => (le ? b.readUInt16LE(at) : b.readUInt16BE(at));
  const u32 = (b: Buffer, at: number) => (le ? b.readUInt32LE(at) : b.readUInt32BE(at));
  const u64 = (b: Buffer, at: number) => Number(le ? b.readBigUInt64LE(at) : b.readBigUInt64BE(at));
  const big = u16(header, 2) === 43;
  const entrySize = big ? 20 : 12;
  const countSize = big ? 8 : 2;
  const offsetSize = big ? 8 : 4;
  const offset = (b: Buffer, at: number) => (big ? u64(b, at) : u32(b, at));
  let ifd = big ? u64(header, 8) : u32(header, 4);

  const result: TiffDirectory = { dpi: null, pages: 0 };
  const seen = new Set<number>();
  while (ifd !== 0) {
    if (seen.has(ifd)) throw new Error('IFD chain loops');
    if (ifd + countSize > reader.size) throw new Error(`IFD at ${ifd} lies beyond the end of the file`);
    seen.add(ifd);
    const countBytes = await reader.read(ifd, countSize);
    const count = big ? u64(countBytes, 0) : u16(countBytes, 0);
    const tableSize = count * entrySize + offsetSize;
    const table = await reader.read(ifd + countSize, tableSize);
    if (table.length < tableSize) throw new Error(`IFD at ${ifd} is cut off`);
    if (result.pages === 0) await readFirst(table, count);
    result.pages += 1;
    if (result.pages >= MAX_PAGES) throw new Error('too many pages');
    ifd = offset(table, count * entrySize);
  }
  if (result.pages === 0) throw new Error('no image directory');
  return result;

  async function readFirst(table: Buffer, count: number): Promise<void> {
    let xRes: number | null = null;
    let unit = 2; // TIFF 6.0 default: inch
    for (let i = 0; i < count; i++) {
      const at = i * entrySize;
      const tag = u16(table, at);
      const type = u16(table, at + 2);
      const n = big ? u64(table, at + 4) : u32(table, at + 4);
      const valueAt = at + (big ? 12 : 8);
      const inline = (TYPE_SIZES[type] ?? 0) * n <= offsetSize;
      const scalar = () => (type === 3 ? u16(table, valueAt) : u32(table, valueAt));
      switch (tag) {
        case 256: result.width = scalar(); break;
        case 257: result.height = scalar(); break;
        case 258: result.bitsPerSample = inline ? u16(table, valueAt) : u16(await reader.read(offset(table, valueAt), 2), 0); break;
        case 259: result.compression = scalar(); break;
        case 262: result.photometric = scalar(); break;
        case 277: result.samplesPerPixel = scalar(); break;
        case 282: {
          const r = await reader.read(offset(table, valueAt), 8);
          if (r.length === 8 && u32(r, 4) !== 0) xRes = u32(r, 0) / u32(r, 4);
          break;
        }
        case 296: unit = scalar(); break;
      }
    }
    // Unit 1 means "no absolute unit": an aspect ratio, not a resolution.
    if (xRes !== null && xRes > 0 && unit !== 1) result.dpi = unit === 3 ? xRes * 2.54 : xRes;
  }
}
