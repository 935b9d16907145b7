import type { Db } from '../db/connect.js';
import type { JobRow } from '../db/schema.js';

/** How a run ended: done, failed for good, or queued again to retry after `runAfter`. */
export interface JobOutcome {
  status: 'done' | 'failed' | 'queued';
  result?: string | null;
  error?: string | null;
  finishedAt: string | null;
  runAfter?: string;
}

/** The job table: enqueue, claim with a lease, progress, finish. No scheduling rules here. */
export class JobRepository {
  constructor(private readonly db: Db) {}

  with(db: Db): JobRepository {
    return new JobRepository(db);
  }

  async insert(row: JobRow): Promise<void> {
    await this.db.insertInto('job').values(row).execute();
  }

  /** A queued job with exactly this name and payload, if any. */
  async queuedWithPayload(name: string, payloadJson: string): Promise<string | undefined> {
    const r = await this.db.selectFrom('job').select('id').where('name', '=', name).where('status', '=', 'queued').where('payload_json', '=', payloadJson).executeTakeFirst();
    return r?.id;
  }

  async byId(id: string): Promise<JobRow | undefined> {
    return this.db.selectFrom('job').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /**
   * Claims the oldest job that is due: queued, or running with an expired lease (its worker died).
   * The conditional UPDATE makes the claim safe between several workers on either dialect.
   */
  async claim(names: readonly string[], workerId: string, nowIso: string, leaseUntilIso: string): Promise<JobRow | undefined> {
    const candidates = await this.db
      .selectFrom('job')
      .select(['id', 'status', 'locked_until'])
      .where('name', 'in', [...names])
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'queued'), eb('run_after', '<=', nowIso)]),
          eb.and([eb('status', '=', 'running'), eb('locked_until', '<', nowIso)]),
        ]),
      )
      .orderBy('created_at')
      .limit(5)
      .execute();
    for (const c of candidates) {
      const r = await this.db
        .updateTable('job')
        .set((eb) => ({
          status: 'running',
          locked_by: workerId,
          locked_until: leaseUntilIso,
          attempts: eb('attempts', '+', 1),
          started_at: nowIso,
        }))
        .where('id', '=', c.id)
        .where('status', '=', c.status)
        .where((eb) => (c.locked_until === null ? eb('locked_until', 'is', null) : eb('locked_until', '=', c.locked_until)))
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 1) return this.byId(c.id);
    }
    return undefined;
  }

  /**
   * Claims one given job if it may run now: queued, or running with an expired lease. Used when a
   * dispatcher (pg-boss) has chosen the job; the conditional UPDATE still decides who runs it.
   */
  async claimById(id: string, workerId: string, nowIso: string, leaseUntilIso: string): Promise<JobRow | undefined> {
    const r = await this.db
      .updateTable('job')
      .set((eb) => ({ status: 'running', locked_by: workerId, locked_until: leaseUntilIso, attempts: eb('attempts', '+', 1), started_at: nowIso }))
      .where('id', '=', id)
      .where((eb) => eb.or([eb('status', '=', 'queued'), eb.and([eb('status', '=', 'running'), eb('locked_until', '<', nowIso)])]))
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1 ? this.byId(id) : undefined;
  }

  /** Running jobs whose lease has expired (their worker died), oldest lease first. */
  async expiredLeases(nowIso: string, limit = 50): Promise<Pick<JobRow, 'id' | 'name' | 'locked_until'>[]> {
    return this.db.selectFrom('job').select(['id', 'name', 'locked_until']).where('status', '=', 'running').where('locked_until', '<', nowIso).orderBy('locked_until').limit(limit).execute();
  }

  /** Puts a job whose lease expired back to 'queued'; false when someone else already did (or it moved on). */
  async requeueExpired(id: string, lockedUntil: string, nowIso: string): Promise<boolean> {
    const r = await this.db
      .updateTable('job')
      .set({ status: 'queued', locked_by: null, locked_until: null, run_after: nowIso })
      .where('id', '=', id)
      .where('status', '=', 'running')
      .where('locked_until', '=', lockedUntil)
      .where('locked_until', '<', nowIso)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Extends the lease of a job this worker runs (heartbeat); false when it is no longer its. */
  async renewLease(id: string, workerId: string, leaseUntilIso: string): Promise<boolean> {
    const r = await this.db.updateTable('job').set({ locked_until: leaseUntilIso }).where('id', '=', id).where('locked_by', '=', workerId).where('status', '=', 'running').executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Records progress and extends the lease; false when the job is no longer this worker's. */
  async progress(id: string, workerId: string, set: { done: number; total: number | null; checkpoint: string | null; leaseUntil: string }): Promise<boolean> {
    const r = await this.db
      .updateTable('job')
      .set({ progress_done: set.done, progress_total: set.total, checkpoint_json: set.checkpoint, locked_until: set.leaseUntil })
      .where('id', '=', id)
      .where('locked_by', '=', workerId)
      .where('status', '=', 'running')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Ends a run of this worker's; false when the job is no longer its (lease lost to another worker). */
  async finish(id: string, workerId: string, set: JobOutcome): Promise<boolean> {
    const r = await this.db
      .updateTable('job')
      .set({
        status: set.status,
        result_json: set.result ?? null,
        error: set.error ?? null,
        finished_at: set.finishedAt,
        locked_by: null,
        locked_until: null,
        ...(set.runAfter ? { run_after: set.runAfter } : {}),
      })
      .where('id', '=', id)
      .where('locked_by', '=', workerId)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

}
