import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connect.js';
import type { AuditEventRow } from '../db/schema.js';
import { canonicalJson, eventHash, type StoredChainEvent } from '../domain/audit-chain.js';

export interface NewAuditEvent {
  actorId: string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export interface AuditFilter {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

/** The append-only, hash-chained audit trail. Call `append` inside the transaction of the change. */
export class AuditRepository {
  constructor(private readonly db: Db) {}

  with(db: Db): AuditRepository {
    return new AuditRepository(db);
  }

  /**
   * Appends one event. The head row is updated first, which locks it (PostgreSQL row lock; SQLite
   * serialises writers), so concurrent writers from several processes take turns and the chain
   * never forks.
   */
  async append(e: NewAuditEvent, now = new Date()): Promise<StoredChainEvent> {
    await this.db.updateTable('audit_head').set((eb) => ({ seq: eb('seq', '+', 1) })).where('id', '=', 1).execute();
    const head = await this.db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
    const content = {
      seq: head.seq,
      id: randomUUID(),
      occurredAt: now.toISOString(),
      actorId: e.actorId,
      actorName: e.actorName,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      beforeJson: e.before === undefined || e.before === null ? null : canonicalJson(e.before),
      afterJson: e.after === undefined || e.after === null ? null : canonicalJson(e.after),
      requestId: e.requestId,
    };
    const hash = eventHash(head.hash, content);
    await this.db
      .insertInto('audit_event')
      .values({
        seq: content.seq,
        id: content.id,
        occurred_at: content.occurredAt,
        actor_id: content.actorId,
        actor_name: content.actorName,
        action: content.action,
        entity_type: content.entityType,
        entity_id: content.entityId,
        before_json: content.beforeJson,
        after_json: content.afterJson,
        request_id: content.requestId,
        prev_hash: head.hash,
        hash,
      })
      .execute();
    await this.db.updateTable('audit_head').set({ hash }).where('id', '=', 1).execute();
    return { ...content, prevHash: head.hash, hash };
  }

  async head(): Promise<{ seq: number; hash: string }> {
    return this.db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  }

  /** Events with seq > afterSeq in order, a page at a time (for verification). */
  async pageAfter(afterSeq: number, limit: number): Promise<StoredChainEvent[]> {
    const rows = await this.db.selectFrom('audit_event').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
    return rows.map(toChainEvent);
  }

  async list(filter: AuditFilter, limit: number, offset: number): Promise<{ rows: AuditEventRow[]; total: number }> {
    let q = this.db.selectFrom('audit_event');
    if (filter.actor) {
      const actor = filter.actor;
      q = q.where((eb) => eb.or([eb('actor_id', '=', actor), eb('actor_name', 'like', `%${actor.replace(/[%_\\]/g, '')}%`)]));
    }
    if (filter.action) q = q.where('action', '=', filter.action);
    if (filter.entityType) q = q.where('entity_type', '=', filter.entityType);
    if (filter.entityId) q = q.where('entity_id', '=', filter.entityId);
    // Dates are the court's calendar days (China Standard Time, UTC+8); events are stored in UTC.
    if (filter.from) q = q.where('occurred_at', '>=', new Date(`${filter.from}T00:00:00+08:00`).toISOString());
    if (filter.to) q = q.where('occurred_at', '<', new Date(new Date(`${filter.to}T00:00:00+08:00`).getTime() + 86_400_000).toISOString());
    const [rows, count] = await Promise.all([
      q.selectAll().orderBy('seq', 'desc').limit(limit).offset(offset).execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(count.n) };
  }
}

export function toChainEvent(r: AuditEventRow): StoredChainEvent {
  return {
    seq: Number(r.seq),
    id: r.id,
    occurredAt: r.occurred_at,
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    beforeJson: r.before_json,
    afterJson: r.after_json,
    requestId: r.request_id,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}
