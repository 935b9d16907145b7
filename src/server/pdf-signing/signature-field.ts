import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';
import type { IncrementalUpdate } from './incremental-update.js';
import { PdfSigningError } from './pdf-signing-error.js';

/** Where the signature's widget goes. */
export interface WidgetPlacement {
  /** 0-based page index. */
  page: number;
  /** [x1, y1, x2, y2] in the page's user space; [0, 0, 0, 0] for an invisible signature. */
  rect: [number, number, number, number];
  /** The normal appearance, for a visible signature. */
  appearance?: PDFRef;
}

/** Annotation flags Print (3) and Locked (8): ISO 32000-1 §12.5.3. */
const PRINT_LOCKED = 4 | 128;
/** SignaturesExist | AppendOnly (ISO 32000-1 §12.7.2, Table 219). */
const SIG_FLAGS = 3;

/**
 * Adds a signature field merged with its widget annotation (ISO 32000-1 §12.7.4.5, §12.5.6.19),
 * whose /V is `signatureRef`, to the page's /Annots and the catalog's /AcroForm /Fields. Existing
 * objects are not modified in the file: their new versions go into the update.
 * @throws PdfSigningError PDF_SIGNING_PAGE_NOT_FOUND, PDF_SIGNING_FIELD_TAKEN.
 * @returns the field's name.
 */
export function addSignatureField(
  doc: PDFDocument,
  update: IncrementalUpdate,
  signatureRef: PDFRef,
  placement: WidgetPlacement,
  fieldName?: string,
): string {
  const { context } = update;
  const page = doc.getPages()[placement.page];
  if (!page) throw new PdfSigningError('PDF_SIGNING_PAGE_NOT_FOUND', { page: placement.page, pageCount: doc.getPageCount() });

  const rootRef = context.trailerInfo.Root as PDFRef;
  const catalog = doc.catalog.clone(context);
  const acroFormEntry = catalog.get(PDFName.of('AcroForm'));
  const acroForm = (context.lookup(acroFormEntry) as PDFDict | undefined)?.clone(context) ?? PDFDict.withContext(context);
  const fieldsEntry = acroForm.get(PDFName.of('Fields'));
  const fields = (context.lookup(fieldsEntry) as PDFArray | undefined)?.clone(context) ?? PDFArray.withContext(context);

  const taken = new Set(fields.asArray().map((f) => fieldNameOf(context.lookup(f))));
  let name = fieldName;
  if (name !== undefined && taken.has(name)) throw new PdfSigningError('PDF_SIGNING_FIELD_TAKEN', { fieldName: name });
  for (let n = fields.size() + 1; name === undefined; n++) if (!taken.has(`Signature${n}`)) name = `Signature${n}`;

  const widget = context.obj({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    F: PRINT_LOCKED,
    Rect: placement.rect,
    P: page.ref,
    V: signatureRef,
  }) as PDFDict;
  widget.set(PDFName.of('T'), /^[\x20-\x7e]*$/.test(name) ? PDFString.of(escapeLiteral(name)) : PDFHexString.fromText(name));
  if (placement.appearance) widget.set(PDFName.of('AP'), context.obj({ N: placement.appearance }));
  const widgetRef = update.allocate();
  update.set(widgetRef, widget);

  // The page's /Annots: a new version of the array if it is its own object, else of the page.
  const annotsEntry = page.node.get(PDFName.of('Annots'));
  const annots = (context.lookup(annotsEntry) as PDFArray | undefined)?.clone(context) ?? PDFArray.withContext(context);
  annots.push(widgetRef);
  if (annotsEntry instanceof PDFRef) update.set(annotsEntry, annots);
  else update.set(page.ref, withEntry(page.node.clone(context), 'Annots', annots));

  // The same for /AcroForm /Fields and the catalog.
  fields.push(widgetRef);
  if (fieldsEntry instanceof PDFRef) update.set(fieldsEntry, fields);
  else acroForm.set(PDFName.of('Fields'), fields);
  const sigFlags = acroForm.lookupMaybe(PDFName.of('SigFlags'), PDFNumber)?.asNumber() ?? 0;
  acroForm.set(PDFName.of('SigFlags'), PDFNumber.of(sigFlags | SIG_FLAGS));
  if (acroFormEntry instanceof PDFRef) {
    update.set(acroFormEntry, acroForm);
  } else {
    const acroFormRef = update.allocate();
    update.set(acroFormRef, acroForm);
    update.set(rootRef, withEntry(catalog, 'AcroForm', acroFormRef));
  }
  return name;
}

function withEntry(dict: PDFDict, key: string, value: PDFObject): PDFDict {
  dict.set(PDFName.of(key), value);
  return dict;
}

function fieldNameOf(field: PDFObject | undefined): string | undefined {
  const t = field instanceof PDFDict ? field.get(PDFName.of('T')) : undefined;
  return t instanceof PDFString || t instanceof PDFHexString ? t.decodeText() : undefined;
}

const escapeLiteral = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);
