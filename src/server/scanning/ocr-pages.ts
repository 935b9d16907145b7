import { join } from 'node:path';
import sharp from 'sharp';
import { ocrPage, probeTesseract } from './tesseract.js';

/** A page to OCR: which page of which file, at what resolution. */
export interface OcrSource {
  source: string;
  sourcePage: number;
  pagesInFile: number;
  dpi: number;
}

export interface OcrSettings {
  tesseractPath: string;
  language: string;
  concurrency: number;
  timeoutMs: number;
}

/** Every page's text-only PDF and text, or why there are none. */
export type OcrOutcome = { status: 'done'; pdfs: Uint8Array[]; texts: string[] } | { status: 'unavailable' | 'failed'; message: string };

/**
 * OCRs pages with tesseract, `concurrency` processes at a time, writing into `tempDir`. All or
 * nothing: the first failure stops further pages and the outcome is 'failed' with its message;
 * a missing program or language is 'unavailable'. Never throws for tesseract's own failures.
 */
export async function ocrPages(
  pages: readonly OcrSource[],
  read: (path: string) => Promise<Buffer>,
  tempDir: string,
  settings: OcrSettings,
): Promise<OcrOutcome> {
  const probe = await probeTesseract(settings.tesseractPath, settings.language);
  if (!probe.available) return { status: 'unavailable', message: probe.message };
  const pdfs: Uint8Array[] = new Array(pages.length);
  const texts: string[] = new Array(pages.length);
  let next = 0;
  let failure: string | null = null;
  const worker = async () => {
    while (failure === null && next < pages.length) {
      const i = next++;
      const p = pages[i]!;
      try {
        const image = await ocrInput(p, read, join(tempDir, `in-${i}.png`));
        const out = await ocrPage({
          tesseractPath: settings.tesseractPath,
          language: settings.language,
          image,
          dpi: p.dpi,
          outBase: join(tempDir, `out-${i}`),
          timeoutMs: settings.timeoutMs,
        });
        pdfs[i] = out.pdf;
        texts[i] = out.text.replace(/\f$/, '').trimEnd();
      } catch (e) {
        failure ??= `第 ${i + 1} 页：${(e as Error).message}`;
      }
    }
  };
  const workers = Math.max(1, Math.min(settings.concurrency, pages.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return failure === null ? { status: 'done', pdfs, texts } : { status: 'failed', message: failure };
}

/** The image tesseract reads: the file itself when it holds just this page in a format tesseract
 * reads, otherwise the page written out as PNG. */
async function ocrInput(p: OcrSource, read: (path: string) => Promise<Buffer>, pngPath: string): Promise<string> {
  const bytes = await read(p.source);
  const format = (await sharp(bytes).metadata()).format;
  if (p.pagesInFile === 1 && (format === 'jpeg' || format === 'png' || format === 'tiff')) return p.source;
  await sharp(bytes, { page: p.sourcePage }).flatten({ background: '#ffffff' }).png({ compressionLevel: 1 }).toFile(pngPath);
  return pngPath;
}
