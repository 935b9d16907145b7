import type { ByteReader } from './byte-reader.js';
import { dpiFromPixelsPerMetre } from './resolution.js';

/** What a Windows bitmap's file and DIB headers say. */
export interface BmpHeader {
  width: number;
  height: number;
  bitsPerPixel: number;
  /** BI_RGB 0, BI_RLE8 1, BI_RLE4 2, BI_BITFIELDS 3, BI_JPEG 4, BI_PNG 5. */
  compression: number;
  dpi: number | null;
  /** English reason when the pixel array cannot be all there. */
  damage?: string;
}

/**
 * Reads the BITMAPFILEHEADER and the DIB header. For uncompressed bitmaps the pixel array's size
 * follows from the picture size, so a file cut short is detected without decoding.
 * @throws Error when the headers themselves are cut off (and the file system's read errors).
 */
export async function readBmpHeader(reader: ByteReader): Promise<BmpHeader> {
  const b = await reader.read(0, 54);
  if (b.length < 26) throw new Error('BMP header cut off');
  const pixelOffset = b.readUInt32LE(10);
  const dibSize = b.readUInt32LE(14);
  const core = dibSize === 12;
  if (!core && b.length < 54) throw new Error('BMP header cut off');
  const width = core ? b.readUInt16LE(18) : b.readInt32LE(18);
  const height = Math.abs(core ? b.readUInt16LE(20) : b.readInt32LE(22)); // negative = top-down
  const bitsPerPixel = core ? b.readUInt16LE(24) : b.readUInt16LE(28);
  const compression = core ? 0 : b.readUInt32LE(30);
  const dpi = core ? null : dpiFromPixelsPerMetre(b.readInt32LE(38));
  const header: BmpHeader = { width, height, bitsPerPixel, compression, dpi };
  if (compression === 0 || compression === 3) {
    const rowBytes = Math.ceil((width * bitsPerPixel) / 32) * 4;
    const needed = pixelOffset + rowBytes * height;
    if (needed > reader.size) header.damage = `pixel data needs ${needed} bytes, the file has ${reader.size}`;
  }
  return header;
}
