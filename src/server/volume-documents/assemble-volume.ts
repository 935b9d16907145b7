import { PDFDocument } from 'pdf-lib';
import { volumeKindLabels } from '../../common/catalogue-api.js';
import { paginate } from '../../common/volume-pagination.js';
import { pageLabel, renderCatalogueList, type CatalogueListData, type CatalogueListEntry } from './catalogue-list.js';
import { loadCjkFont, type CjkFontSet } from './cjk-font.js';
import { embedCjkText } from './cjk-text.js';
import { renderCover, type CoverData } from './cover.js';
import type { Finding } from './findings.js';
import type { GrayRaster } from './gray-raster.js';
import { renderNotesSheet, type NotesSheetData } from './notes-sheet.js';
import { renderGrayPages } from './page-rasters.js';
import { setOutline, setPageLabels, type OutlineItem } from './pdf-outline.js';
import { stampPages, type PageStamp, type StampOptions } from './stamp-page-numbers.js';

/** The parts of one 册. */
export interface VolumeParts {
  cover: CoverData;
  /** The list; its page numbers are checked against the materials' PDFs (see assembleVolumePdf). */
  catalogue: CatalogueListData;
  /** The counts (materialCount, pageCount, recordingCount) are checked and printed as found. */
  notes: NotesSheetData;
  /** The PDF of each catalogue entry, in catalogue order (same length); null for a recording. */
  materialPdfs: ReadonlyArray<Uint8Array | null>;
}

export interface AssembleVolumeOptions {
  fonts?: CjkFontSet;
  /** How the page numbers are stamped (fonts come from `fonts`). */
  stamp?: Omit<StampOptions, 'fonts'>;
  /** pdftoppm runs at once, one per material. Default 2. */
  concurrency?: number;
}

export interface PartRange {
  /** 0-based index of the part's first page in the volume PDF. */
  first: number;
  count: number;
}

