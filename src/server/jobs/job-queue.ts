import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connect.js';
import type { JobRow } from '../db/schema.js';
import type { JobRepository } from '../repositories/job.repository.js';
import type { JobDispatcher } from './job-dispatcher.js';

/** The jobs CaseVault runs in the background, with their payloads. */
export interface JobPayloads {
  /** Re-decide the pilot scope of every case after a rule set is published. */
  'scope.reevaluate': { version: number };
  /** Quality-control the unchecked pages of a scanning batch (verdicts, thumbnails). */
  'scan.check': { batchId: string };
  /** Assemble a scanned material's pages into one PDF with an OCR text layer. */
  'material.assemble': { materialId: string };
  /** Take a claimed hot-folder batch into the store, page by page. */
  'hotfolder.ingest': { batchId: string; scanningPointId: string; folderName: string };
  /** Propose the catalogue of a case that reached cataloguing (编目), unless it has one. */
  'catalogue.propose': { caseId: string };
}
export type JobName = keyof JobPayloads;
/** Every job name (pg-boss needs a queue per name before anything is sent). */
export const jobNames: readonly JobName[] = ['scope.reevaluate', 'scan.check', 'material.assemble', 'hotfolder.ingest', 'catalogue.propose'] satisfies readonly JobName[];

/**
 * Enqueues jobs: a row in the `job` table (the record) and, on PostgreSQL, a pg-boss delivery,
 * committed together. Enqueue inside the transaction of the change that needs the job, so a job
 * exists exactly when its cause was committed.
 */
export class JobQueue {
  constructor(
    private readonly jobs: JobRepository,
    private readonly dispatcher: JobDispatcher,
  ) {}

  async enqueue<N extends JobName>(db: Db, name: N, payload: JobPayloads[N], options: { maxAttempts?: number; now?: Date } = {}): Promise<string> {
    if (!db.isTransaction) return db.transaction().execute((trx) => this.enqueue(trx, name, payload, options));
    const now = (options.now ?? new Date()).toISOString();
    const id = randomUUID();
    await this.jobs.with(db).insert({
      id,
      name,
      payload_json: JSON.stringify(payload),
      status: 'queued',
      attempts: 0,
      max_attempts: options.maxAttempts ?? 5,
      run_after: now,
      locked_by: null,
      locked_until: null,
      progress_done: 0,
      progress_total: null,
      checkpoint_json: null,
      result_json: null,
      error: null,
      created_at: now,
      started_at: null,
      finished_at: null,
    });
    await this.dispatcher.announce(db, { id, name });
    return id;
  }

  /**
   * Enqueues unless the same job (name and payload) is already waiting to run; a job that is
   * running does not count, because it may have passed the work this call is about.
   */
  async enqueueOnce<N extends JobName>(db: Db, name: N, payload: JobPayloads[N]): Promise<string> {
    const waiting = await this.jobs.with(db).queuedWithPayload(name, JSON.stringify(payload));
    return waiting ?? this.enqueue(db, name, payload);
  }

  async get(id: string): Promise<JobRow | undefined> {
    return this.jobs.byId(id);
  }
}
