import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, concatTransformationMatrix, drawObject, popGraphicsState, pushGraphicsState, type PDFPage } from 'pdf-lib';
import sharp from 'sharp';
import { ocrPages, type OcrOutcome } from './ocr-pages.js';
import { embedPageImage, type EmbeddedImage } from './page-image.js';

/** Resolution assumed for a page whose file records none. */
export const DEFAULT_DPI = 200;

/** One scanned image to place on a PDF page. */
export interface AssemblyPage {
  path: string;
  /** Resolution the page was scanned at (from analysePage); null: assume DEFAULT_DPI. */
  dpi: number | null;
  /** One page of a multi-page file (0-based). Omitted: every page of the file, all at `dpi`. */
  page?: number;
}

export interface AssembleOptions {
  /** Where the PDF is written (staged beside it, then renamed into place). */
  outputPath: string;
  /** Add an OCR text layer. */
  ocr: boolean;
  /** Document title (题名); Chinese is kept (UTF-16 in the Info dictionary). */
  title?: string;
  /** The tesseract program. Default 'tesseract' (found on PATH). */
  tesseractPath?: string;
  /** Tesseract language(s). Default 'chi_sim' (it also reads Latin letters and digits). */
  ocrLanguage?: string;
  /** Pages OCRed at once. Default: the number of CPUs. */
  ocrConcurrency?: number;
  /** Per page. Default 120 s. */
  ocrTimeoutMs?: number;
  /** See EmbedOptions.passthrough. Default true. */
  passthrough?: boolean;
}

/** 'not_run': not asked for; 'unavailable': tesseract or its language is missing here. */
export type OcrStatus = 'done' | 'not_run' | 'unavailable' | 'failed';

export interface AssembledPage {
  source: string;
  sourcePage: number;
  dpi: number;
  /** True when the file recorded no resolution and DEFAULT_DPI was used. */
  dpiAssumed: boolean;
  widthPt: number;
  heightPt: number;
  image: Omit<EmbeddedImage, 'ref'>;
}

export interface AssembledPdf {
  path: string;
  bytes: number;
  pages: number;
  pageDetails: AssembledPage[];
  ocr: OcrStatus;
  /** Why OCR was unavailable or failed. */
  ocrMessage?: string;
  /** Recognised text of each page, for the search index (when ocr is 'done'). */
  ocrPages?: string[];
  /** The pages' text joined with form feeds, as tesseract separates pages. */
  ocrText?: string;
}

/**
 * Assembles one material's scanned pages into one PDF: a page per image, sized from its pixels and
 * resolution, the image at full resolution and without loss (see embedPageImage), Title and
 * Producer (CaseVault) set. With `ocr`, each page is OCRed by tesseract (chi_sim, in parallel) and
 * its text-only page is laid over the image: invisible, selectable, searchable text. OCR that
 * cannot run is 'unavailable' and OCR that fails is 'failed' with tesseract's message — the PDF is
 * then written without any text layer, never with part of one.
 *
 * @throws Error when an image cannot be read or decoded, or the PDF cannot be written.
 */
export async function assemblePdf(pages: readonly AssemblyPage[], options: AssembleOptions): Promise<AssembledPdf> {
  const files = new Map<string, Promise<Buffer>>();
  const read = (path: string) => {
    let bytes = files.get(path);
    if (!bytes) files.set(path, (bytes = readFile(path)));
    return bytes;
  };
  const planned: Array<{ source: string; sourcePage: number; pagesInFile: number; dpi: number; dpiAssumed: boolean }> = [];
  for (const entry of pages) {
    const bytes = await read(entry.path);
    const pagesInFile = (await sharp(bytes).metadata()).pages ?? 1;
    const dpi = entry.dpi && entry.dpi > 0 ? entry.dpi : DEFAULT_DPI;
    const which = entry.page === undefined ? Array.from({ length: pagesInFile }, (_, i) => i) : [entry.page];
    for (const sourcePage of which) planned.push({ source: entry.path, sourcePage, pagesInFile, dpi, dpiAssumed: !(entry.dpi && entry.dpi > 0) });
  }

  const doc = await PDFDocument.create();
  if (options.title) doc.setTitle(options.title, { showInWindowTitleBar: true });
  doc.setProducer('CaseVault');
  doc.setCreator('CaseVault 卷宗库');
  doc.setLanguage('zh-CN');

  const tempDir = options.ocr ? await mkdtemp(join(tmpdir(), 'casevault-ocr-')) : null;
  // OCR (seconds a page) runs while the images are embedded (milliseconds).
  const ocr: Promise<OcrOutcome | null> = tempDir
    ? ocrPages(planned, read, tempDir, {
        tesseractPath: options.tesseractPath ?? 'tesseract',
        language: options.ocrLanguage ?? 'chi_sim',
        concurrency: options.ocrConcurrency ?? availableParallelism(),
        timeoutMs: options.ocrTimeoutMs ?? 120_000,
      })
    : Promise.resolve(null);
  ocr.catch(() => undefined);
  try {

    const placed: Array<{ page: PDFPage; detail: AssembledPage }> = [];
    for (const p of planned) {
      const image = await embedPageImage(doc, await read(p.source), p.sourcePage, { passthrough: options.passthrough });
      const widthPt = (image.widthPx * 72) / p.dpi;
      const heightPt = (image.heightPx * 72) / p.dpi;
      const page = doc.addPage([widthPt, heightPt]);
      const name = page.node.newXObject('Scan', image.ref);
      page.pushOperators(pushGraphicsState(), concatTransformationMatrix(widthPt, 0, 0, heightPt, 0, 0), drawObject(name), popGraphicsState());
      const { ref: _ref, ...info } = image;
      placed.push({ page, detail: { source: p.source, sourcePage: p.sourcePage, dpi: p.dpi, dpiAssumed: p.dpiAssumed, widthPt, heightPt, image: info } });
    }

    const outcome = await ocr;
    let result: Pick<AssembledPdf, 'ocr' | 'ocrMessage' | 'ocrPages' | 'ocrText'> = { ocr: 'not_run' };
    if (outcome && outcome.status === 'done') {
      for (let i = 0; i < placed.length; i++) {
        const { page, detail } = placed[i]!;
        const [textPage] = await doc.embedPdf(outcome.pdfs[i]!, [0]);
        page.drawPage(textPage!, { x: 0, y: 0, width: detail.widthPt, height: detail.heightPt });
      }
      result = { ocr: 'done', ocrPages: outcome.texts, ocrText: outcome.texts.join('\f') };
    } else if (outcome) {
      result = { ocr: outcome.status, ocrMessage: outcome.message };
    }

    const bytes = await doc.save({ useObjectStreams: false });
    const staged = `${options.outputPath}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(staged, bytes);
      await rename(staged, options.outputPath);
    } catch (e) {
      await rm(staged, { force: true });
      throw e;
    }
    return { path: options.outputPath, bytes: bytes.length, pages: placed.length, pageDetails: placed.map((p) => p.detail), ...result };
  } finally {
    if (tempDir) {
      await ocr.catch(() => undefined); // no tesseract left writing into the directory
      await rm(tempDir, { recursive: true, force: true });
    }
  }
}
