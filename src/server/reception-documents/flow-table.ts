import { rgb, type Color, type PDFDocument, type PDFPage } from 'pdf-lib';
import type { CjkText } from '../volume-documents/cjk-text.js';
import { A4, baselineForCentre, drawCellText, drawFrame, drawLine, LEADING } from '../volume-documents/form-layout.js';
import { wrapText } from '../volume-documents/wrap-text.js';

/**
 * A report that flows over as many A4 pages as it needs: a cursor moving down the page, and a ruled
 * table whose rows may be split between pages (a row of 300 evidence lines must still print), the
 * header row repeated on every page. Built on the volume documents' fonts and rules
 * (../volume-documents/form-layout.ts), which lay out one-page forms and tables whose rows never split.
 */

/** A paragraph of one style inside a cell; wrapped to the cell's width. */
export interface Paragraph {
  text: string;
  size: number;
  bold?: boolean;
  color?: Color;
  align?: 'left' | 'center';
  /** Printed in bold at the start of the first line (part of the wrapped text): 处理建议： */
  lead?: string;
  /** Hung in front of the first line, the following lines indented by its width: • */
  bullet?: string;
  /** Printed in a thin box, as a tag: 必检. */
  tag?: boolean;
}

/** One printed line of a cell. */
interface Line {
  text: string;
  p: Paragraph;
  first: boolean;
}

export const BLACK = rgb(0, 0, 0);
export const GREY = rgb(0.42, 0.42, 0.42);

const slot = (size: number) => size * LEADING;

/** The lines of `paragraphs` in a column `width` wide (padding already taken off). */
export function layoutParagraphs(text: CjkText, paragraphs: readonly Paragraph[], width: number): Line[] {
  const out: Line[] = [];
  for (const p of paragraphs) {
    const hang = p.bullet ? text.width(p.bullet, p.size) : 0;
    const tagRoom = p.tag ? 6 : 0;
    const wrapped = wrapText(p.text, Math.max(p.size, width - hang - tagRoom), (s) => text.width(s, p.size));
    wrapped.forEach((line, i) => out.push({ text: line, p, first: i === 0 }));
  }
  return out;
}

export const linesHeight = (lines: readonly Line[]) => lines.reduce((h, l) => h + slot(l.p.size), 0);

/** Draws `lines` from `top` down in a column starting at x, `width` wide (padding already taken off). */
export function drawLines(page: PDFPage, text: CjkText, lines: readonly Line[], x: number, top: number, width: number): number {
  let y = top;
  for (const { text: s, p, first } of lines) {
    const h = slot(p.size);
    const baseline = baselineForCentre(y - h / 2, p.size);
    const color = p.color ?? BLACK;
    const hang = p.bullet ? text.width(p.bullet, p.size) : 0;
    const w = text.width(s, p.size);
    let lx = p.align === 'center' ? x + (width - w) / 2 : x + hang + (p.tag ? 3 : 0);
    if (first && p.bullet) text.draw(page, p.bullet, lx - hang, baseline, { size: p.size, color });
    if (p.tag) {
      page.drawRectangle({ x: lx - 2.5, y: baseline - p.size * 0.28, width: w + 5, height: p.size * 1.22, borderColor: color, borderWidth: 0.6 });
    }
    if (first && p.lead && s.startsWith(p.lead)) {
      text.draw(page, p.lead, lx, baseline, { size: p.size, color, bold: true });
      lx += text.width(p.lead, p.size);
      text.draw(page, s.slice(p.lead.length), lx, baseline, { size: p.size, color, bold: p.bold });
    } else {
      text.draw(page, s, lx, baseline, { size: p.size, color, bold: p.bold });
    }
    y -= h;
  }
  return y;
}

/** Where the body of every page may go. */
export interface FlowFrame {
  left: number;
  width: number;
  /** Lowest y the body may reach (the footer is below). */
  bottom: number;
}

/**
 * The pages of a flowing report. `startPage` draws what every new page carries at its top (a
 * running head) and returns the y the body starts at.
 */
export class PageFlow {
  readonly pages: PDFPage[] = [];
  page!: PDFPage;
  y = 0;
  private top = 0;

  constructor(
    private readonly doc: PDFDocument,
    readonly frame: FlowFrame,
    private readonly startPage: (page: PDFPage, index: number) => number,
  ) {
    this.newPage();
  }

  newPage(): void {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.pages.push(this.page);
    this.top = this.startPage(this.page, this.pages.length - 1);
    this.y = this.top;
  }

  /** Points left above the bottom of the body. */
  get room(): number {
    return this.y - this.frame.bottom;
  }

  /** Nothing has been drawn in the body of this page yet. */
  get fresh(): boolean {
    return this.y === this.top;
  }

  /** Goes to a new page unless `height` fits on this one (or this one is still empty). */
  keep(height: number): void {
    if (height > this.room && !this.fresh) this.newPage();
  }
}

export interface FlowColumn {
  header: string;
  width: number;
}

export interface FlowRow {
  cells: ReadonlyArray<readonly Paragraph[]>;
  /** Background of each cell (undefined: none). */
  fills?: ReadonlyArray<Color | undefined>;
  /** Printed in the first cell of a continuation of the row on the next page: YJ-2-7（续）. */
  continued?: readonly Paragraph[];
}

