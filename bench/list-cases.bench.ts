import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { Dialect } from '../src/server/db/connect.js';
import { demoCourt } from '../src/server/demo/demo-court.js';
import { buildApp } from '../src/server/http/app.js';
import { createTestEnv } from '../test/support/databases.js';
import { signIn } from '../test/support/http.js';
import { bulkCases, type BulkDepartment } from './bulk-cases.js';

const typeCodesByDepartment: Record<string, string[]> = {
  立案庭: ['民初', '民诉前调', '财保'],
  刑事审判庭: ['刑初'],
  民事审判庭: ['民初', '民特'],
  商事审判庭: ['民初'],
  执行局: ['执', '执恢', '执保'],
  执裁庭: ['执异', '民初'],
  青东法庭: ['民初'],
  朱家角法庭: ['民初'],
  西虹桥法庭: ['民初'],
  审判监督庭: ['民监', '刑监', '司救民'],
};
const causes = ['金融借款合同纠纷', '信用卡纠纷', '民间借贷纠纷', '买卖合同纠纷', '劳动争议', '抚养费纠纷', '离婚纠纷', '盗窃罪', '物业服务合同纠纷'];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Case-list throughput and latency at `count` cases: each query shape is requested through the
 * full HTTP stack (app.inject: auth, validation, SQL, serialisation) after a warm-up.
 */
/** Filled by listCasesBench on the same 100,000 cases: the preview of a changed scope rule. */
export let scopePreview: Record<string, unknown> | null = null;

export async function listCasesBench(dialect: Dialect, count: number, rounds = 40) {
  const env = await createTestEnv(dialect);
  try {
    const c = env.container;
    const demo = demoCourt();
    await c.services.setup.seedDemo({ ...demo, cases: [] });
    const court = (await c.repos.reference.court())!;
    const departments = await c.repos.reference.departments();
    const staff = await c.repos.users.list({});
    const roles = await c.repos.users.rolesOf(staff.map((s) => s.id));
    const bulk: BulkDepartment[] = departments
      .filter((d) => typeCodesByDepartment[d.name])
      .map((d) => {
        const people = staff.filter((s) => s.department_id === d.id);
        const judges = people.filter((p) => roles.get(p.id)?.includes('judge')).map((p) => p.id);
        const clerks = people.filter((p) => roles.get(p.id)?.includes('clerk')).map((p) => p.id);
        return { id: d.id, typeCodes: typeCodesByDepartment[d.name]!, causes, judgeIds: judges, clerkIds: clerks };
      });

    const seedStart = performance.now();
    let batch: Parameters<typeof c.repos.cases.insertMany>[0] = [];
    for (const item of bulkCases(count, court.id, bulk)) {
      batch.push(item);
      if (batch.length === 500) {
        await c.db.transaction().execute((trx) => c.repos.cases.with(trx).insertMany(batch));
        batch = [];
      }
    }
    if (batch.length) await c.db.transaction().execute((trx) => c.repos.cases.with(trx).insertMany(batch));
    // Steady state: autovacuum would have run on a live database (index-only scans need the visibility map).
    if (dialect === 'postgres') await sql`VACUUM ANALYZE`.execute(c.db);
    else await sql`ANALYZE`.execute(c.db);
    const seedSeconds = (performance.now() - seedStart) / 1000;

    const app = await buildApp(c, { serveWeb: false });
    const archivist = await signIn(app, 'archivist1');
    const clerk = await signIn(app, 'clerk1');
    const civil = departments.find((d) => d.name === '民事审判庭')!.id;
    const aJudge = bulk[2]!.judgeIds[0]!;
    const queries: Array<{ name: string; who: typeof archivist; url: string }> = [
      { name: 'first page, court-wide', who: archivist, url: '/api/v1/cases?limit=20' },
      { name: 'first page, clerk (department scope)', who: clerk, url: '/api/v1/cases?limit=20' },
      { name: 'department filter', who: archivist, url: `/api/v1/cases?department=${civil}&limit=20` },
      { name: 'judge filter', who: archivist, url: `/api/v1/cases?judge=${aJudge}&limit=20` },
      { name: 'type code + year', who: archivist, url: `/api/v1/cases?typeCode=${encodeURIComponent('民初')}&year=2020&limit=20` },
      { name: 'archive state + scope', who: archivist, url: '/api/v1/cases?archiveState=cataloguing&scope=in&limit=20' },
      { name: 'search party name', who: archivist, url: `/api/v1/cases?q=${encodeURIComponent('王建国')}&limit=20` },
      { name: 'search bank name', who: archivist, url: `/api/v1/cases?q=${encodeURIComponent('农村商业银行')}&limit=20` },
      { name: 'search case number', who: archivist, url: `/api/v1/cases?q=${encodeURIComponent('（2020）沪0118民初123号')}&limit=20` },
      { name: 'page 250 (offset 5000)', who: archivist, url: '/api/v1/cases?limit=20&offset=5000' },
    ];

    const results = [];
    const all: number[] = [];
    let totalMs = 0;
    for (const q of queries) {
      for (let i = 0; i < 3; i++) await q.who.get(q.url);
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < rounds; i++) {
        const t0 = performance.now();
        const res = await q.who.get(q.url);
        const dt = performance.now() - t0;
        if (res.statusCode !== 200) throw new Error(`${q.name}: HTTP ${res.statusCode} ${res.body}`);
        total = res.json().total;
        times.push(dt);
      }
      times.sort((a, b) => a - b);
      all.push(...times);
      const sum = times.reduce((a, b) => a + b, 0);
      totalMs += sum;
      results.push({
        query: q.name,
        matching: total,
        requests: rounds,
        p50Ms: round(percentile(times, 50)),
        p95Ms: round(percentile(times, 95)),
        perSecond: round((rounds * 1000) / sum),
      });
    }
    all.sort((a, b) => a - b);
    await app.close();

    // Preview of a changed rule set over every case (issue 3): rule 3 widened to the whole department.
    const ctx = { requestId: 'bench', actor: await c.services.auth.actorFor((await c.repos.users.byUsername('leader1'))!) };
    const inForce = await c.services.scope.ruleSetInForce();
    const draft = await c.services.scope.createDraft(ctx, {
      ruleSet: { fullCoverageFrom: inForce.fullCoverageFrom, rules: inForce.rules.map((r) => (r.number === 3 ? { ...r, condition: { kind: 'all' as const, of: [] } } : r)) },
    });
    const p0 = performance.now();
    const preview = await c.services.scope.preview(ctx, draft.version, '2021-12-31');
    const previewSeconds = (performance.now() - p0) / 1000;
    scopePreview = { scenario: 'scope-preview', dialect, cases: preview.total, entering: preview.entering, leaving: preview.leaving, seconds: round(previewSeconds) };

    return {
      scenario: 'list-cases',
      dialect,
      cases: count,
      seedSeconds: round(seedSeconds),
      overall: { requests: all.length, perSecond: round((all.length * 1000) / totalMs), p50Ms: round(percentile(all, 50)), p95Ms: round(percentile(all, 95)) },
      queries: results,
    };
  } finally {
    await env.cleanup();
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
