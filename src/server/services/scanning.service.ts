import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type {
  attachRequest,
  batchCreate,
  BatchDetail,
  BatchSummary,
  MaterialOut,
  ScanningPointOut,
  ScanPageOut,
  ScanThresholdsIn,
} from '../../common/capture-api.js';
import type { BatchStatus, MaterialCategory, PageStatus, PageVerdict, RescanReason } from '../../common/vocabulary.js';
import type { Db } from '../db/connect.js';
import type { MaterialRow, ScanBatchRow, ScanPageRow } from '../db/schema.js';
import { can, type RequestContext } from '../domain/access.js';
import { judgeBatch, scanQcThresholds, splitAtSeparators, type ScanQcThresholds } from '../domain/scan-qc/index.js';
import { AppError } from '../errors.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { BlobRepository } from '../repositories/blob.repository.js';
import { MaterialRepository } from '../repositories/material.repository.js';
import type { ReferenceRepository } from '../repositories/reference.repository.js';
import { ScanRepository, type BatchListRow } from '../repositories/scan.repository.js';
import { ScanRequestRepository } from '../repositories/scan-request.repository.js';
import type { UserRepository } from '../repositories/user.repository.js';
import { recordAudit } from './audit.service.js';
import type { CaseService } from './case.service.js';
import { hasBlockingProblem, type FileIntakeService, type ReceivedFile } from './file-intake.service.js';
import { renderPageJpeg } from '../scanning/thumbnail.js';
import { readBlob } from '../storage/blob-store.js';
import { toQuarantineOut, type MaterialService } from './material.service.js';

/** Page image formats a scanning point may deliver (DA/T 31-2017 §9.5, plus PNG as lossless). */
const PAGE_FORMATS = new Set(['tiff', 'jpeg', 'png', 'jp2']);

/**
 * The scanning station (扫描工作台): batches of page images with per-page quality verdicts,
 * re-scans, splitting into materials and attaching them to the case. A scanner works at his own
 * scanning point; the office (scan.manage) reads every point and sets the thresholds.
 */
export class ScanningService {
  constructor(
    private readonly db: Db,
    private readonly scans: ScanRepository,
    private readonly reference: ReferenceRepository,
    private readonly users: UserRepository,
    private readonly cases: CaseService,
    private readonly materials: MaterialService,
    private readonly intake: FileIntakeService,
    private readonly queue: JobQueue,
    private readonly hotFolderDir: string,
  ) {}

  // ── points ──────────────────────────────────────────────────────────────────────────────────
  /** Points the actor works at (a scanner: his own) or oversees (scan.manage: all). */
  async points(ctx: RequestContext): Promise<ScanningPointOut[]> {
    const ids = await this.pointIds(ctx);
    const [points, links, departments] = await Promise.all([this.reference.scanningPoints(), this.reference.scanningPointLinks(), this.reference.departments()]);
    return points
      .filter((p) => ids === 'all' || ids.includes(p.id))
      .map((p) => ({
        id: p.id,
        code: p.code ?? p.id,
        name: p.name,
        description: p.description,
        departments: links
          .filter((l) => l.scanning_point_id === p.id)
          .map((l) => ({ id: l.department_id, name: departments.find((d) => d.id === l.department_id)?.name ?? l.department_id, coverage: l.coverage })),
        thresholds: thresholdsOut(this.thresholdsOf(p.qc_thresholds_json)),
        customThresholds: p.qc_thresholds_json !== null,
        hotFolder: `${this.hotFolderDir}/${p.code ?? p.id}`,
      }));
  }

