import { PDFDocument, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderGrayPages } from './page-rasters.js';

async function pdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage([600, 300]); // landscape, so rows and columns cannot be confused
    page.drawRectangle({ x: 0, y: 0, width: 45 * (i + 1), height: 300, color: rgb(0, 0, 0) }); // black from the left
  }
  return doc.save();
}

describe('renderGrayPages', () => {
  it('renders every page in order, in grey, at 24 dpi by default', async () => {
    const rasters = await renderGrayPages(await pdf(12)); // 12 pages: files p-01 … p-12, sorted by number
    expect(rasters).toHaveLength(12);
    for (const [i, r] of rasters.entries()) {
      expect(r.width).toBe(200); // 600 pt at 24 dpi
      expect(r.height).toBe(100);
      const row = r.pixels.subarray(50 * r.width, 51 * r.width);
      const black = row.filter((p) => p < 128).length;
      expect(black).toBeGreaterThanOrEqual(15 * (i + 1) - 1);
      expect(black).toBeLessThanOrEqual(15 * (i + 1) + 1);
    }
  });

  it('names poppler-utils when pdftoppm is missing', async () => {
    await expect(renderGrayPages(await pdf(1), { pdftoppmPath: '/nonexistent/pdftoppm' })).rejects.toThrow('poppler-utils');
  });

  it('says so when the PDF cannot be rendered', async () => {
    await expect(renderGrayPages(new TextEncoder().encode('%PDF-1.7\nnot really'))).rejects.toThrow('pdftoppm 无法渲染');
  });
});
