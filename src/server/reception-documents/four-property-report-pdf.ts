import { rgb, type Color, type PDFPage } from 'pdf-lib';
import {
  checkResultLabels,
  fourProperties,
  fourPropertyLabels,
  type CheckResultName,
  type ConfirmationOut,
  type FourPropertyReportOut,
  type ReportItemOut,
} from '../../common/reception-api.js';
import { loadCjkFont, type CjkFontSet } from '../volume-documents/cjk-font.js';
import type { CjkText } from '../volume-documents/cjk-text.js';
import { A4, createFormDocument, drawCellText, drawCentred, drawFrame, drawLine, type Rect } from '../volume-documents/form-layout.js';
import { setOutline, type OutlineItem } from '../volume-documents/pdf-outline.js';
import { BLACK, drawFlowTable, drawLines, GREY, layoutParagraphs, linesHeight, PageFlow, type FlowColumn, type FlowRow, type FlowTableStyle, type Paragraph } from './flow-table.js';
import { blockingItems, capEvidence, chineseOrdinal, formatBeijingTime, formatBytes, formatDuration, stageLabel } from './report-text.js';

export interface FourPropertyReportPdfInput {
  report: FourPropertyReportOut;
  court: { name: string; code: string };
  /** The manual items' confirmations (who found what, when), listed after the tables when given. */
  confirmations?: readonly ConfirmationOut[];
  /** The 档号, once the file is received. */
  archivalCode?: string | null;
}

export interface FourPropertyReportPdfOptions {
  /** The fonts; default loadCjkFont(). */
  fonts?: CjkFontSet;
  /** Evidence lines printed per item; the rest are counted ("……另有 N 条，见 JSON 报告"). Default 20. */
  evidenceLimit?: number;
}

const MARGIN = { left: 56, right: 56 } as const;
const WIDTH = A4.width - MARGIN.left - MARGIN.right;
const CENTRE_X = MARGIN.left + WIDTH / 2;
const BODY_BOTTOM = 52;
const FOOTER_BASELINE = 32;
const RUNNING_HEAD_BASELINE = A4.height - 38;
const LABEL_WIDTH = 72;

const RED = rgb(0.78, 0.08, 0.08);
const AMBER = rgb(0.66, 0.36, 0);
const RED_FILL = rgb(1, 0.9, 0.9);
const AMBER_FILL = rgb(1, 0.95, 0.84);
const LABEL_FILL = rgb(0.94, 0.94, 0.94);

const resultColor: Record<CheckResultName, Color> = { pass: BLACK, fail: RED, not_applicable: GREY, not_checked: AMBER };
const resultFill: Record<CheckResultName, Color | undefined> = { pass: undefined, fail: RED_FILL, not_applicable: undefined, not_checked: AMBER_FILL };

const TABLE_STYLE: FlowTableStyle = { headerSize: 10, headerHeight: 24, headerFill: LABEL_FILL, padX: 5, padY: 4, minSplit: 48 };
const ITEM_COLUMNS: readonly FlowColumn[] = [
  { header: '编号', width: 54 },
  { header: '检测项目', width: 146 },
  { header: '结果', width: 46 },
  { header: '依据与说明', width: WIDTH - 246 },
];
const CONFIRMATION_COLUMNS: readonly FlowColumn[] = [
  { header: '检测项目', width: 136 },
  { header: '确认结果', width: 54 },
  { header: '确认人', width: 66 },
  { header: '确认时间', width: 106 },
  { header: '说明', width: WIDTH - 362 },
];

const BODY = 9;
const SMALL = 7.5;
const EVIDENCE = 8.5;

/**
 * Prints a 四性检测 report (DA/T 70-2018 《文书类电子档案检测一般要求》) as an A4 PDF in Chinese, for the
 * file and for signature: title and checkpoint, court, 案号, 档号 (if any), when (Beijing time), who
 * ran it, what was measured, the conclusion (检测通过 / 检测未通过, with counts and the mandatory items
 * that failed or were not checked), then one table per property — 真实性、完整性、可用性、安全性 —
 * 编号 · 检测项目 · 结果 · 依据与说明 (evidence, then 处理建议 for an item failed or not checked; at most
 * `evidenceLimit` evidence lines an item, the rest counted and left to the JSON report). 必检 items
 * are tagged, failures printed red on red, items not checked amber. The manual confirmations
 * follow when given, then lines for 检测人 and 复核人 to sign. Tables continue over pages with their
 * header repeated; every page is numbered 第 N 页 共 M 页. Bookmarks lead to each part.
 *
 * @throws CjkFontMissingError (VOLUME_DOCUMENT_FONT_MISSING) when the fonts are not installed.
 */
