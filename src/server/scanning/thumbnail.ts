import sharp from 'sharp';
import type { RawPixels } from './working-copy.js';

/**
 * A JPEG rendition of a page image for the screen (thumbnails on the scanning station, the page
 * preview): never the record itself, which stays the scanned master.
 * @throws Error when the image cannot be decoded
 */
export async function renderPageJpeg(image: Buffer, longSide: number, page = 0): Promise<Buffer> {
  return sharp(image, { page, failOn: 'none', limitInputPixels: 400_000_000 })
    .rotate()
    .resize({ width: longSide, height: longSide, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 80, mozjpeg: false })
    .toBuffer();
}

/**
 * A thumbnail from pixels already decoded (the quality-control working copy, see
 * analysePageWithPreview): the same rendition as renderPageJpeg at thumbnail sizes, without
 * decoding the scan a second time.
 */
export async function renderPreviewJpeg(pixels: RawPixels, longSide: number): Promise<Buffer> {
  return sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: pixels.channels } })
    .resize({ width: longSide, height: longSide, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 80, mozjpeg: false })
    .toBuffer();
}