  /** Sets a point's thresholds (they apply to batches created afterwards). @throws PERMISSION_DENIED, SCANNING_POINT_NOT_FOUND */
  async setThresholds(ctx: RequestContext, pointId: string, thresholds: ScanThresholdsIn): Promise<ScanningPointOut> {
    if (!can(ctx.actor, 'scan.manage')) throw new AppError('PERMISSION_DENIED');
    const point = (await this.reference.scanningPoints()).find((p) => p.id === pointId);
    if (!point) throw new AppError('SCANNING_POINT_NOT_FOUND');
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('scanning_point').set({ qc_thresholds_json: JSON.stringify(thresholds) }).where('id', '=', pointId).execute();
      await recordAudit(trx, ctx, 'scanning.thresholds', { type: 'scanning_point', id: pointId }, point.qc_thresholds_json ? JSON.parse(point.qc_thresholds_json) : null, thresholds);
    });
    return (await this.points(ctx)).find((p) => p.id === pointId)!;
  }

  // ── batches ─────────────────────────────────────────────────────────────────────────────────
  /**
   * @param within more work in the batch's transaction (a scan request marks itself started).
   * @throws PERMISSION_DENIED, SCANNING_POINT_NOT_FOUND, CASE_NOT_FOUND
   */
  async createBatch(ctx: RequestContext, input: z.infer<typeof batchCreate>, within?: (trx: Db, batchId: string) => Promise<void>): Promise<BatchDetail> {
    await this.operablePoint(ctx, input.scanningPointId);
    if (input.caseId) await this.cases.visibleRow(ctx, input.caseId);
    const point = (await this.reference.scanningPoints()).find((p) => p.id === input.scanningPointId)!;
    const now = new Date().toISOString();
    const row: ScanBatchRow = {
      id: randomUUID(),
      scanning_point_id: point.id,
      case_id: input.caseId ?? null,
      label: input.label,
      declared_pages: input.declaredPages ?? null,
      origin: 'scanning',
      status: 'receiving',
      operator_id: ctx.actor.id,
      thresholds_json: JSON.stringify(this.thresholdsOf(point.qc_thresholds_json)),
      created_at: now,
      updated_at: now,
    };
    await this.db.transaction().execute(async (trx) => {
      await this.scans.with(trx).insertBatch(row);
      await recordAudit(trx, ctx, 'scanning.batch.create', { type: 'scan_batch', id: row.id }, null, { label: row.label, caseId: row.case_id, declaredPages: row.declared_pages, scanningPointId: row.scanning_point_id });
      await within?.(trx, row.id);
    });
    return this.detail(ctx, row.id);
  }

  async list(ctx: RequestContext, query: { point?: string; status?: string; limit: number; offset: number }) {
    const ids = await this.pointIds(ctx);
    const pointIds = query.point ? (ids === 'all' || ids.includes(query.point) ? [query.point] : []) : ids;
    const { rows, total } = await this.scans.batches({ pointIds, status: query.status }, query.limit, query.offset);
    const counts = await this.scans.counts(rows.map((r) => r.id));
    return { items: rows.map((r) => summaryOut(r, counts.get(r.id))), total };
  }

  /** @throws SCAN_BATCH_NOT_FOUND */
  async detail(ctx: RequestContext, batchId: string): Promise<BatchDetail> {
    const batch = await this.visibleBatch(ctx, batchId);
    const [pages, groups, counts, quarantine, request] = await Promise.all([
      this.scans.pages(batchId),
      this.scans.groups(batchId),
      this.scans.counts([batchId]),
      new MaterialRepository(this.db).quarantine({ batchId }),
      new ScanRequestRepository(this.db).byBatch(batchId),
    ]);
    const ordered = orderPages(pages);
    const live = ordered.filter((p) => p.status !== 'replaced');
    const judged = live.every((p) => p.verdict) && live.length > 0 ? judgeBatch(live.map((p) => ({ verdict: p.verdict as PageVerdict })), batch.declared_pages) : null;
    return {
      ...summaryOut(batch, counts.get(batchId)),
      pages: ordered.map(pageOut),
      groups: groups.map((g) => ({
        id: g.id,
        seq: g.seq,
        title: g.title,
        category: g.category as MaterialCategory,
        materialId: g.material_id,
        pageIds: ordered.filter((p) => p.group_id === g.id).map((p) => p.id),
      })),
      quarantine: quarantine.map(toQuarantineOut),
      batchReasons: judged?.reasons ?? [],
      thresholds: thresholdsOut(JSON.parse(batch.thresholds_json)),
      scanRequest: request
        ? { id: request.id, title: request.title, note: request.note, requestedBy: (await this.users.byId(request.requested_by ?? ''))?.display_name ?? null, status: request.status }
        : null,
    };
  }

  /**
   * Adds page images to a batch in the order given; each is identified and validated (an image that
   * is not a page image, or is corrupt, goes to quarantine) and queued for quality control.
   * @throws SCAN_BATCH_NOT_FOUND, PERMISSION_DENIED
   */
  async addPages(ctx: RequestContext, batchId: string, files: ReceivedFile[], origin: 'scanning' | 'hot_folder' = 'scanning'): Promise<BatchDetail> {
    let batch;
    try {
      batch = await this.operableBatch(ctx, batchId);
    } catch (e) {
      await Promise.all(files.map((f) => this.intake.discard(f.staged)));
      throw e;
    }
    for (const file of files) await this.addPage(ctx, batch, file, origin, null);
    return this.detail(ctx, batchId);
  }

  /**
   * Stores one page (or quarantines it). Idempotent per `seq` when given (hot-folder ingest after a
   * crash re-adds the same files in the same order).
   * @returns the page id, or null when the file went to quarantine.
   */
  async addPage(ctx: RequestContext, batch: ScanBatchRow, file: ReceivedFile, origin: 'scanning' | 'hot_folder', seq: number | null, replaces?: ScanPageRow): Promise<string | null> {
    const inspected = await this.intake.inspect(file.staged, file.originalName);
    const where = { caseId: batch.case_id, scanBatchId: batch.id, scanningPointId: batch.scanning_point_id, origin } as const;
    if (hasBlockingProblem(inspected.facts)) {
      await this.intake.quarantine(ctx, inspected, where);
      return null;
    }
    if (!PAGE_FORMATS.has(inspected.facts.format)) {
      await this.intake.quarantine(ctx, inspected, where, 'SCAN_PAGE_NOT_IMAGE');
      return null;
    }
    const blob = await this.intake.commit(inspected.staged);
    const now = new Date().toISOString();
    const id = randomUUID();
    await this.db.transaction().execute(async (trx) => {
      const scans = this.scans.with(trx);
      if (seq !== null && (await scans.pageBySeq(batch.id, seq))) return;
      const facts = inspected.facts;
      await new BlobRepository(trx).register(blob, now);
      await scans.insertPage({
        id,
        batch_id: batch.id,
        seq: seq ?? (await scans.maxSeq(batch.id)) + 1,
        sha256: blob.sha256,
        original_name: inspected.originalName,
        format: facts.format,
        width: facts.width ?? null,
        height: facts.height ?? null,
        dpi: facts.dpi ?? null,
        colour_mode: facts.colourMode ?? null,
        thumb_sha256: null,
        measures_json: null,
        verdict: null,
        reasons_json: null,
        status: 'active',
        group_id: null,
        rescan_reason: null,
        rescan_note: null,
        rescan_requested_by: null,
        rescan_requested_at: null,
        replaces_page_id: replaces?.id ?? null,
        operator_id: ctx.actor.id === 'system' ? batch.operator_id : ctx.actor.id,
        created_at: now,
        checked_at: null,
      });
      if (replaces) {
        await scans.updatePage(replaces.id, { status: 'replaced' });
        await recordAudit(trx, ctx, 'scanning.page.replace', { type: 'scan_page', id: replaces.id }, { status: replaces.status }, { status: 'replaced', replacedBy: id, sha256: blob.sha256 });
      }
      if (batch.status !== 'checking') await scans.updateBatch(batch.id, { status: 'checking', updated_at: now });
      await this.queue.enqueueOnce(trx, 'scan.check', { batchId: batch.id });
    });
    return id;
  }

  /** Sends a page back for re-scan with the reason. @throws SCAN_PAGE_NOT_FOUND, SCAN_PAGE_ALREADY_ATTACHED */
  async requestRescan(ctx: RequestContext, pageId: string, reason: RescanReason, note?: string): Promise<ScanPageOut> {
    const page = await this.operablePage(ctx, pageId);
    if (page.group_id) throw new AppError('SCAN_PAGE_ALREADY_ATTACHED');
    if (page.status !== 'active') return pageOut({ ...page, position: page.seq });
    const now = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      await this.scans.with(trx).updatePage(pageId, { status: 'rescan', rescan_reason: reason, rescan_note: note ?? null, rescan_requested_by: ctx.actor.id, rescan_requested_at: now });
      await recordAudit(trx, ctx, 'scanning.page.rescan', { type: 'scan_page', id: pageId }, { status: page.status }, { status: 'rescan', reason, note: note ?? null });
    });
    return this.pageOutById(pageId);
  }

  /** Stores the re-scan of a page sent back; it takes the old page's place. @throws SCAN_PAGE_NOT_FOUND */
  async replacePage(ctx: RequestContext, pageId: string, file: ReceivedFile): Promise<ScanPageOut> {
    let page;
    try {
      page = await this.operablePage(ctx, pageId);
      if (page.status !== 'rescan') throw new AppError('VALIDATION_FAILED', '只有“待重扫”的页面才能上传重扫页');
    } catch (e) {
      await this.intake.discard(file.staged);
      throw e;
    }
    const batch = (await this.scans.batch(page.batch_id))!;
    const newId = await this.addPage(ctx, batch, file, 'scanning', null, page);
    if (!newId) throw new AppError('SCAN_PAGE_NOT_IMAGE', '重扫页未通过格式检查，已隔离保存');
    return this.pageOutById(newId);
  }

  /** Groups of the batch's live pages split at blank separator sheets. */
  async splitProposal(ctx: RequestContext, batchId: string) {
    await this.visibleBatch(ctx, batchId);
    const live = orderPages(await this.scans.pages(batchId)).filter((p) => p.status !== 'replaced' && !p.group_id);
    const split = splitAtSeparators(live.map((p) => ({ id: p.id, verdict: (p.verdict ?? 'pass') as PageVerdict })));
    return { groups: split.map((g) => ({ pageIds: g.pages.map((p) => p.id) })), separators: live.filter((p) => p.verdict === 'blank').map((p) => p.id) };
  }

  /**
   * Makes materials of groups of pages and attaches them to the case: each becomes a scanned
   * material being assembled (one PDF, OCR) in the background.
   * @throws SCAN_PAGES_NOT_ACCEPTABLE (details.pageIds), SCAN_PAGE_ALREADY_ATTACHED, CASE_NOT_FOUND
   */
  async attach(ctx: RequestContext, batchId: string, input: z.infer<typeof attachRequest>): Promise<MaterialOut[]> {
    const batch = await this.operableBatch(ctx, batchId);
    await this.cases.visibleRow(ctx, input.caseId);
    if (batch.case_id && batch.case_id !== input.caseId) throw new AppError('VALIDATION_FAILED', '该批次已登记为另一案件的材料');
    const pages = new Map((await this.scans.pages(batchId)).map((p) => [p.id, p]));
    const wanted = input.groups.flatMap((g) => g.pageIds);
    if (new Set(wanted).size !== wanted.length) throw new AppError('VALIDATION_FAILED', '同一页不能分到两份材料');
    const bad = wanted.filter((id) => {
      const p = pages.get(id);
      return !p || p.status !== 'active' || p.verdict === null || p.verdict === 'fail';
    });
    if (bad.length) throw new AppError('SCAN_PAGES_NOT_ACCEPTABLE', undefined, { pageIds: bad });
    if (wanted.some((id) => pages.get(id)!.group_id)) throw new AppError('SCAN_PAGE_ALREADY_ATTACHED');

    const now = new Date().toISOString();
    const ids: string[] = [];
    const positions = new Map(orderPages([...pages.values()]).map((p) => [p.id, p.position]));
    await this.db.transaction().execute(async (trx) => {
      const scans = this.scans.with(trx);
      const materials = new MaterialRepository(trx);
      let seq = (await scans.groups(batchId)).length;
      for (const [index, g] of input.groups.entries()) {
        // One millisecond apart, so the timeline keeps the order the operator gave.
        const createdAt = new Date(Date.parse(now) + index).toISOString();
        const materialId = randomUUID();
        const groupId = randomUUID();
        ids.push(materialId);
        const ordered = [...g.pageIds].sort((a, b) => positions.get(a)! - positions.get(b)!);
        const row: MaterialRow = {
          id: materialId,
          case_id: input.caseId,
          external_id: null,
          title: g.title,
          source: 'scanned',
          category: g.category,
          origin: batch.origin === 'hot_folder' ? 'hot_folder' : 'scanning',
          status: 'processing',
          author: null,
          document_date: null,
          pages: ordered.length,
          ocr_status: null,
          hearing_date: null,
          courtroom: null,
          duration_seconds: null,
          scan_batch_id: batchId,
          problems_json: '[]',
          created_by: ctx.actor.id,
          created_at: createdAt,
          updated_at: createdAt,
        };
        await materials.insert(row);
        await scans.insertGroup({ id: groupId, batch_id: batchId, seq: ++seq, title: g.title, category: g.category, material_id: materialId });
        for (const pid of ordered) await scans.updatePage(pid, { group_id: groupId });
        await this.queue.enqueue(trx, 'material.assemble', { materialId });
        await recordAudit(trx, ctx, 'material.create', { type: 'material', id: materialId }, null, {
          caseId: input.caseId,
          title: g.title,
          source: 'scanned',
          scanBatchId: batchId,
          pages: ordered.map((pid) => pages.get(pid)!.sha256),
        });
      }
      const remaining = [...pages.values()].filter((p) => p.status === 'active' && p.verdict !== 'blank' && !p.group_id && !wanted.includes(p.id));
      await scans.updateBatch(batchId, { case_id: input.caseId, status: remaining.length ? batch.status : 'done', updated_at: now });
      // A batch opened for a 补扫申请 fulfils it with its first attached materials.
      const requests = new ScanRequestRepository(trx);
      const request = await requests.byBatch(batchId);
      if (request && (await requests.transition(request.id, ['scanning'], { status: 'done', closed_by: ctx.actor.id, closed_at: now }))) {
        await recordAudit(trx, ctx, 'scan_request.done', { type: 'case', id: request.case_id }, { status: 'scanning' }, { requestId: request.id, status: 'done', materialIds: ids });
      }
    });
    return Promise.all(ids.map((id) => this.materials.get(ctx, id)));
  }

  async rescanQueue(ctx: RequestContext, point?: string) {
    const ids = await this.pointIds(ctx);
    const pointIds = point ? (ids === 'all' || ids.includes(point) ? [point] : []) : ids;
    const rows = await this.scans.rescanQueue(pointIds);
    return {
      items: rows.map((r) => ({ ...pageOut({ ...r, position: r.seq }), batchLabel: r.batch_label, scanningPointName: r.point_name, caseNumber: r.case_number })),
    };
  }

  /** The stored page image (or its thumbnail) for the station. @throws SCAN_PAGE_NOT_FOUND */
  async pageBlob(ctx: RequestContext, pageId: string, kind: 'image' | 'thumbnail'): Promise<{ sha256: string; page: ScanPageRow }> {
    const page = await this.scans.page(pageId);
    if (!page) throw new AppError('SCAN_PAGE_NOT_FOUND');
    await this.visibleBatch(ctx, page.batch_id).catch(() => {
      throw new AppError('SCAN_PAGE_NOT_FOUND');
    });
    const sha = kind === 'thumbnail' ? page.thumb_sha256 : page.sha256;
    if (!sha) throw new AppError('SCAN_PAGE_NOT_FOUND', '缩略图尚未生成（质检进行中）');
    return { sha256: sha, page };
  }

  /** A JPEG preview of a page (long side ≤ 1600 px); the scanned master stays as it is. @throws SCAN_PAGE_NOT_FOUND */
  async pagePreview(ctx: RequestContext, pageId: string): Promise<Buffer> {
    const { sha256 } = await this.pageBlob(ctx, pageId, 'image');
    return renderPageJpeg(await readBlob(this.intake.store, sha256), 1600);
  }

  // ── access ──────────────────────────────────────────────────────────────────────────────────
  /** 'all' for scan.manage; a scanner's own point; nothing for anyone else. */
  async pointIds(ctx: RequestContext): Promise<'all' | string[]> {
    if (can(ctx.actor, 'scan.manage')) return 'all';
    if (!can(ctx.actor, 'scan.operate')) throw new AppError('PERMISSION_DENIED');
    const user = await this.users.byId(ctx.actor.id);
    return user?.scanning_point_id ? [user.scanning_point_id] : [];
  }

  private async operablePoint(ctx: RequestContext, pointId: string): Promise<void> {
    if (!can(ctx.actor, 'scan.operate')) throw new AppError('PERMISSION_DENIED');
    const ids = await this.pointIds(ctx);
    if (ids !== 'all' && !ids.includes(pointId)) throw new AppError('SCANNING_POINT_NOT_FOUND');
  }

  private async visibleBatch(ctx: RequestContext, batchId: string): Promise<BatchListRow> {
    const ids = await this.pointIds(ctx);
    const batch = await this.scans.batch(batchId);
    if (!batch || (ids !== 'all' && !ids.includes(batch.scanning_point_id))) throw new AppError('SCAN_BATCH_NOT_FOUND');
    return batch;
  }

  private async operableBatch(ctx: RequestContext, batchId: string): Promise<BatchListRow> {
    if (!can(ctx.actor, 'scan.operate')) throw new AppError('PERMISSION_DENIED');
    return this.visibleBatch(ctx, batchId);
  }

  private async operablePage(ctx: RequestContext, pageId: string): Promise<ScanPageRow> {
    const page = await this.scans.page(pageId);
    if (!page) throw new AppError('SCAN_PAGE_NOT_FOUND');
    await this.operableBatch(ctx, page.batch_id).catch(() => {
      throw new AppError('SCAN_PAGE_NOT_FOUND');
    });
    return page;
  }

  private async pageOutById(pageId: string): Promise<ScanPageOut> {
    const page = (await this.scans.page(pageId))!;
    const ordered = orderPages(await this.scans.pages(page.batch_id));
    return pageOut(ordered.find((p) => p.id === pageId)!);
  }

  thresholdsOf(json: string | null): ScanQcThresholds {
    return scanQcThresholds(json ? (JSON.parse(json) as Partial<ScanQcThresholds>) : {});
  }
}

