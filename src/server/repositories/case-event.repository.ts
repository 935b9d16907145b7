import type { Db } from '../db/connect.js';

export interface CaseEventInput {
  caseId: string;
  externalId: string | null;
  type: string;
  payload: Record<string, unknown>;
  createdAt: string;
}

/** The case event feed the trial system reads (append-only, ordered by seq). */
export class CaseEventRepository {
  constructor(private readonly db: Db) {}

  with(db: Db): CaseEventRepository {
    return new CaseEventRepository(db);
  }

  async append(e: CaseEventInput): Promise<void> {
    await this.db
      .insertInto('case_event')
      .values({ case_id: e.caseId, external_id: e.externalId, type: e.type, payload_json: JSON.stringify(e.payload), created_at: e.createdAt })
      .execute();
  }

  /** Events after `seq`, oldest first, created no later than `settledBefore`. */
  async after(seq: number, limit: number, settledBefore: string) {
    const rows = await this.db
      .selectFrom('case_event')
      .selectAll()
      .where('seq', '>', seq)
      .where('created_at', '<=', settledBefore)
      .orderBy('seq')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
  }
}
