import type { AuditEvent, AuditListResponse, AuditQuery, AuditVerifyResponse } from '../../common/api.js';
import type { Db } from '../db/connect.js';
import type { AuditEventRow } from '../db/schema.js';
import { can, type RequestContext } from '../domain/access.js';
import { GENESIS_HASH, verifyChainSegment, verifyHead } from '../domain/audit-chain.js';
import { AppError } from '../errors.js';
import { AuditRepository, toChainEvent } from '../repositories/audit.repository.js';

const VERIFY_PAGE = 2000;

/** Writes an audit event for a change, inside the change's transaction. */
export async function recordAudit(
  db: Db,
  ctx: RequestContext,
  action: string,
  entity: { type: string; id: string | null },
  before: unknown,
  after: unknown,
): Promise<void> {
  const pseudo = ctx.actor.id === 'system' || ctx.actor.id === 'anonymous';
  await new AuditRepository(db).append({
    actorId: pseudo ? null : ctx.actor.id,
    actorName: pseudo ? ctx.actor.displayName : `${ctx.actor.displayName}（${ctx.actor.username}）`,
    action,
    entityType: entity.type,
    entityId: entity.id,
    before,
    after,
    requestId: ctx.requestId,
  });
}

/** Reading and verifying the audit trail (安全审计员). */
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  /** @throws PERMISSION_DENIED unless the actor may read the audit trail. */
  async list(ctx: RequestContext, query: AuditQuery): Promise<AuditListResponse> {
    if (!can(ctx.actor, 'audit.read')) throw new AppError('PERMISSION_DENIED');
    const { rows, total } = await this.audit.list(query, query.limit, query.offset);
    return { items: rows.map(toAuditEvent), total };
  }

  /** The change history of one entity, for readers allowed to see the entity (checked by the caller). */
  async historyOf(entityType: string, entityId: string, limit: number, offset: number): Promise<AuditListResponse> {
    const { rows, total } = await this.audit.list({ entityType, entityId }, limit, offset);
    return { items: rows.map(toAuditEvent), total };
  }

  /**
   * Recomputes the whole hash chain, page by page, and compares its end with the recorded head.
   * @returns the first broken event, if any.
   */
  async verify(ctx?: RequestContext): Promise<AuditVerifyResponse> {
    if (ctx && !can(ctx.actor, 'audit.read')) throw new AppError('PERMISSION_DENIED');
    let state = { seq: 0, hash: GENESIS_HASH };
    let checked = 0;
    for (;;) {
      const page = await this.audit.pageAfter(state.seq, VERIFY_PAGE);
      if (page.length === 0) break;
      const r = verifyChainSegment(state, page);
      if (r.problem) return { ok: false, checked: checked + (r.last.seq - state.seq), headSeq: (await this.audit.head()).seq, problem: r.problem };
      checked += page.length;
      state = r.last;
    }
    const head = await this.audit.head();
    const problem = verifyHead(state, head);
    return { ok: problem === null, checked, headSeq: head.seq, problem };
  }
}

function parseJson(text: string | null): unknown {
  return text === null ? null : JSON.parse(text);
}

export function toAuditEvent(r: AuditEventRow): AuditEvent {
  const { beforeJson, afterJson, prevHash: _prev, ...e } = toChainEvent(r);
  return { ...e, before: parseJson(beforeJson), after: parseJson(afterJson) };
}
