import { CompiledQuery, sql } from 'kysely';
import PgBoss from 'pg-boss';
import type { Db } from '../db/connect.js';
import type { JobRow } from '../db/schema.js';
import type { JobOutcome, JobRepository } from '../repositories/job.repository.js';
import type { JobDispatcher } from './job-dispatcher.js';

/**
 * pg-boss gives a delivery up after this long in 'active' (history only: a dead worker is noticed
 * much sooner, when its lease in the `job` table expires; see {@link PgBossDispatcher.requeueDead}).
 */
const DELIVERY_EXPIRE_SECONDS = 6 * 3600;

/** Runs pg-boss's SQL on our own pool, or inside the caller's transaction. */
function bossDb(db: Db): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      const result = await db.executeQuery(CompiledQuery.raw(text, values ?? []));
      return { rows: result.rows as unknown[] };
    },
  } as PgBoss.Db;
}

/**
 * pg-boss's schema for this installation: `pgboss` beside the `public` schema, `<schema>_pgboss`
 * beside any other (each test schema, or a court that runs CaseVault in a schema of its own).
 */
export async function bossSchemaFor(db: Db): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const current = rows[0]?.schema ?? 'public';
  return current === 'public' ? 'pgboss' : `${current}_pgboss`;
}

/**
 * On PostgreSQL, pg-boss hands jobs out (SKIP LOCKED fetch, start-after for retry delays, history
 * and archiving in its own schema). A pg-boss job is one delivery of a `job` row: its data carries
 * the row's id; the row stays the record. Retries are decided by the row (attempts, max_attempts)
 * and sent as a new delivery that starts after the retry delay.
 */
export class PgBossDispatcher implements JobDispatcher {
  private boss: PgBoss | null = null;
  /** pg-boss delivery id per job row this process runs, to close the delivery when the run ends. */
  private readonly deliveries = new Map<string, string>();

  constructor(
    private readonly db: Db,
    private readonly jobs: JobRepository,
    private readonly names: readonly string[],
  ) {}

  /** Installs pg-boss's schema (first start) and one queue per job name. */
  async start(onError: (error: unknown) => void = () => {}): Promise<void> {
    if (this.boss) return;
    const boss = new PgBoss({
      db: bossDb(this.db),
      schema: await bossSchemaFor(this.db),
      migrate: true,
      supervise: true,
      maintenanceIntervalSeconds: 300,
      schedule: false,
    });
    boss.on('error', onError);
    await boss.start();
    for (const name of this.names) {
      // create_queue() is ON CONFLICT DO NOTHING: several processes may start at once.
      await boss.createQueue(name, { name, policy: 'standard', retryLimit: 0, expireInSeconds: DELIVERY_EXPIRE_SECONDS });
    }
    this.boss = boss;
  }

  private started(): PgBoss {
    if (!this.boss) throw new Error('任务队列（pg-boss）尚未启动：请先调用 container.start()');
    return this.boss;
  }

  async announce(db: Db, job: Pick<JobRow, 'id' | 'name'>, startAfter?: Date): Promise<void> {
    const id = await this.started().send(job.name, { jobId: job.id }, { db: bossDb(db), ...(startAfter ? { startAfter } : {}) } as PgBoss.SendOptions);
    if (!id) throw new Error(`任务 ${job.id} 未能交给 pg-boss（队列 ${job.name} 不存在？）`);
  }

  async claim(names: readonly string[], workerId: string, now: Date, leaseUntil: Date): Promise<JobRow | undefined> {
    const boss = this.started();
    await this.requeueDead(now);
    for (const name of names) {
      for (;;) {
        const [delivery] = await boss.fetch<{ jobId: string }>(name);
        if (!delivery) break;
        const job = await this.jobs.claimById(delivery.data.jobId, workerId, now.toISOString(), leaseUntil.toISOString());
        if (job) {
          this.deliveries.set(job.id, delivery.id);
          return job;
        }
        // The row is done, failed, or run by a live worker: this delivery is redundant.
        await boss.complete(name, delivery.id, { redundant: true });
      }
    }
    return undefined;
  }

  async settle(job: JobRow, workerId: string, outcome: JobOutcome): Promise<void> {
    const boss = this.started();
    // The row and its next delivery (for a retry) commit together: a retry is never lost.
    const mine = await this.db.transaction().execute(async (trx) => {
      const ok = await this.jobs.with(trx).finish(job.id, workerId, outcome);
      if (ok && outcome.status === 'queued') await this.announce(trx, job, outcome.runAfter ? new Date(outcome.runAfter) : undefined);
      return ok;
    });
    const delivery = this.deliveries.get(job.id);
    this.deliveries.delete(job.id);
    if (!delivery) return;
    if (mine && outcome.status === 'done') await boss.complete(job.name, delivery, { result: outcome.result ? JSON.parse(outcome.result) : null });
    else await boss.fail(job.name, delivery, { message: mine ? (outcome.error ?? '') : '租约已被其他工作进程接管' });
  }

  /**
   * Jobs whose worker died (lease expired in the `job` table) go back to 'queued' with a new
   * delivery, in one transaction, so the job is neither lost nor delivered twice.
   */
  private async requeueDead(now: Date): Promise<void> {
    const nowIso = now.toISOString();
    for (const dead of await this.jobs.expiredLeases(nowIso)) {
      await this.db.transaction().execute(async (trx) => {
        if (await this.jobs.with(trx).requeueExpired(dead.id, dead.locked_until!, nowIso)) {
          await this.announce(trx, dead);
        }
      });
    }
  }

  async close(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    if (boss) await boss.stop({ graceful: false, close: false, wait: true });
  }
}
