import os from 'node:os';
import type { JobRow } from '../db/schema.js';
import type { JobRepository } from '../repositories/job.repository.js';
import type { JobDispatcher } from './job-dispatcher.js';
import type { JobName, JobPayloads } from './job-queue.js';

export interface JobRun<C> {
  job: JobRow;
  /** Where an interrupted run left off (null on the first attempt). */
  checkpoint: C | null;
  /** Records progress and a checkpoint, and renews the lease. @throws when the lease was lost. */
  report(done: number, total: number | null, checkpoint: C): Promise<void>;
}

export type JobHandler<N extends JobName, C = unknown> = (payload: JobPayloads[N], run: JobRun<C>) => Promise<unknown>;
/** The handlers a worker runs; a worker only claims jobs it has a handler for. */
export type JobHandlers = { [N in JobName]?: JobHandler<N, any> };

export interface WorkerOptions {
  workerId?: string;
  leaseMs?: number;
  pollMs?: number;
  retryDelayMs?: number;
  onError?: (job: JobRow, error: unknown) => void;
}

/**
 * Runs queued jobs, handed out by the dispatcher (the job table on SQLite, pg-boss on PostgreSQL).
 * A job that fails is retried with a growing delay until its attempts are used up. While a job
 * runs, its lease is renewed every third of the lease period; a worker that dies leaves a lease
 * that expires, and the next worker resumes the job from its last checkpoint. Handlers must
 * therefore be idempotent per checkpointed step.
 */
export class Worker {
  readonly id: string;
  private timer: NodeJS.Timeout | null = null;
  private busy = false;
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private readonly retryDelayMs: number;

  constructor(
    private readonly jobs: JobRepository,
    private readonly dispatcher: JobDispatcher,
    private readonly handlers: JobHandlers,
    private readonly options: WorkerOptions = {},
  ) {
    this.id = options.workerId ?? `${os.hostname()}:${process.pid}`;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.pollMs = options.pollMs ?? 1_000;
    this.retryDelayMs = options.retryDelayMs ?? 5_000;
  }

  /** Claims and runs one due job. @returns false when none was due. */
  async runOnce(now = () => new Date()): Promise<boolean> {
    const start = now();
    const job = await this.dispatcher.claim(Object.keys(this.handlers), this.id, start, new Date(start.getTime() + this.leaseMs));
    if (!job) return false;
    const handler = this.handlers[job.name as JobName] as JobHandler<JobName>;
    const leaseUntil = () => new Date(now().getTime() + this.leaseMs).toISOString();
    const run: JobRun<unknown> = {
      job,
      checkpoint: job.checkpoint_json ? JSON.parse(job.checkpoint_json) : null,
      report: async (done, total, checkpoint) => {
        const ok = await this.jobs.progress(job.id, this.id, { done, total, checkpoint: JSON.stringify(checkpoint), leaseUntil: leaseUntil() });
        if (!ok) throw new Error(`job ${job.id}: lease lost`);
      },
    };
    // The heartbeat keeps the lease while a long step runs between two reports.
    const heartbeat = setInterval(() => void this.jobs.renewLease(job.id, this.id, leaseUntil()).catch(() => {}), Math.max(50, Math.floor(this.leaseMs / 3)));
    try {
      const result = await handler(JSON.parse(job.payload_json), run);
      clearInterval(heartbeat);
      await this.dispatcher.settle(job, this.id, { status: 'done', result: JSON.stringify(result ?? null), finishedAt: now().toISOString() });
    } catch (error) {
      clearInterval(heartbeat);
      this.options.onError?.(job, error);
      const message = error instanceof Error ? error.message : String(error);
      const retry = job.attempts < job.max_attempts;
      await this.dispatcher.settle(job, this.id, {
        status: retry ? 'queued' : 'failed',
        error: message,
        finishedAt: retry ? null : now().toISOString(),
        runAfter: retry ? new Date(now().getTime() + this.retryDelayMs * 2 ** (job.attempts - 1)).toISOString() : undefined,
      });
    }
    return true;
  }

  /** Polls for jobs until stopped; runs them one at a time. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.busy) return;
      this.busy = true;
      void (async () => {
        try {
          while (this.timer && (await this.runOnce())) {
            // keep draining while jobs are due
          }
        } finally {
          this.busy = false;
        }
      })();
    }, this.pollMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    while (this.busy) await new Promise((r) => setTimeout(r, 50));
  }
}
