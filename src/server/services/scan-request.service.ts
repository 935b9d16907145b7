import { randomUUID } from 'node:crypto';
import { scanRequestIn, type ScanRequestIn, type ScanRequestOut } from '../../common/scan-request-api.js';
import { archiveStateLabels, type ArchiveState, type ScanRequestStatus } from '../../common/vocabulary.js';
import type { Db } from '../db/connect.js';
import type { ScanRequestRow } from '../db/schema.js';
import { can, type RequestContext } from '../domain/access.js';
import { AppError } from '../errors.js';
import type { ReferenceRepository } from '../repositories/reference.repository.js';
import type { ScanRequestListRow, ScanRequestRepository } from '../repositories/scan-request.repository.js';
import { recordAudit } from './audit.service.js';
import type { CaseService } from './case.service.js';
import type { ScanningService } from './scanning.service.js';

const OPEN: readonly ScanRequestStatus[] = ['requested', 'scanning'];

/**
 * 补扫申请: a clerk asks the scanning point serving the case's department to digitise a paper
 * material the catalogue lacks. The scanning point opens a batch for it (开始扫描); attaching that
 * batch's pages as materials fulfils the request (ScanningService.attach), and the new materials
 * arrive in the editor's 未编入材料. Either side may withdraw an open request with a reason.
 */
export class ScanRequestService {
  constructor(
    private readonly db: Db,
    private readonly requests: ScanRequestRepository,
    private readonly reference: ReferenceRepository,
    private readonly cases: CaseService,
    private readonly scanning: ScanningService,
  ) {}

  /** @throws PERMISSION_DENIED, CASE_NOT_FOUND, SCAN_REQUEST_CASE_STATE, SCAN_REQUEST_NO_POINT */
  async create(ctx: RequestContext, caseId: string, raw: ScanRequestIn): Promise<ScanRequestOut> {
    if (!can(ctx.actor, 'catalogue.edit')) throw new AppError('PERMISSION_DENIED');
    const input = scanRequestIn.parse(raw);
    const kase = await this.cases.visibleRow(ctx, caseId);
    const state = kase.archive_state as ArchiveState;
    if (state !== 'collecting' && state !== 'cataloguing') {
      throw new AppError('SCAN_REQUEST_CASE_STATE', `案卷当前为“${archiveStateLabels[state]}”，只有随案收集中或待编目的案卷才能申请补扫`);
    }
    const pointId = await this.pointFor(kase.department_id, input.scanningPointId);
    const row: ScanRequestRow = {
      id: randomUUID(),
      case_id: caseId,
      scanning_point_id: pointId,
      title: input.title,
      slot_id: input.slotId ?? null,
      note: input.note || null,
      status: 'requested',
      requested_by: ctx.actor.id,
      requested_at: new Date().toISOString(),
      batch_id: null,
      started_by: null,
      started_at: null,
      closed_by: null,
      closed_at: null,
      cancel_reason: null,
    };
    await this.db.transaction().execute(async (trx) => {
      await this.requests.with(trx).insert(row);
      await recordAudit(trx, ctx, 'scan_request.create', { type: 'case', id: caseId }, null, { requestId: row.id, title: row.title, slotId: row.slot_id, scanningPointId: pointId });
    });
    return this.get(row.id);
  }

  /** The case's requests, newest first. @throws CASE_NOT_FOUND */
  async listForCase(ctx: RequestContext, caseId: string): Promise<ScanRequestOut[]> {
    await this.cases.visibleRow(ctx, caseId);
    return this.out(await this.requests.byCase(caseId));
  }

  /** The scanning points' queue (their own point; the office sees all), oldest first. */
  async queue(ctx: RequestContext, query: { point?: string; status?: ScanRequestStatus }): Promise<ScanRequestOut[]> {
    const ids = await this.scanning.pointIds(ctx);
    const pointIds = query.point ? (ids === 'all' || ids.includes(query.point) ? [query.point] : []) : ids;
    return this.out(await this.requests.queue({ pointIds, statuses: query.status ? [query.status] : OPEN }));
  }

