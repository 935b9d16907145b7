import type { CatalogueOut, VolumeKind } from '../../common/catalogue-api.js';
import type { RequestContext } from '../domain/access.js';
import { primaryFile } from '../domain/primary-file.js';
import { AppError } from '../errors.js';
import type { CaseRepository } from '../repositories/case.repository.js';
import type { MaterialRepository } from '../repositories/material.repository.js';
import type { ReferenceRepository } from '../repositories/reference.repository.js';
import { readBlob, type BlobStore } from '../storage/blob-store.js';
import {
  assembleVolumePdf,
  loadCjkFont,
  renderCatalogueList,
  renderCover,
  renderNotesSheet,
  type CjkFontSet,
  type CoverData,
  type CatalogueListData,
  type NotesSheetData,
} from '../volume-documents/index.js';
import type { CatalogueService } from './catalogue.service.js';

export const volumeDocuments = ['cover', 'catalogue', 'notes', 'volume'] as const;
export type VolumeDocument = (typeof volumeDocuments)[number];
const documentLabels: Record<VolumeDocument, string> = { cover: '卷宗封面', catalogue: '卷内目录', notes: '卷内备考表', volume: '卷宗' };
const kindLabels: Record<VolumeKind, string> = { main: '正卷', side: '副卷' };

/**
 * The documents of one 册 as the catalogue stands: 卷宗封面, 卷内目录, 卷内备考表, and the complete
 * volume (cover, list, the materials' PDFs with 卷内页码 stamped, notes sheet). Generated on
 * request from the saved catalogue; the archive package (issue 7) freezes them at reception.
 */
export class CatalogueDocumentsService {
  private fonts: Promise<CjkFontSet> | null = null;

  constructor(
    private readonly catalogues: CatalogueService,
    private readonly cases: CaseRepository,
    private readonly reference: ReferenceRepository,
    private readonly materials: MaterialRepository,
    private readonly store: BlobStore,
  ) {}

  /** @throws CATALOGUE_NOT_FOUND, CATALOGUE_BOOK_NOT_FOUND, CATALOGUE_DOCUMENT_FAILED (fonts or tools missing) */
  async render(ctx: RequestContext, caseId: string, kind: VolumeKind, number: number, document: VolumeDocument): Promise<{ bytes: Uint8Array; fileName: string }> {
    const catalogue = await this.catalogues.get(ctx, caseId);
    const books = catalogue.volumes.filter((v) => v.kind === kind);
    const book = books.find((v) => v.number === number);
    if (!book) throw new AppError('CATALOGUE_BOOK_NOT_FOUND', `${kindLabels[kind]}没有第 ${number} 册`);
    const bookOf = { number, of: books.length };
    const kase = (await this.cases.byId(caseId))!;
    const fonts = await this.loadFonts();
    const list: CatalogueListData = {
      caseNumber: kase.case_number,
      volumeKind: kind,
      book: bookOf,
      entries: book.entries.map((e) => ({ seq: e.seq, title: e.title, responsible: e.responsible, date: e.date, pageStart: e.pageStart, pageEnd: e.pageEnd, remarks: e.remarks })),
    };
    const notes: NotesSheetData = {
      caseNumber: kase.case_number,
      volumeKind: kind,
      book: bookOf,
      materialCount: book.entries.length,
      pageCount: book.pages,
      recordingCount: book.entries.filter((e) => e.source === 'recording').length,
      remarks: notesRemarks(catalogue),
      compiler: kase.clerk_name,
      compiledAt: catalogue.updatedAt.slice(0, 10),
      checker: null,
      checkedAt: null,
    };
    const fileName = `${kase.case_number}${kindLabels[kind]}第${number}册${documentLabels[document]}.pdf`;
    try {
      if (document === 'catalogue') return { bytes: await renderCatalogueList(list, { fonts }), fileName };
      if (document === 'notes') return { bytes: await renderNotesSheet(notes, { fonts }), fileName };
      const cover = await this.coverData(kase, kind, bookOf);
      if (document === 'cover') return { bytes: await renderCover(cover, { fonts }), fileName };
      const materialPdfs = await Promise.all(book.entries.map((e) => this.materialPdf(e.materialId)));
      const volume = await assembleVolumePdf({ cover, catalogue: list, notes, materialPdfs }, { fonts });
      return { bytes: volume.pdf, fileName };
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw new AppError('CATALOGUE_DOCUMENT_FAILED', `生成${documentLabels[document]}失败：${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private loadFonts(): Promise<CjkFontSet> {
    this.fonts ??= loadCjkFont().catch((e) => {
      this.fonts = null;
      throw new AppError('CATALOGUE_DOCUMENT_FAILED', e instanceof Error ? e.message : String(e));
    });
    return this.fonts;
  }

  private async coverData(kase: NonNullable<Awaited<ReturnType<CaseRepository['byId']>>>, kind: VolumeKind, book: { number: number; of: number }): Promise<CoverData> {
    const court = await this.reference.court();
    const parties = await this.cases.parties([kase.id]);
    return {
      courtName: court?.name ?? '',
      volumeKind: kind,
      book,
      caseNumber: kase.case_number,
      causeOfAction: kase.cause_of_action,
      parties: parties.sort((a, b) => a.seq - b.seq).map((p) => ({ role: p.role, name: p.name })),
      presidingJudge: null,
      judges: kase.judge_name ? [kase.judge_name] : [],
      clerk: kase.clerk_name,
      filedAt: kase.filed_on,
      closedAt: kase.closed_on,
      closingMethod: kase.closing_method,
      // Set at reception (issue 7): 归档日期, 保管期限, 目录号, 案卷号.
      archivedAt: null,
      retentionPeriod: null,
      fondsCode: court?.fonds_code ?? null,
      catalogueNumber: null,
      fileNumber: null,
    };
  }

  /** The material's main file when it is a PDF (the signed revision, the assembled PDF of a scan, or a born-digital PDF); null otherwise. */
  private async materialPdf(materialId: string): Promise<Uint8Array | null> {
    const main = primaryFile(await this.materials.files([materialId]));
    const pdf = main?.format === 'pdf' ? main : undefined;
    return pdf ? new Uint8Array(await readBlob(this.store, pdf.sha256)) : null;
  }
}

/** 说明 of the notes sheet: what the clerk marked 本案无, and how recordings are kept. */
function notesRemarks(catalogue: CatalogueOut): string | null {
  const lines = catalogue.waivers.map((w) => `本案无“${w.slotTitle}”：${w.reason}。`);
  if (catalogue.volumes.some((v) => v.entries.some((e) => e.source === 'recording'))) lines.push('庭审录音录像以电子文件随卷保存，不编页码。');
  return lines.length ? lines.join('') : null;
}
