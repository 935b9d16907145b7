import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, PDFName, rgb, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleVolumePdf, type VolumeParts } from './assemble-volume.js';
import { loadCjkFont, type CjkFontSet } from './cjk-font.js';

const run = promisify(execFile);
let dir: string;
let fonts: CjkFontSet;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casevault-volume-test-'));
  fonts = await loadCjkFont();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A material of `pages` pages, each saying which material and page it is. */
async function material(name: string, pages: number, letterhead = false): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 1; p <= pages; p++) {
    const page = doc.addPage([595, 842]);
    page.drawText(`${name} page ${p}`, { x: 100, y: 500, size: 14, font });
    if (letterhead) page.drawRectangle({ x: 450, y: 770, width: 145, height: 72, color: rgb(0, 0, 0) });
  }
  return doc.save();
}

async function pagesText(pdf: Uint8Array, name: string): Promise<string[]> {
  await writeFile(join(dir, `${name}.pdf`), pdf);
  return (await run('pdftotext', ['-raw', join(dir, `${name}.pdf`), '-'])).stdout.split('\f').slice(0, -1).map((p) => p.replace(/\s+/g, ''));
}

const caseNumber = '（2024）沪0118民初1234号';
const book = { number: 1, of: 1 };
async function parts(): Promise<VolumeParts> {
  const entry = (seq: number, title: string, pageStart: number | null, pageEnd: number | null) => ({ seq, title, responsible: '上海市青浦区人民法院', date: '2024-03-05', pageStart, pageEnd, remarks: null });
  return {
    cover: {
      courtName: '上海市青浦区人民法院', volumeKind: 'main', book, caseNumber, causeOfAction: '买卖合同纠纷',
      parties: [{ role: '原告', name: '张三' }], presidingJudge: null, judges: ['赵审判员'], clerk: '孙书记员',
      filedAt: '2024-03-05', closedAt: '2024-06-28', closingMethod: '判决', archivedAt: '2024-09-10', retentionPeriod: '长期',
      fondsCode: 'J019', catalogueNumber: '01', fileNumber: '0001234',
    },
    catalogue: { caseNumber, volumeKind: 'main', book, entries: [entry(1, '民事起诉状', 1, 2), entry(2, '庭审录音录像', null, null), entry(3, '民事判决书', 3, 5)] },
    notes: { caseNumber, volumeKind: 'main', book, materialCount: 3, pageCount: 5, recordingCount: 1, remarks: null, compiler: '孙书记员', compiledAt: '2024-09-01', checker: '王法官', checkedAt: '2024-09-05' },
    materialPdfs: [await material('Complaint', 2), null, await material('Judgment', 3, true)],
  };
}

describe('assembleVolumePdf', () => {
  it('binds cover, list, numbered materials and notes sheet into one PDF', async () => {
    const volume = await assembleVolumePdf(await parts(), { fonts });
    expect(volume.pageCount).toBe(1 + 1 + 5 + 1);
    expect(volume.parts).toEqual({ cover: { first: 0, count: 1 }, catalogue: { first: 1, count: 1 }, materials: { first: 2, count: 5 }, notes: { first: 7, count: 1 } });
    expect(volume.issues).toEqual([]);
    expect(volume.stamps.map((s) => [s.page, s.number])).toEqual([[2, 1], [3, 2], [4, 3], [5, 4], [6, 5]]);
    // The judgment has a letterhead top right: its numbers went elsewhere.
    expect(volume.stamps.slice(2).every((s) => s.corner !== 'top-right')).toBe(true);

    const pages = await pagesText(volume.pdf, 'volume');
    expect(pages[0]).toContain('诉讼卷宗');
    expect(pages[1]).toContain('卷内目录');
    expect(pages[1]).toContain('1民事起诉状上海市青浦区人民法院2024-03-051-2');
    expect(pages[1]).toContain('2庭审录音录像上海市青浦区人民法院2024-03-05');
    expect(pages[1]).toContain('3民事判决书上海市青浦区人民法院2024-03-053-5');
    expect(pages[2]).toContain('Complaintpage1');
    for (let n = 1; n <= 5; n++) expect(pages[1 + n]).toContain(String(n));
    expect(pages[4]).toContain('Judgmentpage1');
    expect(pages[7]).toContain('本卷共有文件材料3件，共5页。');
    expect(pages[7]).toContain('其中庭审录音录像1件，无页码。');

    const doc = await PDFDocument.load(volume.pdf);
    expect(doc.getTitle()).toBe(`${caseNumber} 正卷 第1册`);
    expect(doc.catalog.get(PDFName.of('Outlines'))).toBeDefined();
  });

  it('prints the page ranges the PDFs really have and reports a catalogue that differs', async () => {
    const p = await parts();
    p.catalogue = { ...p.catalogue, entries: p.catalogue.entries.map((e) => (e.seq === 1 ? { ...e, pageEnd: 3 } : e.seq === 3 ? { ...e, pageStart: 4, pageEnd: 6 } : e)) };
    p.notes = { ...p.notes, pageCount: 6 };
    const volume = await assembleVolumePdf(p, { fonts });
    expect(volume.issues.map((i) => [i.code, i.path])).toEqual([
      ['VOLUME_PAGE_RANGE_MISMATCH', 'entries[0]'],
      ['VOLUME_PAGE_RANGE_MISMATCH', 'entries[2]'],
      ['VOLUME_NOTES_COUNT_MISMATCH', 'notes.pageCount'],
    ]);
    expect(volume.issues[0]!.message).toContain('第 1-3 页');
    const pages = await pagesText(volume.pdf, 'mismatch');
    expect(pages[1]).toContain('民事判决书上海市青浦区人民法院2024-03-053-5');
    expect(pages.at(-1)).toContain('共5页');
  });

  it('refuses materials that do not match the entries', async () => {
    const p = await parts();
    await expect(assembleVolumePdf({ ...p, materialPdfs: p.materialPdfs.slice(1) }, { fonts })).rejects.toThrow('不一致');
  });
});
