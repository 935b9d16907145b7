import type { PDFPage } from 'pdf-lib';
import { volumeKindLabels, type VolumeKind } from '../../common/catalogue-api.js';
import { loadCjkFont, type CjkFontSet } from './cjk-font.js';
import type { CjkText } from './cjk-text.js';
import { formatCourtDate } from './court-date.js';
import { A4, cellLines, createFormDocument, drawCellText, drawCentred, drawFrame, drawLine, RULE, spaced, textBlockHeight } from './form-layout.js';

export interface CoverParty {
  /** 诉讼地位 as printed: 原告, 被告, 第三人, 上诉人（原审被告）, 申请执行人 … */
  role: string;
  name: string;
}

/** What the 卷宗封面 of one 册 records (DOMAIN.md §4.1, §4.6, §4.7). Dates are ISO (YYYY-MM-DD). */
export interface CoverData {
  courtName: string;
  volumeKind: VolumeKind;
  /** This 册 and how many the volume has: 第 number 册 共 of 册. */
  book: { number: number; of: number };
  caseNumber: string;
  causeOfAction: string;
  /** In the order they are printed; the same role is printed on one row. */
  parties: readonly CoverParty[];
  /** 审判长 (collegial panel); null for a single judge. */
  presidingJudge?: string | null;
  /** 审判员 (the other members, or the single judge 独任审判员). */
  judges?: readonly string[];
  clerk?: string | null;
  /** 原审法院, for an appeal or a retrial. The row is left out when absent. */
  originalCourt?: string | null;
  filedAt: string | null;
  closedAt: string | null;
  closingMethod: string | null;
  archivedAt: string | null;
  /** 保管期限 as printed: 永久, 长期, 短期, 定期30年 … */
  retentionPeriod: string | null;
  fondsCode: string | null;
  /** 目录号. */
  catalogueNumber: string | null;
  /** 案卷号. */
  fileNumber: string | null;
}

export interface RenderOptions {
  /** The fonts; default loadCjkFont(). */
  fonts?: CjkFontSet;
}

/** Printed on the 副卷 cover: the 副卷 is a trial secret, closed to outside reading (DOMAIN.md §4.1). */
export const SIDE_VOLUME_NOTICE = '副卷 · 不对外开放查阅';

const MARGIN = { left: 72, right: 60 } as const;
const TABLE_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const LABEL_WIDTH = 78;
const VALUE_WIDTH = (TABLE_WIDTH - 2 * LABEL_WIDTH) / 2;
const TABLE_TOP = 640;
const FOOT_TOP = 130;
const ROW_MIN = 32;

interface FormCell {
  text: string;
  width: number;
  label: boolean;
}

/** Parties grouped by role, in first-seen order: 原告 → 张三、李四. */
function partyRows(parties: readonly CoverParty[]): Array<[string, string]> {
  const byRole = new Map<string, string[]>();
  for (const p of parties) byRole.set(p.role, [...(byRole.get(p.role) ?? []), p.name]);
  return [...byRole].map(([role, names]) => [role, names.join('、')]);
}

function coverRows(data: CoverData): FormCell[][] {
  const L = (text: string): FormCell => ({ text, width: LABEL_WIDTH, label: true });
  const V = (text: string | null | undefined, wide = false): FormCell => ({ text: text ?? '', width: wide ? TABLE_WIDTH - LABEL_WIDTH : VALUE_WIDTH, label: false });
  const date = (d: string | null) => formatCourtDate(d, 'chinese');
  const parties = partyRows(data.parties);
  const rows: FormCell[][] = [
    [L('案号'), V(data.caseNumber, true)],
    [L('案由'), V(data.causeOfAction, true)],
    ...(parties.length > 0 ? parties.map(([role, names]) => [L(role), V(names, true)]) : [[L('当事人'), V('', true)]]),
    [L('审判长'), V(data.presidingJudge), L('书记员'), V(data.clerk)],
    [L('审判员'), V((data.judges ?? []).join('、'), true)],
  ];
  if (data.originalCourt) rows.push([L('原审法院'), V(data.originalCourt, true)]);
  rows.push(
    [L('收案日期'), V(date(data.filedAt)), L('结案日期'), V(date(data.closedAt))],
    [L('结案方式'), V(data.closingMethod, true)],
    [L('归档日期'), V(date(data.archivedAt)), L('保管期限'), V(data.retentionPeriod)],
  );
  return rows;
}

function rowHeight(text: CjkText, row: FormCell[], size: number): number {
  const needed = Math.max(...row.map((c) => textBlockHeight(cellLines(text, { text: c.text, size }, c.width).length, size)));
  return Math.max(ROW_MIN, needed + 14);
}

