import type { z } from 'zod';
import type { CaseEventResponse, integrationCaseUpsert } from '../../common/capture-api.js';
import { can, type RequestContext } from '../domain/access.js';
import { parseCaseNumber } from '../domain/case-number/index.js';
import { AppError } from '../errors.js';
import type { CaseEventRepository } from '../repositories/case-event.repository.js';
import type { CaseRepository } from '../repositories/case.repository.js';
import type { CaseService } from './case.service.js';

/** Events younger than this are held back so that a slower transaction's event is never skipped. */
const SETTLE_MS = 2_000;

/**
 * The trial system's side of the integration (审判系统对接): idempotent upsert of cases by their
 * external id, and the event feed reporting archive state changes back. Materials are pushed
 * through MaterialService.upsertByExternalId.
 */
export class IntegrationService {
  constructor(
    private readonly cases: CaseService,
    private readonly caseRows: CaseRepository,
    private readonly eventRepo: CaseEventRepository,
  ) {}

  /**
   * Creates the case the first time; afterwards applies the pushed fields as a change (a retry
   * with the same body changes nothing and records nothing).
   * @throws CASE_EXTERNAL_ID_TAKEN when the external id belongs to a case with another number,
   *   and everything CaseService.create/update throws
   */
  async upsertCase(ctx: RequestContext, externalId: string, body: z.input<typeof integrationCaseUpsert>) {
    if (!can(ctx.actor, 'case.write')) throw new AppError('PERMISSION_DENIED');
    const existing = await this.caseRows.byExternalId(externalId);
    if (!existing) {
      const created = await this.cases.create(ctx, { ...body, externalId });
      return { id: created.id, externalId, created: true, version: created.version };
    }
    const pushedKey = safeKey(body.caseNumber);
    if (pushedKey && pushedKey !== existing.case_number_key) {
      throw new AppError('CASE_EXTERNAL_ID_TAKEN', `外部标识“${externalId}”已对应案号“${existing.case_number}”，案号不能通过推送修改`);
    }
    const { caseNumber: _n, ...patch } = body;
    const updated = await this.cases.update(ctx, existing.id, patch);
    return { id: updated.id, externalId, created: false, version: updated.version };
  }

  /** The case pushed under this external id. @throws CASE_NOT_FOUND */
  async caseByExternalId(ctx: RequestContext, externalId: string) {
    const row = await this.caseRows.byExternalId(externalId);
    if (!row) throw new AppError('CASE_NOT_FOUND', `没有外部标识为“${externalId}”的案件，请先推送案件`);
    return this.cases.visibleRow(ctx, row.id);
  }

  /** Case events after a sequence number, oldest first; `next` is the cursor for the next call. */
  async events(ctx: RequestContext, after: number, limit: number, now = new Date()): Promise<CaseEventResponse> {
    if (!can(ctx.actor, 'case.read.all')) throw new AppError('PERMISSION_DENIED');
    const rows = await this.eventRepo.after(after, limit, new Date(now.getTime() - SETTLE_MS).toISOString());
    return {
      events: rows.map((r) => ({ seq: r.seq, caseId: r.case_id, externalId: r.external_id, type: r.type, payload: JSON.parse(r.payload_json), createdAt: r.created_at })),
      next: rows.length ? rows[rows.length - 1]!.seq : after,
    };
  }
}

function safeKey(caseNumber: string): string | null {
  try {
    const r = parseCaseNumber(caseNumber);
    return r.ok ? r.value.key : null;
  } catch {
    return null;
  }
}
