/**
 * Signatures on court documents (文书, issue 6 part 4): 拟稿 → 核稿 → 签发 each append a PAdES
 * signature to the PDF as an incremental update, so earlier signatures stay valid, and 签发 shows the
 * court's electronic seal (电子印章). The CMS is built elsewhere and injected as `signCms`;
 * `readPdfSignatures` hands each signature's CMS and signed bytes to whoever verifies them.
 */
export { PdfSigningError } from './pdf-signing-error.js';
export type { PdfSigningErrorCode } from './pdf-signing-error.js';
export { readPdfSignatures } from './read-pdf-signatures.js';
export type { PdfSignature } from './read-pdf-signatures.js';
export { DEFAULT_CONTENTS_SIZE, signPdf } from './sign-pdf.js';
export type { SealAppearance, SignCms, SignPdfOptions } from './sign-pdf.js';
export type { SignatureSubFilter } from './signature-dictionary.js';
