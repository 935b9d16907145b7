import { getDocument, OPS, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FourPropertyReportOut } from '../../common/reception-api.js';
import { loadCjkFont, type CjkFontSet } from '../volume-documents/cjk-font.js';
import { A4 } from '../volume-documents/form-layout.js';
import { fourPropertyReportPdf } from './four-property-report-pdf.js';
import { confirmations, court, failingPaths, failingReport, passingReport } from './report-fixtures.test-support.js';

let fonts: CjkFontSet;
beforeAll(async () => {
  fonts = await loadCjkFont();
});

interface PrintedPage {
  /** The page's text in drawing order, white space removed. */
  text: string;
  /** Each text item and where it is (PDF points, from the bottom left). */
  items: Array<{ str: string; x: number; y: number; width: number }>;
  /** Each run of text shown while the fill colour was red (much more red than green and blue). */
  red: string[];
}

const squash = (s: string) => s.replace(/\s+/g, '');
const isRed = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  return r > 0.6 && g < 0.3 && b < 0.3;
};

/** Reads the PDF back with pdf.js, as a viewer would. */
async function readBack(pdf: Uint8Array): Promise<{ pages: PrintedPage[]; title: string | undefined }> {
  const doc = await getDocument({ data: pdf.slice(), isEvalSupported: false, verbosity: VerbosityLevel.ERRORS }).promise;
  const pages: PrintedPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const items = content.items.flatMap((i) => ('str' in i ? [{ str: i.str, x: i.transform[4] as number, y: i.transform[5] as number, width: i.width }] : []));
    const ops = await page.getOperatorList();
    let fill = '#000000';
    const red: string[] = [];
    ops.fnArray.forEach((fn, i) => {
      const args = ops.argsArray[i] as unknown[];
      if (fn === OPS.setFillRGBColor) fill = String(args[0]);
      if (fn === OPS.showText && isRed(fill)) red.push(squash((args[0] as Array<{ unicode?: string }>).map((g) => g.unicode ?? '').join('')));
    });
    pages.push({ text: squash(items.map((i) => i.str).join('')), items, red });
  }
  const info = (await doc.getMetadata()).info as { Title?: string };
  await doc.destroy();
  return { pages, title: info.Title };
}

const allText = (pages: PrintedPage[]) => pages.map((p) => p.text).join('');
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** No text runs off the page or into its margins. */
function expectInsideMargins(pages: PrintedPage[]) {
  for (const page of pages) {
    for (const item of page.items) {
      if (!item.str.trim()) continue;
      expect(item.x, item.str).toBeGreaterThanOrEqual(50);
      expect(item.x + item.width, item.str).toBeLessThanOrEqual(A4.width - 50);
      expect(item.y, item.str).toBeGreaterThanOrEqual(25);
      expect(item.y, item.str).toBeLessThanOrEqual(A4.height - 25);
    }
  }
}

function expectFooters(pages: PrintedPage[]) {
  pages.forEach((p, i) => expect(p.text).toContain(`第${i + 1}页共${pages.length}页`));
}

