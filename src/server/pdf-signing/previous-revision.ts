import { PdfSigningError } from './pdf-signing-error.js';

/** What an incremental update must know about the revision it is appended to (ISO 32000-1 §7.5.6). */
export interface PreviousRevision {
  /** The offset the last `startxref` names: the update's /Prev. */
  xrefOffset: number;
  /** A classic `xref` table or a cross-reference stream (§7.5.8); the update uses the same kind. */
  xrefKind: 'table' | 'stream';
  /** The last trailer's /Size: one more than the highest object number in use. */
  size: number;
  /** The file does not end with an end-of-line after `%%EOF`, so the update must start with one. */
  needsEol: boolean;
}

const TAIL = 4096;
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/**
 * Reads the last `startxref`, the kind of section it points at and that section's /Size.
 * @throws PdfSigningError PDF_SIGNING_UNREADABLE when there is no usable `startxref`.
 */
export function readPreviousRevision(pdf: Uint8Array): PreviousRevision {
  const tail = latin1(pdf.subarray(Math.max(0, pdf.length - TAIL)));
  const startxref = [...tail.matchAll(/startxref\s+(\d+)\s+%%EOF/g)].pop();
  const xrefOffset = Number(startxref?.[1] ?? NaN);
  if (!startxref || !(xrefOffset < pdf.length)) throw new PdfSigningError('PDF_SIGNING_UNREADABLE', { reason: 'startxref' });

  const file = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const head = file.toString('latin1', xrefOffset, Math.min(pdf.length, xrefOffset + 64));
  let dictionary: string;
  let xrefKind: PreviousRevision['xrefKind'];
  if (/^\s*xref/.test(head)) {
    xrefKind = 'table';
    const trailer = file.indexOf('trailer', xrefOffset, 'latin1');
    const end = file.indexOf('startxref', trailer, 'latin1');
    if (trailer < 0 || end < 0) throw new PdfSigningError('PDF_SIGNING_UNREADABLE', { reason: 'trailer' });
    dictionary = file.toString('latin1', trailer, end);
  } else if (/^\s*\d+\s+\d+\s+obj/.test(head)) {
    xrefKind = 'stream';
    const stream = file.indexOf('stream', xrefOffset, 'latin1');
    if (stream < 0) throw new PdfSigningError('PDF_SIGNING_UNREADABLE', { reason: 'xref stream' });
    dictionary = file.toString('latin1', xrefOffset, stream);
  } else {
    throw new PdfSigningError('PDF_SIGNING_UNREADABLE', { reason: 'startxref offset' });
  }
  const size = Number(/\/Size\s+(\d+)/.exec(dictionary)?.[1] ?? NaN);
  if (!Number.isInteger(size)) throw new PdfSigningError('PDF_SIGNING_UNREADABLE', { reason: '/Size' });

  const last = pdf[pdf.length - 1];
  return { xrefOffset, xrefKind, size, needsEol: last !== 0x0a && last !== 0x0d };
}
