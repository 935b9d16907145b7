import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFStream } from 'pdf-lib';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assemblePdf } from './assemble-pdf.js';
import { packBits } from './page-image.js';
import { pngChunks } from './png-chunks.js';
import { probeTesseract } from './tesseract.js';
import { tiffPages } from './tiff-ifd.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../../test/fixtures/scans/${name}`, import.meta.url));
const run = promisify(execFile);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casevault-assemble-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
let n = 0;
const out = () => join(dir, `material-${++n}.pdf`);

/** The image XObject drawn on each page: its dictionary entries and its stored (encoded) bytes. */
async function pageImages(pdf: Uint8Array) {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return doc.getPages().map((page) => {
    const xobjects = page.node.Resources()!.lookup(PDFName.of('XObject'), PDFDict);
    const image = xobjects
      .values()
      .map((ref) => doc.context.lookup(ref) as PDFStream)
      .find((s) => s.dict.get(PDFName.of('Subtype'))?.toString() === '/Image')!;
    const entry = (key: string) => image.dict.get(PDFName.of(key))?.toString();
    return {
      width: Number(entry('Width')),
      height: Number(entry('Height')),
      bitsPerComponent: Number(entry('BitsPerComponent')),
      colourSpace: entry('ColorSpace'),
      filter: entry('Filter'),
      contents: (image as PDFRawStream).contents,
      size: page.getSize(),
    };
  });
}

/** Text of each page as pdf.js extracts it, white space removed. */
async function pdfText(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: VerbosityLevel.ERRORS }).promise;
  try {
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('').replace(/\s+/g, ''));
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

