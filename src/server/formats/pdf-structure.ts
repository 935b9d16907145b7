import type { ByteReader } from './byte-reader.js';

/** What a PDF's raw bytes say before any parser repairs them (ISO 32000-1 §7.5). */
export interface PdfStructure {
  /** From the header, e.g. "1.7". */
  headerVersion?: string;
  /** `%%EOF` in the last kilobyte: without it the file was cut short. */
  hasEndMarker: boolean;
  /** `startxref` names an offset where no cross-reference section starts (null when not checkable). */
  xrefOffsetValid: boolean | null;
  /** A trailer or cross-reference stream names an /Encrypt dictionary. */
  encryptKey: boolean;
}

const WINDOW = 64 * 1024;
/** "/Encrypt" followed by a delimiter (so not "/EncryptMetadata"). */
const ENCRYPT_KEY = /\/Encrypt[\s/<[(\d]/;

/**
 * Reads the header, the tail and the start of the file — trailers, the last `startxref` and
 * linearisation's first-page trailer live there — without loading the whole file.
 * @throws only the file system's read errors.
 */
export async function readPdfStructure(reader: ByteReader): Promise<PdfStructure> {
  const head = await reader.read(0, WINDOW);
  const tail = await reader.read(Math.max(0, reader.size - WINDOW), WINDOW);
  const headerAt = head.indexOf('%PDF-');
  const version = headerAt >= 0 ? /^%PDF-(\d\.\d)/.exec(head.toString('latin1', headerAt, headerAt + 16))?.[1] : undefined;
  const lastKb = tail.subarray(Math.max(0, tail.length - 1024)).toString('latin1');
  const tailText = tail.toString('latin1');
  const structure: PdfStructure = {
    hasEndMarker: lastKb.includes('%%EOF'),
    xrefOffsetValid: null,
    encryptKey: ENCRYPT_KEY.test(head.toString('latin1')) || ENCRYPT_KEY.test(tailText),
  };
  if (version) structure.headerVersion = version;

  const startxref = [...tailText.matchAll(/startxref\s+(\d+)/g)].pop();
  if (startxref) {
    // Offsets count from the header, which may follow some junk bytes (§7.5.2 note, Acrobat).
    const offset = Number(startxref[1]) + Math.max(0, headerAt);
    const at = await reader.read(offset, 32);
    const text = at.toString('latin1');
    structure.xrefOffsetValid = /^\s*(xref|\d+\s+\d+\s+obj)/.test(text);
  }
  return structure;
}
