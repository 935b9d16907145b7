import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCjkFont, type CjkFontSet } from './cjk-font.js';
import { renderCover, SIDE_VOLUME_NOTICE, type CoverData } from './cover.js';

const run = promisify(execFile);
let dir: string;
let fonts: CjkFontSet;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casevault-cover-test-'));
  fonts = await loadCjkFont();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function pdfText(pdf: Uint8Array, name: string): Promise<string> {
  const path = join(dir, `${name}.pdf`);
  await writeFile(path, pdf);
  return (await run('pdftotext', ['-layout', path, '-'])).stdout;
}

const cover: CoverData = {
  courtName: '上海市青浦区人民法院',
  volumeKind: 'main',
  book: { number: 1, of: 2 },
  caseNumber: '（2024）沪0118民初1234号',
  causeOfAction: '买卖合同纠纷',
  parties: [
    { role: '原告', name: '张三' },
    { role: '被告', name: '上海某某贸易有限公司' },
    { role: '被告', name: '李四' },
  ],
  presidingJudge: '王法官',
  judges: ['赵审判员', '钱审判员'],
  clerk: '孙书记员',
  filedAt: '2024-03-05',
  closedAt: '2024-06-28',
  closingMethod: '判决',
  archivedAt: '2024-09-10',
  retentionPeriod: '长期',
  fondsCode: 'J019',
  catalogueNumber: '2024-ZY-01',
  fileNumber: '0001234',
};

describe('renderCover', () => {
  it('prints the case, its people and dates, and the archival numbers at the foot', async () => {
    const pdf = await renderCover(cover, { fonts });
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toContain('（2024）沪0118民初1234号');
    const text = (await pdfText(pdf, 'main')).replace(/\s+/g, '');
    for (const s of ['上海市青浦区人民法院', '诉讼卷宗', '正卷', '第1册共2册', '（2024）沪0118民初1234号', '买卖合同纠纷', '原告张三', '被告上海某某贸易有限公司、李四', '王法官', '赵审判员、钱审判员', '孙书记员', '2024年3月5日', '2024年6月28日', '判决', '2024年9月10日', '长期', '全宗号目录号案卷号', 'J0192024-ZY-010001234']) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('不对外');
  });

  it('marks a 副卷 as closed to outside reading', async () => {
    const text = (await pdfText(await renderCover({ ...cover, volumeKind: 'side', book: { number: 1, of: 1 } }, { fonts }), 'side')).replace(/\s+/g, '');
    expect(text).toContain('副卷');
    expect(text).toContain(SIDE_VOLUME_NOTICE.replace(/\s+/g, ''));
  });

  it('embeds a subset of the fonts and stays small', async () => {
    const pdf = await renderCover(cover, { fonts });
    expect(pdf.length).toBeLessThan(300_000);
    await writeFile(join(dir, 'fonts.pdf'), pdf);
    const { stdout } = await run('pdffonts', [join(dir, 'fonts.pdf')]);
    const rows = stdout.split('\n').slice(2).filter(Boolean);
    expect(rows).toHaveLength(2); // the CJK font and the Latin one
    // emb yes. (pdffonts reads 'sub no': pdf-lib names subsets without the ABCDEF+ tag.)
    for (const row of rows) expect(row).toMatch(/Identity-H\s+yes\s/);
  });

  it('fits many parties on the one page, shortening the list past what fits', async () => {
    const parties = Array.from({ length: 200 }, (_, i) => ({ role: i % 2 ? '被告' : '原告', name: `当事人姓名${i + 1}号` }));
    const pdf = await renderCover({ ...cover, parties }, { fonts });
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
    const text = (await pdfText(pdf, 'many')).replace(/\s+/g, '');
    expect(text).toContain('全宗号目录号案卷号');
    expect(text).toMatch(/等100人/);
    expect(text).toContain('当事人姓名1号');
  });
});
