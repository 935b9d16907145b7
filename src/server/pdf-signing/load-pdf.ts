import { PDFDocument } from 'pdf-lib';
import { PdfSigningError } from './pdf-signing-error.js';

/**
 * Parses the latest revision with pdf-lib, for reading only: metadata is not touched, so nothing
 * pdf-lib would add can leak into an update.
 * @throws PdfSigningError PDF_SIGNING_UNREADABLE, PDF_SIGNING_ENCRYPTED.
 */
export async function loadPdf(pdf: Uint8Array): Promise<PDFDocument> {
  const doc = await PDFDocument.load(pdf, { ignoreEncryption: true, updateMetadata: false }).catch((cause: unknown) => {
    throw new PdfSigningError('PDF_SIGNING_UNREADABLE', { cause: String(cause) });
  });
  // Strings in an encrypted file would have to be encrypted too; refuse rather than write them in clear.
  if (doc.isEncrypted) throw new PdfSigningError('PDF_SIGNING_ENCRYPTED');
  return doc;
}
