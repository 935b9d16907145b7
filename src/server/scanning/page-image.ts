import { promisify } from 'node:util';
import { deflate as deflateCb } from 'node:zlib';
import { PDFHexString, type PDFDocument, type PDFRef } from 'pdf-lib';
import sharp from 'sharp';
import type { ColourMode } from '../domain/scan-qc/index.js';
import { registerBulkStream } from './pdf-bulk-stream.js';
import { isPng, pngChunks, pngHeader } from './png-chunks.js';
import { g4Passthrough, tiffPages } from './tiff-ifd.js';
import { storedColourModeOf } from './working-copy.js';
import { firstChannels } from './working-image.js';

const deflate = promisify(deflateCb);

/**
 * How a scanned page's pixels went into the PDF. All are lossless with respect to the file:
 * - 'jpeg': the JPEG file itself (DCTDecode), not decoded or re-encoded;
 * - 'ccitt-g4': a TIFF page's CCITT G4 data itself (CCITTFaxDecode);
 * - 'png-idat': a PNG's compressed data itself (FlateDecode with the PNG predictors);
 * - 'flate': pixels decoded by sharp and deflated (1 bpc for bitonal, 8 bpc grey or RGB).
 */
export type ImageEncoding = 'jpeg' | 'ccitt-g4' | 'png-idat' | 'flate';

/** An image XObject written into a PDF for one scanned page. */
export interface EmbeddedImage {
  ref: PDFRef;
  widthPx: number;
  heightPx: number;
  encoding: ImageEncoding;
  colourSpace: 'DeviceGray' | 'DeviceRGB' | 'DeviceCMYK' | 'Indexed';
  bitsPerComponent: number;
}

export interface EmbedOptions {
  /** Pass JPEG, single-strip G4 and plain PNG data through unchanged (default). False decodes every
   * non-JPEG page with sharp and deflates the pixels — the general path, kept testable. */
  passthrough?: boolean;
}

/**
 * Writes page `page` of an image file into `doc` as an image XObject at its full resolution,
 * without loss: JPEG as is (never re-encoded; only a JPEG no PDF reader decodes, such as
 * arithmetic-coded or 12-bit, is decoded and stored as Flate), bitonal as 1 bit per pixel, grey as
 * 8-bit DeviceGray, colour as 8-bit DeviceRGB. Alpha is flattened onto white.
 *
 * @throws Error when a JPEG is cut short (no EOI marker) or sharp cannot decode the page.
 */
export async function embedPageImage(doc: PDFDocument, bytes: Uint8Array, page: number, options: EmbedOptions = {}): Promise<EmbeddedImage> {
  const passthrough = options.passthrough ?? true;
  if (isJpeg(bytes) && page === 0) {
    // Passed through undecoded, so at least make sure the file is whole.
    if (!endsWithEoi(bytes)) throw new Error('JPEG 文件不完整（缺少结束标记 EOI），可能在传输中被截断');
    const direct = jpegImage(doc, bytes);
    if (direct) return direct;
  }
  if (passthrough) {
    const direct = isPng(bytes) && page === 0 ? pngImage(doc, bytes) : isTiff(bytes) ? g4Image(doc, bytes, page) : null;
    if (direct) return direct;
  }
  return flateImage(doc, bytes, page);
}

function isJpeg(b: Uint8Array): boolean {
  return b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
}

/** The JPEG end-of-image marker, allowing for padding some writers append. */
function endsWithEoi(b: Uint8Array): boolean {
  let end = b.length;
  while (end > 2 && (b[end - 1] === 0x00 || b[end - 1] === 0x0a || b[end - 1] === 0x0d || b[end - 1] === 0x20)) end--;
  return b[end - 2] === 0xff && b[end - 1] === 0xd9;
}

function isTiff(b: Uint8Array): boolean {
  return (b[0] === 0x49 && b[1] === 0x49) || (b[0] === 0x4d && b[1] === 0x4d);
}

/** The JPEG frame header (SOFn): precision, size and colour components; null when not found. */
function jpegFrame(b: Uint8Array): { marker: number; precision: number; height: number; width: number; components: number } | null {
  let at = 2;
  while (at + 9 < b.length && b[at] === 0xff) {
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    const length = (b[at + 2]! << 8) | b[at + 3]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { marker, precision: b[at + 4]!, height: (b[at + 5]! << 8) | b[at + 6]!, width: (b[at + 7]! << 8) | b[at + 8]!, components: b[at + 9]! };
    }
    at += 2 + length;
  }
  return null;
}

/**
 * The JPEG file itself as a DCTDecode image. Baseline, extended and progressive 8-bit JPEGs with
 * 1, 3 or 4 components only (what every PDF reader decodes); anything else (arithmetic coding,
 * 12-bit, lossless, height given later by a DNL marker) returns null and is decoded instead. CMYK
 * gets the inverting /Decode that Adobe-written CMYK JPEGs need (as pdf-lib's embedJpg does).
 */
function jpegImage(doc: PDFDocument, bytes: Uint8Array): EmbeddedImage | null {
  const f = jpegFrame(bytes);
  if (!f || f.marker > 0xc2 || f.precision !== 8 || f.width === 0 || f.height === 0) return null;
  const colourSpace = f.components === 1 ? 'DeviceGray' : f.components === 3 ? 'DeviceRGB' : f.components === 4 ? 'DeviceCMYK' : null;
  if (!colourSpace) return null;
  const ref = registerBulkStream(doc.context, bytes, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: f.width,
    Height: f.height,
    ColorSpace: colourSpace,
    BitsPerComponent: 8,
    Filter: 'DCTDecode',
    ...(colourSpace === 'DeviceCMYK' ? { Decode: [1, 0, 1, 0, 1, 0, 1, 0] } : {}),
  });
  return { ref, widthPx: f.width, heightPx: f.height, encoding: 'jpeg', colourSpace, bitsPerComponent: 8 };
}

