import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setOutline, setPageLabels } from './pdf-outline.js';

const run = promisify(execFile);
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casevault-outline-test-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('setOutline and setPageLabels', () => {
  it('gives viewers Chinese bookmarks to each part and page labels', async () => {
    const doc = await PDFDocument.create();
    const pages = Array.from({ length: 5 }, () => doc.addPage([200, 200]));
    setOutline(doc, [
      { title: '卷宗封面', page: pages[0]! },
      { title: '1 民事起诉状', page: pages[1]! },
      { title: '卷内备考表', page: pages[4]! },
    ]);
    setPageLabels(doc, [{ first: 0, prefix: '封面' }, { first: 1, numbered: { start: 1 } }, { first: 4, prefix: '备考表' }]);
    const bytes = await doc.save();

    const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: VerbosityLevel.ERRORS }).promise;
    const outline = await pdf.getOutline();
    expect(outline.map((o) => o.title)).toEqual(['卷宗封面', '1 民事起诉状', '卷内备考表']);
    const target = await pdf.getPageIndex((outline[2]!.dest as [{ num: number; gen: number }])[0]);
    expect(target).toBe(4);
    expect(await pdf.getPageLabels()).toEqual(['封面', '1', '2', '3', '备考表']);
    await pdf.destroy();

    await writeFile(join(dir, 'o.pdf'), bytes);
    await run('pdfinfo', [join(dir, 'o.pdf')]); // poppler reads it without complaint
  });
});