/** Draws the rows from `top` down, spreading spare room (up to `room`) over the rows as a printed form does. */
function drawFormTable(page: PDFPage, text: CjkText, rows: FormCell[][], top: number, size: number, room: number): number {
  const natural = rows.map((r) => rowHeight(text, r, size));
  const spare = Math.max(0, room - natural.reduce((a, b) => a + b, 0));
  const heights = natural.map((h) => h + Math.min(14, spare / rows.length));
  const total = heights.reduce((a, b) => a + b, 0);
  let y = top;
  rows.forEach((row, i) => {
    const h = heights[i]!;
    let x = MARGIN.left;
    row.forEach((cell, j) => {
      drawCellText(page, text, { x, y: y - h, width: cell.width, height: h }, { text: cell.text, size, align: cell.label ? 'center' : 'left', bold: cell.label });
      x += cell.width;
      if (j < row.length - 1) drawLine(page, x, y, x, y - h);
    });
    y -= h;
    if (i < rows.length - 1) drawLine(page, MARGIN.left, y, MARGIN.left + TABLE_WIDTH, y);
  });
  drawFrame(page, { x: MARGIN.left, y: top - total, width: TABLE_WIDTH, height: total });
  return total;
}

/**
 * Renders the 卷宗封面 of one 册 of a 正卷 or 副卷 as a one-page A4 PDF, laid out like the printed
 * court form: court name, the bold title 诉讼卷宗 with the volume, 第 x 册 共 y 册, a ruled table
 * of the case (案号, 案由, parties by role, 审判长/审判员/书记员, 收案/结案日期, 结案方式, 归档日期,
 * 保管期限) and at the foot 全宗号, 目录号, 案卷号. A 副卷 cover carries SIDE_VOLUME_NOTICE. When
 * there are too many parties for the page, the text gets smaller (down to 9 pt) and then each
 * role lists only its first names, "…等 N 人".
 *
 * @throws CjkFontMissingError when the fonts are not installed (see loadCjkFont).
 */
export async function renderCover(data: CoverData, options: RenderOptions = {}): Promise<Uint8Array> {
  const fonts = options.fonts ?? (await loadCjkFont());
  const kind = volumeKindLabels[data.volumeKind];
  const { doc, text } = await createFormDocument(`${data.caseNumber} ${kind} 第${data.book.number}册 卷宗封面`, fonts);
  const page = doc.addPage([A4.width, A4.height]);
  const centreX = MARGIN.left + TABLE_WIDTH / 2;

  drawCentred(page, text, data.courtName, centreX, 772, 18, true);
  drawCentred(page, text, spaced('诉讼卷宗', '  '), centreX, 718, 32, true);
  drawCentred(page, text, `（${spaced(kind)}）`, centreX, 682, 18, true);
  const book = `第 ${data.book.number} 册   共 ${data.book.of} 册`;
  text.draw(page, book, MARGIN.left + TABLE_WIDTH - text.width(book, 12), 652, { size: 12 });
  if (data.volumeKind === 'side') {
    const w = text.width(SIDE_VOLUME_NOTICE, 12) + 16;
    drawFrame(page, { x: MARGIN.left, y: 646, width: w, height: 22 }, 1);
    drawFrame(page, { x: MARGIN.left + 2, y: 648, width: w - 4, height: 18 }, 0.5);
    text.draw(page, SIDE_VOLUME_NOTICE, MARGIN.left + 8, 652, { size: 12, bold: true });
  }

  // Fit the table above the foot: smaller text first, then fewer names.
  const room = TABLE_TOP - FOOT_TOP - 24;
  let rows = coverRows(data);
  let size = 12;
  const height = () => rows.reduce((sum, r) => sum + rowHeight(text, r, size), 0);
  while (height() > room && size > 9) size -= 1;
  if (height() > room) {
    // Keep the first k names of every role, the largest k that fits (binary search).
    const full = coverRows(data);
    const shorten = (k: number) => {
      rows = full.map((r) => {
        const names = r[0]!.label && data.parties.some((p) => p.role === r[0]!.text) ? data.parties.filter((p) => p.role === r[0]!.text).map((p) => p.name) : null;
        return names && names.length > k ? [r[0]!, { ...r[1]!, text: `${names.slice(0, k).join('、')}等 ${names.length} 人` }] : r;
      });
    };
    let lo = 1;
    let hi = data.parties.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      shorten(mid);
      if (height() <= room) lo = mid;
      else hi = mid - 1;
    }
    shorten(lo);
  }
  drawFormTable(page, text, rows, TABLE_TOP, size, room);

  // Foot: 全宗号 目录号 案卷号 (the 档号 of the file, DOMAIN.md §4.7).
  const footCols = ['全宗号', '目录号', '案卷号'] as const;
  const footValues = [data.fondsCode, data.catalogueNumber, data.fileNumber];
  const colWidth = TABLE_WIDTH / 3;
  const rowH = 26;
  const footY = FOOT_TOP - 2 * rowH;
  footCols.forEach((label, i) => {
    const x = MARGIN.left + i * colWidth;
    drawCellText(page, text, { x, y: footY + rowH, width: colWidth, height: rowH }, { text: label, size: 11, align: 'center', bold: true });
    drawCellText(page, text, { x, y: footY, width: colWidth, height: rowH }, { text: footValues[i] ?? '', size: 11, align: 'center' });
    if (i > 0) drawLine(page, x, footY, x, footY + 2 * rowH);
  });
  drawLine(page, MARGIN.left, footY + rowH, MARGIN.left + TABLE_WIDTH, footY + rowH, RULE.inner);
  drawFrame(page, { x: MARGIN.left, y: footY, width: TABLE_WIDTH, height: 2 * rowH });

  return doc.save();
}
