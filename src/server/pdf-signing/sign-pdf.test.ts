import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFArray, PDFDocument, PDFName, PDFRef, StandardFonts } from 'pdf-lib';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpensslSigner, type OpensslSigner } from './openssl-signer.test-support.js';
import { PdfSigningError } from './pdf-signing-error.js';
import { signPdf, type SignPdfOptions } from './sign-pdf.js';
import { SEAL_RED, testSealPng } from './test-seal.test-support.js';

const run = promisify(execFile);
const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/formats');
/** A real pdfTeX document (PDF 1.5, object streams), present on Debian with libtasn1-doc. */
const PDFTEX_DOCUMENT = '/usr/share/doc/libtasn1-doc/libtasn1.pdf';

let signer: OpensslSigner;
let seal: Uint8Array;
let dir: string;
beforeAll(async () => {
  [signer, seal, dir] = await Promise.all([createOpensslSigner(), testSealPng(), mkdtemp(join(tmpdir(), 'casevault-sign-test-'))]);
});
afterAll(() => Promise.all([signer.dispose(), rm(dir, { recursive: true, force: true })]));

/** A one-page A4 draft judgment made with pdf-lib. */
async function draft(useObjectStreams: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText('Civil judgment (draft)', { x: 72, y: 760, size: 20, font });
  page.drawText('The court finds as follows.', { x: 72, y: 720, size: 12, font });
  return doc.save({ useObjectStreams });
}

/** Where the seal goes on a page of this width: 150 pt square, bottom right. */
const sealRect = (pageWidth: number): [number, number, number, number] => [pageWidth - 215, 60, 150, 150];

/** 拟稿 → 核稿 → 签发, the last with the court's seal on page 1. */
async function signThreeTimes(original: Uint8Array): Promise<Uint8Array> {
  const pageWidth = (await PDFDocument.load(original, { updateMetadata: false })).getPage(0).getWidth();
  const common: Pick<SignPdfOptions, 'signCms' | 'location'> = { signCms: signer.signCms, location: '某某市中级人民法院' };
  let pdf = await signPdf(original, { ...common, reason: '拟稿', name: '李四', signingTime: new Date('2025-03-01T09:00:00+08:00') });
  pdf = await signPdf(pdf, { ...common, reason: '核稿', name: '王五', signingTime: new Date('2025-03-02T10:30:00+08:00') });
  return signPdf(pdf, {
    ...common,
    reason: '签发',
    name: '张三',
    fieldName: '签发',
    signingTime: new Date('2025-03-03T15:45:00+08:00'),
    appearance: { page: 0, rect: sealRect(pageWidth), image: seal },
  });
}

async function pdfsig(pdf: Uint8Array): Promise<string> {
  const path = join(dir, `pdfsig-${Date.now()}-${Math.random()}.pdf`);
  await writeFile(path, pdf);
  return (await run('pdfsig', ['-nocert', path])).stdout;
}

const validations = (report: string) => [...report.matchAll(/Signature Validation: (.*)/g)].map((m) => m[1]);

const originals: [string, () => Promise<Uint8Array | undefined>][] = [
  ['pdf-lib, cross-reference streams and object streams', () => draft(true)],
  ['pdf-lib, classic cross-reference table', () => draft(false)],
  [
    'qpdf, linearised with object streams',
    async () => {
      await writeFile(join(dir, 'plain.pdf'), await draft(false));
      await run('qpdf', ['--linearize', '--object-streams=generate', join(dir, 'plain.pdf'), join(dir, 'linearised.pdf')]);
      return readFile(join(dir, 'linearised.pdf'));
    },
  ],
  ['pdfTeX document (36 pages)', async () => (existsSync(PDFTEX_DOCUMENT) ? readFile(PDFTEX_DOCUMENT) : undefined)],
];

