import { sql } from 'kysely';
import type { Db } from '../db/connect.js';
import type {
  ArchiveRow,
  ArchiveVersionRow,
  FourPropertyConfirmationRow,
  FourPropertyReportRow,
  ReceptionDecisionRow,
} from '../db/schema.js';

/** Reports, confirmations, reception decisions, 档号 counters and archives. No business rules here. */
export class ArchiveRepository {
  constructor(private readonly db: Db) {}

  with(db: Db): ArchiveRepository {
    return new ArchiveRepository(db);
  }

  async insertReport(row: FourPropertyReportRow): Promise<void> {
    await this.db.insertInto('four_property_report').values(row).execute();
  }

  async report(id: string): Promise<FourPropertyReportRow | undefined> {
    return this.db.selectFrom('four_property_report').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async latestReport(caseId: string, stage: string): Promise<FourPropertyReportRow | undefined> {
    return this.db
      .selectFrom('four_property_report')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('stage', '=', stage)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  /** The latest report of each case, for a queue. */
  async latestReports(caseIds: readonly string[], stage: string): Promise<Map<string, FourPropertyReportRow>> {
    const out = new Map<string, FourPropertyReportRow>();
    if (caseIds.length === 0) return out;
    const rows = await this.db
      .selectFrom('four_property_report')
      .selectAll()
      .where('case_id', 'in', caseIds)
      .where('stage', '=', stage)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    for (const r of rows) out.set(r.case_id, r);
    return out;
  }

  /** When each case's current approval was signed. */
  async approvalTimes(caseIds: readonly string[]): Promise<Map<string, string>> {
    if (caseIds.length === 0) return new Map();
    const rows = await this.db.selectFrom('approval').select(['case_id', 'created_at']).where('case_id', 'in', caseIds).where('status', '=', 'current').execute();
    return new Map(rows.map((r) => [r.case_id, r.created_at]));
  }

  async insertConfirmation(row: FourPropertyConfirmationRow): Promise<void> {
    await this.db.insertInto('four_property_confirmation').values(row).execute();
  }

  async confirmations(caseId: string, stage: string): Promise<FourPropertyConfirmationRow[]> {
    return this.db
      .selectFrom('four_property_confirmation')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('stage', '=', stage)
      .orderBy('confirmed_at')
      .orderBy('id')
      .execute();
  }

  async insertDecision(row: ReceptionDecisionRow): Promise<void> {
    await this.db.insertInto('reception_decision').values(row).execute();
  }

  async decisions(caseId: string): Promise<ReceptionDecisionRow[]> {
    return this.db.selectFrom('reception_decision').selectAll().where('case_id', '=', caseId).orderBy('decided_at').orderBy('id').execute();
  }

  async rejectionCounts(caseIds: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (caseIds.length === 0) return out;
    const rows = await this.db
      .selectFrom('reception_decision')
      .select(['case_id', sql<number>`count(*)`.as('n')])
      .where('case_id', 'in', caseIds)
      .where('decision', '=', 'reject')
      .groupBy('case_id')
      .execute();
    for (const r of rows) out.set(r.case_id, Number(r.n));
    return out;
  }

  /**
   * Takes the next 件号 of a series: one statement that inserts the counter at 1 or bumps it, so two
   * receptions never get the same number; inside the accepting transaction, a failure gives it back.
   */
  async nextSeq(series: string, now: string): Promise<number> {
    const row = await this.db
      .insertInto('archival_code_series')
      .values({ series, last_seq: 1, updated_at: now })
      .onConflict((oc) => oc.column('series').doUpdateSet({ last_seq: sql`archival_code_series.last_seq + 1`, updated_at: now }))
      .returning('last_seq')
      .executeTakeFirstOrThrow();
    return Number(row.last_seq);
  }

  /** The number the series would give next (for the proposal shown before accepting). */
  async peekSeq(series: string): Promise<number> {
    const row = await this.db.selectFrom('archival_code_series').select('last_seq').where('series', '=', series).executeTakeFirst();
    return (row ? Number(row.last_seq) : 0) + 1;
  }

  async insertArchive(row: ArchiveRow): Promise<void> {
    await this.db.insertInto('archive').values(row).execute();
  }

  async updateArchive(code: string, set: Partial<Pick<ArchiveRow, 'head_version' | 'retention_code' | 'retention_reason'>>): Promise<void> {
    await this.db.updateTable('archive').set(set).where('archival_code', '=', code).execute();
  }

  async archive(code: string): Promise<ArchiveRow | undefined> {
    return this.db.selectFrom('archive').selectAll().where('archival_code', '=', code).executeTakeFirst();
  }

  async archiveOfCase(caseId: string): Promise<ArchiveRow | undefined> {
    return this.db.selectFrom('archive').selectAll().where('case_id', '=', caseId).executeTakeFirst();
  }

  async archiveByObjectId(objectId: string): Promise<ArchiveRow | undefined> {
    return this.db.selectFrom('archive').selectAll().where('object_id', '=', objectId).executeTakeFirst();
  }

  /** Archives, newest first; `q` matches the 档号 or the 案号 (substring). */
  async listArchives(q: string | undefined, limit: number, offset: number): Promise<{ rows: ArchiveRow[]; total: number }> {
    let query = this.db.selectFrom('archive');
    if (q) {
      const like = `%${q}%`;
      query = query.where((eb) => eb.or([eb('archival_code', 'like', like), eb('case_number', 'like', like)]));
    }
    const total = await query.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    const rows = await query.selectAll().orderBy('received_at', 'desc').orderBy('archival_code', 'desc').limit(limit).offset(offset).execute();
    return { rows, total: Number(total.n) };
  }

  async insertVersion(row: ArchiveVersionRow): Promise<void> {
    await this.db.insertInto('archive_version').values(row).execute();
  }

  /** The versions in OCFL order (v1, v2, …, v10 — by number, not by text or by time). */
  async versions(code: string): Promise<ArchiveVersionRow[]> {
    const rows = await this.db.selectFrom('archive_version').selectAll().where('archival_code', '=', code).execute();
    return rows.sort((a, b) => Number(a.version.slice(1)) - Number(b.version.slice(1)));
  }
}
