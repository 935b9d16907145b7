import type { PDFPage } from 'pdf-lib';
import type { CjkText } from './cjk-text.js';
import { cellLines, drawCellText, drawFrame, drawLine, textBlockHeight } from './form-layout.js';

export interface TableColumn {
  header: string;
  width: number;
  align: 'left' | 'center' | 'right';
}

export interface RuledTableStyle {
  size: number;
  headerSize: number;
  headerHeight: number;
  minRowHeight: number;
  /** Space above and below the text of a row. */
  rowPadding: number;
  /** Space left and right of the text in a cell. */
  cellPadding: number;
}

/** A table laid out in pages: which rows go on each page and how tall each row is. */
export interface TableLayout {
  rowHeights: number[];
  /** Row indexes of each page, in order; at least one page (maybe with no rows). */
  pages: number[][];
}

/**
 * Splits rows over pages that each hold `bodyHeight` points of table (the header row included),
 * every row as tall as its wrapped text needs. A row is never split between pages.
 */
export function layoutRuledTable(text: CjkText, columns: readonly TableColumn[], rows: readonly (readonly string[])[], style: RuledTableStyle, bodyHeight: number): TableLayout {
  const rowHeights = rows.map((row) => {
    const lines = Math.max(...columns.map((c, i) => cellLines(text, { text: row[i] ?? '', size: style.size, padding: style.cellPadding }, c.width).length));
    return Math.max(style.minRowHeight, textBlockHeight(lines, style.size) + 2 * style.rowPadding);
  });
  const pages: number[][] = [[]];
  let used = style.headerHeight;
  rowHeights.forEach((h, i) => {
    const page = pages[pages.length - 1]!;
    if (page.length > 0 && used + h > bodyHeight) {
      pages.push([i]);
      used = style.headerHeight + h;
    } else {
      page.push(i);
      used += h;
    }
  });
  return { rowHeights, pages };
}

/**
 * Draws one page of the table from `top` down: the header row (repeated on every page), the rows,
 * then, with `fillTo`, empty ruled rows down to that height as on a printed form.
 * @returns the y of the table's bottom edge.
 */
export function drawRuledTablePage(
  page: PDFPage,
  text: CjkText,
  columns: readonly TableColumn[],
  rows: ReadonlyArray<{ cells: readonly string[]; height: number }>,
  style: RuledTableStyle,
  at: { x: number; top: number; fillTo?: number },
): number {
  const width = columns.reduce((w, c) => w + c.width, 0);
  let y = at.top;
  const rowAt = (cells: readonly string[], height: number, header: boolean) => {
    let x = at.x;
    columns.forEach((c, i) => {
      drawCellText(page, text, { x, y: y - height, width: c.width, height }, {
        text: cells[i] ?? '',
        size: header ? style.headerSize : style.size,
        align: header ? 'center' : c.align,
        bold: header,
        padding: style.cellPadding,
      });
      x += c.width;
    });
    y -= height;
  };
  rowAt(columns.map((c) => c.header), style.headerHeight, true);
  drawLine(page, at.x, y, at.x + width, y, 0.9); // under the header
  for (const row of rows) {
    rowAt(row.cells, row.height, false);
    drawLine(page, at.x, y, at.x + width, y);
  }
  if (at.fillTo !== undefined) {
    while (y - style.minRowHeight >= at.fillTo) {
      y -= style.minRowHeight;
      drawLine(page, at.x, y, at.x + width, y);
    }
  }
  let x = at.x;
  for (const c of columns.slice(0, -1)) {
    x += c.width;
    drawLine(page, x, at.top, x, y);
  }
  drawFrame(page, { x: at.x, y, width, height: at.top - y });
  return y;
}
