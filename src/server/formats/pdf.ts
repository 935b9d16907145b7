import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  getDocument,
  PDFDataRangeTransport,
  VerbosityLevel,
  type PDFDocumentLoadingTask,
  type PDFDocumentProxy,
} from 'pdfjs-dist/legacy/build/pdf.mjs';
import { openByteReader, type ByteReader } from './byte-reader.js';
import { fontsNotEmbedded, type LoadedFont } from './pdf-fonts.js';
import { readPdfStructure } from './pdf-structure.js';
import { pdfAClaim } from './pdfa-claim.js';
import { problem } from './problems.js';
import type { CheckerFacts } from './types.js';

export interface PdfOptions {
  /** Pages read for text and fonts; a longer PDF is sampled evenly, first and last page included. */
  samplePages: number;
  /** Files up to this size are handed to pdf.js in memory; larger ones are read range by range. */
  inMemoryLimitBytes?: number;
}

const DEFAULT_IN_MEMORY_LIMIT = 512 * 1024 * 1024;
const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/** Predefined CJK CMaps (UniGB-UCS2-H …) are needed to extract text set in non-embedded Chinese fonts. */
const CMAP_DIR = join(pdfjsRoot, 'cmaps') + '/';
const WASM_DIR = join(pdfjsRoot, 'wasm') + '/';
const ICC_DIR = join(pdfjsRoot, 'iccs') + '/';

/** pdf.js asks for byte ranges; this answers them from the open file. */
class FileRangeTransport extends PDFDataRangeTransport {
  onReadError: (e: unknown) => void = () => {};

  constructor(private readonly reader: ByteReader) {
    super(reader.size, null);
  }

  override requestDataRange(begin: number, end: number): void {
    this.reader.read(begin, end - begin).then(
      (chunk) => this.onDataRange(begin, new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length)),
      (e: unknown) => this.onReadError(e),
    );
  }
}

/** Evenly spread page numbers (1-based), always including the first and the last. */
export function samplePageNumbers(pageCount: number, sample: number): number[] {
  if (pageCount <= sample) return Array.from({ length: pageCount }, (_, i) => i + 1);
  if (sample <= 1) return [1];
  const pages = new Set<number>();
  for (let i = 0; i < sample; i++) pages.add(1 + Math.round((i * (pageCount - 1)) / (sample - 1)));
  return [...pages];
}

/**
 * Opens a PDF with pdf.js (no eval, no system or standard-font substitution, no font loading into
 * a page) and reports page count, encryption, text layer, font embedding, version and PDF/A claim.
 *
 * Findings: PDF_CORRUPT (cut short, unparsable, or a page whose content cannot be read);
 * PDF_ENCRYPTED (a user password, or an owner password only — still encrypted, DA/T 70
 * GD-3-8); PDF_XREF_INVALID; PDF_FONTS_NOT_EMBEDDED; PDF_NO_TEXT_LAYER; PDF_PAGES_SAMPLED.
 * @throws the file system's error only when the file cannot be opened or read; a bad PDF is a finding.
 */
