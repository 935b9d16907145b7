/**
 * Scanned pages (扫描件): measuring a page for quality control and assembling a material's pages
 * into one PDF with an optional OCR text layer. I/O code (files, sharp, tesseract); the rules that
 * judge the measures are pure, in src/server/domain/scan-qc. See docs/scan-quality.md.
 */
export { analysePage, analysePageWithPreview } from './analyse-page.js';
export type { AnalysePageOptions } from './analyse-page.js';
export { assemblePdf, DEFAULT_DPI } from './assemble-pdf.js';
export type { AssembledPage, AssembledPdf, AssembleOptions, AssemblyPage, OcrStatus } from './assemble-pdf.js';
export type { EmbeddedImage, ImageEncoding } from './page-image.js';
export { probeTesseract } from './tesseract.js';
export type { TesseractProbe } from './tesseract.js';