// Each test embeds the 5 MB 宋体 and reads the PDF back with pdf.js: seconds, not milliseconds.
describe('fourPropertyReportPdf', { timeout: 30_000 }, () => {
  it('prints a passing report: title, checkpoint, court, 案号, 档号, Beijing time, who, what, the conclusion and every item', async () => {
    const report = passingReport();
    const { pages, title } = await readBack(await fourPropertyReportPdf({ report, court, archivalCode: 'J019-2024-Y-0001234' }, { fonts }));
    const text = allText(pages);
    expect(title).toBe('（2024）沪0118民初1234号 电子档案四性检测报告（移交接收）');
    for (const s of [
      '电子档案四性检测报告',
      '移交接收检测',
      'DA/T70-2018',
      '检测单位上海市青浦区人民法院（沪0118）',
      '案号（2024）沪0118民初1234号',
      '档号J019-2024-Y-0001234',
      '检测时间2024年5月1日10:05',
      '检测人王档案员',
      '检测用时3.2秒',
      '文件312个，共1.1GB（1,234,567,890字节）',
      '检测结论：检测通过',
      '共检测24项：通过23项，不通过0项，不适用1项，未检测0项。',
      '一、真实性', '二、完整性', '三、可用性', '四、安全性',
      '编号检测项目结果依据与说明',
      '在线移交，无移交载体',
      '检测人（签字）：', '复核人（签字）：',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('检测未通过');
    expect(text).not.toContain('处理建议');
    expect(text).not.toContain('人工确认记录');
    for (const item of report.items) expect(text).toContain(squash(`${item.code}${item.mandatory ? '必检' : ''}${item.title}条款${item.clause}·${item.mode === 'manual' ? '人工确认' : '自动检测'}`));
    expect(text.match(/YJ-\d-\d+必检/g)).toHaveLength(report.items.filter((i) => i.mandatory).length);
    expect(pages.flatMap((p) => p.red)).toEqual([]); // nothing red in a passing report
    expectFooters(pages);
    expectInsideMargins(pages);
  });

  it('prints every result kind, the failures in red, advice for what failed or was not checked, and the confirmations', async () => {
    const report = failingReport();
    const { pages } = await readBack(await fourPropertyReportPdf({ report, court, confirmations }, { fonts }));
    const text = allText(pages);
    const red = pages.flatMap((p) => p.red);
    expect(text).toContain('检测结论：检测未通过');
    expect(text).toContain('共检测24项：通过19项，不通过2项，不适用1项，未检测2项。');
    expect(text).toContain('必检项23项中3项未通过：YJ-1-1固化信息有效性检测（不通过）；YJ-2-7内容数据完整性检测（不通过）；YJ-4-2病毒感染检测（未检测）。');
    expect(text).toContain('检测人系统（定时检测）');
    expect(text).toContain('检测用时2分5秒');
    expect(text).not.toContain('档号');
    for (const label of ['通过', '不通过', '不适用', '未检测']) expect(text).toContain(label);
    // Red: the conclusion and the failed results, not the passed ones.
    expect(red).toContain('检测未通过');
    expect(red.filter((r) => r === '不通过')).toHaveLength(3); // YJ-1-1, YJ-2-7 and the YJ-3-5 confirmation
    expect(red).not.toContain('通过'); // a passed result is black…
    expect(red).not.toContain('未检测'); // …one not checked amber
    // Advice follows the evidence of what failed or was not checked.
    expect(text).toContain('处理建议：核对移交信息包与审核时固化的文件');
    expect(text).toContain('处理建议：启动clamd并更新病毒库后重新检测');
    expect(text).toContain('病毒扫描服务（clamd）未响应：connectECONNREFUSED127.0.0.1:3310处理建议');
    // Manual confirmations with who and when (Beijing time).
    expect(text).toContain('五、人工确认记录');
    expect(text).toContain('YJ-3-5软硬件环境合规性检测不通过李复核员2024年5月1日09:50接收端OFD阅读器版本过旧，无法打开2件材料');
  });

  it('caps the evidence of an item at 20 lines and says how many more the JSON report has', async () => {
    const { pages } = await readBack(await fourPropertyReportPdf({ report: failingReport(300), court }, { fonts }));
    const text = allText(pages);
    const paths = failingPaths(300).map(squash);
    for (const p of paths.slice(0, 20)) expect(text).toContain(p);
    expect(text).not.toContain(paths[20]);
    expect(text).toContain('……另有280条，见JSON报告');
    expect(pages.length).toBeGreaterThan(1);
    expectFooters(pages);
    expectInsideMargins(pages);
  });

  it('continues a row of 300 evidence lines over many pages, header repeated, nothing lost or printed twice', async () => {
    const report: FourPropertyReportOut = failingReport(300);
    const { pages } = await readBack(await fourPropertyReportPdf({ report, court, confirmations }, { fonts, evidenceLimit: 1000 }));
    expect(pages.length).toBeGreaterThan(5);
    expectFooters(pages);
    expectInsideMargins(pages);
    const text = allText(pages);
    const paths = failingPaths(300).map(squash);
    for (const p of paths) expect(occurrences(text, p)).toBe(1);
    // In order, and every page but the last two (confirmations, signatures) carries the table header.
    const at = paths.map((p) => text.indexOf(p));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(text).not.toContain('另有');
    pages.slice(0, -1).forEach((p) => expect(p.text).toContain('编号检测项目结果依据与说明'));
    // The continuation pages of YJ-1-1 say so in its first column.
    expect(pages.filter((p) => p.text.includes('YJ-1-1（续）')).length).toBeGreaterThanOrEqual(pages.length - 3);
    expect(text).toContain('检测人（签字）：');
  });
});