describe('assemblePdf without OCR', () => {
  it('makes one page per image, sized from pixels and DPI (200 when unknown)', async () => {
    const result = await assemblePdf(
      [
        { path: fixture('clean-300dpi-bitonal.tif'), dpi: 300 },
        { path: fixture('colour-seal-200dpi.jpg'), dpi: 200 },
        { path: fixture('multipage-2-bitonal.tif'), dpi: 300 },
        { path: fixture('NO_DPI.png'), dpi: null },
      ],
      { outputPath: out(), ocr: false, title: '民事起诉状' },
    );
    expect(result).toMatchObject({ pages: 5, ocr: 'not_run' });
    expect(result.ocrText).toBeUndefined();
    const pdf = await readFile(result.path);
    expect(result.bytes).toBe(pdf.length);
    const sizes = (await pageImages(pdf)).map((p) => [p.size.width, p.size.height].map((v) => Math.round(v * 100) / 100));
    expect(sizes).toEqual([
      [595.2, 841.92], // 2480 × 3508 px at 300 dpi: A4
      [595.44, 842.04], // 1654 × 2339 at 200
      [595.2, 841.92],
      [279.6, 396.96], // the multi-page file's second page (1165 × 1654) at the entry's 300 dpi
      [419.4, 595.44], // 1165 × 1654 without DPI: 200 assumed
    ]);
    expect(result.pageDetails.map((p) => p.dpiAssumed)).toEqual([false, false, false, false, true]);
  });

  it('places one page of a multi-page file at its own resolution', async () => {
    const result = await assemblePdf([{ path: fixture('multipage-2-bitonal.tif'), dpi: 200, page: 1 }], { outputPath: out(), ocr: false });
    expect(result.pages).toBe(1);
    expect(result.pageDetails[0]).toMatchObject({ sourcePage: 1, widthPt: 419.4, heightPt: 595.44 });
  });

  it('keeps the JPEG bytes unchanged inside the PDF', async () => {
    const jpeg = await readFile(fixture('colour-seal-200dpi.jpg'));
    const result = await assemblePdf([{ path: fixture('colour-seal-200dpi.jpg'), dpi: 200 }], { outputPath: out(), ocr: false });
    const [image] = await pageImages(await readFile(result.path));
    expect(image).toMatchObject({ filter: '/DCTDecode', width: 1654, height: 2339, colourSpace: '/DeviceRGB' });
    expect(Buffer.from(image!.contents).equals(jpeg)).toBe(true);
  });

  it('keeps a bitonal G4 page lossless at 1 bit per pixel: its G4 data, unchanged', async () => {
    const tiff = await readFile(fixture('clean-300dpi-bitonal.tif'));
    const [info] = tiffPages(tiff);
    const strip = tiff.subarray(info!.stripOffsets[0], info!.stripOffsets[0]! + info!.stripByteCounts[0]!);
    const result = await assemblePdf([{ path: fixture('clean-300dpi-bitonal.tif'), dpi: 300 }], { outputPath: out(), ocr: false });
    const [image] = await pageImages(await readFile(result.path));
    expect(image).toMatchObject({ filter: '/CCITTFaxDecode', width: 2480, height: 3508, bitsPerComponent: 1, colourSpace: '/DeviceGray' });
    expect(Buffer.from(image!.contents).equals(strip)).toBe(true);
  });

  it('keeps a grey PNG lossless at 8 bits: its compressed data, unchanged', async () => {
    const png = await readFile(fixture('grey-200dpi.png'));
    const idat = Buffer.concat(pngChunks(png).filter((c) => c.type === 'IDAT').map((c) => png.subarray(c.start, c.start + c.length)));
    const result = await assemblePdf([{ path: fixture('grey-200dpi.png'), dpi: 200 }], { outputPath: out(), ocr: false });
    const [image] = await pageImages(await readFile(result.path));
    expect(image).toMatchObject({ filter: '/FlateDecode', width: 1654, height: 2339, bitsPerComponent: 8, colourSpace: '/DeviceGray' });
    expect(Buffer.from(image!.contents).equals(idat)).toBe(true);
  });

  it('without passthrough, decodes and deflates the exact pixels: bitonal 1 bpc, grey 8 bpc', async () => {
    const result = await assemblePdf(
      [
        { path: fixture('clean-300dpi-bitonal.tif'), dpi: 300 },
        { path: fixture('grey-200dpi.png'), dpi: 200 },
        { path: fixture('grey-content-rgb-200dpi.jpg'), dpi: 200 },
      ],
      { outputPath: out(), ocr: false, passthrough: false },
    );
    expect(result.pageDetails.map((p) => p.image.encoding)).toEqual(['flate', 'flate', 'jpeg']);
    const [bitonal, grey] = await pageImages(await readFile(result.path));
    const tiffPixels = await sharp(fixture('clean-300dpi-bitonal.tif')).toColourspace('b-w').raw().toBuffer();
    expect(bitonal).toMatchObject({ bitsPerComponent: 1, colourSpace: '/DeviceGray', width: 2480, height: 3508 });
    expect(Buffer.from(inflateSync(bitonal!.contents)).equals(Buffer.from(packBits(tiffPixels, 2480, 3508)))).toBe(true);
    const pngPixels = await sharp(fixture('grey-200dpi.png')).toColourspace('b-w').raw().toBuffer();
    expect(grey).toMatchObject({ bitsPerComponent: 8, colourSpace: '/DeviceGray' });
    expect(inflateSync(grey!.contents).equals(pngPixels)).toBe(true);
  });

  it('passes BlackIsZero G4 through with an inverting /Decode', async () => {
    const result = await assemblePdf([{ path: fixture('min-is-black-200dpi-bitonal.tif'), dpi: 200 }], { outputPath: out(), ocr: false });
    expect(result.pageDetails[0]!.image.encoding).toBe('ccitt-g4');
    const doc = await PDFDocument.load(await readFile(result.path), { updateMetadata: false });
    const images = doc.context.enumerateIndirectObjects().filter(([, o]) => o instanceof PDFRawStream && o.dict.has(PDFName.of('Decode')));
    expect(images.map(([, o]) => (o as PDFRawStream).dict.get(PDFName.of('Decode'))!.toString())).toEqual(['[ 1 0 ]']);
  });

  it('embeds palette PNGs as indexed colour and flattens PNGs with alpha onto white', async () => {
    const palette = join(dir, 'palette.png');
    const alpha = join(dir, 'alpha.png');
    const base = sharp(fixture('colour-seal-200dpi.jpg')).resize(400);
    await base.clone().png({ palette: true, colours: 16 }).toFile(palette);
    await base.clone().ensureAlpha(0.5).png().toFile(alpha);
    const result = await assemblePdf(
      [
        { path: palette, dpi: 200 },
        { path: alpha, dpi: 200 },
      ],
      { outputPath: out(), ocr: false },
    );
    expect(result.pageDetails.map((p) => [p.image.encoding, p.image.colourSpace])).toEqual([
      ['png-idat', 'Indexed'],
      ['flate', 'DeviceRGB'],
    ]);
    const [, flattened] = await pageImages(await readFile(result.path));
    const { data } = await sharp(alpha).flatten({ background: '#ffffff' }).raw().toBuffer({ resolveWithObject: true });
    expect(inflateSync(flattened!.contents).equals(data)).toBe(true);
  });

  it('decodes G4 kept in several strips', async () => {
    const result = await assemblePdf([{ path: fixture('strips-200dpi-bitonal.tif'), dpi: 200 }], { outputPath: out(), ocr: false });
    expect(result.pageDetails[0]!.image).toMatchObject({ encoding: 'flate', bitsPerComponent: 1 });
  });

  it.each(['clean-300dpi-bitonal.tif', 'min-is-black-200dpi-bitonal.tif', 'strips-200dpi-bitonal.tif', 'bitonal-in-grey-200dpi.png'])(
    'renders %s as the scan, pixel for pixel up to edge rounding (black stays black)',
    async (name) => {
      const { info, data: scan } = await sharp(fixture(name)).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
      const dpi = info.width === 2480 ? 300 : 200;
      const result = await assemblePdf([{ path: fixture(name), dpi }], { outputPath: out(), ocr: false });
      const prefix = join(dir, `render-${n}`);
      await run('pdftoppm', ['-r', String(dpi), '-gray', '-png', '-aa', 'no', '-aaVector', 'no', '-singlefile', result.path, prefix]);
      const rendered = await sharp(`${prefix}.png`).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
      expect([rendered.info.width, rendered.info.height]).toEqual([info.width, info.height]);
      let differ = 0;
      for (let i = 0; i < scan.length; i++) if (scan[i]! >= 128 !== rendered.data[i]! >= 128) differ++;
      // Poppler's image scaling may move an edge by a pixel; an inverted page would differ almost
      // everywhere.
      expect(differ / scan.length).toBeLessThan(0.01);
    },
  );

  it('sets a Chinese title and CaseVault as producer', async () => {
    const result = await assemblePdf([{ path: fixture('clean-300dpi-bitonal.tif'), dpi: 300 }], {
      outputPath: out(),
      ocr: false,
      title: '（2021）沪0118民初12345号 民事起诉状',
    });
    const doc = await PDFDocument.load(await readFile(result.path), { updateMetadata: false });
    expect(doc.getTitle()).toBe('（2021）沪0118民初12345号 民事起诉状');
    expect(doc.getProducer()).toBe('CaseVault');
  });

  it('rejects an image cut short and leaves no file behind', async () => {
    const cut = join(dir, 'cut.jpg');
    await writeFile(cut, (await readFile(fixture('colour-seal-200dpi.jpg'))).subarray(0, 3000));
    const target = join(dir, 'never.pdf');
    await expect(
      assemblePdf([{ path: fixture('clean-300dpi-bitonal.tif'), dpi: 300 }, { path: cut, dpi: 200 }], { outputPath: target, ocr: false, passthrough: false }),
    ).rejects.toThrow();
    expect((await readdir(dir)).filter((f) => f.startsWith('never.pdf'))).toEqual([]);
  });
});