/**
 * Pages in batch order: a re-scan takes the position of the page it replaces, and the replaced
 * page shows at that same position (positions count the pages in use).
 */
export function orderPages(pages: ScanPageRow[]): Array<ScanPageRow & { position: number }> {
  const byId = new Map(pages.map((p) => [p.id, p]));
  const rootSeq = (p: ScanPageRow, depth = 0): number => {
    const prev = p.replaces_page_id ? byId.get(p.replaces_page_id) : undefined;
    return prev && depth < 100 ? rootSeq(prev, depth + 1) : p.seq;
  };
  const sorted = pages.map((p) => ({ ...p, root: rootSeq(p) })).sort((a, b) => a.root - b.root || a.seq - b.seq);
  const positionOfRoot = new Map<number, number>();
  let next = 0;
  for (const p of sorted) if (!positionOfRoot.has(p.root)) positionOfRoot.set(p.root, ++next);
  return sorted.map(({ root, ...p }) => ({ ...p, position: positionOfRoot.get(root)! }));
}

function pageOut(p: ScanPageRow & { position: number }): ScanPageOut {
  return {
    id: p.id,
    batchId: p.batch_id,
    seq: p.seq,
    position: p.position,
    originalName: p.original_name,
    format: p.format,
    width: p.width,
    height: p.height,
    dpi: p.dpi,
    colourMode: p.colour_mode,
    verdict: p.verdict as PageVerdict | null,
    reasons: p.reasons_json ? JSON.parse(p.reasons_json) : [],
    status: p.status as PageStatus,
    groupId: p.group_id,
    rescanReason: p.rescan_reason,
    rescanNote: p.rescan_note,
    rescanRequestedAt: p.rescan_requested_at,
    replacesPageId: p.replaces_page_id,
    hasThumbnail: Boolean(p.thumb_sha256),
    createdAt: p.created_at,
  };
}

