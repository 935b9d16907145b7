import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCjkFont, type CjkFontSet } from './cjk-font.js';
import { countSentences, renderNotesSheet, type NotesSheetData } from './notes-sheet.js';

const run = promisify(execFile);
let dir: string;
let fonts: CjkFontSet;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casevault-notes-test-'));
  fonts = await loadCjkFont();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function text(pdf: Uint8Array, name: string): Promise<string> {
  await writeFile(join(dir, `${name}.pdf`), pdf);
  return (await run('pdftotext', ['-raw', join(dir, `${name}.pdf`), '-'])).stdout.replace(/\s+/g, '');
}

const notes: NotesSheetData = {
  caseNumber: '（2024）沪0118民初1234号',
  volumeKind: 'side',
  book: { number: 1, of: 1 },
  materialCount: 23,
  pageCount: 187,
  recordingCount: 2,
  remarks: '庭审录音录像 2 件以电子文件归档，未刻录光盘。',
  compiler: '孙书记员',
  compiledAt: '2024-09-01',
  checker: '王法官',
  checkedAt: '2024-09-05',
};

describe('renderNotesSheet', () => {
  it('prints the counts, the remarks and who compiled and checked the file, when', async () => {
    const pdf = await renderNotesSheet(notes, { fonts });
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
    const t = await text(pdf, 'notes');
    for (const s of ['卷内备考表', '案号：（2024）沪0118民初1234号', '副卷第1册共1册', '本卷共有文件材料23件，共187页。', '其中庭审录音录像2件，无页码。', '说明：', '庭审录音录像2件以电子文件归档，未刻录光盘。', '立卷人：孙书记员', '2024年9月1日', '检查人：王法官', '2024年9月5日']) {
      expect(t).toContain(s);
    }
  });

  it('leaves blanks to fill in by hand and cuts a 说明 too long for its box', async () => {
    const pdf = await renderNotesSheet({ ...notes, remarks: '说明文字较长。'.repeat(300), checker: null, checkedAt: null }, { fonts });
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
    const t = await text(pdf, 'long');
    expect(t).toContain('……（下略）');
    expect(t).toContain('年月日');
  });
});

describe('countSentences', () => {
  it('mentions recordings only when there are some', () => {
    expect(countSentences({ materialCount: 3, pageCount: 10, recordingCount: 0 })).toEqual(['本卷共有文件材料 3 件，共 10 页。']);
    expect(countSentences({ materialCount: 3, pageCount: 10, recordingCount: 1 })[1]).toBe('其中庭审录音录像 1 件，无页码。');
  });
});
