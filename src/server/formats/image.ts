import sharp from 'sharp';
import { readBmpHeader } from './bmp-header.js';
import { withByteReader, type ByteReader } from './byte-reader.js';
import { ffmpegDecode, type DecodeTools } from './ffmpeg-decode.js';
import { readJp2Header } from './jp2-header.js';
import { problem } from './problems.js';
import { jpegDpi, pngDpi, roundDpi } from './resolution.js';
import { readTiffDirectory, TIFF_COMPRESSION } from './tiff-directory.js';
import type { CheckerFacts, FileFormat } from './types.js';

/** External tools the image checks use (ffmpeg). */
export type ImageTools = DecodeTools;

type ImageFormat = Extract<FileFormat, 'jpeg' | 'tiff' | 'png' | 'jp2' | 'bmp' | 'gif'>;

/** Two-level detection decodes the pixels; above this size an 8-bit grey image stays 'grey'. */
const BITONAL_PROBE_MAX_PIXELS = 40_000_000;
/** TIFF compressions 2, 3, 4: CCITT fax coding, whose decode errors libvips does not report. */
const CCITT = new Set([2, 3, 4]);

/** A finding about the picture itself; the message is Chinese and becomes IMAGE_CORRUPT's detail. */
class ImageDefect extends Error {}

/**
 * Validates a raster image and reports its size, resolution, colour mode, bit depth and
 * compression (TIFF: also the page count) — the scan parameters of DA/T 31-2017 §9 and
 * DA/T 46 M53–M56. JPEG, PNG, TIFF and GIF are decoded in full with sharp (every page of a
 * multi-page TIFF); JPEG 2000 and BMP, which sharp cannot read, and CCITT-coded TIFF, whose
 * damaged lines sharp does not report, are also decoded with ffmpeg when it is installed.
 *
 * Findings: IMAGE_CORRUPT (header unreadable, pixel data cut short or not decodable);
 * IMAGE_NO_DPI (the file records no resolution); TOOL_UNAVAILABLE / TOOL_FAILED (ffmpeg missing
 * or stuck: that decode was not done). Never throws for a bad image.
 */
export async function inspectImage(path: string, format: ImageFormat, tools: ImageTools): Promise<CheckerFacts> {
  const facts: CheckerFacts = { problems: [] };
  try {
    if (format === 'jp2' || format === 'bmp') await headerAndFfmpeg(path, format, tools, facts);
    else await withSharp(path, format, tools, facts);
  } catch (e) {
    const detail = e instanceof ImageDefect ? e.message : `无法读取（${(e as Error).message}）`;
    facts.problems.push(problem('IMAGE_CORRUPT', detail));
    return facts;
  }
  // GIF has no resolution field at all; for the others a missing one is worth saying.
  if (facts.dpi === null && format !== 'gif') facts.problems.push(problem('IMAGE_NO_DPI'));
  return facts;
}

async function withSharp(path: string, format: ImageFormat, tools: ImageTools, facts: CheckerFacts): Promise<void> {
  let ccitt = false;
  await withByteReader(path, async (reader) => {
    facts.dpi = await dpiOf(reader, format, facts, (compression) => (ccitt = CCITT.has(compression)));
  });
  let meta: sharp.Metadata;
  try {
    meta = await sharp(path, { limitInputPixels: false }).metadata();
  } catch (e) {
    throw new ImageDefect(`无法读取图像信息（${(e as Error).message}）`);
  }
  facts.width = meta.width;
  facts.height = meta.height;
  facts.bitsPerSample = meta.bitsPerSample ?? (meta.depth === 'ushort' ? 16 : 8);
  if (meta.pages && meta.pages > 1) facts.pages = meta.pages;
  if (format === 'jpeg') facts.compression = 'jpeg';
  if (format === 'png') facts.compression = 'deflate';
  if (format === 'gif') facts.compression = 'lzw';

  // Decode every pixel of every page; failOn 'warning' (sharp's default, spelt out) treats a
  // truncated or damaged entropy-coded segment as a failure instead of painting it grey.
  const pages = meta.pages ?? 1;
  for (let page = 0; page < pages; page++) {
    try {
      await sharp(path, { limitInputPixels: false, sequentialRead: true, page, failOn: 'warning' }).stats();
    } catch (e) {
      throw new ImageDefect(`${pages > 1 ? `第 ${page + 1} 页` : ''}无法解码（${(e as Error).message}）`);
    }
  }
  if (ccitt) await decodeWithFfmpeg(path, 'CCITT 压缩的 TIFF 图像（第 1 页）', tools, facts);

  const paletteBits = (meta as { paletteBitDepth?: number }).paletteBitDepth;
  if (meta.bitsPerSample === 1 || (meta.isPalette && paletteBits === 1)) facts.colourMode = 'bitonal';
  else if ((meta.channels ?? 3) <= 2) facts.colourMode = (await onlyTwoLevels(path, meta)) ? 'bitonal' : 'grey';
  else facts.colourMode = 'colour';
}

