import { fromBER } from 'asn1js';
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFString, type PDFContext, type PDFObject } from 'pdf-lib';
import { loadPdf } from './load-pdf.js';
import { parsePdfDate } from './pdf-date.js';
import { coveredBytes } from './signature-dictionary.js';

/** One signature as the file states it. Whether the CMS verifies is decided elsewhere. */
export interface PdfSignature {
  /** Fully qualified field name (ISO 32000-1 §12.7.3.2). */
  fieldName: string;
  /** Pairs of offset and length; [0, a, b, c] for a signature written by `signPdf`. */
  byteRange: number[];
  /** The DER of the CMS SignedData, without the placeholder's zero padding. */
  cms: Uint8Array;
  /** The covered ranges, concatenated: the detached content of `cms`. */
  signedBytes: Uint8Array;
  subFilter?: string;
  name?: string;
  reason?: string;
  location?: string;
  /** /M, the claimed signing time; a timestamp inside the CMS is more trustworthy. */
  signingTime?: Date;
  /** The byte range ends at the end of the file: nothing was appended after this signature. */
  coversWholeDocument: boolean;
  /**
   * Which revision it signs: the number of `%%EOF` markers up to the byte range's end, minus one.
   * The original document is revision 0 (a linearised original counts as two), so the first
   * signature appended by `signPdf` signs revision 1.
   */
  revision: number;
}

/**
 * Lists the signatures of the latest revision's signature fields in field order, with what each
 * covers. Fields without a value (unsigned) are skipped.
 * @throws PdfSigningError PDF_SIGNING_UNREADABLE, PDF_SIGNING_ENCRYPTED.
 */
export async function readPdfSignatures(pdf: Uint8Array): Promise<PdfSignature[]> {
  const doc = await loadPdf(pdf);
  const { context } = doc;
  const acroForm = doc.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  const fields = acroForm?.lookupMaybe(PDFName.of('Fields'), PDFArray);
  const revisionEnds = eofOffsets(pdf);
  const signatures: PdfSignature[] = [];
  for (const { name, dict } of terminalFields(context, fields)) {
    const value = dict.lookupMaybe(PDFName.of('V'), PDFDict);
    const contents = value?.get(PDFName.of('Contents'));
    const byteRange = value?.lookupMaybe(PDFName.of('ByteRange'), PDFArray);
    if (!value || !byteRange || !(contents instanceof PDFHexString || contents instanceof PDFString)) continue;
    const range = byteRange.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : NaN));
    const end = range.length >= 2 ? range[range.length - 2]! + range[range.length - 1]! : NaN;
    const signature: PdfSignature = {
      fieldName: name,
      byteRange: range,
      cms: withoutPadding(contents.asBytes()),
      signedBytes: coveredBytes(pdf, range),
      coversWholeDocument: end === pdf.length,
      revision: revisionEnds.filter((e) => e <= end).length - 1,
    };
    const subFilter = value.lookupMaybe(PDFName.of('SubFilter'), PDFName);
    if (subFilter) signature.subFilter = subFilter.decodeText();
    const text = (key: string) => {
      const s = value.get(PDFName.of(key));
      return s instanceof PDFString || s instanceof PDFHexString ? s.decodeText() : undefined;
    };
    const [signer, reason, location, m] = [text('Name'), text('Reason'), text('Location'), text('M')];
    if (signer !== undefined) signature.name = signer;
    if (reason !== undefined) signature.reason = reason;
    if (location !== undefined) signature.location = location;
    const signingTime = m === undefined ? undefined : parsePdfDate(m);
    if (signingTime) signature.signingTime = signingTime;
    signatures.push(signature);
  }
  return signatures;
}

/** Signature fields, walking /Kids; /FT is inheritable (ISO 32000-1 §12.7.3.1). */
function* terminalFields(
  context: PDFContext,
  fields: PDFArray | undefined,
  prefix = '',
  inheritedType?: string,
): Generator<{ name: string; dict: PDFDict }> {
  for (const entry of fields?.asArray() ?? []) {
    const dict = context.lookup(entry);
    if (!(dict instanceof PDFDict)) continue;
    const t = dict.get(PDFName.of('T'));
    const partial = t instanceof PDFString || t instanceof PDFHexString ? t.decodeText() : undefined;
    const name = partial === undefined ? prefix : prefix ? `${prefix}.${partial}` : partial;
    const type = dict.lookupMaybe(PDFName.of('FT'), PDFName)?.decodeText() ?? inheritedType;
    const kids = dict.lookupMaybe(PDFName.of('Kids'), PDFArray);
    if (kids && kids.asArray().some((k) => isField(context.lookup(k)))) yield* terminalFields(context, kids, name, type);
    else if (type === 'Sig') yield { name, dict };
  }
}

/** A kid with /T is a field; one without is only a widget of its parent. */
const isField = (kid: PDFObject | undefined) => kid instanceof PDFDict && kid.has(PDFName.of('T'));

/** The CMS's own length from its BER header; the rest of /Contents is padding. */
function withoutPadding(contents: Uint8Array): Uint8Array {
  const parsed = fromBER(contents);
  return parsed.offset > 0 ? contents.slice(0, parsed.offset) : contents;
}

/** Offsets just past each `%%EOF` marker and its end-of-line, where each revision ends. */
function eofOffsets(pdf: Uint8Array): number[] {
  const file = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const ends: number[] = [];
  for (let at = file.indexOf('%%EOF'); at >= 0; at = file.indexOf('%%EOF', at + 5)) {
    let end = at + 5;
    if (file[end] === 0x0d) end++;
    if (file[end] === 0x0a) end++;
    ends.push(end);
  }
  return ends;
}