export async function fourPropertyReportPdf(input: FourPropertyReportPdfInput, options: FourPropertyReportPdfOptions = {}): Promise<Uint8Array> {
  const { report, court } = input;
  const fonts = options.fonts ?? (await loadCjkFont());
  const stage = stageLabel(report.stage);
  const { doc, text } = await createFormDocument(`${report.caseNumber} 电子档案四性检测报告（${stage}）`, fonts);
  doc.setSubject(`${court.name} ${report.caseNumber} ${stage}检测（DA/T 70-2018）：${report.passed ? '检测通过' : '检测未通过'}`);
  doc.setAuthor(court.name);
  const generated = new Date(report.generatedAt);
  if (!Number.isNaN(generated.getTime())) {
    // The same report prints the same PDF.
    doc.setCreationDate(generated);
    doc.setModificationDate(generated);
  }

  const runningHead = `电子档案四性检测报告（${stage}检测）`;
  const flow = new PageFlow(doc, { left: MARGIN.left, width: WIDTH, bottom: BODY_BOTTOM }, (page, index) => {
    if (index === 0) return A4.height - 56;
    text.draw(page, runningHead, MARGIN.left, RUNNING_HEAD_BASELINE, { size: 8, color: GREY });
    const right = `案号：${report.caseNumber}`;
    text.draw(page, right, MARGIN.left + WIDTH - text.width(right, 8), RUNNING_HEAD_BASELINE, { size: 8, color: GREY });
    drawLine(page, MARGIN.left, RUNNING_HEAD_BASELINE - 6, MARGIN.left + WIDTH, RUNNING_HEAD_BASELINE - 6, 0.4);
    return RUNNING_HEAD_BASELINE - 22;
  });
  const outline: OutlineItem[] = [{ title: '检测概况与结论', page: flow.page }];

  // Title and the facts of the check.
  drawCentred(flow.page, text, '电子档案四性检测报告', CENTRE_X, flow.y - 20, 20, true);
  drawCentred(flow.page, text, `${stage}检测  ·  依据 DA/T 70-2018《文书类电子档案检测一般要求》`, CENTRE_X, flow.y - 44, 10);
  flow.y -= 60;
  flow.y = drawFieldTable(flow.page, text, facts(input, stage), flow.y);
  flow.y -= 12;
  flow.y = drawConclusion(flow.page, text, report, flow.y);
  flow.y -= 18;

  // One table per property.
  const limit = options.evidenceLimit ?? 20;
  fourProperties.forEach((property, n) => {
    const items = report.items.filter((i) => i.property === property);
    const heading = `${chineseOrdinal(n + 1)}、${fourPropertyLabels[property]}`;
    flow.keep(26 + TABLE_STYLE.headerHeight + TABLE_STYLE.minSplit + 2 * TABLE_STYLE.padY);
    outline.push({ title: heading, page: flow.page });
    drawHeading(flow, text, heading, items.length > 0 ? countLine(items) : '本环节无此项检测');
    if (items.length > 0) drawFlowTable(flow, text, ITEM_COLUMNS, items.map((i) => itemRow(i, limit)), TABLE_STYLE);
    flow.y -= 14;
  });

  let section = fourProperties.length;
  const confirmations = input.confirmations ?? [];
  if (confirmations.length > 0) {
    const heading = `${chineseOrdinal(++section)}、人工确认记录`;
    flow.keep(26 + TABLE_STYLE.headerHeight + TABLE_STYLE.minSplit + 2 * TABLE_STYLE.padY);
    outline.push({ title: heading, page: flow.page });
    drawHeading(flow, text, heading, `共 ${confirmations.length} 条`);
    const titles = new Map(report.items.map((i) => [i.code, i.title]));
    drawFlowTable(flow, text, CONFIRMATION_COLUMNS, confirmations.map((c) => confirmationRow(c, titles.get(c.code))), TABLE_STYLE);
    flow.y -= 18;
  }

  // Signatures, kept together.
  flow.keep(58);
  outline.push({ title: '检测人、复核人签字', page: flow.page });
  drawSignatures(flow.page, text, flow.y - 22);
  flow.y -= 58;

  const total = flow.pages.length;
  flow.pages.forEach((page, i) => drawCentred(page, text, `第 ${i + 1} 页  共 ${total} 页`, CENTRE_X, FOOTER_BASELINE, 9));
  setOutline(doc, outline);
  return doc.save();
}

