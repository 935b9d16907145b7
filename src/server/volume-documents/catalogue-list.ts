import { volumeKindLabels, type VolumeKind } from '../../common/catalogue-api.js';
import { loadCjkFont } from './cjk-font.js';
import { formatCourtDate, type DateStyle } from './court-date.js';
import type { RenderOptions } from './cover.js';
import { A4, createFormDocument, drawCentred, spaced } from './form-layout.js';
import { drawRuledTablePage, layoutRuledTable, type RuledTableStyle, type TableColumn } from './ruled-table.js';

/** One line of the 卷内目录; the fields of CatalogueEntryOut (src/common/catalogue-api.ts) it prints. */
export interface CatalogueListEntry {
  seq: number;
  title: string;
  /** 责任者. */
  responsible: string | null;
  /** ISO date (YYYY-MM-DD). */
  date: string | null;
  /** 卷内页码; null for a recording (no pages). */
  pageStart: number | null;
  pageEnd: number | null;
  remarks: string | null;
}

export interface CatalogueListData {
  caseNumber: string;
  volumeKind: VolumeKind;
  book: { number: number; of: number };
  entries: readonly CatalogueListEntry[];
  /** How the 日期 column prints dates. Default 'iso' (2024-03-05); 'chinese' prints 2024年3月5日. */
  dateStyle?: DateStyle;
}

const MARGIN = { left: 62, right: 48, top: 56, bottom: 56 } as const;
const TABLE_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const TITLE_BASELINE = A4.height - MARGIN.top - 22;
const HEADER_BASELINE = TITLE_BASELINE - 34;
const TABLE_TOP = HEADER_BASELINE - 12;
const FOOTER_BASELINE = MARGIN.bottom - 22;

const STYLE: RuledTableStyle = { size: 10, headerSize: 11, headerHeight: 28, minRowHeight: 26, rowPadding: 6, cellPadding: 4 };

const fixed: TableColumn[] = [
  { header: '序号', width: 36, align: 'center' },
  { header: '文件材料名称', width: 0, align: 'left' },
  { header: '责任者', width: 110, align: 'left' },
  { header: '日期', width: 70, align: 'center' },
  { header: '页号', width: 54, align: 'center' },
  { header: '备注', width: 46, align: 'left' },
];
/** The columns of the 卷内目录; the title column takes the width the others leave. */
export const CATALOGUE_COLUMNS: readonly TableColumn[] = fixed.map((c) =>
  c.width > 0 ? c : { ...c, width: TABLE_WIDTH - fixed.reduce((w, f) => w + f.width, 0) },
);

/** 页号 as printed: 5 for one page, 5-8 for a range, blank for a recording. */
export function pageLabel(entry: Pick<CatalogueListEntry, 'pageStart' | 'pageEnd'>): string {
  if (entry.pageStart === null) return '';
  if (entry.pageEnd === null || entry.pageEnd === entry.pageStart) return String(entry.pageStart);
  return `${entry.pageStart}-${entry.pageEnd}`;
}

/**
 * Renders the 卷内目录 of one 册 (A4): the title, 案号 and 正卷/副卷 第 x 册 共 y 册, then a ruled table
 * 序号 · 文件材料名称 · 责任者 · 日期 · 页号 · 备注. Long titles wrap inside their cell; a list longer
 * than a page continues on the next with the header row repeated, and the last page is ruled to
 * the foot like a printed form. Each page is marked 第 x 页 共 y 页 at the foot.
 *
 * @throws CjkFontMissingError when the fonts are not installed (see loadCjkFont).
 */
export async function renderCatalogueList(data: CatalogueListData, options: RenderOptions = {}): Promise<Uint8Array> {
  const fonts = options.fonts ?? (await loadCjkFont());
  const kind = volumeKindLabels[data.volumeKind];
  const { doc, text } = await createFormDocument(`${data.caseNumber} ${kind} 第${data.book.number}册 卷内目录`, fonts);
  const dateWidth = CATALOGUE_COLUMNS[3]!.width - 2 * STYLE.cellPadding;
  // 2024年12月31日 is wider than the column: break after 年 rather than inside a number.
  const date = (d: string | null) => {
    const s = formatCourtDate(d, data.dateStyle ?? 'iso');
    return text.width(s, STYLE.size) > dateWidth ? s.replace('年', '年\n') : s;
  };
  const rows = data.entries.map((e) => [
    String(e.seq),
    e.title,
    e.responsible ?? '',
    date(e.date),
    pageLabel(e),
    e.remarks ?? '',
  ]);
  const layout = layoutRuledTable(text, CATALOGUE_COLUMNS, rows, STYLE, TABLE_TOP - (MARGIN.bottom + 6));
  const centreX = MARGIN.left + TABLE_WIDTH / 2;
  const volume = `${kind}  第 ${data.book.number} 册  共 ${data.book.of} 册`;
  layout.pages.forEach((indexes, p) => {
    const page = doc.addPage([A4.width, A4.height]);
    drawCentred(page, text, spaced('卷内目录', '  '), centreX, TITLE_BASELINE, 22, true);
    text.draw(page, `案号：${data.caseNumber}`, MARGIN.left, HEADER_BASELINE, { size: 11 });
    text.draw(page, volume, MARGIN.left + TABLE_WIDTH - text.width(volume, 11), HEADER_BASELINE, { size: 11 });
    const last = p === layout.pages.length - 1;
    drawRuledTablePage(page, text, CATALOGUE_COLUMNS, indexes.map((i) => ({ cells: rows[i]!, height: layout.rowHeights[i]! })), STYLE, {
      x: MARGIN.left,
      top: TABLE_TOP,
      fillTo: last ? MARGIN.bottom + 6 : undefined,
    });
    drawCentred(page, text, `第 ${p + 1} 页  共 ${layout.pages.length} 页`, centreX, FOOTER_BASELINE, 9);
  });
  return doc.save();
}
