import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CJK_FONTS, loadCjkFont } from './cjk-font.js';
import { embedCjkText } from './cjk-text.js';
import { renderGrayPages } from './page-rasters.js';

const run = promisify(execFile);
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casevault-cjk-text-test-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('embedCjkText', () => {
  // Each CJK font the documents may use, including Droid Sans Fallback, which has no digits.
  for (const candidate of DEFAULT_CJK_FONTS) {
    it(`sets Chinese, digits and Latin in one line with ${candidate.debianPackage}`, async (ctx) => {
      const fonts = await loadCjkFont({ cjkFonts: [candidate] }).catch(() => null);
      if (!fonts) return ctx.skip();
      const doc = await PDFDocument.create();
      const text = await embedCjkText(doc, fonts);
      const page = doc.addPage([400, 100]);
      const line = '案号（2024）沪0118民初1234号 A-1';
      text.draw(page, line, 10, 50, { size: 12, bold: true });
      expect(text.width('中', 12)).toBeCloseTo(12, 0);
      expect(text.width('1', 12)).toBeLessThan(9); // a Latin digit, not a full-width box
      const bytes = await doc.save();
      await writeFile(join(dir, 'line.pdf'), bytes);
      expect((await run('pdftotext', [join(dir, 'line.pdf'), '-'])).stdout.trim()).toBe(line);
      const fontsTable = (await run('pdffonts', [join(dir, 'line.pdf')])).stdout;
      expect(fontsTable.split('\n').slice(2).filter(Boolean)).toHaveLength(2);
      // Ink where the text is: no glyph dropped to nothing (fontkit's subset bug, see patched-fontkit).
      const [raster] = await renderGrayPages(bytes, { dpi: 72 });
      const inked = (x0: number, x1: number) => {
        let n = 0;
        for (let y = 35; y < 65; y++) for (let x = x0; x < x1; x++) if (raster!.pixels[y * raster!.width + x]! < 128) n++;
        return n;
      };
      let x = 10;
      for (const ch of line) {
        const w = text.width(ch, 12);
        if (ch.trim() && !'（）'.includes(ch)) expect(inked(Math.floor(x), Math.ceil(x + w)), `glyph ${ch}`).toBeGreaterThan(3);
        x += w;
      }
    });
  }
});
