import { formatPdfDate } from './pdf-date.js';
import { PdfSigningError } from './pdf-signing-error.js';
import { encodeTextString } from './pdf-text-string.js';

/**
 * The signature formats written. ETSI.CAdES.detached is PAdES (ETSI EN 319 142-1 §6.2.1);
 * adbe.pkcs7.detached is the older ISO 32000-1 §12.8.3.3 form, for verifiers that know only it.
 */
export type SignatureSubFilter = 'ETSI.CAdES.detached' | 'adbe.pkcs7.detached';

/** The values of a signature dictionary (ISO 32000-1 §12.8.1, Table 252). */
export interface SignatureValues {
  subFilter: SignatureSubFilter;
  signingTime: Date;
  utcOffsetMinutes?: number;
  name?: string;
  reason?: string;
  location?: string;
  /** Bytes reserved for the DER-encoded CMS. */
  contentsSize: number;
}

/** A signature dictionary whose /ByteRange and /Contents are still placeholders. */
export interface SignaturePlaceholder {
  body: Uint8Array;
  /** Offsets within `body`. */
  byteRangeAt: number;
  byteRangeLength: number;
  /** Where the hex string starts (at its `<`) and its length including both angle brackets. */
  contentsAt: number;
  contentsLength: number;
}

const BYTE_RANGE_PLACEHOLDER = '[0 0000000000 0000000000 0000000000]';

/** Lays out the dictionary with fixed-width placeholders, so filling them in moves no byte. */
export function signaturePlaceholder(values: SignatureValues): SignaturePlaceholder {
  const head =
    '<<\n/Type /Sig\n/Filter /Adobe.PPKLite\n' +
    `/SubFilter /${values.subFilter}\n` +
    `/M ${encodeTextString(formatPdfDate(values.signingTime, values.utcOffsetMinutes))}\n` +
    (values.name === undefined ? '' : `/Name ${encodeTextString(values.name)}\n`) +
    (values.reason === undefined ? '' : `/Reason ${encodeTextString(values.reason)}\n`) +
    (values.location === undefined ? '' : `/Location ${encodeTextString(values.location)}\n`) +
    '/ByteRange ';
  const contents = `<${'0'.repeat(values.contentsSize * 2)}>`;
  const text = `${head}${BYTE_RANGE_PLACEHOLDER}\n/Contents ${contents}\n>>`;
  const byteRangeAt = head.length;
  return {
    body: Buffer.from(text, 'latin1'),
    byteRangeAt,
    byteRangeLength: BYTE_RANGE_PLACEHOLDER.length,
    contentsAt: byteRangeAt + BYTE_RANGE_PLACEHOLDER.length + '\n/Contents '.length,
    contentsLength: contents.length,
  };
}

/** Where, in the whole file, the placeholders of one signature dictionary are. */
export interface PlaceholderPosition {
  byteRangeAt: number;
  byteRangeLength: number;
  contentsAt: number;
  contentsLength: number;
}

/**
 * Fills in /ByteRange — everything but the /Contents hex string, angle brackets included
 * (ISO 32000-1 §12.8.1) — and returns the byte range.
 */
export function fillByteRange(file: Uint8Array, at: PlaceholderPosition): [number, number, number, number] {
  const gapEnd = at.contentsAt + at.contentsLength;
  const range: [number, number, number, number] = [0, at.contentsAt, gapEnd, file.length - gapEnd];
  const text = `[${range.join(' ')}]`.padEnd(at.byteRangeLength, ' ');
  file.set(Buffer.from(text, 'latin1'), at.byteRangeAt);
  return range;
}

/**
 * Writes the CMS as hex into /Contents, zero-padded.
 * @throws PdfSigningError PDF_SIGNING_CMS_TOO_LARGE when it does not fit the placeholder.
 */
export function fillContents(file: Uint8Array, at: PlaceholderPosition, cms: Uint8Array): void {
  const available = (at.contentsLength - 2) / 2;
  if (cms.length > available) throw new PdfSigningError('PDF_SIGNING_CMS_TOO_LARGE', { cmsBytes: cms.length, contentsSize: available });
  file.set(Buffer.from(Buffer.from(cms).toString('hex').toUpperCase(), 'latin1'), at.contentsAt + 1);
}

/** The bytes a byte range covers, concatenated: what the CMS signs. */
export function coveredBytes(file: Uint8Array, range: readonly number[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (let i = 0; i + 1 < range.length; i += 2) parts.push(file.subarray(range[i]!, range[i]! + range[i + 1]!));
  return Buffer.concat(parts);
}