  /**
   * 开始扫描: the scanning point opens a batch for the request's case, labelled with what to scan.
   * @throws SCAN_REQUEST_NOT_FOUND, SCAN_REQUEST_CLOSED, PERMISSION_DENIED
   */
  async start(ctx: RequestContext, id: string): Promise<{ request: ScanRequestOut; batchId: string }> {
    const request = await this.visibleToPoint(ctx, id);
    if (request.status !== 'requested') throw new AppError('SCAN_REQUEST_CLOSED', request.batch_id ? '该申请已开始扫描' : undefined);
    const batch = await this.scanning.createBatch(
      ctx,
      { scanningPointId: request.scanning_point_id, caseId: request.case_id, label: `补扫：${request.title}` },
      async (trx, batchId) => {
        const now = new Date().toISOString();
        if (!(await this.requests.with(trx).transition(id, ['requested'], { status: 'scanning', batch_id: batchId, started_by: ctx.actor.id, started_at: now }))) {
          throw new AppError('SCAN_REQUEST_CLOSED');
        }
        await recordAudit(trx, ctx, 'scan_request.start', { type: 'case', id: request.case_id }, { status: 'requested' }, { requestId: id, status: 'scanning', batchId });
      },
    );
    return { request: await this.get(id), batchId: batch.id };
  }

  /**
   * 撤销 (the clerk) or 退回 (the scanning point) an open request, with the reason.
   * @throws SCAN_REQUEST_NOT_FOUND, SCAN_REQUEST_CLOSED, PERMISSION_DENIED
   */
  async cancel(ctx: RequestContext, id: string, reason: string): Promise<ScanRequestOut> {
    const request = await this.requests.byId(id);
    if (!request) throw new AppError('SCAN_REQUEST_NOT_FOUND');
    const asClerk = can(ctx.actor, 'catalogue.edit');
    if (asClerk) await this.cases.visibleRow(ctx, request.case_id).catch(() => Promise.reject(new AppError('SCAN_REQUEST_NOT_FOUND')));
    else await this.visibleToPoint(ctx, id);
    const now = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      if (!(await this.requests.with(trx).transition(id, OPEN, { status: 'cancelled', closed_by: ctx.actor.id, closed_at: now, cancel_reason: reason }))) {
        throw new AppError('SCAN_REQUEST_CLOSED');
      }
      await recordAudit(trx, ctx, 'scan_request.cancel', { type: 'case', id: request.case_id }, { status: request.status }, { requestId: id, status: 'cancelled', reason });
    });
    return this.get(id);
  }

  private async get(id: string): Promise<ScanRequestOut> {
    const row = await this.requests.byId(id);
    if (!row) throw new AppError('SCAN_REQUEST_NOT_FOUND');
    return (await this.out([row]))[0]!;
  }

  /** The point a request goes to: the one asked for if it serves the department, else the one serving every stage. */
  private async pointFor(departmentId: string | null, wanted: string | undefined): Promise<string> {
    const links = (await this.reference.scanningPointLinks()).filter((l) => l.department_id === departmentId);
    if (wanted) {
      if (!links.some((l) => l.scanning_point_id === wanted)) throw new AppError('SCAN_REQUEST_NO_POINT', '所选扫描点不服务本案所在部门');
      return wanted;
    }
    const point = links.find((l) => l.coverage === 'all') ?? links[0];
    if (!point) throw new AppError('SCAN_REQUEST_NO_POINT');
    return point.scanning_point_id;
  }

  private async visibleToPoint(ctx: RequestContext, id: string): Promise<ScanRequestListRow> {
    const ids = await this.scanning.pointIds(ctx);
    const request = await this.requests.byId(id);
    if (!request || (ids !== 'all' && !ids.includes(request.scanning_point_id))) throw new AppError('SCAN_REQUEST_NOT_FOUND');
    if (!can(ctx.actor, 'scan.operate')) throw new AppError('PERMISSION_DENIED');
    return request;
  }

  private async out(rows: ScanRequestListRow[]): Promise<ScanRequestOut[]> {
    const materials = await this.requests.batchMaterials(rows.map((r) => r.batch_id).filter((b): b is string => b !== null));
    return rows.map((r) => ({
      id: r.id,
      caseId: r.case_id,
      caseNumber: r.case_number,
      scanningPointId: r.scanning_point_id,
      scanningPointName: r.point_name,
      title: r.title,
      slotId: r.slot_id,
      note: r.note,
      status: r.status as ScanRequestStatus,
      requestedBy: r.requester_name,
      requestedAt: r.requested_at,
      batchId: r.batch_id,
      startedAt: r.started_at,
      closedBy: r.closer_name,
      closedAt: r.closed_at,
      cancelReason: r.cancel_reason,
      materials: materials.filter((m) => m.batch_id === r.batch_id).map((m) => ({ id: m.id, title: m.title, status: m.status })),
    }));
  }
}
