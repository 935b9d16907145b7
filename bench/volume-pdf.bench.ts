import { performance } from 'node:perf_hooks';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { embedCjkText } from '../src/server/volume-documents/cjk-text.js';
import { assembleVolumePdf, loadCjkFont, type CjkFontSet, type VolumeParts } from '../src/server/volume-documents/index.js';

/**
 * Generation of the volume PDF of a 500-page case (issue 5, bench part 9): cover, 卷内目录, 50
 * materials of 10 pages (half born-digital Chinese text, half 200 dpi grey JPEG scans) with 卷内页码
 * stamped where each page is blank, and the notes sheet. Side by side: placement by looking at
 * every page (pdftoppm, the product's default) with 1 and 2 renderers at once, and without looking.
 */
export async function volumePdfBench(): Promise<object> {
  const fonts = await loadCjkFont();
  const text10 = await textMaterial(fonts, 10);
  const scan10 = await scanMaterial(10);
  const materialPdfs = Array.from({ length: 50 }, (_, i) => (i % 2 ? scan10 : text10));
  const caseNumber = '（2024）沪0118民初1234号';
  const book = { number: 1, of: 1 };
  const entries = materialPdfs.map((_, i) => ({ seq: i + 1, title: `诉讼材料第${i + 1}件`, responsible: '上海市青浦区人民法院', date: '2024-03-05', pageStart: i * 10 + 1, pageEnd: i * 10 + 10, remarks: null }));
  const parts: VolumeParts = {
    cover: { courtName: '上海市青浦区人民法院', volumeKind: 'main', book, caseNumber, causeOfAction: '买卖合同纠纷', parties: [{ role: '原告', name: '张三' }, { role: '被告', name: '李四' }], judges: ['赵审判员'], clerk: '孙书记员', filedAt: '2024-03-05', closedAt: '2024-06-28', closingMethod: '判决', archivedAt: null, retentionPeriod: null, fondsCode: 'J118', catalogueNumber: null, fileNumber: null },
    catalogue: { caseNumber, volumeKind: 'main', book, entries },
    notes: { caseNumber, volumeKind: 'main', book, materialCount: 50, pageCount: 500, recordingCount: 0, remarks: null, compiler: '孙书记员', compiledAt: '2024-09-01', checker: null, checkedAt: null },
    materialPdfs,
  };
  const runs = [];
  for (const [label, options] of [
    ['look at every page, 1 renderer', { concurrency: 1 }],
    ['look at every page, 2 renderers (default)', { concurrency: 2 }],
    ['top-right without looking', { stamp: { detectBlank: false } }],
  ] as const) {
    const t0 = performance.now();
    const volume = await assembleVolumePdf(parts, { fonts, ...options });
    runs.push({ run: label, seconds: Math.round((performance.now() - t0) / 10) / 100, pages: volume.pageCount, outputMb: Math.round(volume.pdf.length / 1e5) / 10, issues: volume.issues.length });
  }
  return { scenario: 'volume-pdf-500-pages', inputMb: Math.round(materialPdfs.reduce((n, m) => n + m.length, 0) / 1e5) / 10, runs };
}

async function textMaterial(fonts: CjkFontSet, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const text = await embedCjkText(doc, fonts);
  for (let p = 1; p <= pages; p++) {
    const page = doc.addPage([595.28, 841.89]);
    text.draw(page, '民事起诉状', 240, 740, { size: 20, bold: true });
    for (let i = 0; i < 30; i++) text.draw(page, `第${p}页第${i + 1}行：原告诉称，被告未按约定支付货款，请求判令被告支付货款及利息。`, 72, 700 - i * 20, { size: 11 });
  }
  return doc.save();
}

async function scanMaterial(pages: number): Promise<Uint8Array> {
  const [w, h] = [1654, 2339];
  const lines = Array.from({ length: 40 }, (_, i) => `<rect x="200" y="${300 + i * 45}" width="${1100 + (i % 3) * 60}" height="14" fill="#333"/>`).join('');
  const jpeg = await sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="100%" height="100%" fill="#eeeeea"/>${lines}</svg>`)).grayscale().jpeg({ quality: 80 }).toBuffer();
  const doc = await PDFDocument.create();
  const image = await doc.embedJpg(jpeg);
  for (let p = 0; p < pages; p++) doc.addPage([595.28, 841.89]).drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  return doc.save();
}