/** An 8-bit grey image whose pixels take only two values is a bitonal scan saved as grey. */
async function onlyTwoLevels(path: string, meta: sharp.Metadata): Promise<boolean> {
  if ((meta.width ?? 0) * (meta.height ?? 0) > BITONAL_PROBE_MAX_PIXELS || meta.depth !== 'uchar') return false;
  const pixels = await sharp(path, { limitInputPixels: false }).extractChannel(0).raw().toBuffer();
  const levels = new Set<number>();
  for (const v of pixels) {
    levels.add(v);
    if (levels.size > 2) return false;
  }
  return true;
}

async function dpiOf(
  reader: ByteReader,
  format: ImageFormat,
  facts: CheckerFacts,
  onTiffCompression: (compression: number) => void,
): Promise<number | null> {
  if (format === 'jpeg') return jpegDpi(reader);
  if (format === 'png') return pngDpi(reader);
  if (format === 'tiff') {
    let dir;
    try {
      dir = await readTiffDirectory(reader);
    } catch (e) {
      throw new ImageDefect(`TIFF 图像目录无法读取（${(e as Error).message}）`);
    }
    if (dir.compression !== undefined) {
      facts.compression = TIFF_COMPRESSION[dir.compression] ?? `tiff-${dir.compression}`;
      onTiffCompression(dir.compression);
    }
    if (dir.pages > 1) facts.pages = dir.pages;
    return roundDpi(dir.dpi);
  }
  return null;
}

async function headerAndFfmpeg(path: string, format: 'jp2' | 'bmp', tools: ImageTools, facts: CheckerFacts): Promise<void> {
  const damage = await withByteReader(path, async (reader) => {
    if (format === 'jp2') {
      const h = await readJp2Header(reader);
      Object.assign(facts, { width: h.width, height: h.height, bitsPerSample: h.bitsPerComponent, dpi: h.dpi, compression: 'jpeg2000' });
      const c = h.components ?? 0;
      facts.colourMode = h.colourSpace === 17 || c === 1 || c === 2 ? 'grey' : 'colour';
      return h.damage;
    }
    let h;
    try {
      h = await readBmpHeader(reader);
    } catch (e) {
      throw new ImageDefect(`BMP 文件头无法读取（${(e as Error).message}）`);
    }
    Object.assign(facts, { width: h.width, height: h.height, bitsPerSample: h.bitsPerPixel, dpi: h.dpi });
    facts.compression = ['none', 'rle8', 'rle4', 'bitfields', 'jpeg', 'png'][h.compression] ?? `bmp-${h.compression}`;
    facts.colourMode = h.bitsPerPixel === 1 ? 'bitonal' : 'colour';
    return h.damage;
  });
  if (damage) throw new ImageDefect(`文件不完整（${damage}）`);
  await decodeWithFfmpeg(path, format === 'jp2' ? 'JPEG 2000 图像' : 'BMP 图像', tools, facts);
}

async function decodeWithFfmpeg(path: string, what: string, tools: ImageTools, facts: CheckerFacts): Promise<void> {
  const result = await ffmpegDecode(path, what, tools);
  if ('notChecked' in result) facts.problems.push(result.notChecked);
  else if (!result.ok) throw new ImageDefect(`${what}无法解码（${result.complaint}）`);
}