function g4Image(doc: PDFDocument, bytes: Uint8Array, page: number): EmbeddedImage | null {
  const info = tiffPages(bytes)[page];
  const data = info ? g4Passthrough(bytes, info) : null;
  if (!info || !data) return null;
  const ref = registerBulkStream(doc.context, data, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: info.width,
    Height: info.height,
    ColorSpace: 'DeviceGray',
    BitsPerComponent: 1,
    Filter: 'CCITTFaxDecode',
    DecodeParms: { K: -1, Columns: info.width, Rows: info.height },
    // In the G4 code "white" runs are 0 bits; BlackIsZero TIFFs mean those bits as black.
    ...(info.photometric === 1 ? { Decode: [1, 0] } : {}),
  });
  return { ref, widthPx: info.width, heightPx: info.height, encoding: 'ccitt-g4', colourSpace: 'DeviceGray', bitsPerComponent: 1 };
}

/**
 * A PNG's IDAT data is a zlib stream of PNG-filtered rows, which is exactly PDF's FlateDecode with
 * /Predictor 15. Taken for grey, RGB and palette PNGs without interlacing or transparency.
 */
function pngImage(doc: PDFDocument, bytes: Uint8Array): EmbeddedImage | null {
  const chunks = pngChunks(bytes);
  const h = pngHeader(bytes, chunks);
  if (!h || h.interlaced || chunks.some((c) => c.type === 'tRNS')) return null;
  if (h.colourType !== 0 && h.colourType !== 2 && h.colourType !== 3) return null;
  let colourSpace: unknown = h.colourType === 2 ? 'DeviceRGB' : 'DeviceGray';
  if (h.colourType === 3) {
    const plte = chunks.find((c) => c.type === 'PLTE');
    if (!plte || plte.length % 3 !== 0 || plte.length === 0) return null;
    const hex = Buffer.from(bytes.subarray(plte.start, plte.start + plte.length)).toString('hex');
    colourSpace = ['Indexed', 'DeviceRGB', plte.length / 3 - 1, PDFHexString.of(hex)];
  }
  const idat = chunks.filter((c) => c.type === 'IDAT');
  if (idat.length === 0) return null;
  const parts = idat.map((c) => bytes.subarray(c.start, c.start + c.length));
  const data = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  const colours = h.colourType === 2 ? 3 : 1;
  const ref = registerBulkStream(doc.context, data, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: h.width,
    Height: h.height,
    ColorSpace: colourSpace as string,
    BitsPerComponent: h.bitDepth,
    Filter: 'FlateDecode',
    DecodeParms: { Predictor: 15, Colors: colours, BitsPerComponent: h.bitDepth, Columns: h.width },
  });
  return {
    ref,
    widthPx: h.width,
    heightPx: h.height,
    encoding: 'png-idat',
    colourSpace: h.colourType === 3 ? 'Indexed' : h.colourType === 2 ? 'DeviceRGB' : 'DeviceGray',
    bitsPerComponent: h.bitDepth,
  };
}

/** Decodes with sharp and deflates: bitonal packed to 1 bpc, grey 8 bpc, colour RGB 8 bpc. */
async function flateImage(doc: PDFDocument, bytes: Uint8Array, page: number): Promise<EmbeddedImage> {
  const meta = await sharp(bytes, { page }).metadata();
  const mode: ColourMode = storedColourModeOf(meta);
  const { data, info } = await sharp(bytes, { page })
    .flatten({ background: '#ffffff' })
    .toColourspace(mode === 'colour' ? 'srgb' : 'b-w')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const pixels = mode === 'bitonal' ? packBits(data, width, height, info.channels) : firstChannels(data, info.channels, mode === 'colour' ? 3 : 1);
  // Level 6 on the small 1-bit data; level 1 on 8-bit scans, where noise makes harder work buy little.
  const compressed = await deflate(pixels, { level: mode === 'bitonal' ? 6 : 1 });
  const colourSpace = mode === 'colour' ? 'DeviceRGB' : 'DeviceGray';
  const bitsPerComponent = mode === 'bitonal' ? 1 : 8;
  const ref = registerBulkStream(doc.context, compressed, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: width,
    Height: height,
    ColorSpace: colourSpace,
    BitsPerComponent: bitsPerComponent,
    Filter: 'FlateDecode',
  });
  return { ref, widthPx: width, heightPx: height, encoding: 'flate', colourSpace, bitsPerComponent };
}

/** 8-bit levels to 1 bit per pixel, most significant bit first, rows padded to whole bytes;
 * 1 = white, as DeviceGray reads it. */
export function packBits(data: Uint8Array, width: number, height: number, channels = 1): Uint8Array {
  const rowBytes = (width + 7) >> 3;
  const out = new Uint8Array(rowBytes * height);
  for (let y = 0; y < height; y++) {
    let src = y * width * channels;
    const row = y * rowBytes;
    for (let x = 0; x < width; x++, src += channels) {
      if (data[src]! >= 128) out[row + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  return out;
}