interface Field {
  label: string;
  value: string;
}

/** The facts of the check, as rows of one or two label–value pairs. */
function facts(input: FourPropertyReportPdfInput, stage: string): Field[][] {
  const { report, court, archivalCode } = input;
  return [
    [{ label: '检测单位', value: `${court.name}（${court.code}）` }],
    archivalCode ? [{ label: '案号', value: report.caseNumber }, { label: '档号', value: archivalCode }] : [{ label: '案号', value: report.caseNumber }],
    [{ label: '检测环节', value: `${stage}（${report.stage}）` }, { label: '检测时间', value: formatBeijingTime(report.generatedAt) }],
    [{ label: '检测人', value: report.checkedBy ?? '系统（定时检测）' }, { label: '检测用时', value: formatDuration(report.durationMs) }],
    [{ label: '检测对象', value: `文件 ${report.files.toLocaleString('en-US')} 个，共 ${formatBytes(report.bytes)}` }],
    [{ label: '报告编号', value: report.id }],
  ];
}

/** A ruled table of label–value pairs, labels shaded; returns the y of its bottom edge. */
function drawFieldTable(page: PDFPage, text: CjkText, rows: readonly Field[][], top: number): number {
  const size = 10;
  const pad = 6;
  let y = top;
  for (const row of rows) {
    const valueWidth = (WIDTH - row.length * LABEL_WIDTH) / row.length;
    const lines = row.map((f) => layoutParagraphs(text, [{ text: f.value, size }], valueWidth - 2 * pad));
    const h = Math.max(24, ...lines.map((l) => linesHeight(l) + 12));
    row.forEach((f, i) => {
      const x = MARGIN.left + i * (LABEL_WIDTH + valueWidth);
      const label: Rect = { x, y: y - h, width: LABEL_WIDTH, height: h };
      page.drawRectangle({ ...label, color: LABEL_FILL });
      drawCellText(page, text, label, { text: f.label, size, align: 'center', bold: true });
      drawLines(page, text, lines[i]!, x + LABEL_WIDTH + pad, y - (h - linesHeight(lines[i]!)) / 2, valueWidth - 2 * pad);
      drawLine(page, x + LABEL_WIDTH, y, x + LABEL_WIDTH, y - h);
      if (i > 0) drawLine(page, x, y, x, y - h);
    });
    y -= h;
    drawLine(page, MARGIN.left, y, MARGIN.left + WIDTH, y);
  }
  drawFrame(page, { x: MARGIN.left, y, width: WIDTH, height: top - y }, 1);
  return y;
}

