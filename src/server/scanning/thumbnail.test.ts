import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { analysePageWithPreview } from './analyse-page.js';
import { renderPageJpeg, renderPreviewJpeg } from './thumbnail.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../../test/fixtures/scans/${name}`, import.meta.url));

/** Mean absolute difference of two renditions (within a pixel of the same size), per channel value (0–255). */
async function difference(a: Buffer, b: Buffer): Promise<number> {
  const x = await sharp(a).removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  const y = await sharp(b).resize(x.info.width, x.info.height, { fit: 'fill' }).removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  const bMeta = await sharp(b).metadata();
  expect(Math.abs(bMeta.width! - x.info.width)).toBeLessThanOrEqual(1);
  expect(Math.abs(bMeta.height! - x.info.height)).toBeLessThanOrEqual(1);
  let sum = 0;
  for (let i = 0; i < x.data.length; i++) sum += Math.abs(x.data[i]! - y.data[i]!);
  return sum / x.data.length;
}

describe('thumbnails from the quality-control working copy', () => {
  it.each(['colour-seal-200dpi.jpg', 'clean-300dpi-bitonal.tif', 'grey-200dpi.png'])('%s: looks like the thumbnail decoded from the scan itself', async (name) => {
    const bytes = await readFile(fixture(name));
    const { preview } = await analysePageWithPreview(bytes);
    const fromPreview = await renderPreviewJpeg(preview, 240);
    const fromScan = await renderPageJpeg(bytes, 240);
    const meta = await sharp(fromPreview).metadata();
    expect(meta.format).toBe('jpeg');
    expect(Math.max(meta.width!, meta.height!)).toBe(240);
    expect(await difference(fromPreview, fromScan)).toBeLessThan(6);
  });

  it('keeps the colour of a red seal', async () => {
    const { preview } = await analysePageWithPreview(await readFile(fixture('colour-seal-200dpi.jpg')));
    expect(preview.channels).toBe(3);
    const { data, info } = await sharp(await renderPreviewJpeg(preview, 240)).raw().toBuffer({ resolveWithObject: true });
    let red = 0;
    for (let i = 0; i < data.length; i += info.channels) if (data[i]! > 150 && data[i + 1]! < 90 && data[i + 2]! < 90) red++;
    expect(red).toBeGreaterThan(20);
  });
});
