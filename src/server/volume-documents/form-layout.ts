import { PDFDocument, rgb, type PDFPage } from 'pdf-lib';
import type { CjkFontSet } from './cjk-font.js';
import { embedCjkText, type CjkText } from './cjk-text.js';
import { wrapText } from './wrap-text.js';

/**
 * Drawing a printed court form on A4: ruled cells with Chinese text wrapped and centred in them.
 * Coordinates are PDF points from the bottom-left corner of the page.
 */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** Ruling: outer frame heavier than the inner rules, as on printed forms. */
export const RULE = { frame: 1.2, inner: 0.6 } as const;

export interface Rect {
  x: number;
  /** Bottom edge. */
  y: number;
  width: number;
  height: number;
}

export interface CellText {
  text: string;
  size: number;
  align?: 'left' | 'center' | 'right';
  bold?: boolean;
  /** Horizontal padding inside the cell. Default: half the font size, at least 3 pt. */
  padding?: number;
}

/** Line spacing of wrapped text, as a multiple of the font size. */
export const LEADING = 1.3;

/** Where the baseline goes so that a line of Chinese text looks centred on `centreY`. */
export const baselineForCentre = (centreY: number, size: number) => centreY - size * 0.36;

export function drawLine(page: PDFPage, x1: number, y1: number, x2: number, y2: number, thickness: number = RULE.inner): void {
  page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness, color: rgb(0, 0, 0) });
}

export function drawFrame(page: PDFPage, rect: Rect, thickness: number = RULE.frame): void {
  page.drawRectangle({ ...rect, borderWidth: thickness, borderColor: rgb(0, 0, 0) });
}

const paddingOf = (cell: CellText) => cell.padding ?? Math.max(3, cell.size / 2);

/** The lines `cell` wraps into in a cell `width` wide. */
export function cellLines(text: CjkText, cell: CellText, width: number): string[] {
  return wrapText(cell.text, Math.max(cell.size, width - 2 * paddingOf(cell)), (s) => text.width(s, cell.size));
}

/** Height the wrapped text needs (without vertical padding). */
export function textBlockHeight(lines: number, size: number): number {
  return lines <= 0 ? 0 : size + (lines - 1) * size * LEADING;
}

/** Draws the text of a cell wrapped to its width and centred vertically. */
export function drawCellText(page: PDFPage, text: CjkText, rect: Rect, cell: CellText): void {
  const lines = cellLines(text, cell, rect.width);
  const padding = paddingOf(cell);
  const step = cell.size * LEADING;
  const centre = rect.y + rect.height / 2;
  let baseline = baselineForCentre(centre + ((lines.length - 1) * step) / 2, cell.size);
  for (const line of lines) {
    const w = text.width(line, cell.size);
    const x =
      cell.align === 'center' ? rect.x + (rect.width - w) / 2 : cell.align === 'right' ? rect.x + rect.width - padding - w : rect.x + padding;
    text.draw(page, line, x, baseline, { size: cell.size, bold: cell.bold });
    baseline -= step;
  }
}

/** Draws `s` centred on x. */
export function drawCentred(page: PDFPage, text: CjkText, s: string, centreX: number, baseline: number, size: number, bold = false): void {
  text.draw(page, s, centreX - text.width(s, size) / 2, baseline, { size, bold });
}

/** Spaces out a short title the way forms print it: 卷内目录 → 卷 内 目 录. */
export const spaced = (s: string, gap = ' ') => [...s].join(gap);

export interface FormDocument {
  doc: PDFDocument;
  text: CjkText;
}

/** A new PDF with the fonts embedded and Title, Producer, Creator and Language set. */
export async function createFormDocument(title: string, fonts: CjkFontSet): Promise<FormDocument> {
  const doc = await PDFDocument.create();
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setProducer('CaseVault');
  doc.setCreator('CaseVault 卷宗库');
  doc.setLanguage('zh-CN');
  return { doc, text: await embedCjkText(doc, fonts) };
}
