import { volumeKindLabels, type VolumeKind } from '../../common/catalogue-api.js';
import { loadCjkFont } from './cjk-font.js';
import { formatCourtDate } from './court-date.js';
import type { RenderOptions } from './cover.js';
import { A4, cellLines, createFormDocument, drawCentred, drawFrame, drawLine, LEADING, spaced } from './form-layout.js';

/** What the 卷内备考表 of one 册 records. Dates are ISO (YYYY-MM-DD). */
export interface NotesSheetData {
  caseNumber: string;
  volumeKind: VolumeKind;
  book: { number: number; of: number };
  /** 件: every catalogue entry, recordings included. */
  materialCount: number;
  /** 页: the 卷内页码 of the 册 (recordings have none). */
  pageCount: number;
  /** 庭审录音录像 among the materials, which have no pages. */
  recordingCount: number;
  /** 说明: the state of the file, what is missing or was replaced, how recordings are kept. */
  remarks: string | null;
  /** 立卷人. */
  compiler: string | null;
  compiledAt: string | null;
  /** 检查人. */
  checker: string | null;
  checkedAt: string | null;
}

const MARGIN = { left: 72, right: 60 } as const;
const WIDTH = A4.width - MARGIN.left - MARGIN.right;
const BOX_TOP = 700;
const BOX_BOTTOM = 110;
const SIGN_HEIGHT = 120;
const SIZE = 12;

/** The count, one sentence a line: 本卷共有文件材料 N 件，共 M 页。(其中庭审录音录像 K 件，无页码。) */
export function countSentences(data: Pick<NotesSheetData, 'materialCount' | 'pageCount' | 'recordingCount'>): string[] {
  const lines = [`本卷共有文件材料 ${data.materialCount} 件，共 ${data.pageCount} 页。`];
  if (data.recordingCount > 0) lines.push(`其中庭审录音录像 ${data.recordingCount} 件，无页码。`);
  return lines;
}

/**
 * Renders the 卷内备考表 of one 册 (A4, one page): the count of materials and pages (and
 * recordings), a 说明 box with the remarks wrapped in it, and 立卷人 / 检查人 with their dates. A
 * 说明 too long for its box is printed smaller (down to 9 pt); what still does not fit is cut with
 * "……（下略）".
 *
 * @throws CjkFontMissingError when the fonts are not installed (see loadCjkFont).
 */
export async function renderNotesSheet(data: NotesSheetData, options: RenderOptions = {}): Promise<Uint8Array> {
  const fonts = options.fonts ?? (await loadCjkFont());
  const kind = volumeKindLabels[data.volumeKind];
  const { doc, text } = await createFormDocument(`${data.caseNumber} ${kind} 第${data.book.number}册 卷内备考表`, fonts);
  const page = doc.addPage([A4.width, A4.height]);
  const centreX = MARGIN.left + WIDTH / 2;

  drawCentred(page, text, spaced('卷内备考表', '  '), centreX, 770, 22, true);
  text.draw(page, `案号：${data.caseNumber}`, MARGIN.left, 722, { size: 11 });
  const volume = `${kind}  第 ${data.book.number} 册  共 ${data.book.of} 册`;
  text.draw(page, volume, MARGIN.left + WIDTH - text.width(volume, 11), 722, { size: 11 });

  drawFrame(page, { x: MARGIN.left, y: BOX_BOTTOM, width: WIDTH, height: BOX_TOP - BOX_BOTTOM });
  const pad = 16;
  let y = BOX_TOP - pad - SIZE;
  for (const line of countSentences(data).flatMap((t) => cellLines(text, { text: t, size: SIZE, padding: 0 }, WIDTH - 2 * pad - 2 * SIZE))) {
    text.draw(page, line, MARGIN.left + pad + 2 * SIZE, y, { size: SIZE }); // first-line indent of two characters
    y -= SIZE * LEADING * 1.2;
  }
  y -= 10;
  text.draw(page, '说明：', MARGIN.left + pad, y, { size: SIZE, bold: true });
  y -= SIZE * LEADING * 1.4;

  // The remarks, on ruled lines like the printed form, above the signatures.
  const signTop = BOX_BOTTOM + SIGN_HEIGHT;
  const remarksBottom = signTop + 10;
  const remarksWidth = WIDTH - 2 * pad;
  let size = SIZE;
  let lines = cellLines(text, { text: data.remarks ?? '', size, padding: 0 }, remarksWidth);
  const fits = (n: number, s: number) => y - (n - 1) * s * 2 >= remarksBottom;
  while (!fits(lines.length, size) && size > 9) {
    size -= 1;
    lines = cellLines(text, { text: data.remarks ?? '', size, padding: 0 }, remarksWidth);
  }
  const step = size * 2;
  const room = Math.floor((y - remarksBottom) / step) + 1;
  if (lines.length > room) lines = [...lines.slice(0, room - 1), '……（下略）'];
  for (let ly = y; ly >= remarksBottom; ly -= step) drawLine(page, MARGIN.left + pad, ly - 5, MARGIN.left + WIDTH - pad, ly - 5, 0.4);
  lines.forEach((line, i) => text.draw(page, line, MARGIN.left + pad, y - i * step, { size }));

  // Signatures: 立卷人 and 检查人, each with a date, right of centre as on the form.
  drawLine(page, MARGIN.left, signTop, MARGIN.left + WIDTH, signTop, 0.6);
  const signX = MARGIN.left + WIDTH * 0.45;
  const rows: Array<[string, string | null, string | null]> = [
    ['立卷人', data.compiler, data.compiledAt],
    ['检查人', data.checker, data.checkedAt],
  ];
  rows.forEach(([label, who, when], i) => {
    const base = signTop - 38 - i * 48;
    text.draw(page, `${label}：`, signX, base, { size: SIZE });
    text.draw(page, who ?? '', signX + 60, base, { size: SIZE });
    drawLine(page, signX + 56, base - 4, signX + 160, base - 4, 0.4);
    const date = formatCourtDate(when, 'chinese') || '    年    月    日';
    text.draw(page, date, MARGIN.left + WIDTH - pad - text.width(date, SIZE), base - 20, { size: SIZE });
  });

  return doc.save();
}
