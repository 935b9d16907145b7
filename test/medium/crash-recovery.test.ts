import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppEnv } from '../support/app-env.js';
import { testDialects } from '../support/databases.js';
import { signIn, type Session } from '../support/http.js';

/**
 * DESIGN.md §5: a crash at any moment leaves either the old state or the new one, and a restart
 * completes the work. Here real `casevault worker` processes are killed with SIGKILL at random
 * moments while they ingest a hot-folder batch and assemble its materials; after a final run,
 * every page is stored once, every material has exactly one PDF, and the blob store holds exactly
 * the blobs the database knows (no orphan, none missing).
 */
const PAGES = [
  'clean-300dpi-bitonal.tif',
  'grey-content-rgb-200dpi.jpg',
  'colour-seal-200dpi.jpg',
  'strips-200dpi-bitonal.tif',
  'min-is-black-200dpi-bitonal.tif',
  'BLANK-300dpi.tif',
  'clean-300dpi-bitonal.tif',
  'bitonal-in-grey-200dpi.png',
  'grey-content-rgb-200dpi.jpg',
  'grey-200dpi.png',
  'colour-seal-200dpi.jpg',
  'clean-300dpi-bitonal.tif',
];
const FOLDER = '（2021）沪0118民初1001号';

describe.each(testDialects())('crash recovery on %s', (dialect) => {
  let env: Awaited<ReturnType<typeof createAppEnv>>;
  let hotDir: string;
  let scanner: Session;
  const children = new Set<ChildProcess>();

  beforeAll(async () => {
    env = await createAppEnv(dialect, { OCR: 'off' });
    hotDir = env.config.hotFolderDir;
    scanner = await signIn(env.app, 'scanner1');
  });
  afterAll(async () => {
    for (const c of children) c.kill('SIGKILL');
    await env?.cleanup();
  });

  const startWorker = () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli/main.ts', 'worker'], {
      env: {
        ...process.env,
        DATA_DIR: env.dataDir,
        DATABASE_URL: env.childDatabaseUrl,
        HOT_FOLDER_DIR: hotDir,
        HOT_FOLDER_POLL_SECONDS: '0.2',
        JOB_LEASE_SECONDS: '1',
        OCR: 'off',
        LOG_LEVEL: 'silent',
      },
      stdio: 'ignore',
    });
    children.add(child);
    child.once('exit', () => children.delete(child));
    return child;
  };
  /** Kills a worker after `ms`; counts the kills that caught a job half done (still 'running'). */
  let interrupted = 0;
  const killWhileBusy = async (extraMs: number) => {
    const child = startWorker();
    const end = Date.now() + 15_000;
    while (Date.now() < end) {
      const busy = await env.container.db.selectFrom('job').select('id').where('status', '=', 'running').where('locked_until', '>', new Date().toISOString()).execute();
      if (busy.length) break;
      await sleep(25);
    }
    await sleep(extraMs);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const running = await env.container.db.selectFrom('job').select('id').where('status', '=', 'running').execute();
    if (running.length) interrupted++;
  };
  const until = async (what: string, check: () => Promise<boolean>, timeoutMs = 90_000) => {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      if (await check()) return;
      await sleep(200);
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  const db = () => env.container.db;

  it('survives kill -9 during hot-folder ingest, quality control and assembly', async () => {
    const folder = path.join(hotDir, 'minshang', FOLDER);
    fs.mkdirSync(folder, { recursive: true });
    PAGES.forEach((name, i) => fs.copyFileSync(path.join('test/fixtures/scans', name), path.join(folder, `${String(i + 1).padStart(3, '0')}-${name}`)));

    // Ingest and quality control, killed at random moments (seeded by the dialect for repeatability).
    let seed = dialect === 'sqlite' ? 7 : 11;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let i = 0; i < 5; i++) await killWhileBusy(random() * 400);
    const final = startWorker();
    await until('the batch to be checked', async () => {
      const batch = await db().selectFrom('scan_batch').selectAll().executeTakeFirst();
      return batch?.status === 'checked';
    });
    final.kill('SIGKILL');
    expect(interrupted, 'at least one kill must land in the middle of a job').toBeGreaterThan(0);
    const interruptedIngest = interrupted;

    const batch = (await db().selectFrom('scan_batch').selectAll().executeTakeFirstOrThrow());
    expect(batch).toMatchObject({ origin: 'hot_folder', label: FOLDER });
    expect(batch.case_id).not.toBeNull();
    const pages = await db().selectFrom('scan_page').selectAll().orderBy('seq').execute();
    expect(pages.map((p) => p.seq)).toEqual(PAGES.map((_, i) => i + 1));
    expect(pages.every((p) => p.verdict !== null && p.thumb_sha256 !== null)).toBe(true);
    expect(fs.existsSync(folder)).toBe(false);
    expect(fs.existsSync(path.join(hotDir, 'minshang', '.done', batch.id))).toBe(true);

    // Split at the blank sheet and attach; then assembly, killed at random moments too.
    const proposal = (await scanner.get(`/api/v1/scanning/batches/${batch.id}/split-proposal`)).json();
    expect(proposal.groups).toHaveLength(2);
    const attached = await scanner.send('POST', `/api/v1/scanning/batches/${batch.id}/attach`, {
      caseId: batch.case_id,
      groups: proposal.groups.map((g: { pageIds: string[] }, i: number) => ({ title: `材料${i + 1}`, pageIds: g.pageIds })),
    });
    expect(attached.statusCode, attached.body).toBe(200);
    for (let i = 0; i < 3; i++) await killWhileBusy(random() * 300);
    const last = startWorker();
    await until('the materials to be assembled', async () => {
      const open = await db().selectFrom('material').select('id').where('status', '=', 'processing').execute();
      return open.length === 0;
    });
    last.kill('SIGKILL');
    expect(interrupted, 'at least one kill must land in the middle of an assembly').toBeGreaterThan(interruptedIngest);

    const materials = await db().selectFrom('material').selectAll().where('source', '=', 'scanned').execute();
    expect(materials.map((m) => m.status)).toEqual(['ready', 'ready']);
    const files = await db().selectFrom('material_file').selectAll().execute();
    expect(files.filter((f) => f.role === 'document')).toHaveLength(2);
    expect(new Set(files.map((f) => f.material_id)).size).toBe(2);

    // No orphan: the store holds exactly the registered blobs, and every registered blob is used.
    const stored = new Set<string>();
    for await (const sha of env.container.blobStore.list()) stored.add(sha);
    const registered = await env.container.repos.blobs.allShas();
    expect([...stored].sort()).toEqual([...registered].sort());
    expect(await env.container.repos.blobs.unreferenced()).toEqual([]);
    for (const sha of stored) await env.container.blobStore.verify(sha);

    const jobs = await db().selectFrom('job').select(['name', 'status']).execute();
    expect(jobs.filter((j) => j.status !== 'done')).toEqual([]);
  }, 300_000);
});

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}
