import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    const failing = new (await import('../../src/server/jobs/worker.js')).Worker(
      container.repos.jobs,
      {
        'scope.reevaluate': async () => {
          calls++;
          throw new Error('磁盘已满');
        },
      },
      { workerId: 'failing', retryDelayMs: 1000 },
    );
    const t0 = new Date();
    expect(await failing.runOnce(() => t0)).toBe(true);
    expect(await container.queue.get(jobId)).toMatchObject({ status: 'queued', attempts: 1, error: '磁盘已满' });
    expect(await failing.runOnce(() => t0)).toBe(false); // not due yet
    expect(await failing.runOnce(() => new Date(t0.getTime() + 1500))).toBe(true);
    expect(await container.queue.get(jobId)).toMatchObject({ status: 'failed', attempts: 2, error: '磁盘已满' });
    expect(calls).toBe(2);
  });
});
