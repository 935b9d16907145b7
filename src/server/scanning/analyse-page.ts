import { readFile } from 'node:fs/promises';
import type { ColourMode, PageMeasures } from '../domain/scan-qc/index.js';
import { findBlackBorder } from './black-border.js';
import { COLOUR_CONTENT_RATIO, colourfulRatio } from './colour-content.js';
import { inkLevels } from './ink-levels.js';
import { measureSharpness } from './sharpness.js';
import { estimateSkew } from './skew.js';
import { loadWorkingCopy, type RawPixels } from './working-copy.js';

export interface AnalysePageOptions {
  /** Page of a multi-page file (TIFF), 0-based. Default 0. */
  page?: number;
}

/**
 * Measures one scanned page for quality control (judgePage in src/server/domain/scan-qc): size,
 * resolution, colour mode as stored and as used by the content, ink coverage (blank pages), skew,
 * black edge bands, contrast and sharpness. Works on a copy shrunk to 70–140 dpi; the measures
 * of ink, contrast, sharpness and skew are taken inside any black border so a lid shadow neither
 * hides a blank page nor passes for contrast.
 *
 * `input` is a file path or the file's bytes.
 *
 * @throws Error when the file cannot be read or decoded (sharp's message) — an unreadable file is
 *   not a page to judge, the caller records it as such.
 */
export async function analysePage(input: string | Buffer, options: AnalysePageOptions = {}): Promise<PageMeasures> {
  return (await analysePageWithPreview(input, options)).measures;
}

/**
 * analysePage, also returning the working copy's pixels (70–140 dpi, colour kept): enough for a
 * thumbnail, so the scanning station's check decodes each page once.
 */
export async function analysePageWithPreview(input: string | Buffer, options: AnalysePageOptions = {}): Promise<{ measures: PageMeasures; preview: RawPixels }> {
  const bytes = typeof input === 'string' ? await readFile(input) : input;
  const { stored, image, pixels, workingDpi } = await loadWorkingCopy(bytes, options.page ?? 0);
  const border = findBlackBorder(image);
  const levels = inkLevels(image, border.interior);
  const colourful = colourfulRatio(image, border.interior);
  const measures: PageMeasures = {
    width: stored.width,
    height: stored.height,
    dpi: stored.dpi,
    colourMode: effectiveColourMode(stored.storedColourMode, stored.twoLevels, colourful),
    storedColourMode: stored.storedColourMode,
    format: stored.format,
    pageCount: stored.pageCount,
    inkRatio: levels.inkRatio,
    skewDegrees: estimateSkew(image, border.interior, levels.inkThreshold),
    blackBorderRatio: border.ratio,
    paperLevel: levels.paperLevel,
    inkLevel: levels.inkLevel,
    contrast: levels.contrast,
    sharpness: measureSharpness(image, border.interior, levels.contrast, workingDpi),
    colourfulRatio: colourful,
  };
  return { measures, preview: pixels };
}

function effectiveColourMode(stored: ColourMode, twoLevels: boolean | null, colourful: number): ColourMode {
  if (stored === 'colour') return colourful >= COLOUR_CONTENT_RATIO ? 'colour' : 'grey';
  if (stored === 'grey' && twoLevels) return 'bitonal';
  return stored;
}
