import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { degrees, PDFArray, PDFDocument, PDFRawStream, rgb, StandardFonts, type PDFPage } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCjkFont, type CjkFontSet } from './cjk-font.js';
import { renderGrayPages } from './page-rasters.js';
import { stampPageNumbers } from './stamp-page-numbers.js';
import { cornerBox, DEFAULT_CORNERS, isBlank } from './stamp-placement.js';

const run = promisify(execFile);
let dir: string;
let fonts: CjkFontSet;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casevault-stamp-test-'));
  fonts = await loadCjkFont();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const A4: [number, number] = [595, 842];

/** Words of each page as pdftotext -bbox places them, in display points from the top left. */
async function words(pdf: Uint8Array, name: string) {
  const path = join(dir, `${name}.pdf`);
  await writeFile(path, pdf);
  const html = (await run('pdftotext', ['-bbox', path, '-'])).stdout;
  return html.split('<page ').slice(1).map((page) => {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page)!;
    const list = [...page.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({
      text: m[5]!,
      x: (Number(m[1]) + Number(m[3])) / 2,
      y: (Number(m[2]) + Number(m[4])) / 2,
    }));
    return { width: Number(size[1]), height: Number(size[2]), words: list };
  });
}

/** Which corner a point is in, on a page of that size. */
function cornerOf(p: { x: number; y: number }, page: { width: number; height: number }) {
  const top = p.y < page.height * 0.15;
  const bottom = p.y > page.height * 0.85;
  if (top && p.x > page.width * 0.8) return 'top-right';
  if (top && p.x < page.width * 0.2) return 'top-left';
  if (bottom && p.x > page.width * 0.8) return 'bottom-right';
  if (bottom && Math.abs(p.x - page.width / 2) < page.width * 0.1) return 'bottom-centre';
  return 'elsewhere';
}

async function testPdf(draw: Array<(page: PDFPage, font: Awaited<ReturnType<PDFDocument['embedFont']>>) => void>): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const d of draw) d(doc.addPage(A4), font);
  return doc.save();
}

const body = (page: PDFPage, font: Awaited<ReturnType<PDFDocument['embedFont']>>) =>
  page.drawText('Body text of the material', { x: 100, y: 500, size: 12, font });

describe('stampPageNumbers', () => {
  it('numbers every page from the first number, top right on pages with a blank corner', async () => {
    const pdf = await testPdf([body, body, body]);
    const out = await stampPageNumbers(pdf, 41, { fonts });
    expect(out.stamps.map((s) => [s.number, s.corner, s.boxed])).toEqual([
      [41, 'top-right', false],
      [42, 'top-right', false],
      [43, 'top-right', false],
    ]);
    expect(out.issues).toEqual([]);
    const pages = await words(out.pdf, 'plain');
    pages.forEach((p, i) => {
      const n = p.words.find((w) => w.text === String(41 + i))!;
      expect(cornerOf(n, p)).toBe('top-right');
    });
  });

  it('moves the number away from content in the top-right corner', async () => {
    const letterhead = (page: PDFPage) => page.drawRectangle({ x: 470, y: 780, width: 125, height: 62, color: rgb(0.2, 0.2, 0.2) });
    const both = (page: PDFPage) => {
      letterhead(page);
      page.drawRectangle({ x: 470, y: 0, width: 125, height: 60, color: rgb(0, 0, 0) });
    };
    const out = await stampPageNumbers(await testPdf([letterhead, both]), 1, { fonts });
    expect(out.stamps.map((s) => s.corner)).toEqual(['bottom-right', 'bottom-centre']);
    const pages = await words(out.pdf, 'moved');
    expect(cornerOf(pages[0]!.words.find((w) => w.text === '1')!, pages[0]!)).toBe('bottom-right');
    expect(cornerOf(pages[1]!.words.find((w) => w.text === '2')!, pages[1]!)).toBe('bottom-centre');
  });

  it('puts the number on a white box top right when the page is full, and reports it', async () => {
    const full = (page: PDFPage, font: Awaited<ReturnType<PDFDocument['embedFont']>>) => {
      for (let y = 2; y < 842; y += 9) page.drawText('X'.repeat(120), { x: 0, y, size: 9, font });
    };
    const out = await stampPageNumbers(await testPdf([body, full]), 7, { fonts });
    expect(out.stamps[1]).toEqual({ page: 1, number: 8, corner: 'top-right', boxed: true });
    expect(out.issues).toEqual([expect.objectContaining({ code: 'PAGE_NUMBER_BOXED', severity: 'warning', path: 'pages[1]' })]);
    expect(out.issues[0]!.message).toContain('第 8 页');
    const page = (await words(out.pdf, 'full'))[1]!;
    expect(cornerOf(page.words.find((w) => w.text === '8')!, page)).toBe('top-right');
  });

  it('finds the corners of a rotated page as it is displayed', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage(A4);
    page.setRotation(degrees(90));
    const out = await stampPageNumbers(await doc.save(), 3, { fonts });
    // pdftotext -bbox does not apply /Rotate: look at the page as pdftoppm shows it instead.
    const [shown] = await renderGrayPages(out.pdf, { dpi: 36 });
    const size = { width: 842, height: 595 }; // landscape as displayed
    expect(shown!.width).toBeGreaterThan(shown!.height);
    const g = { margin: 10, width: 60, height: 40, clearance: 0 };
    const inked = DEFAULT_CORNERS.filter((c) => !isBlank(shown!, size, cornerBox(c, size, g)));
    expect(inked).toEqual(['top-right']);
  });

  it('keeps the content streams of the pages byte for byte', async () => {
    const pdf = await testPdf([body]);
    const contentsOf = async (bytes: Uint8Array) => {
      const d = await PDFDocument.load(bytes);
      const c = d.getPages()[0]!.node.Contents()!;
      const refs = c instanceof PDFArray ? c.asArray() : [c];
      return refs.map((r) => Buffer.from((d.context.lookup(r) as PDFRawStream).contents).toString('latin1'));
    };
    const [originalContents] = await contentsOf(pdf);
    const after = await contentsOf((await stampPageNumbers(pdf, 1, { fonts })).pdf);
    expect(after).toContain(originalContents);
  });

  it('can skip looking at the pages', async () => {
    const out = await stampPageNumbers(await testPdf([body]), 1, { fonts, detectBlank: false, corners: ['bottom-centre'] });
    expect(out.stamps[0]!.corner).toBe('bottom-centre');
  });
});