describe('assemblePdf with OCR', async () => {
  const tesseract = await probeTesseract('tesseract', 'chi_sim');
  // Skipped only on a developer machine without tesseract; under CI it must run.
  const canOcr = tesseract.available || process.env.CI === 'true';

  it.skipIf(!canOcr)(
    'lays an invisible, selectable Chinese text layer over each page and returns the text',
    async () => {
      const result = await assemblePdf(
        [
          { path: fixture('clean-300dpi-bitonal.tif'), dpi: 300 },
          { path: fixture('multipage-2-bitonal.tif'), dpi: 200, page: 1 },
        ],
        { outputPath: out(), ocr: true, title: '民事起诉状' },
      );
      expect(result.ocrMessage).toBeUndefined();
      expect(result.ocr).toBe('done');
      const pdf = await readFile(result.path);
      const [first, second] = await pdfText(pdf);
      expect(first).toContain('民事起诉状');
      expect(first).toContain('上海');
      expect(second).toContain('证据');
      expect(result.ocrPages).toHaveLength(2);
      expect(result.ocrPages![0]!.replace(/\s+/g, '')).toContain('诉讼请求');
      expect(result.ocrText).toBe(result.ocrPages!.join('\f'));
      // The images are still the scans themselves.
      expect((await pageImages(pdf)).map((p) => p.filter)).toEqual(['/CCITTFaxDecode', '/CCITTFaxDecode']);
      // Invisible: tesseract sets text render mode 3.
      expect(await formContents(pdf)).toMatch(/\b3 Tr\b/);
    },
    60_000,
  );

  it('is unavailable, not passed, when tesseract is missing — and the PDF has no text', async () => {
    const result = await assemblePdf([{ path: fixture('clean-300dpi-bitonal.tif'), dpi: 300 }], {
      outputPath: out(),
      ocr: true,
      tesseractPath: join(dir, 'no-such-tesseract'),
    });
    expect(result.ocr).toBe('unavailable');
    expect(result.ocrMessage).toContain('tesseract');
    expect(result.ocrText).toBeUndefined();
    expect(await pdfText(await readFile(result.path))).toEqual(['']);
  });

  it.skipIf(!canOcr)('is unavailable when the language is not installed', async () => {
    const result = await assemblePdf([{ path: fixture('clean-300dpi-bitonal.tif'), dpi: 300 }], {
      outputPath: out(),
      ocr: true,
      ocrLanguage: 'no_such_language',
    });
    expect(result).toMatchObject({ ocr: 'unavailable' });
    expect(result.ocrMessage).toContain('no_such_language');
  });

  it('fails with tesseract’s message when it errors, and adds no partial text layer', async () => {
    // A stand-in at the process boundary: answers the probe, then fails like a broken install.
    const fake = join(dir, 'failing-tesseract');
    await writeFile(
      fake,
      [
        '#!/bin/sh',
        'case "$1" in',
        '  --list-langs) echo "List of available languages (1):"; echo chi_sim ;;',
        '  --version) echo "tesseract 5.3.0" ;;',
        '  *) echo "Error: could not read image" >&2; exit 1 ;;',
        'esac',
        '',
      ].join('\n'),
    );
    await chmod(fake, 0o755);
    const result = await assemblePdf(
      [
        { path: fixture('clean-300dpi-bitonal.tif'), dpi: 300 },
        { path: fixture('grey-200dpi.png'), dpi: 200 },
      ],
      { outputPath: out(), ocr: true, tesseractPath: fake },
    );
    expect(result.ocr).toBe('failed');
    expect(result.ocrMessage).toContain('could not read image');
    expect(result.pages).toBe(2);
    expect(await pdfText(await readFile(result.path))).toEqual(['', '']);
  });
});

/** Decoded content of every form XObject in the PDF (where the OCR text pages went). */
async function formContents(pdf: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const parts: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype'))?.toString() === '/Form') {
      const flate = object.dict.get(PDFName.of('Filter'))?.toString() === '/FlateDecode';
      parts.push((flate ? inflateSync(object.contents) : Buffer.from(object.contents)).toString('latin1'));
    }
  }
  return parts.join('\n');
}
