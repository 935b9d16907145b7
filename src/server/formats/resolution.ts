import { bufferReader, type ByteReader } from './byte-reader.js';
import { readTiffDirectory } from './tiff-directory.js';

/**
 * Resolution as recorded in JPEG and PNG headers, in dots per inch, or null when the file records
 * none. sharp cannot tell "72 dpi" from "nothing recorded" (it reports 72 for both), and DA/T 31
 * needs that difference, so the headers are read here.
 */

const HEADER_BYTES = 256 * 1024;

/**
 * JFIF APP0 density (ISO/IEC 10918-5) when it has a unit, else Exif XResolution.
 * @throws only the file system's read errors.
 */
export async function jpegDpi(reader: ByteReader): Promise<number | null> {
  const b = await reader.read(0, HEADER_BYTES);
  let jfif: number | null = null;
  let exif: number | null = null;
  for (let at = 2; at + 4 <= b.length; ) {
    if (b[at] !== 0xff) break;
    const marker = b[at + 1]!;
    if (marker === 0xff) { at += 1; continue; } // fill byte
    if (marker === 0xda || marker === 0xd9) break; // start of scan / end of image
    const length = b.readUInt16BE(at + 2);
    const body = b.subarray(at + 4, at + 2 + length);
    if (marker === 0xe0 && body.toString('latin1', 0, 5) === 'JFIF\0' && body.length >= 12) {
      const unit = body[7];
      const x = body.readUInt16BE(8);
      if (x > 0 && unit === 1) jfif = x;
      if (x > 0 && unit === 2) jfif = x * 2.54;
    }
    if (marker === 0xe1 && body.toString('latin1', 0, 6) === 'Exif\0\0') {
      try {
        exif = (await readTiffDirectory(bufferReader(body.subarray(6)))).dpi;
      } catch {
        // a damaged Exif block says nothing about resolution
      }
    }
    at += 2 + length;
  }
  return roundDpi(jfif ?? exif);
}

/**
 * PNG pHYs chunk (ISO/IEC 15948 §11.3.5.3) with the metre unit.
 * @throws only the file system's read errors.
 */
export async function pngDpi(reader: ByteReader): Promise<number | null> {
  const b = await reader.read(0, HEADER_BYTES);
  for (let at = 8; at + 8 <= b.length; ) {
    const length = b.readUInt32BE(at);
    const type = b.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT' || type === 'IEND') break; // pHYs must come before the image data
    if (type === 'pHYs' && at + 17 <= b.length && b[at + 16] === 1) {
      return roundDpi(b.readUInt32BE(at + 8) * 0.0254);
    }
    at += 12 + length;
  }
  return null;
}

/** Pixels per metre → dots per inch, rounded to 0.1 (300 dpi is stored as 11811 px/m). */
export function dpiFromPixelsPerMetre(ppm: number): number | null {
  return ppm > 0 ? roundDpi(ppm * 0.0254) : null;
}

/** Rounds to 0.1 dpi; null for absent, zero or nonsense values. */
export function roundDpi(dpi: number | null): number | null {
  return dpi === null || !Number.isFinite(dpi) || dpi <= 0 ? null : Math.round(dpi * 10) / 10;
}