export interface FlowTableStyle {
  headerSize: number;
  headerHeight: number;
  headerFill: Color;
  /** Space left and right of the text in a cell. */
  padX: number;
  /** Space above and below the text of a row. */
  padY: number;
  /** A row is split over two pages only if at least this much of it fits on the first (pt). */
  minSplit: number;
}

const FRAME = 1;
const INNER = 0.5;

/**
 * Draws a ruled table at the flow's cursor, continuing it on new pages as needed with the header row
 * repeated. A row that does not fit in the room left is moved to the next page whole, unless the
 * room holds its short cells and at least `minSplit` points of its tallest cell: then the tallest
 * cell goes on over the page (its lines never cut), and the first cell of the continuation shows
 * `continued`. A row taller than a whole page is always split.
 */
export function drawFlowTable(flow: PageFlow, text: CjkText, columns: readonly FlowColumn[], rows: readonly FlowRow[], style: FlowTableStyle): void {
  const x0 = flow.frame.left;
  const width = columns.reduce((w, c) => w + c.width, 0);
  const inner = (i: number) => columns[i]!.width - 2 * style.padX;
  let segmentTop: number | null = null;
  let rowsInSegment = 0;

  const open = () => {
    const top = flow.y;
    segmentTop = top;
    rowsInSegment = 0;
    flow.page.drawRectangle({ x: x0, y: top - style.headerHeight, width, height: style.headerHeight, color: style.headerFill });
    let x = x0;
    for (const c of columns) {
      drawCellText(flow.page, text, { x, y: top - style.headerHeight, width: c.width, height: style.headerHeight }, { text: c.header, size: style.headerSize, align: 'center', bold: true, padding: style.padX });
      x += c.width;
    }
    flow.y -= style.headerHeight;
    drawLine(flow.page, x0, flow.y, x0 + width, flow.y, 0.8);
  };
  const close = () => {
    if (segmentTop === null) return;
    let x = x0;
    for (const c of columns.slice(0, -1)) {
      x += c.width;
      drawLine(flow.page, x, segmentTop, x, flow.y, INNER);
    }
    drawFrame(flow.page, { x: x0, y: flow.y, width, height: segmentTop - flow.y }, FRAME);
    segmentTop = null;
  };
  const drawFragment = (cells: Line[][], fills: FlowRow['fills'], height: number) => {
    const top = flow.y;
    let x = x0;
    cells.forEach((lines, i) => {
      const fill = fills?.[i];
      if (fill) flow.page.drawRectangle({ x, y: top - height, width: columns[i]!.width, height, color: fill });
      drawLines(flow.page, text, lines, x + style.padX, top - style.padY, inner(i));
      x += columns[i]!.width;
    });
    flow.y -= height;
    rowsInSegment += 1;
  };

  for (const row of rows) {
    const all = columns.map((_, i) => layoutParagraphs(text, row.cells[i] ?? [], inner(i)));
    const continued = row.continued ? layoutParagraphs(text, row.continued, inner(0)) : [];
    const next = columns.map(() => 0);
    let first = true;
    for (;;) {
      const rest = all.map((lines, i) => lines.slice(next[i]));
      const shown = rest.map((lines, i) => (i === 0 && !first && lines.length === 0 ? continued : lines));
      const need = Math.max(...shown.map(linesHeight)) + 2 * style.padY;
      if (segmentTop === null) {
        flow.keep(style.headerHeight + Math.min(need, style.minSplit + 2 * style.padY));
        open();
      }
      if (need <= flow.room) {
        drawFragment(shown, row.fills, need);
        drawLine(flow.page, x0, flow.y, x0 + width, flow.y, INNER);
        break;
      }
      const avail = flow.room - 2 * style.padY;
      const heights = shown.map(linesHeight);
      const tallest = heights.indexOf(Math.max(...heights));
      const splittable = avail >= style.minSplit && heights.every((h, i) => i === tallest || h <= avail);
      if (!splittable && rowsInSegment > 0) {
        close();
        flow.newPage();
        continue;
      }
      // Each cell takes the lines that fit; the rest goes on over the page.
      const taken = shown.map((lines) => {
        let h = 0;
        let n = 0;
        while (n < lines.length && h + slot(lines[n]!.p.size) <= avail) h += slot(lines[n++]!.p.size);
        return n;
      });
      // Break the tallest cell between two paragraphs (two evidence lines) rather than inside one,
      // unless that would leave much of the page empty.
      const cut = shown[tallest]!;
      const at = taken[tallest]!;
      if (at < cut.length && !cut[at]!.first) {
        let k = at - 1;
        while (k > 0 && !cut[k]!.first) k -= 1;
        if (k > 0 && at - k <= 4) taken[tallest] = k;
      }
      if (taken.every((n, i) => n === 0 || shown[i] === continued)) throw new Error('表格一行的文字高于整页，无法排版');
      drawFragment(shown.map((lines, i) => lines.slice(0, taken[i])), row.fills, flow.room);
      shown.forEach((lines, i) => {
        if (lines !== continued) next[i]! += taken[i]!;
      });
      close();
      flow.newPage();
      first = false;
    }
  }
  close();
}
