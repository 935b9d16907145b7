import sharp from 'sharp';

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