export interface AssembledVolume {
  pdf: Uint8Array;
  pageCount: number;
  parts: { cover: PartRange; catalogue: PartRange; materials: PartRange; notes: PartRange };
  /** The catalogue as printed: page ranges from the materials' PDFs. */
  entries: CatalogueListEntry[];
  stamps: PageStamp[];
  /**
   * VOLUME_PAGE_RANGE_MISMATCH (error): an entry's pages in the catalogue differ from its PDF — the
   * list is printed from the PDFs, so the catalogue must be corrected. VOLUME_NOTES_COUNT_MISMATCH
   * (warning): the notes' counts differ from the volume (printed as counted). PAGE_NUMBER_BOXED
   * (warning): see stampPageNumbers.
   */
  issues: Finding[];
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

const range = (first: number, count: number): PartRange => ({ first, count });

/**
 * Assembles one 册 into one PDF: cover, 卷内目录, the materials' pages in catalogue order with
 * 卷内页码 stamped from 1 (stampPageNumbers' placement; every material rendered once by
 * pdftoppm), and the 卷内备考表. Recordings have no PDF: they are a line in the list only. The
 * materials' pages are copied, never re-encoded. The PDF has Title metadata, a bookmark per part
 * and per material, and page labels (封面, 目录, the 卷内页码, 备考表).
 *
 * Steps: check the page ranges → render the pages in grey (in parallel with the forms) → render
 * cover, list and notes sheet → copy and stamp → outline, labels, metadata → save.
 *
 * @throws Error when materialPdfs does not match the entries, a PDF cannot be read, or pdftoppm fails.
 * @throws CjkFontMissingError when the fonts are not installed.
 */
export async function assembleVolumePdf(parts: VolumeParts, options: AssembleVolumeOptions = {}): Promise<AssembledVolume> {
  const { catalogue, materialPdfs } = parts;
  if (materialPdfs.length !== catalogue.entries.length) {
    throw new Error(`材料 PDF 数（${materialPdfs.length}）与卷内目录条目数（${catalogue.entries.length}）不一致`);
  }
  const fonts = options.fonts ?? (await loadCjkFont());
  const issues: Finding[] = [];

  // 1. Page ranges from the PDFs themselves, checked against the catalogue.
  const materials = await Promise.all(materialPdfs.map((bytes) => (bytes ? PDFDocument.load(bytes, { updateMetadata: false }) : null)));
  const ranges = paginate(materials.map((m) => ({ pages: m ? m.getPageCount() : null })));
  const entries: CatalogueListEntry[] = catalogue.entries.map((e, i) => ({ ...e, ...ranges[i]! }));
  catalogue.entries.forEach((e, i) => {
    const actual = entries[i]!;
    if (e.pageStart !== actual.pageStart || e.pageEnd !== actual.pageEnd) {
      issues.push({
        code: 'VOLUME_PAGE_RANGE_MISMATCH',
        severity: 'error',
        path: `entries[${i}]`,
        message: `第 ${e.seq} 件《${e.title}》在卷内目录中为第 ${pageLabel(e) || '（无页码）'} 页，其 PDF 实为第 ${pageLabel(actual) || '（无页码）'} 页；卷内目录按 PDF 打印，请更正目录`,
      });
    }
  });
  const pageCount = ranges.reduce((n, r) => Math.max(n, r.pageEnd ?? 0), 0);
  const counts = { materialCount: entries.length, pageCount, recordingCount: materials.filter((m) => m === null).length };
  for (const [key, label] of [['materialCount', '件数'], ['pageCount', '页数'], ['recordingCount', '录音录像件数']] as const) {
    if (parts.notes[key] !== counts[key]) {
      issues.push({ code: 'VOLUME_NOTES_COUNT_MISMATCH', severity: 'warning', path: `notes.${key}`, message: `卷内备考表的${label}为 ${parts.notes[key]}，本册实为 ${counts[key]}，按实际打印` });
    }
  }

  // 2–3. Grey renderings of the materials (pdftoppm) while the forms are drawn.
  const detect = options.stamp?.detectBlank !== false;
  const [rasters, coverPdf, listPdf, notesPdf] = await Promise.all([
    mapLimit(materialPdfs, options.concurrency ?? 2, async (bytes): Promise<GrayRaster[] | null> =>
      bytes && detect ? renderGrayPages(bytes, { pdftoppmPath: options.stamp?.pdftoppmPath }) : null,
    ),
    renderCover(parts.cover, { fonts }),
    renderCatalogueList({ ...catalogue, entries }, { fonts }),
    renderNotesSheet({ ...parts.notes, ...counts }, { fonts }),
  ]);

  // 4. One document: copy the pages in order, stamping the materials.
  const kind = volumeKindLabels[catalogue.volumeKind];
  const doc = await PDFDocument.create();
  doc.setTitle(`${catalogue.caseNumber} ${kind} 第${catalogue.book.number}册`, { showInWindowTitleBar: true });
  doc.setSubject(`${parts.cover.courtName} 诉讼卷宗（${kind}）第 ${catalogue.book.number} 册 共 ${catalogue.book.of} 册`);
  doc.setProducer('CaseVault');
  doc.setCreator('CaseVault 卷宗库');
  doc.setLanguage('zh-CN');
  const text = await embedCjkText(doc, fonts);
  const append = async (bytes: Uint8Array | PDFDocument) => {
    const source = bytes instanceof PDFDocument ? bytes : await PDFDocument.load(bytes);
    const copied = await doc.copyPages(source, source.getPageIndices());
    for (const p of copied) doc.addPage(p);
    return copied;
  };
  const coverPages = await append(coverPdf);
  const listPages = await append(listPdf);
  const outline: OutlineItem[] = [
    { title: '卷宗封面', page: coverPages[0]! },
    { title: '卷内目录', page: listPages[0]! },
  ];
  const stamps: PageStamp[] = [];
  const materialsFirst = doc.getPageCount();
  for (let i = 0; i < materials.length; i++) {
    const material = materials[i];
    if (!material) continue;
    const copied = await append(material);
    const stamped = stampPages(copied, rasters[i] ?? [], entries[i]!.pageStart!, text, options.stamp, doc.getPageCount() - copied.length);
    stamps.push(...stamped.stamps);
    issues.push(...stamped.issues);
    if (copied[0]) outline.push({ title: `${entries[i]!.seq} ${entries[i]!.title}（第 ${pageLabel(entries[i]!)} 页）`, page: copied[0] });
  }
  const notesFirst = doc.getPageCount();
  const notesPages = await append(notesPdf);
  outline.push({ title: '卷内备考表', page: notesPages[0]! });

  // 5. Navigation and labels.
  setOutline(doc, outline);
  setPageLabels(doc, [
    { first: 0, prefix: '封面' },
    { first: coverPages.length, prefix: '目录-', numbered: { start: 1 } },
    ...(pageCount > 0 ? [{ first: materialsFirst, numbered: { start: 1 } }] : []),
    { first: notesFirst, prefix: '备考表' },
  ]);

  const pdf = await doc.save();
  return {
    pdf,
    pageCount: doc.getPageCount(),
    parts: {
      cover: range(0, coverPages.length),
      catalogue: range(coverPages.length, listPages.length),
      materials: range(materialsFirst, pageCount),
      notes: range(notesFirst, notesPages.length),
    },
    entries,
    stamps,
    issues,
  };
}
