import { PDFDocument, rgb, type PDFPage } from 'pdf-lib';
import { loadCjkFont, type CjkFontSet } from './cjk-font.js';
import { embedCjkText, type CjkText } from './cjk-text.js';
import type { Finding } from './findings.js';
import type { GrayRaster } from './gray-raster.js';
import { displaySize, pageFrame, rectToUserSpace, toUserSpace } from './page-geometry.js';
import { renderGrayPages } from './page-rasters.js';
import { choosePlacement, DEFAULT_CORNERS, type StampCorner } from './stamp-placement.js';

export interface StampOptions {
  /** Corners tried in order. Default DEFAULT_CORNERS: top right, bottom right, bottom centre, top left. */
  corners?: readonly StampCorner[];
  /** Font size of the number, pt. Default 10.5 (五号). */
  size?: number;
  /** Distance of the number's box from the page edges, pt. Default 16. */
  margin?: number;
  /** false: do not render the pages; every number goes in the first corner. Default true. */
  detectBlank?: boolean;
  /** Default 'pdftoppm' on PATH. */
  pdftoppmPath?: string;
  /** The fonts; default loadCjkFont(). */
  fonts?: CjkFontSet;
}

export interface PageStamp {
  /** 0-based index of the page in the PDF stamped. */
  page: number;
  /** The 卷内页码 printed. */
  number: number;
  corner: StampCorner;
  /** No corner was blank: the number is on a white box in the first corner (a PAGE_NUMBER_BOXED finding). */
  boxed: boolean;
}

export interface StampedPdf {
  pdf: Uint8Array;
  stamps: PageStamp[];
  /** PAGE_NUMBER_BOXED (warning) for each page whose number covers part of its content. */
  issues: Finding[];
}

const cornerNames: Record<StampCorner, string> = { 'top-right': '右上角', 'bottom-right': '右下角', 'bottom-centre': '底部居中', 'top-left': '左上角' };
const PAD = 3;

/**
 * Draws the numbers `firstNumber`, `firstNumber + 1` … on `pages`, each in the first blank corner
 * of its raster (see choosePlacement) or, when none is blank, on a white box in the first corner.
 * The existing content of a page is left as it is: the number is drawn in a content stream added
 * after it (pdf-lib wraps the old streams in q/Q, so their graphics state cannot leak).
 */
export function stampPages(pages: readonly PDFPage[], rasters: ReadonlyArray<GrayRaster | null>, firstNumber: number, text: CjkText, options: StampOptions = {}, indexOffset = 0): { stamps: PageStamp[]; issues: Finding[] } {
  const size = options.size ?? 10.5;
  const margin = options.margin ?? 16;
  const corners = options.corners ?? DEFAULT_CORNERS;
  const stamps: PageStamp[] = [];
  const issues: Finding[] = [];
  pages.forEach((page, i) => {
    const number = firstNumber + i;
    const label = String(number);
    const w = text.width(label, size);
    const frame = pageFrame(page);
    const shown = displaySize(frame);
    const geometry = { margin, width: w + 2 * PAD, height: size + 2 * PAD, clearance: 6 };
    const placement = choosePlacement(rasters[i] ?? null, shown, geometry, corners);
    const { box } = placement;
    if (placement.boxed) {
      const r = rectToUserSpace(frame, box);
      page.drawRectangle({ ...r, color: rgb(1, 1, 1), borderColor: rgb(0, 0, 0), borderWidth: 0.5 });
      issues.push({
        code: 'PAGE_NUMBER_BOXED',
        severity: 'warning',
        path: `pages[${indexOffset + i}]`,
        message: `第 ${number} 页四角均有内容，页码印在${cornerNames[placement.corner]}的白底框内，请核对是否遮盖内容`,
      });
    }
    // Right-aligned in its box, the digits centred vertically (their height is about 0.73 em).
    const origin = toUserSpace(frame, box.left + box.width - PAD - w, box.top + box.height / 2 + 0.365 * size);
    text.draw(page, label, origin.x, origin.y, { size, rotate: frame.rotation });
    stamps.push({ page: indexOffset + i, number, corner: placement.corner, boxed: placement.boxed });
  });
  return { stamps, issues };
}

/**
 * Stamps 卷内页码 on every page of a PDF, from `firstNumber` on, in a small font, where they do not
 * cover content: each page is rendered once in grey at 24 dpi (one pdftoppm run for the whole PDF)
 * and the number goes in the first blank corner — top right, bottom right, bottom centre, top left
 * — or, when none is blank, on a small white box top right, reported as PAGE_NUMBER_BOXED. The
 * pages' content streams are kept byte for byte; the numbers are drawn on top. Corners are as the
 * page is displayed (crop box, /Rotate).
 *
 * @throws Error when the PDF cannot be read (encrypted, damaged) or pdftoppm cannot render it.
 * @throws CjkFontMissingError when the fonts are not installed.
 */
export async function stampPageNumbers(pdf: Uint8Array, firstNumber: number, options: StampOptions = {}): Promise<StampedPdf> {
  const [doc, rasters, fonts] = await Promise.all([
    PDFDocument.load(pdf, { updateMetadata: false }),
    options.detectBlank === false ? Promise.resolve([]) : renderGrayPages(pdf, { pdftoppmPath: options.pdftoppmPath }),
    options.fonts ? Promise.resolve(options.fonts) : loadCjkFont(),
  ]);
  const pages = doc.getPages();
  if (options.detectBlank !== false && rasters.length !== pages.length) {
    throw new Error(`pdftoppm 渲染出 ${rasters.length} 页，而 PDF 有 ${pages.length} 页`);
  }
  const text = await embedCjkText(doc, fonts);
  const result = stampPages(pages, rasters, firstNumber, text, options);
  return { pdf: await doc.save(), ...result };
}