/** 共 16 项：通过 12 项，不通过 2 项，不适用 1 项，未检测 1 项 — the kinds that occur. */
function countLine(items: readonly ReportItemOut[]): string {
  const parts = (['pass', 'fail', 'not_applicable', 'not_checked'] as const)
    .map((r) => [r, items.filter((i) => i.result === r).length] as const)
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${checkResultLabels[r]} ${n} 项`);
  return `共 ${items.length} 项：${parts.join('，')}`;
}

/** The boxed conclusion; returns the y of its bottom edge. */
function drawConclusion(page: PDFPage, text: CjkText, report: FourPropertyReportOut, top: number): number {
  const pad = 10;
  const inner = WIDTH - 2 * pad;
  const s = report.summary;
  const total = s.pass + s.fail + s.not_applicable + s.not_checked;
  const mandatory = report.items.filter((i) => i.mandatory);
  const blocking = blockingItems(report.items);
  const paragraphs: Paragraph[] = [
    { text: `共检测 ${total} 项：通过 ${s.pass} 项，不通过 ${s.fail} 项，不适用 ${s.not_applicable} 项，未检测 ${s.not_checked} 项。`, size: 10 },
    blocking.length === 0
      ? { text: `必检项 ${mandatory.length} 项均为通过或不适用。`, size: 10 }
      : {
          text: `必检项 ${mandatory.length} 项中 ${blocking.length} 项未通过：${blocking.map((i) => `${i.code} ${i.title}（${checkResultLabels[i.result]}）`).join('；')}。`,
          size: 10,
          color: RED,
        },
    { text: '判定规则：全部必检项为“通过”或“不适用”时检测通过；必检项“未检测”视同不通过。', size: 8, color: GREY },
  ];
  const lines = layoutParagraphs(text, paragraphs, inner);
  const headH = 30;
  const height = pad + headH + linesHeight(lines) + pad;
  const color = report.passed ? BLACK : RED;
  page.drawRectangle({ x: MARGIN.left, y: top - height, width: WIDTH, height, borderColor: color, borderWidth: 1.2 });
  const baseline = top - pad - 20;
  text.draw(page, '检测结论：', MARGIN.left + pad, baseline, { size: 12, bold: true });
  text.draw(page, report.passed ? '检测通过' : '检测未通过', MARGIN.left + pad + text.width('检测结论：', 12), baseline, { size: 16, bold: true, color });
  drawLines(page, text, lines, MARGIN.left + pad, top - pad - headH, inner);
  return top - height;
}

function drawHeading(flow: PageFlow, text: CjkText, heading: string, note: string): void {
  const baseline = flow.y - 14;
  text.draw(flow.page, heading, MARGIN.left, baseline, { size: 13, bold: true });
  text.draw(flow.page, note, MARGIN.left + text.width(heading, 13) + 12, baseline, { size: 9, color: GREY });
  flow.y -= 24;
}

function itemRow(item: ReportItemOut, limit: number): FlowRow {
  const color = resultColor[item.result];
  const failing = item.result === 'fail' || item.result === 'not_checked';
  const { shown, more } = capEvidence(item.evidence, limit);
  const evidence: Paragraph[] = shown.map((e) => ({ text: e, size: EVIDENCE, bullet: '• ' }));
  if (shown.length === 0) evidence.push({ text: '（无说明）', size: EVIDENCE, color: GREY });
  if (more > 0) evidence.push({ text: `……另有 ${more} 条，见 JSON 报告`, size: EVIDENCE, color: GREY });
  if (failing && item.advice) evidence.push({ text: `处理建议：${item.advice}`, size: EVIDENCE, lead: '处理建议：', color: item.result === 'fail' ? RED : AMBER });
  return {
    cells: [
      [{ text: item.code, size: BODY, align: 'center' }, ...(item.mandatory ? [{ text: '必检', size: SMALL, align: 'center' as const, tag: true }] : [])],
      [
        { text: item.title, size: BODY },
        { text: `条款 ${item.clause} · ${item.mode === 'manual' ? '人工确认' : '自动检测'}`, size: SMALL, color: GREY },
      ],
      [{ text: checkResultLabels[item.result], size: BODY + 0.5, align: 'center', bold: failing, color }],
      evidence,
    ],
    fills: [undefined, undefined, resultFill[item.result], undefined],
    continued: [
      { text: item.code, size: BODY, align: 'center', color: GREY },
      { text: '（续）', size: SMALL, align: 'center', color: GREY },
    ],
  };
}

function confirmationRow(c: ConfirmationOut, title: string | undefined): FlowRow {
  const failing = c.result === 'fail';
  return {
    cells: [
      [{ text: c.code, size: BODY }, ...(title ? [{ text: title, size: SMALL, color: GREY }] : [])],
      [{ text: checkResultLabels[c.result], size: BODY, align: 'center', bold: failing, color: resultColor[c.result] }],
      [{ text: c.confirmedBy ?? '', size: BODY }],
      [{ text: formatBeijingTime(c.confirmedAt), size: BODY }],
      [{ text: c.note ?? '', size: EVIDENCE }],
    ],
    fills: [undefined, resultFill[c.result]],
  };
}

/** 检测人 and 复核人 with lines to sign and date on. */
function drawSignatures(page: PDFPage, text: CjkText, baseline: number): void {
  const size = 11;
  const half = WIDTH / 2;
  (['检测人（签字）：', '复核人（签字）：'] as const).forEach((label, i) => {
    const x = MARGIN.left + i * (half + 10);
    const lineStart = x + text.width(label, size) + 2;
    const lineEnd = x + half - 20;
    text.draw(page, label, x, baseline, { size });
    drawLine(page, lineStart, baseline - 3, lineEnd, baseline - 3, 0.5);
    const dateBaseline = baseline - 28;
    text.draw(page, '日期：', lineStart - text.width('日期：', size), dateBaseline, { size });
    for (const [word, at] of [['年', 40], ['月', 76], ['日', 112]] as const) text.draw(page, word, lineStart + at, dateBaseline, { size });
  });
}
