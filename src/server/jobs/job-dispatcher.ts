import type { Db } from '../db/connect.js';
import type { JobRow } from '../db/schema.js';
import type { JobOutcome, JobRepository } from '../repositories/job.repository.js';

/**
 * Decides which due job a worker runs next. The `job` table is always the record of a job (status,
 * attempts, progress, checkpoint, result); a dispatcher only hands jobs out. On SQLite the table
 * is the queue ({@link TableDispatcher}); on PostgreSQL pg-boss is ({@link PgBossDispatcher}).
 */
export interface JobDispatcher {
  /** Installs what the dispatcher needs (pg-boss: its schema and queues). Call once at start. */
  start(onError?: (error: unknown) => void): Promise<void>;
  /**
   * Makes a job row just inserted (or put back to 'queued') dispatchable, in the caller's
   * transaction; not before `startAfter` when given (a retry's delay).
   */
  announce(db: Db, job: Pick<JobRow, 'id' | 'name'>, startAfter?: Date): Promise<void>;
  /** Claims one due job among `names` for this worker (the row becomes 'running' with a lease). */
  claim(names: readonly string[], workerId: string, now: Date, leaseUntil: Date): Promise<JobRow | undefined>;
  /**
   * Records how this worker's run of a claimed job ended (a retry is dispatched again after
   * `runAfter`). Does nothing when the job is no longer this worker's.
   */
  settle(job: JobRow, workerId: string, outcome: JobOutcome): Promise<void>;
  close(): Promise<void>;
}

/** The table is the queue: a claim is a conditional UPDATE of the oldest due row. */
export class TableDispatcher implements JobDispatcher {
  constructor(private readonly jobs: JobRepository) {}

  async start(): Promise<void> {}

  async announce(): Promise<void> {}

  async claim(names: readonly string[], workerId: string, now: Date, leaseUntil: Date): Promise<JobRow | undefined> {
    return this.jobs.claim(names, workerId, now.toISOString(), leaseUntil.toISOString());
  }

  async settle(job: JobRow, workerId: string, outcome: JobOutcome): Promise<void> {
    await this.jobs.finish(job.id, workerId, outcome);
  }

  async close(): Promise<void> {}
}
