import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../../src/server/config.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { demoCourt } from '../../src/server/demo/demo-court.js';
import { qingpuCourt } from '../../src/server/demo/qingpu-court.js';
import { buildApp } from '../../src/server/http/app.js';
import { createTestEnv, testDialects, type TestEnv } from '../support/databases.js';
import { signIn } from '../support/http.js';
import { testClamd } from '../support/clamd.js';

describe.each(testDialects())('first start on %s', (dialect) => {
  let env: TestEnv | undefined;
  afterEach(async () => {
    await env?.cleanup();
    env = undefined;
  });

  it('migrates idempotently', async () => {
    env = await createTestEnv(dialect);
    expect(await migrateToLatest(env.container.db, env.container.dialect)).toEqual([]);
  });

  it.runIf(dialect === 'postgres')('migrates its own schema when another schema of the database already has migration tables', async () => {
    // A leftover installation (or a test) in another schema once made Kysely skip creating ours.
    const other = `t_other_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: testDatabaseUrl() });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA ${other}`);
      await admin.query(`CREATE TABLE ${other}.schema_migration (name varchar(255) primary key, timestamp varchar(255) not null)`);
      await admin.query(`CREATE TABLE ${other}.schema_migration_lock (id varchar(255) primary key, is_locked integer not null default 0)`);
      env = await createTestEnv(dialect);
      const tables = await env.container.db.selectFrom('schema_migration' as never).selectAll().execute();
      expect(tables.length).toBeGreaterThanOrEqual(4);
    } finally {
      await admin.query(`DROP SCHEMA ${other} CASCADE`);
      await admin.end();
    }
  });

  it('seeds the demo court once, never twice, and every demo account can sign in', async () => {
    const clamd = testClamd();
    env = await createTestEnv(dialect, { CLAMD: process.env.TEST_CLAMD ?? 'off' });
    const s = env.container.services.setup;
    const first = await s.firstStart({ demo: true, demoCourt: () => demoCourt(), court: qingpuCourt });
    expect(first.kind).toBe('demo');
    // Closed cases get materials to catalogue (PDFs with Chinese text, scans, recordings), through the real intake.
    expect(first.kind === 'demo' && first.materials).toBeGreaterThanOrEqual(60);
    if (clamd) {
      expect(first.kind === 'demo' && first.notes).toEqual([]);
      expect(first.kind === 'demo' && first.reviews.archived).toBe(5);
    } else {
      // Without a virus scanner the 四性检测 cannot pass: the files stay 待接收, and the notes say why.
      expect(first.kind === 'demo' && first.reviews.archived).toBe(0);
      expect(first.kind === 'demo' && first.notes.join('\n')).toContain('clamd');
    }
    const second = await s.firstStart({ demo: true, demoCourt: () => demoCourt(), court: qingpuCourt });
    expect(second.kind).toBe('existing');
    const count = await env.container.db.selectFrom('court_case').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(demoCourt().cases.length);
    expect(Number(count.n)).toBeGreaterThanOrEqual(300);

    const app = await buildApp(env.container, { serveWeb: false });
    try {
      for (const u of ['scanner1', 'clerk1', 'judge1', 'archivist1', 'leader1', 'sysadmin', 'secadmin', 'auditor']) {
        const session = await signIn(app, u);
        expect(session.csrfToken).toBeTruthy();
      }
      const leader = await signIn(app, 'leader1');
      expect((await leader.get('/api/v1/cases')).json().total).toBe(Number(count.n));
      const auditor = await signIn(app, 'auditor');
      expect((await auditor.get('/api/v1/audit-events/verify')).json().ok).toBe(true);

      // Every judge (庭长 included) has a file of his own awaiting review, submitted by its clerk.
      const db = env.container.db;
      const judges = await db
        .selectFrom('app_user')
        .innerJoin('user_role', 'user_role.user_id', 'app_user.id')
        .where('user_role.role', '=', 'judge')
        .select(['app_user.id', 'app_user.username'])
        .execute();
      expect(judges.length).toBeGreaterThanOrEqual(30);
      const awaiting = await db
        .selectFrom('court_case')
        .innerJoin('review', 'review.case_id', 'court_case.id')
        .where('court_case.archive_state', '=', 'awaiting_review')
        .where('review.decision', 'is', null)
        .select(['court_case.id', 'court_case.judge_id', 'court_case.clerk_id', 'review.submitted_by', 'review.reviewer_id'])
        .execute();
      for (const j of judges) expect(awaiting.some((r) => r.judge_id === j.id && r.reviewer_id === j.id), j.username).toBe(true);
      for (const r of awaiting) expect(r.submitted_by).toBe(r.clerk_id);
      for (const username of ['judge1', 'head-lian', 'judge-xingshi', 'judge-shenjian2']) {
        const judge = await signIn(app, username);
        const queue = (await judge.get('/api/v1/reviews')).json().items as Array<{ caseId: string }>;
        const id = judges.find((j) => j.username === username)!.id;
        expect(queue.some((i) => awaiting.some((r) => r.id === i.caseId && r.judge_id === id)), username).toBe(true);
      }

      // A few files are approved with a signature that verifies (待接收).
      const approved = await db.selectFrom('court_case').where('archive_state', '=', 'awaiting_reception').select('id').execute();
      expect(approved.length).toBeGreaterThanOrEqual(4);
      for (const { id } of approved) {
        const approval = (await leader.get(`/api/v1/cases/${id}/approval`)).json();
        expect(approval.verified, id).toBe(true);
      }
      // With a scanner, a few files went all the way: received with a 档号 and a valid OCFL archive.
      if (clamd) {
        const archivist = await signIn(app, 'archivist1');
        const archives = (await archivist.get('/api/v1/archives')).json();
        expect(archives.total).toBe(5);
        const repo = await env.container.archiveStore.open();
        for (const a of archives.items as Array<{ ocflObjectId: string; caseId: string }>) {
          expect((await repo.verifyFixity(a.ocflObjectId)).ok, a.ocflObjectId).toBe(true);
          expect((await leader.get(`/api/v1/cases/${a.caseId}`)).json().archiveState).toBe('archived');
        }
      }
      // clerk1 keeps closed 民事 files to catalogue, with the demo materials.
      const clerk1 = await signIn(app, 'clerk1');
      const me = (await clerk1.get('/api/v1/auth/me')).json().user;
      const cataloguing = await db
        .selectFrom('court_case')
        .where('clerk_id', '=', me.id)
        .where('archive_state', '=', 'cataloguing')
        .where((eb) => eb.exists(eb.selectFrom('material').whereRef('material.case_id', '=', 'court_case.id').select('material.id')))
        .select('id')
        .execute();
      expect(cataloguing.length).toBeGreaterThanOrEqual(2);
    } finally {
      await app.close();
    }
  }, 300_000);

  it('with DEMO=off installs the court and the three administrators with one-time passwords', async () => {
    env = await createTestEnv(dialect, { DEMO: 'off' });
    const outcome = await env.container.services.setup.firstStart({ demo: false, demoCourt: () => demoCourt(), court: qingpuCourt });
    expect(outcome.kind).toBe('bootstrap');
    if (outcome.kind !== 'bootstrap') return;
    expect(outcome.admins.map((a) => a.username)).toEqual(['sysadmin', 'secadmin', 'auditor']);
    const app = await buildApp(env.container, { serveWeb: false });
    try {
      const s = await signIn(app, 'sysadmin', outcome.admins[0]!.password);
      expect((await s.get('/api/v1/users')).json()).toHaveLength(3);
      expect((await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'sysadmin', password: 'Demo@2021' } })).statusCode).toBe(401);
    } finally {
      await app.close();
    }
  });

  it('reports health: database, data directory and the optional tools', async () => {
    env = await createTestEnv(dialect);
    const app = await buildApp(env.container, { serveWeb: false });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/health' });
      expect(res.statusCode).toBe(200);
      const h = res.json();
      expect(h).toMatchObject({ status: 'ok', database: { ok: true, dialect }, dataDir: { ok: true, writable: true } });
      expect(Object.keys(h.tools).sort()).toEqual(['clamd', 'ffprobe', 'pdfsig', 'qpdf', 'tesseract']);
      for (const t of Object.values(h.tools) as Array<{ available: boolean; detail: string | null }>) {
        if (!t.available) expect(t.detail).toMatch(/未安装|无法运行/);
      }
      expect(res.headers['x-request-id']).toBeTruthy();
      expect((await app.inject({ method: 'GET', url: '/api/docs/json' })).json().info.title).toContain('CaseVault');
    } finally {
      await app.close();
    }
  });
});
