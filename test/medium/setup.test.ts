import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../../src/server/config.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { demoCourt } from '../../src/server/demo/demo-court.js';
import { qingpuCourt } from '../../src/server/demo/qingpu-court.js';
import { buildApp } from '../../src/server/http/app.js';
import { createTestEnv, testDialects, type TestEnv } from '../support/databases.js';
import { signIn } from '../support/http.js';

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
    env = await createTestEnv(dialect);
    const s = env.container.services.setup;
    const first = await s.firstStart({ demo: true, demoCourt: () => demoCourt(), court: qingpuCourt });
    expect(first.kind).toBe('demo');
    // Closed cases get materials to catalogue (PDFs with Chinese text, scans, recordings), through the real intake.
    expect(first.kind === 'demo' && first.materials).toBeGreaterThanOrEqual(60);
    expect(first.kind === 'demo' && first.notes).toEqual([]);
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
    } finally {
      await app.close();
    }
  });

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
