import { afterAll, describe, expect, it } from 'vitest';
import { bytesOf, fixture, flip, isChinese, scratch } from '../../../test/fixtures/formats/fixtures.js';
import { inspectPdf, samplePageNumbers } from './pdf.js';

const tmp = scratch();
afterAll(() => tmp.cleanup());
const options = { samplePages: 40 };
const codes = (facts: { problems: { code: string }[] }) => facts.problems.map((p) => p.code);

describe('inspectPdf', () => {
  it('reads a well-formed Chinese PDF: pages, text layer, embedded fonts, version', async () => {
    const facts = await inspectPdf(fixture('ok-text.pdf'), options);
    expect(facts).toMatchObject({ pages: 2, encrypted: false, textLayer: true, fontsEmbedded: true, pdfVersion: '1.7', pdfA: null });
    expect(facts.problems).toEqual([]);
  });

  it('reports the PDF/A level the XMP metadata claims', async () => {
    expect((await inspectPdf(fixture('ok-pdfa-claim.pdf'), options)).pdfA).toBe('PDF/A-2b');
  });

  it('reads large files range by range with the same result', async () => {
    const inMemory = await inspectPdf(fixture('ok-text.pdf'), options);
    const ranged = await inspectPdf(fixture('ok-text.pdf'), { ...options, inMemoryLimitBytes: 0 });
    expect(ranged).toEqual(inMemory);
    const encrypted = await inspectPdf(fixture('pdf-encrypted-user.pdf'), { ...options, inMemoryLimitBytes: 0 });
    expect(codes(encrypted)).toEqual(['PDF_ENCRYPTED']);
  });

  it('refuses a PDF that needs a password to open', async () => {
    const facts = await inspectPdf(fixture('pdf-encrypted-user.pdf'), options);
    expect(facts.encrypted).toBe(true);
    expect(facts.pages).toBeUndefined();
    expect(facts.problems).toHaveLength(1);
    expect(facts.problems[0]).toMatchObject({ code: 'PDF_ENCRYPTED', severity: 'error' });
    expect(isChinese(facts.problems[0]!.message)).toBe(true);
  });

  it('refuses a PDF encrypted with an owner password only, though it opens (DA/T 70 GD-3-8)', async () => {
    const facts = await inspectPdf(fixture('pdf-encrypted-owner.pdf'), options);
    expect(facts).toMatchObject({ encrypted: true, pages: 2, textLayer: true });
    expect(codes(facts)).toEqual(['PDF_ENCRYPTED']);
    expect(facts.problems[0]!.message).toMatch(/权限密码/);
  });

  it('reports a PDF cut short as corrupt', async () => {
    const facts = await inspectPdf(fixture('pdf-corrupt-truncated.pdf'), options);
    expect(codes(facts)).toEqual(['PDF_CORRUPT']);
    expect(facts.problems[0]).toMatchObject({ severity: 'error' });
    expect(facts.problems[0]!.message).toMatch(/%%EOF/);
  });

  it('reports a damaged page content stream as corrupt (fault injection: flipped bytes)', async () => {
    const bytes = bytesOf('ok-text.pdf');
    const stream = bytes.indexOf('stream\n', bytes.indexOf('/FlateDecode')) + 'stream\n'.length;
    const facts = await inspectPdf(tmp.write('flipped.pdf', flip(bytes, stream + 20, 20)), options);
    expect(codes(facts)).toEqual(['PDF_CORRUPT']);
    expect(facts.problems[0]!.message).toMatch(/第 1 页/);
  });

  it('reports a PDF that is a header and nothing else as corrupt', async () => {
    const path = tmp.write('hollow.pdf', '%PDF-1.7\n' + 'x'.repeat(2000) + '\n%%EOF\n');
    const facts = await inspectPdf(path, options);
    expect(codes(facts)).toEqual(['PDF_CORRUPT']);
    expect(isChinese(facts.problems[0]!.message)).toBe(true);
  });

  it('warns when startxref points nowhere (fault injection: wrong offset)', async () => {
    const bytes = bytesOf('ok-text.pdf');
    const at = bytes.lastIndexOf('startxref') + 'startxref\n'.length;
    bytes[at] = bytes[at] === 0x31 ? 0x32 : 0x31; // change the offset's first digit
    const facts = await inspectPdf(tmp.write('xref.pdf', bytes), options);
    expect(codes(facts)).toEqual(['PDF_XREF_INVALID']);
    expect(facts.problems[0]!.severity).toBe('warning');
    expect(facts.pages).toBe(2); // pdf.js still repairs and reads it
  });

  it('warns about fonts that are not embedded, naming them', async () => {
    const facts = await inspectPdf(fixture('pdf-fonts-not-embedded.pdf'), options);
    expect(facts.fontsEmbedded).toBe(false);
    expect(codes(facts)).toEqual(['PDF_FONTS_NOT_EMBEDDED']);
    expect(facts.problems[0]).toMatchObject({ severity: 'warning' });
    expect(facts.problems[0]!.message).toMatch(/字体未嵌入.*Helvetica/);
  });

  it('notes an image-only PDF has no text layer', async () => {
    const facts = await inspectPdf(fixture('pdf-no-text.pdf'), options);
    expect(facts.textLayer).toBe(false);
    expect(codes(facts)).toEqual(['PDF_NO_TEXT_LAYER']);
    expect(facts.problems[0]!.severity).toBe('info');
    expect(isChinese(facts.problems[0]!.message)).toBe(true);
  });

  it('says so when only a sample of the pages was read', async () => {
    const facts = await inspectPdf(fixture('ok-text.pdf'), { samplePages: 1 });
    expect(codes(facts)).toEqual(['PDF_PAGES_SAMPLED']);
    expect(facts.problems[0]!.message).toMatch(/共 2 页，抽查 1 页/);
  });
});

describe('samplePageNumbers', () => {
  it('takes every page of a short document', () => {
    expect(samplePageNumbers(3, 40)).toEqual([1, 2, 3]);
  });

  it('spreads the sample evenly, first and last page included', () => {
    const pages = samplePageNumbers(1000, 5);
    expect(pages).toEqual([1, 251, 501, 750, 1000]);
  });
});
