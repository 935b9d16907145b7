import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bossSchemaFor } from '../../src/server/jobs/pg-boss-dispatcher.js';
import { Worker } from '../../src/server/jobs/worker.js';
import { createAppEnv } from '../support/app-env.js';
import { testDialects } from '../support/databases.js';

describe.each(testDialects())('background jobs on %s', (dialect) => {
  let env: Awaited<ReturnType<typeof createAppEnv>>;
  beforeAll(async () => {
    env = await createAppEnv(dialect);
  });
  afterAll(async () => env?.cleanup());

  it('resumes a job from its checkpoint after its worker died (expired lease), with no work lost or repeated', async () => {
    const { container } = env;
    const jobId = await container.queue.enqueue(container.db, 'scope.reevaluate', { version: 1 });
    // A first worker claims the job, records one page of progress, and dies.
    const t0 = new Date();
    const claimed = await container.repos.jobs.claim(['scope.reevaluate'], 'dead-worker', t0.toISOString(), new Date(t0.getTime() + 1000).toISOString());
    expect(claimed?.id).toBe(jobId);
    const firstIds = (await container.repos.cases.pageAfter('', 2)).map((r) => r.id);
    await container.repos.jobs.progress(jobId, 'dead-worker', {
      done: 2,
      total: 4,
      checkpoint: JSON.stringify({ afterId: firstIds[1], done: 2, changed: 0 }),
      leaseUntil: new Date(t0.getTime() + 1000).toISOString(),
    });
    // Another worker cannot take it while the lease holds …
    const other = container.worker({ workerId: 'second-worker' });
    expect(await other.runOnce(() => t0)).toBe(false);
    // … and takes it over, from the checkpoint, once the lease has expired.
    expect(await other.runOnce(() => new Date(t0.getTime() + 5000))).toBe(true);
    const job = await container.queue.get(jobId);
    expect(job).toMatchObject({ status: 'done', attempts: 2, progress_done: 4, locked_by: null });
    expect(JSON.parse(job!.result_json!)).toMatchObject({ processed: 4 });
    // The dead worker's late report is refused.
    expect(await container.repos.jobs.progress(jobId, 'dead-worker', { done: 3, total: 4, checkpoint: null, leaseUntil: t0.toISOString() })).toBe(false);
  });

  it('retries a failing job with a growing delay, then marks it failed with the error', async () => {
    const { container } = env;
    const jobId = await container.queue.enqueue(container.db, 'scope.reevaluate', { version: 1 }, { maxAttempts: 2 });
    let calls = 0;
    const failing = new Worker(
      container.repos.jobs,
      container.dispatcher,
      {
        'scope.reevaluate': async () => {
          calls++;
          throw new Error('磁盘已满');
        },
      },
      { workerId: 'failing', retryDelayMs: 800 },
    );
    expect(await failing.runOnce()).toBe(true);
    expect(await container.queue.get(jobId)).toMatchObject({ status: 'queued', attempts: 1, error: '磁盘已满' });
    expect(await failing.runOnce()).toBe(false); // not due yet
    await new Promise((r) => setTimeout(r, 1200));
    expect(await failing.runOnce()).toBe(true);
    expect(await container.queue.get(jobId)).toMatchObject({ status: 'failed', attempts: 2, error: '磁盘已满' });
    expect(calls).toBe(2);
  });

  it('keeps the lease of a long step alive (heartbeat): a second worker never takes over a live job', async () => {
    const { container } = env;
    const jobId = await container.queue.enqueue(container.db, 'scope.reevaluate', { version: 7 });
    let calls = 0;
    const slowStep = async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 1500)); // five lease periods, no report
      return 'ok';
    };
    const eagerStep = async () => {
      calls++;
      return 'eager';
    };
    const slow = new Worker(container.repos.jobs, container.dispatcher, { 'scope.reevaluate': slowStep }, { workerId: 'slow', leaseMs: 300 });
    const eager = new Worker(container.repos.jobs, container.dispatcher, { 'scope.reevaluate': eagerStep }, { workerId: 'eager', leaseMs: 300 });
    const running = slow.runOnce();
    let tookOver = false;
    for (let i = 0; i < 12; i++) {
      await new Promise((r) => setTimeout(r, 100));
      tookOver ||= await eager.runOnce();
    }
    expect(await running).toBe(true);
    expect(tookOver).toBe(false);
    expect(calls).toBe(1);
    expect(await container.queue.get(jobId)).toMatchObject({ status: 'done', attempts: 1, result_json: '"ok"' });
  });

  it('runs every job exactly once with two workers polling at the same time', async () => {
    const { container } = env;
    const ids = [];
    for (let v = 100; v < 110; v++) ids.push(await container.queue.enqueue(container.db, 'scope.reevaluate', { version: v }));
    const runs = new Map<number, number>();
    const handler = async (payload: { version: number }) => {
      runs.set(payload.version, (runs.get(payload.version) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 20));
      return null;
    };
    const a = new Worker(container.repos.jobs, container.dispatcher, { 'scope.reevaluate': handler }, { workerId: 'a' });
    const b = new Worker(container.repos.jobs, container.dispatcher, { 'scope.reevaluate': handler }, { workerId: 'b' });
    const drain = async (w: Worker) => {
      while (await w.runOnce()) {
        // keep going
      }
    };
    await Promise.all([drain(a), drain(b)]);
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    expect(runs.size).toBe(10);
    for (const id of ids) expect((await container.queue.get(id))?.status).toBe('done');
  });

  it.runIf(dialect === 'postgres')('on PostgreSQL hands jobs out through pg-boss, committed with the change that needs them', async () => {
    const { container } = env;
    const schema = await bossSchemaFor(container.db);
    const deliveries = async (jobId: string) =>
      (await sql<{ state: string }>`select state from ${sql.id(schema, 'job')} where data->>'jobId' = ${jobId} order by created_on`.execute(container.db)).rows.map((r) => r.state);
    // A rolled-back change leaves neither a job row nor a pg-boss delivery.
    let rolledBackId = '';
    await expect(
      container.db.transaction().execute(async (trx) => {
        rolledBackId = await container.queue.enqueue(trx, 'scope.reevaluate', { version: 42 });
        throw new Error('回滚');
      }),
    ).rejects.toThrow('回滚');
    expect(await container.queue.get(rolledBackId)).toBeUndefined();
    expect(await deliveries(rolledBackId)).toEqual([]);
    // A committed one is delivered once and completed in pg-boss when the run ends.
    const jobId = await container.queue.enqueue(container.db, 'scope.reevaluate', { version: 43 });
    expect(await deliveries(jobId)).toEqual(['created']);
    const w = new Worker(container.repos.jobs, container.dispatcher, { 'scope.reevaluate': async () => 'fine' }, { workerId: 'pg' });
    expect(await w.runOnce()).toBe(true);
    expect(await deliveries(jobId)).toEqual(['completed']);
    expect((await container.queue.get(jobId))?.status).toBe('done');
  });
});
