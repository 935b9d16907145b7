import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpensslSigner, type OpensslSigner } from './openssl-signer.test-support.js';
import { readPdfSignatures } from './read-pdf-signatures.js';
import { DEFAULT_CONTENTS_SIZE, signPdf } from './sign-pdf.js';
import { testSealPng } from './test-seal.test-support.js';

let signer: OpensslSigner;
beforeAll(async () => {
  signer = await createOpensslSigner();
});
afterAll(() => signer.dispose());

async function draft(useObjectStreams: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText('Judgment', { x: 72, y: 760, size: 20, font: await doc.embedFont(StandardFonts.Helvetica) });
  return doc.save({ useObjectStreams });
}

const steps = [
  { reason: '拟稿', name: '李四', signingTime: new Date('2025-03-01T09:00:00+08:00') },
  { reason: '核稿（审核人：王五）', name: '王五', signingTime: new Date('2025-03-02T10:30:00+08:00') },
  { reason: '签发', name: '张三', fieldName: '签发', location: '某某市中级人民法院', signingTime: new Date('2025-03-03T15:45:07+08:00') },
];

describe.each([true, false])('readPdfSignatures (object streams: %s)', (useObjectStreams) => {
  let signed: Uint8Array;
  let calls: Uint8Array[];
  let results: Uint8Array[];
  beforeAll(async () => {
    const seal = await testSealPng();
    signed = await draft(useObjectStreams);
    const before = signer.calls.length;
    for (const [i, step] of steps.entries()) {
      const appearance = i === 2 ? { appearance: { page: 0, rect: [400, 60, 120, 120] as [number, number, number, number], image: seal } } : {};
      signed = await signPdf(signed, { signCms: signer.signCms, ...step, ...appearance });
    }
    calls = signer.calls.slice(before);
    results = signer.results.slice(before);
  });

  it('returns the three signatures in signing order with their Chinese texts decoded', async () => {
    const signatures = await readPdfSignatures(signed);
    expect(signatures.map(({ fieldName, reason, name, location, subFilter, signingTime }) => ({ fieldName, reason, name, location, subFilter, signingTime }))).toEqual([
      { fieldName: 'Signature1', reason: '拟稿', name: '李四', location: undefined, subFilter: 'ETSI.CAdES.detached', signingTime: steps[0]!.signingTime },
      { fieldName: 'Signature2', reason: '核稿（审核人：王五）', name: '王五', location: undefined, subFilter: 'ETSI.CAdES.detached', signingTime: steps[1]!.signingTime },
      { fieldName: '签发', reason: '签发', name: '张三', location: '某某市中级人民法院', subFilter: 'ETSI.CAdES.detached', signingTime: steps[2]!.signingTime },
    ]);
  });

  it('gives back exactly the bytes that were signed and the CMS that signed them', async () => {
    const signatures = await readPdfSignatures(signed);
    for (const [i, signature] of signatures.entries()) {
      expect(Buffer.compare(signature.signedBytes, calls[i]!)).toBe(0);
      expect(Buffer.compare(signature.cms, results[i]!)).toBe(0);
      const [start, gapStart, gapEnd, tailLength] = signature.byteRange;
      expect(start).toBe(0);
      expect(gapEnd! - gapStart!).toBe(2 * DEFAULT_CONTENTS_SIZE + 2); // only the hex string is left out
      expect(tailLength).toBeGreaterThan(0);
      expect(Buffer.from(signed.subarray(gapStart!, gapStart! + 1)).toString()).toBe('<');
      expect(Buffer.from(signed.subarray(gapEnd! - 1, gapEnd!)).toString()).toBe('>');
    }
  });

  it('says only the last signature covers the whole document, and which revision each signs', async () => {
    const signatures = await readPdfSignatures(signed);
    expect(signatures.map((s) => s.coversWholeDocument)).toEqual([false, false, true]);
    expect(signatures.map((s) => s.revision)).toEqual([1, 2, 3]);
    const [, , gapEnd, tailLength] = signatures[2]!.byteRange;
    expect(gapEnd! + tailLength!).toBe(signed.length);
  });

  it('notices an update appended after the last signature', async () => {
    const extra = new TextEncoder().encode('% appended\n');
    const signatures = await readPdfSignatures(Buffer.concat([signed, extra]));
    expect(signatures.map((s) => s.coversWholeDocument)).toEqual([false, false, false]);
  });
});

describe('readPdfSignatures on an unsigned PDF', () => {
  it('returns no signatures', async () => {
    expect(await readPdfSignatures(await draft(true))).toEqual([]);
  });
});