export async function inspectPdf(path: string, options: PdfOptions): Promise<CheckerFacts> {
  const facts: CheckerFacts = { problems: [] };
  const reader = await openByteReader(path);
  let task: PDFDocumentLoadingTask | undefined;
  try {
    const structure = await readPdfStructure(reader);
    if (structure.headerVersion) facts.pdfVersion = structure.headerVersion;
    let corrupt = false;
    if (!structure.hasEndMarker) {
      facts.problems.push(problem('PDF_CORRUPT', '文件不完整，缺少结尾标记 %%EOF，可能在传输中被截断'));
      corrupt = true;
    } else if (structure.xrefOffsetValid === false) {
      facts.problems.push(problem('PDF_XREF_INVALID'));
    }

    task = await load(path, reader, options.inMemoryLimitBytes ?? DEFAULT_IN_MEMORY_LIMIT);
    let doc: PDFDocumentProxy;
    try {
      doc = await task.promise;
    } catch (e) {
      if ((e as Error)?.name === 'PasswordException') {
        facts.encrypted = true;
        facts.problems.push(problem('PDF_ENCRYPTED', '需要打开密码'));
      } else if (!corrupt) {
        facts.problems.push(problem('PDF_CORRUPT', `无法解析（${(e as Error)?.message ?? String(e)}）`));
      }
      return facts;
    }

    facts.pages = doc.numPages;
    const permissions = await doc.getPermissions();
    facts.encrypted = permissions !== null || structure.encryptKey;
    if (facts.encrypted) facts.problems.push(problem('PDF_ENCRYPTED', '文件设有权限密码（无需密码即可打开，但内容仍是加密存储的）'));
    const { info, metadata } = await doc.getMetadata();
    const version = (info as { PDFFormatVersion?: string }).PDFFormatVersion;
    if (version) facts.pdfVersion = version;
    facts.pdfA = pdfAClaim(metadata?.getRaw());

    await readPages(doc, options.samplePages, facts, corrupt);
    return facts;
  } finally {
    await task?.destroy();
    await reader.close();
  }
}

async function load(path: string, reader: ByteReader, inMemoryLimit: number): Promise<PDFDocumentLoadingTask> {
  const common = {
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    // Reject instead of silently skipping damaged content streams and images.
    stopAtErrors: true,
    verbosity: VerbosityLevel.ERRORS,
    cMapUrl: CMAP_DIR,
    cMapPacked: true,
    wasmUrl: WASM_DIR,
    iccUrl: ICC_DIR,
  };
  if (reader.size <= inMemoryLimit) {
    const bytes = await readFile(path);
    // A plain Uint8Array view: pdf.js refuses Node Buffers.
    return getDocument({ ...common, data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) });
  }
  const range = new FileRangeTransport(reader);
  const task = getDocument({ ...common, range, length: reader.size, disableAutoFetch: true, disableStream: true });
  range.onReadError = () => void task.destroy();
  return task;
}

/** Text layer and font embedding from a sample of pages; page-level damage is PDF_CORRUPT. */
async function readPages(doc: PDFDocumentProxy, sample: number, facts: CheckerFacts, alreadyCorrupt: boolean): Promise<void> {
  const pages = samplePageNumbers(doc.numPages, sample);
  const missingFonts = new Set<string>();
  const badPages: string[] = [];
  let hasText = false;
  for (const n of pages) {
    try {
      const page = await doc.getPage(n);
      const text = await page.getTextContent();
      const pageHasText = text.items.some((item) => 'str' in item && item.str.trim() !== '');
      hasText ||= pageHasText;
      if (pageHasText) {
        const ops = await page.getOperatorList();
        const lookup = (name: string) => (page.commonObjs.has(name) ? (page.commonObjs.get(name) as LoadedFont) : undefined);
        for (const font of fontsNotEmbedded(ops, lookup)) missingFonts.add(font);
      }
      page.cleanup();
    } catch (e) {
      badPages.push(`第 ${n} 页（${(e as Error)?.message ?? String(e)}）`);
    }
  }
  facts.textLayer = hasText;
  facts.fontsEmbedded = missingFonts.size === 0;
  if (badPages.length > 0 && !alreadyCorrupt) {
    facts.problems.push(problem('PDF_CORRUPT', `页面内容无法解析：${badPages.slice(0, 5).join('；')}`));
  }
  if (missingFonts.size > 0) {
    const names = [...missingFonts];
    facts.problems.push(problem('PDF_FONTS_NOT_EMBEDDED', names.slice(0, 8).join('、') + (names.length > 8 ? ` 等 ${names.length} 种` : '')));
  }
  if (!hasText && badPages.length < pages.length) facts.problems.push(problem('PDF_NO_TEXT_LAYER'));
  if (pages.length < doc.numPages) {
    facts.problems.push(problem('PDF_PAGES_SAMPLED', `共 ${doc.numPages} 页，抽查 ${pages.length} 页`));
  }
}
