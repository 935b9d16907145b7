import type { PDFRef } from 'pdf-lib';
import { IncrementalUpdate } from './incremental-update.js';
import { loadPdf } from './load-pdf.js';
import { PdfSigningError } from './pdf-signing-error.js';
import { readPreviousRevision } from './previous-revision.js';
import { addSealAppearance } from './seal-appearance.js';
import { addSignatureField } from './signature-field.js';
import {
  coveredBytes,
  fillByteRange,
  fillContents,
  signaturePlaceholder,
  type PlaceholderPosition,
  type SignatureSubFilter,
} from './signature-dictionary.js';

/** Builds a detached CMS SignedData over exactly these bytes and returns its DER. */
export type SignCms = (signedBytes: Uint8Array) => Promise<Uint8Array>;

/** The visible seal (电子印章) of a signature. */
export interface SealAppearance {
  /** 0-based page index. */
  page: number;
  /** [x, y, width, height] in PDF points, in the page's user space (origin bottom left). */
  rect: [number, number, number, number];
  /** PNG bytes; transparency is kept. */
  image: Uint8Array;
}

export interface SignPdfOptions {
  signCms: SignCms;
  signingTime: Date;
  /** Default `Signature<n>`, the first free n from the number of fields plus one. */
  fieldName?: string;
  /** Signer's name, reason (e.g. 核稿) and place; Chinese is fine. */
  name?: string;
  reason?: string;
  location?: string;
  /** Default ETSI.CAdES.detached (PAdES baseline). */
  subFilter?: SignatureSubFilter;
  /** Bytes reserved for the CMS; default 16 KiB, room for a chain and a timestamp token. */
  contentsSize?: number;
  /** For /M; default 480 (China Standard Time). */
  utcOffsetMinutes?: number;
  /** Without it the signature is invisible: a widget with rect [0 0 0 0] on the first page. */
  appearance?: SealAppearance;
}

export const DEFAULT_CONTENTS_SIZE = 16 * 1024;

/**
 * Signs a PDF by appending one incremental update (ISO 32000-1 §7.5.6, §12.8; PAdES, ETSI EN
 * 319 142-1): a signature dictionary, a signature field and widget (with the seal as its appearance
 * when visible), and new versions of the page's /Annots and of /AcroForm. The input is kept byte
 * for byte as the prefix, so signatures of earlier revisions stay valid.
 * @throws PdfSigningError PDF_SIGNING_UNREADABLE, PDF_SIGNING_ENCRYPTED, PDF_SIGNING_PAGE_NOT_FOUND,
 *   PDF_SIGNING_FIELD_TAKEN, PDF_SIGNING_IMAGE_INVALID, PDF_SIGNING_CMS_TOO_LARGE; and whatever
 *   `signCms` throws.
 */
export async function signPdf(pdf: Uint8Array, options: SignPdfOptions): Promise<Uint8Array> {
  const doc = await loadPdf(pdf);
  const update = new IncrementalUpdate(doc.context, readPreviousRevision(pdf));

  const signatureRef = update.allocate();
  const placeholder = signaturePlaceholder({
    subFilter: options.subFilter ?? 'ETSI.CAdES.detached',
    signingTime: options.signingTime,
    contentsSize: options.contentsSize ?? DEFAULT_CONTENTS_SIZE,
    ...(options.utcOffsetMinutes === undefined ? {} : { utcOffsetMinutes: options.utcOffsetMinutes }),
    ...(options.name === undefined ? {} : { name: options.name }),
    ...(options.reason === undefined ? {} : { reason: options.reason }),
    ...(options.location === undefined ? {} : { location: options.location }),
  });
  update.set(signatureRef, placeholder.body);

  const seal = options.appearance;
  // Checked before the image is decoded, so a wrong page is reported as such.
  if (seal && !(seal.page >= 0 && seal.page < doc.getPageCount())) {
    throw new PdfSigningError('PDF_SIGNING_PAGE_NOT_FOUND', { page: seal.page, pageCount: doc.getPageCount() });
  }
  let appearance: PDFRef | undefined;
  if (seal) appearance = await addSealAppearance(update, seal.image, seal.rect[2], seal.rect[3]);
  const [x, y, w, h] = seal?.rect ?? [0, 0, 0, 0];
  addSignatureField(
    doc,
    update,
    signatureRef,
    { page: seal?.page ?? 0, rect: [x, y, x + w, y + h], ...(appearance ? { appearance } : {}) },
    options.fieldName,
  );

  const info = doc.context.trailerInfo.Info;
  const id = doc.context.trailerInfo.ID;
  const { bytes, bodyOffsets } = update.write(pdf, {
    root: doc.context.trailerInfo.Root as PDFRef,
    ...(info ? { info } : {}),
    ...(id ? { id } : {}),
  });

  const at = bodyOffsets.get(signatureRef.objectNumber)!;
  const position: PlaceholderPosition = {
    byteRangeAt: at + placeholder.byteRangeAt,
    byteRangeLength: placeholder.byteRangeLength,
    contentsAt: at + placeholder.contentsAt,
    contentsLength: placeholder.contentsLength,
  };
  const range = fillByteRange(bytes, position);
  const cms = await options.signCms(coveredBytes(bytes, range));
  fillContents(bytes, position, cms);
  return bytes;
}