function summaryOut(r: BatchListRow, c: Awaited<ReturnType<ScanRepository['counts']>> extends Map<string, infer V> ? V | undefined : never): BatchSummary {
  return {
    id: r.id,
    scanningPoint: { id: r.scanning_point_id, name: r.point_name },
    case: r.case_id ? { id: r.case_id, caseNumber: r.case_number ?? '' } : null,
    label: r.label,
    declaredPages: r.declared_pages,
    origin: r.origin as BatchSummary['origin'],
    status: r.status as BatchStatus,
    operator: r.operator_id ? { id: r.operator_id, name: r.operator_name ?? r.operator_id } : null,
    counts: { pages: c?.pages ?? 0, checked: c?.checked ?? 0, pass: c?.pass ?? 0, warn: c?.warn ?? 0, fail: c?.fail ?? 0, blank: c?.blank ?? 0, rescan: c?.rescan ?? 0 },
    createdAt: r.created_at,
  };
}

function thresholdsOut(t: ScanQcThresholds): ScanThresholdsIn {
  return {
    minDpi: t.minDpi,
    missingDpi: t.missingDpi,
    allowedColourModes: [...t.allowedColourModes],
    allowedFormats: t.allowedFormats ? [...t.allowedFormats] : null,
    maxSkewDegrees: t.maxSkewDegrees,
    blankInkRatio: t.blankInkRatio,
    maxBlackBorderRatio: t.maxBlackBorderRatio,
    minPaperLevel: t.minPaperLevel,
    minContrast: t.minContrast,
    minSharpness: t.minSharpness,
  };
}
