import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { judgePage, scanQcThresholds, type PageVerdictKind, type ScanQcReasonCode } from '../domain/scan-qc/index.js';
import { analysePage } from './analyse-page.js';

/** Made by scripts/fixtures/make-scan-fixtures.sh. */
const fixture = (name: string) => fileURLToPath(new URL(`../../../test/fixtures/scans/${name}`, import.meta.url));

/** Each fixture and what judgePage must make of it with the DA/T 31-2017 defaults. */
const expected: Array<[string, PageVerdictKind, ScanQcReasonCode[]]> = [
  ['clean-300dpi-bitonal.tif', 'pass', []],
  ['colour-seal-200dpi.jpg', 'pass', []],
  ['grey-content-rgb-200dpi.jpg', 'pass', []],
  ['grey-200dpi.png', 'warn', ['FORMAT']],
  ['bitonal-in-grey-200dpi.png', 'warn', ['FORMAT']],
  ['multipage-2-bitonal.tif', 'pass', []],
  ['BLANK-300dpi.tif', 'blank', ['BLANK']],
  ['BLANK-speck-300dpi.tif', 'blank', ['BLANK']],
  ['SKEWED-3deg-300dpi.tif', 'fail', ['SKEWED']],
  ['BLACK_BORDER-300dpi.tif', 'fail', ['BLACK_BORDER']],
  ['LOW_DPI-150dpi.jpg', 'fail', ['LOW_DPI']],
  ['UNREADABLE-faded-200dpi.jpg', 'fail', ['UNREADABLE']],
  ['UNREADABLE-blurred-200dpi.jpg', 'fail', ['UNREADABLE']],
  ['UNREADABLE-dark-200dpi.jpg', 'fail', ['UNREADABLE']],
  ['NO_DPI.jpg', 'warn', ['NO_DPI']],
  ['NO_DPI.png', 'warn', ['NO_DPI', 'FORMAT']],
];

describe('analysePage + judgePage on scanned fixtures', () => {
  it.each(expected)('%s → %s %j', async (name, verdict, codes) => {
    const result = judgePage(await analysePage(fixture(name)));
    expect(result.reasons.map((r) => r.code)).toEqual(codes);
    expect(result.verdict).toBe(verdict);
  });
});

describe('analysePage', () => {
  it('measures a clean 300 dpi bitonal A4 page', async () => {
    const m = await analysePage(fixture('clean-300dpi-bitonal.tif'));
    expect(m).toMatchObject({ width: 2480, height: 3508, dpi: 300, format: 'tiff', pageCount: 1, blackBorderRatio: 0 });
    expect([m.storedColourMode, m.colourMode]).toEqual(['bitonal', 'bitonal']);
    expect(Math.abs(m.skewDegrees!)).toBeLessThanOrEqual(0.1);
    expect(m.inkRatio).toBeGreaterThan(0.005);
    expect(m.contrast).toBeGreaterThan(150);
  });

  it('measures the skew of a page turned 3° clockwise to within 0.5°, with its sign', async () => {
    const m = await analysePage(fixture('SKEWED-3deg-300dpi.tif'));
    expect(Math.abs(m.skewDegrees! - 3)).toBeLessThan(0.5);
  });

  it('takes blank sheets, specks and all, as blank', async () => {
    for (const name of ['BLANK-300dpi.tif', 'BLANK-speck-300dpi.tif']) {
      const m = await analysePage(fixture(name));
      expect(m.inkRatio).toBeLessThan(scanQcThresholds().blankInkRatio);
      expect(m.skewDegrees).toBeNull();
    }
  });

  it('measures the lid shadow and keeps it out of the ink', async () => {
    const bordered = await analysePage(fixture('BLACK_BORDER-300dpi.tif'));
    const clean = await analysePage(fixture('clean-300dpi-bitonal.tif'));
    // Bands of 130 px (left) and 70 px (top) on 2480 × 3508.
    const expectedRatio = 1 - ((2480 - 130) * (3508 - 70)) / (2480 * 3508);
    expect(Math.abs(bordered.blackBorderRatio - expectedRatio)).toBeLessThan(0.01);
    expect(bordered.inkRatio).toBeLessThan(clean.inkRatio * 1.3);
  });

  it('tells colour content from a colour container', async () => {
    const seal = await analysePage(fixture('colour-seal-200dpi.jpg'));
    expect([seal.storedColourMode, seal.colourMode]).toEqual(['colour', 'colour']);
    const bw = await analysePage(fixture('grey-content-rgb-200dpi.jpg'));
    expect([bw.storedColourMode, bw.colourMode]).toEqual(['colour', 'grey']);
  });

  it('tells a thresholded page in an 8-bit grey container from a grey scan', async () => {
    const thresholded = await analysePage(fixture('bitonal-in-grey-200dpi.png'));
    expect([thresholded.storedColourMode, thresholded.colourMode]).toEqual(['grey', 'bitonal']);
    const grey = await analysePage(fixture('grey-200dpi.png'));
    expect([grey.storedColourMode, grey.colourMode]).toEqual(['grey', 'grey']);
  });

  it('reads no resolution where the file records none (libvips would say 72)', async () => {
    expect((await analysePage(fixture('NO_DPI.png'))).dpi).toBeNull();
    expect((await analysePage(fixture('NO_DPI.jpg'))).dpi).toBeNull();
    expect((await analysePage(fixture('grey-200dpi.png'))).dpi).toBe(200);
    expect((await analysePage(fixture('LOW_DPI-150dpi.jpg'))).dpi).toBe(150);
  });

  it('separates faded, blurred and dark pages by the measure at fault', async () => {
    const faded = await analysePage(fixture('UNREADABLE-faded-200dpi.jpg'));
    const blurred = await analysePage(fixture('UNREADABLE-blurred-200dpi.jpg'));
    const dark = await analysePage(fixture('UNREADABLE-dark-200dpi.jpg'));
    const t = scanQcThresholds();
    expect(faded.contrast).toBeLessThan(t.minContrast);
    expect(faded.inkRatio).toBeGreaterThan(t.blankInkRatio); // faded is not blank
    expect(blurred.sharpness).toBeLessThan(t.minSharpness);
    expect(blurred.contrast).toBeGreaterThan(t.minContrast);
    expect(dark.paperLevel).toBeLessThan(t.minPaperLevel);
    expect(judgePage(dark).reasons[0]!.measure).toBe('paperLevel');
  });

  it('reads any page of a multi-page TIFF, each with its own size and resolution', async () => {
    const first = await analysePage(fixture('multipage-2-bitonal.tif'));
    const second = await analysePage(fixture('multipage-2-bitonal.tif'), { page: 1 });
    expect(first).toMatchObject({ pageCount: 2, width: 2480, height: 3508, dpi: 300 });
    expect(second).toMatchObject({ pageCount: 2, width: 1165, height: 1654, dpi: 200 });
  });

  it('takes the bytes as well as a path', async () => {
    const bytes = await readFile(fixture('LOW_DPI-150dpi.jpg'));
    expect(await analysePage(bytes)).toEqual(await analysePage(fixture('LOW_DPI-150dpi.jpg')));
  });

  it('rejects a file that is not an image, or one cut short', async () => {
    await expect(analysePage(Buffer.from('not an image'))).rejects.toThrow();
    const bytes = await readFile(fixture('colour-seal-200dpi.jpg'));
    await expect(analysePage(bytes.subarray(0, 2000))).rejects.toThrow();
  });
});
