import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCatalogueList, pageLabel, type CatalogueListEntry } from './catalogue-list.js';
import { loadCjkFont, type CjkFontSet } from './cjk-font.js';

const run = promisify(execFile);
let dir: string;
let fonts: CjkFontSet;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casevault-list-test-'));
  fonts = await loadCjkFont();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/**
 * pdftotext of each page: -layout keeps a table row on one line (but interleaves the lines of
 * wrapped cells), -raw keeps the order of drawing (each cell's lines together).
 */
async function pagesText(pdf: Uint8Array, name: string, mode: '-layout' | '-raw' = '-layout'): Promise<string[]> {
  const path = join(dir, `${name}.pdf`);
  await writeFile(path, pdf);
  return (await run('pdftotext', [mode, path, '-'])).stdout.split('\f').filter((p) => p.trim());
}
const squash = (s: string) => s.replace(/\s+/g, '');

const longTitle = '上海市青浦区人民法院关于原告张三诉被告上海某某贸易有限公司买卖合同纠纷一案的证据交换笔录及当事人质证意见和补充证据目录表';

function entries(n: number): CatalogueListEntry[] {
  let next = 1;
  return Array.from({ length: n }, (_, i) => {
    const recording = i % 10 === 9;
    const pages = recording ? 0 : (i % 4) + 1;
    const e = { seq: i + 1, title: recording ? `庭审录音录像第${i + 1}号` : `诉讼材料第${i + 1}号`, responsible: '上海市青浦区人民法院', date: '2024-03-05', pageStart: recording ? null : next, pageEnd: recording ? null : next + pages - 1, remarks: recording ? '光盘1张' : null };
    next += pages;
    return e;
  });
}

const base = { caseNumber: '（2024）沪0118民初1234号', volumeKind: 'main' as const, book: { number: 2, of: 3 } };

describe('renderCatalogueList', () => {
  it('prints the header and each entry with its responsible, date and page range', async () => {
    const list = [
      { seq: 1, title: '民事起诉状', responsible: '张三', date: '2024-03-05', pageStart: 1, pageEnd: 4, remarks: null },
      { seq: 2, title: '受理案件通知书', responsible: '上海市青浦区人民法院', date: '2024-03-06', pageStart: 5, pageEnd: 5, remarks: null },
      { seq: 3, title: '庭审录音录像', responsible: '上海市青浦区人民法院', date: '2024-05-10', pageStart: null, pageEnd: null, remarks: '光盘1张' },
    ];
    const [page] = await pagesText(await renderCatalogueList({ ...base, entries: list }, { fonts }), 'short');
    expect(squash(page!)).toContain('卷内目录');
    expect(squash(page!)).toContain('案号：（2024）沪0118民初1234号');
    expect(squash(page!)).toContain('正卷第2册共3册');
    const rows = page!.split('\n');
    expect(rows.find((r) => r.includes('民事起诉状'))).toMatch(/1\s+民事起诉状\s+张三\s+2024-03-05\s+1-4/);
    expect(rows.find((r) => r.includes('受理案件通知书'))).toMatch(/2024-03-06\s+5\s*$/);
    // A recording: no page number, a remark.
    expect(rows.find((r) => r.includes('庭审录音录像'))).toMatch(/2024-05-10\s+光盘1张\s*$/);
  });

  it('prints dates as 年月日 when asked', async () => {
    const list = [{ seq: 1, title: '民事起诉状', responsible: '张三', date: '2024-03-05', pageStart: 1, pageEnd: 4, remarks: null }];
    const [page] = await pagesText(await renderCatalogueList({ ...base, entries: list, dateStyle: 'chinese' }, { fonts }), 'chinese', '-raw');
    expect(squash(page!)).toContain('2024年3月5日');
  });

  it('wraps a 60-character title inside its cell', async () => {
    expect([...longTitle]).toHaveLength(60);
    const list = [{ seq: 1, title: longTitle, responsible: '张三', date: '2024-03-05', pageStart: 1, pageEnd: 12, remarks: null }];
    const pdf = await renderCatalogueList({ ...base, entries: list }, { fonts });
    const [page] = await pagesText(pdf, 'long');
    const lines = page!.split('\n').filter((l) => /[上告案充]/.test(l) && !l.includes('案号'));
    expect(lines.length).toBeGreaterThanOrEqual(3); // on several lines…
    for (const l of lines) expect(l).not.toContain(longTitle);
    const [raw] = await pagesText(pdf, 'long-raw', '-raw');
    expect(squash(raw!)).toContain(longTitle); // …and nothing lost
    expect(squash(page!)).toContain('1-12');
  });

  it('continues 120 entries over several pages, repeating the header row', async () => {
    const list = entries(120);
    const pdf = await renderCatalogueList({ ...base, entries: list }, { fonts });
    const pages = await pagesText(pdf, 'many', '-raw');
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(pages.length);
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((p, i) => {
      expect(squash(p)).toContain('序号文件材料名称责任者日期页号备注');
      expect(squash(p)).toContain(`第${i + 1}页共${pages.length}页`);
    });
    const all = squash(pages.join(''));
    for (const e of list) {
      expect(all).toContain(e.title);
      expect(all).toContain(`${e.seq}${e.title}上海市青浦区人民法院2024-03-05${pageLabel(e)}${e.remarks ?? ''}`);
    }
  });
});

describe('pageLabel', () => {
  it('prints one page, a range, or nothing for a recording', () => {
    expect(pageLabel({ pageStart: 5, pageEnd: 5 })).toBe('5');
    expect(pageLabel({ pageStart: 5, pageEnd: 8 })).toBe('5-8');
    expect(pageLabel({ pageStart: null, pageEnd: null })).toBe('');
  });
});
