import sharp from 'sharp';
import type { ColourMode } from '../domain/scan-qc/index.js';
import { pngDpi } from './png-chunks.js';
import { firstChannels, fromRgb, type WorkingImage } from './working-image.js';

/** Measures are taken at 70–140 dpi: enough to see 10-pt print, and a 300 dpi A4 page shrinks
 * to 0.5 Mpixel. The shrink factor is a power of two so that JPEG decodes at that scale directly
 * (DCT scaling) instead of decoding every pixel first. */
const MIN_WORKING_DPI = 70;
/** A4's long side in inches: the page size assumed to estimate the resolution when none is
 * recorded. */
const A4_LONG_SIDE_INCHES = 11.69;
/** Rows read from the top of a lossless grey page for a first look at its levels. */
const LEVELS_PROBE_ROWS = 64;

/** What the file says about one page of it. */
export interface StoredPage {
  format: string;
  width: number;
  height: number;
  dpi: number | null;
  pageCount: number;
  storedColourMode: ColourMode;
  /** True when an 8-bit grey image holds no more than two levels (a thresholded scan kept in a grey
   * container); null when not examined (1-bit, lossy or colour sources). */
  twoLevels: boolean | null;
}

/** Pixels as sharp delivers them raw: interleaved 8-bit channels (1 grey, 3 RGB). */
export interface RawPixels {
  data: Uint8Array;
  width: number;
  height: number;
  channels: 1 | 3;
}

/** The working copy and the resolution it stands at (estimated when the file records none). */
export interface WorkingCopy {
  stored: StoredPage;
  image: WorkingImage;
  /** The working copy's pixels in colour (RGB) or grey, for a thumbnail without decoding again. */
  pixels: RawPixels;
  workingDpi: number;
}

/**
 * Decodes page `page` (0-based) of an image file, shrunk by a power of two to 70–140 dpi,
 * flattening any alpha onto white. Lossless 8-bit grey pages are also checked for having only two
 * levels (a thresholded page in a grey container): a look at their top rows settles it for any
 * real scan, whose paper grain shows many levels; only when those rows show two levels or fewer is
 * the whole page decoded and counted.
 *
 * @throws whatever sharp throws for a file it cannot read.
 */
export async function loadWorkingCopy(input: Buffer, page = 0): Promise<WorkingCopy> {
  const meta = await sharp(input, { page }).metadata();
  const format = meta.format ?? 'unknown';
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  const storedColourMode = storedColourModeOf(meta);
  const dpi = storedDpi(meta, input);
  const sourceDpi = dpi ?? Math.max(width, height) / A4_LONG_SIDE_INCHES;
  const factor = 2 ** Math.max(0, Math.floor(Math.log2(sourceDpi / MIN_WORKING_DPI)));
  const ow = Math.max(1, Math.floor(width / factor));
  const oh = Math.max(1, Math.floor(height / factor));
  const colour = storedColourMode === 'colour';

  let twoLevels: boolean | null = null;
  let pipeline = sharp(input, { page });
  if (storedColourMode === 'grey' && !lossy(format)) {
    const rows = Math.min(height, LEVELS_PROBE_ROWS);
    const top = await sharp(input, { page })
      .extract({ left: 0, top: 0, width, height: rows })
      .toColourspace('b-w')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    twoLevels = atMostTwoLevels(top.data, top.info.channels) ? null : false;
    if (twoLevels === null) {
      const full = await pipeline
        .flatten({ background: '#ffffff' })
        .toColourspace('b-w')
        .raw({ depth: 'uchar' })
        .toBuffer({ resolveWithObject: true });
      twoLevels = atMostTwoLevels(full.data, full.info.channels);
      pipeline = sharp(full.data, { raw: { width: full.info.width, height: full.info.height, channels: full.info.channels } });
    }
  }
  if (meta.hasAlpha) pipeline = pipeline.flatten({ background: '#ffffff' });
  const { data, info } = await pipeline
    .resize({ width: ow, height: oh, fit: 'fill', kernel: 'linear' })
    .toColourspace(colour ? 'srgb' : 'b-w')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  const kept = firstChannels(data, info.channels, colour ? 3 : 1);
  const image: WorkingImage = colour ? fromRgb(info.width, info.height, kept) : { width: info.width, height: info.height, grey: kept, chroma: null };
  return {
    stored: { format, width, height, dpi, pageCount: meta.pages ?? 1, storedColourMode, twoLevels },
    image,
    pixels: { data: kept, width: info.width, height: info.height, channels: colour ? 3 : 1 },
    workingDpi: sourceDpi / factor,
  };
}

/**
 * The resolution the file records, or null. libvips fills in 72 dpi where a PNG has no pHYs or a
 * JPEG's JFIF density has no unit, so a density without a unit is not believed; PNG's pHYs is read
 * directly (sharp reports no unit for it).
 */
function storedDpi(meta: sharp.Metadata, bytes: Buffer): number | null {
  if (meta.format === 'png') return pngDpi(bytes);
  if (!meta.density || !meta.resolutionUnit) return null;
  return Math.round(meta.density);
}

/** The colour mode a file declares: three colour channels (or a palette) are colour, one channel
 * of one bit is bitonal, any other single channel is grey. */
export function storedColourModeOf(meta: sharp.Metadata): ColourMode {
  const colourChannels = (meta.channels ?? 1) - (meta.hasAlpha ? 1 : 0);
  if (colourChannels >= 3 || meta.isPalette) return 'colour';
  return meta.bitsPerSample === 1 ? 'bitonal' : 'grey';
}

function lossy(format: string): boolean {
  return format === 'jpeg' || format === 'webp' || format === 'heif' || format === 'jp2k';
}

/** True when the pixels take at most two distinct values; stops at the third. */
export function atMostTwoLevels(data: Uint8Array, channels = 1): boolean {
  let a = -1;
  let b = -1;
  for (let i = 0; i < data.length; i += channels) {
    const v = data[i]!;
    if (v === a || v === b) continue;
    if (a < 0) a = v;
    else if (b < 0) b = v;
    else return false;
  }
  return true;
}