describe('signPdf', () => {
  describe.each(originals)('three signatures on a %s', (_, make) => {
    let original: Uint8Array | undefined;
    let signed: Uint8Array;
    beforeAll(async () => {
      original = await make();
      if (original) signed = await signThreeTimes(original);
    }, 30_000);

    it('keeps every earlier byte, and pdfsig finds three valid signatures', async (ctx) => {
      if (!original) return ctx.skip();
      expect(Buffer.compare(signed.subarray(0, original.length), original)).toBe(0);
      const report = await pdfsig(signed);
      expect(validations(report)).toEqual(['Signature is Valid.', 'Signature is Valid.', 'Signature is Valid.']);
      expect(report).toContain('Signature Type: ETSI.CAdES.detached');
      expect(report).toContain('Signer Certificate Common Name: 张三');
      expect(report.match(/Total document signed/g)).toHaveLength(1);
    });

    it('passes qpdf --check', async (ctx) => {
      if (!original) return ctx.skip();
      await writeFile(join(dir, 'check.pdf'), signed);
      const { stdout } = await run('qpdf', ['--check', join(dir, 'check.pdf')]); // rejects on exit code 2 or 3
      expect(stdout).toContain('No syntax or stream encoding errors found');
      // The last trailer's /Size is one more than the highest object number (ISO 32000-1 §7.5.5).
      const trailer = (await run('qpdf', ['--show-object=trailer', join(dir, 'check.pdf')])).stdout;
      const xref = (await run('qpdf', ['--show-xref', join(dir, 'check.pdf')])).stdout;
      const highest = Math.max(...xref.split('\n').filter(Boolean).map((line) => Number(line.split('/')[0])));
      expect(Number(/\/Size (\d+)/.exec(trailer)?.[1])).toBe(highest + 1);
    });

    it('opens in pdf.js, which renders page 1 with the seal', async (ctx) => {
      if (!original) return ctx.skip();
      const pdf = await getDocument({ data: signed.slice(), isEvalSupported: false, verbosity: VerbosityLevel.ERRORS }).promise;
      try {
        const pageCount = (await PDFDocument.load(original, { updateMetadata: false })).getPageCount();
        expect(pdf.numPages).toBe(pageCount);
        const page = await pdf.getPage(1);
        const annotations = await page.getAnnotations();
        expect(annotations.filter((a: { fieldType?: string }) => a.fieldType === 'Sig')).toHaveLength(3);

        const viewport = page.getViewport({ scale: 1 });
        const factory = pdf.canvasFactory as CanvasFactory;
        const { canvas, context } = factory.create(viewport.width, viewport.height);
        await page.render({ canvas, canvasContext: context, viewport } as unknown as Parameters<typeof page.render>[0]).promise;
        const [x, y, w, h] = sealRect(viewport.width);
        // The star at the seal's centre is red, the corner of its square shows the page through.
        const centre = context.getImageData(Math.round(x + w / 2), Math.round(viewport.height - y - h / 2), 1, 1).data;
        expect(isSealRed(centre)).toBe(true);
        const corner = context.getImageData(Math.round(x + 4), Math.round(viewport.height - y - 4), 1, 1).data;
        expect(isSealRed(corner)).toBe(false);
      } finally {
        await pdf.destroy();
      }
    });
  });

  it('shows the seal where asked, on a transparent background, in poppler', async () => {
    const signed = await signThreeTimes(await draft(true));
    await writeFile(join(dir, 'sealed.pdf'), signed);
    await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', join(dir, 'sealed.pdf'), join(dir, 'sealed')]);
    const { data, info } = await sharp(join(dir, 'sealed.png')).raw().toBuffer({ resolveWithObject: true });
    const pixel = (px: number, py: number) => {
      const at = (Math.round((py * 60) / 72) * info.width + Math.round((px * 60) / 72)) * info.channels;
      return data.subarray(at, at + 3);
    };
    const [x, y, w, h] = sealRect(595);
    expect(isSealRed(pixel(x + w / 2, 842 - y - h / 2))).toBe(true); // the star
    expect(isSealRed(pixel(x + 6, 842 - y - h / 2))).toBe(true); // the outer ring, left
    expect([...pixel(x + 8, 842 - y - h + 8)]).toEqual([255, 255, 255]); // the square's corner: page shows through
    expect([...pixel(x - 30, 842 - y - h / 2)]).toEqual([255, 255, 255]); // nothing outside the rect
  });

  it('leaves every signature invalid in pdfsig once a byte of page content is flipped', async () => {
    const original = await draft(false);
    const signed = await signThreeTimes(original);
    const doc = await PDFDocument.load(original, { updateMetadata: false });
    const contents = doc.getPage(0).node.get(PDFName.of('Contents'));
    const contentRef = contents instanceof PDFArray ? contents.get(0) : contents;
    if (!(contentRef instanceof PDFRef)) throw new Error('page 1 has no content stream');
    const file = Buffer.from(signed);
    const header = file.indexOf(`\n${contentRef.objectNumber} 0 obj`);
    const data = file.indexOf('stream\n', header) + 'stream\n'.length;
    file[data + 3]! ^= 0x01;

    const report = await pdfsig(file);
    expect(validations(report)).toEqual(['Digest Mismatch.', 'Digest Mismatch.', 'Digest Mismatch.']);
  });

  it('fails with PDF_SIGNING_CMS_TOO_LARGE when the CMS does not fit', async () => {
    const error = await signPdf(await draft(true), { signCms: signer.signCms, signingTime: new Date(), contentsSize: 64 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfSigningError);
    expect((error as PdfSigningError).code).toBe('PDF_SIGNING_CMS_TOO_LARGE');
    expect((error as PdfSigningError).details).toMatchObject({ contentsSize: 64 });
  });

  it.each([
    ['PDF_SIGNING_ENCRYPTED', async () => readFile(join(FIXTURES, 'pdf-encrypted-owner.pdf')), {}],
    ['PDF_SIGNING_UNREADABLE', async () => readFile(join(FIXTURES, 'pdf-corrupt-truncated.pdf')), {}],
    ['PDF_SIGNING_PAGE_NOT_FOUND', () => draft(true), { appearance: { page: 1, rect: [0, 0, 10, 10] as [number, number, number, number], image: new Uint8Array() } }],
    ['PDF_SIGNING_IMAGE_INVALID', () => draft(true), { appearance: { page: 0, rect: [0, 0, 10, 10] as [number, number, number, number], image: new Uint8Array([1, 2, 3]) } }],
  ])('refuses with %s', async (code, make, extra) => {
    const error = await signPdf(await make(), { signCms: signer.signCms, signingTime: new Date(), ...extra }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'PdfSigningError', code });
  });

  it('refuses a second field of the same name with PDF_SIGNING_FIELD_TAKEN', async () => {
    const once = await signPdf(await draft(true), { signCms: signer.signCms, signingTime: new Date(), fieldName: '核稿' });
    const error = await signPdf(once, { signCms: signer.signCms, signingTime: new Date(), fieldName: '核稿' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'PDF_SIGNING_FIELD_TAKEN' });
  });
});

interface CanvasFactory {
  create(width: number, height: number): {
    canvas: unknown;
    context: { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
  };
}

function isSealRed(rgb: ArrayLike<number>): boolean {
  const [r = 0, g = 0, b = 0] = Array.from(rgb);
  return Math.abs(r - SEAL_RED.r) < 40 && g < 70 && b < 80;
}
