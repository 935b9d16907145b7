import { createReadStream } from 'node:fs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { inspectFile } from '../src/server/formats/index.js';
import { FsBlobStore } from '../src/server/storage/fs-blob-store.js';

/**
 * Born-digital PDF intake: stage (SHA-256 + SM3 on the way in) → identify and validate with pdf.js
 * (pages, encryption, text layer, fonts) → commit, on a generated PDF of BENCH_PDF_PAGES pages
 * (default 150) with a photo-like JPEG and a line of text on each page.
 */
export async function bornDigitalBench(): Promise<object> {
  const pages = Number(process.env.BENCH_PDF_PAGES ?? 150);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casevault-bench-pdf-'));
  try {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (let i = 0; i < pages; i++) {
      const noise = await sharp({ create: { width: 1000, height: 750, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 100 + (i % 50), sigma: 40 } } }).jpeg({ quality: 80 }).toBuffer();
      const image = await doc.embedJpg(noise);
      const page = doc.addPage([595, 842]);
      page.drawImage(image, { x: 40, y: 300, width: 515, height: 386 });
      page.drawText(`Exhibit page ${i + 1}`, { x: 40, y: 780, size: 14, font });
    }
    const file = path.join(dir, 'evidence.pdf');
    fs.writeFileSync(file, await doc.save());
    const bytes = fs.statSync(file).size;
    const store = new FsBlobStore(path.join(dir, 'blobs'), path.join(dir, 'staging'));
    const started = process.hrtime.bigint();
    const staged = await store.stage(createReadStream(file, { highWaterMark: 1024 * 1024 }));
    const t1 = process.hrtime.bigint();
    const facts = await inspectFile(staged.path, 'evidence.pdf');
    const t2 = process.hrtime.bigint();
    await store.commit(staged);
    const t3 = process.hrtime.bigint();
    const s = (a: bigint, b: bigint) => Number(b - a) / 1e9;
    const mb = bytes / 1024 ** 2;
    return {
      scenario: 'born-digital-pdf-intake',
      pages: facts.pages,
      mb: Math.round(mb * 10) / 10,
      problems: facts.problems.map((p) => p.code),
      stageMbPerS: Math.round(mb / s(started, t1)),
      inspectMbPerS: Math.round(mb / s(t1, t2)),
      commitMbPerS: Math.round(mb / s(t2, t3)),
      totalMbPerS: Math.round(mb / s(started, t3)),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
