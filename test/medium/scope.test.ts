import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCourt } from '../../src/server/demo/demo-court.js';
import { qingpuCourt } from '../../src/server/demo/qingpu-court.js';
import { createAppEnv } from '../support/app-env.js';
import { testDialects } from '../support/databases.js';
import { signIn, type Session } from '../support/http.js';

describe.each(testDialects())('pilot scope on %s', (dialect) => {
  let env: Awaited<ReturnType<typeof createAppEnv>>;
  let clerk: Session;
  beforeAll(async () => {
    env = await createAppEnv(dialect);
    clerk = await signIn(env.app, 'clerk1');
  });
  afterAll(async () => env?.cleanup());

  const commercialLoan = {
    caseNumber: '（2021）沪0118民初8801号',
    department: '商事审判庭',
    causeOfAction: '金融借款合同纠纷',
    parties: [{ name: '上海农村商业银行股份有限公司青浦支行' }, { name: '王建国', kind: 'natural_person' }],
    filedAt: '2021-09-01',
  };

  it('evaluates a case description against the published rules without storing it', async () => {
    const before = (await clerk.get('/api/v1/cases')).json().total;
    const res = await clerk.send('POST', '/api/v1/scope/evaluate', { ...commercialLoan, asOf: '2021-12-31' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      inScope: true,
      ruleId: expect.any(String),
      ruleNumber: 4,
      ruleSetVersion: 1,
      basis: 'rule',
      explanation: '纳入单套制试点：商事审判庭 · 涉金融机构的借款合同纠纷（规则 4，2021-08-01 起施行）',
    });
    expect((await clerk.get('/api/v1/cases')).json().total).toBe(before);
  });

  it('judges by the filing date during the pilot and by the archiving date from 2022', async () => {
    const evaluate = async (body: object) => (await clerk.send('POST', '/api/v1/scope/evaluate', body)).json();
    const early = await evaluate({ ...commercialLoan, filedAt: '2021-07-31', asOf: '2021-12-31' });
    expect(early.inScope).toBe(false);
    expect(early.explanation).toContain('2021-07-31');
    const noBank = await evaluate({ ...commercialLoan, parties: [{ name: '张三' }, { name: '李四' }], asOf: '2021-12-31' });
    expect(noBank).toMatchObject({ inScope: false, basis: 'none' });
    expect(noBank.explanation).toMatch(/^未纳入单套制试点/);
    const archived2022 = await evaluate({ ...commercialLoan, parties: [{ name: '张三' }], asOf: '2022-01-01' });
    expect(archived2022).toMatchObject({ inScope: true, basis: 'full_coverage' });
    // Without asOf the archiving date is today, long after full coverage began.
    expect((await evaluate({ ...commercialLoan, parties: [{ name: '张三' }] })).inScope).toBe(true);
  });

  it('rejects a bad case number and keeps the three administrators out', async () => {
    const bad = await clerk.send('POST', '/api/v1/scope/evaluate', { ...commercialLoan, caseNumber: '沪0118民初1号' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('CASE_NUMBER_INVALID');
    const admin = await signIn(env.app, 'sysadmin');
    expect((await admin.send('POST', '/api/v1/scope/evaluate', commercialLoan)).statusCode).toBe(403);
  });

  it('lists the published default rule set: the ten department rules of the plan', async () => {
    const sets = (await clerk.get('/api/v1/scope/rule-sets')).json();
    expect(sets).toHaveLength(1);
    expect(sets[0]).toMatchObject({ version: 1, status: 'published', ruleSet: { version: 1, fullCoverageFrom: '2022-01-01' } });
    expect(sets[0].ruleSet.rules.map((r: { department: string }) => r.department)).toEqual(qingpuCourt.departments.map((d) => d.name).filter((n) => !['办公室', '行装科'].includes(n)));
  });

  it('stores the decision with its rule and version when a case is created or changed, and audits it', async () => {
    const created = await clerk.send('POST', '/api/v1/cases', {
      caseNumber: '（2021）沪0118民初8802号',
      causeOfAction: '民间借贷纠纷',
      department: '民事审判庭',
      team: '速裁团队',
      judge: 'judge1',
      filedAt: '2021-08-20',
      parties: [{ name: '甲' }, { name: '乙' }],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ scopeStatus: 'in', scopeRuleSetVersion: 1 });
    expect(created.json().scopeExplanation).toContain('规则 3');
    const changed = await clerk.send('PATCH', `/api/v1/cases/${created.json().id}`, { team: null });
    expect(changed.json().scopeStatus).toBe('in');
    expect(changed.json().scopeExplanation).toContain('全部实行单套制');
    const history = (await clerk.get(`/api/v1/cases/${created.json().id}/history`)).json();
    // Only what changed is recorded: the team, and the rule the decision rests on.
    expect(history.items[0].after).toEqual({ teamId: null, scopeRuleId: null });
    expect(history.items[0].before).toEqual({ teamId: expect.any(String), scopeRuleId: expect.any(String) });
  });

  it('decides the cases still pending when an older installation starts', async () => {
    await sql`update court_case set scope_status = 'pending', scope_explanation = null`.execute(env.container.db);
    const outcome = await env.container.services.setup.firstStart({ demo: true, demoCourt: () => demoCourt(), court: qingpuCourt });
    expect(outcome.kind).toBe('existing');
    const pending = await env.container.db.selectFrom('court_case').select('id').where('scope_status', '=', 'pending').execute();
    expect(pending).toHaveLength(0);
    const auditor = await signIn(env.app, 'auditor');
    expect((await auditor.get('/api/v1/audit-events?action=case.scope')).json().total).toBeGreaterThanOrEqual(5);
    expect((await auditor.get('/api/v1/audit-events/verify')).json().ok).toBe(true);
  });
});

describe.each(testDialects())('pilot-scope drafts and preview on %s', (dialect) => {
  let env: Awaited<ReturnType<typeof createAppEnv>>;
  let leader: Session;
  beforeAll(async () => {
    env = await createAppEnv(dialect);
    leader = await signIn(env.app, 'leader1');
  });
  afterAll(async () => env?.cleanup());

  async function widenedRule3() {
    const current = (await leader.get('/api/v1/scope/rule-sets')).json()[0].ruleSet;
    const rules = current.rules.map((r: { number: number }) =>
      r.number === 3 ? { ...r, label: '民事审判庭的全部案件', condition: { kind: 'all', of: [] } } : r,
    );
    return { fullCoverageFrom: current.fullCoverageFrom, rules };
  }

  it('saves a draft as the next version without changing any case, and audits it', async () => {
    const before = (await leader.get('/api/v1/cases?scope=in')).json().total;
    const res = await leader.send('POST', '/api/v1/scope/rule-sets', { ruleSet: await widenedRule3(), note: '民事审判庭扩大试点范围' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ version: 2, status: 'draft', note: '民事审判庭扩大试点范围', ruleSet: { version: 2 } });
    const sets = (await leader.get('/api/v1/scope/rule-sets')).json();
    expect(sets.map((s: { version: number; status: string }) => [s.version, s.status])).toEqual([[2, 'draft'], [1, 'published']]);
    expect((await leader.get('/api/v1/cases?scope=in')).json().total).toBe(before);
    const auditor = await signIn(env.app, 'auditor');
    expect((await auditor.get('/api/v1/audit-events?action=scope.draft')).json().total).toBe(1);
  });

  it('previews which cases would enter or leave, per department, for an archiving date', async () => {
    const p = (await leader.send('POST', '/api/v1/scope/rule-sets/2/preview', { asOf: '2021-12-31' })).json();
    // 民初15 was filed in 2022, after the archiving date assumed: it is left out.
    expect(p).toMatchObject({ draftVersion: 2, publishedVersion: 1, asOf: '2021-12-31', total: 3, leaving: 0 });
    const civil = p.departments.find((d: { department: string }) => d.department === '民事审判庭');
    // 民初1002 (no team) enters; 民初1001 was in by rule 3 already.
    expect(civil).toMatchObject({ total: 2, inBefore: 1, inAfter: 2, entering: 1, leaving: 0 });
    expect(p.departments.find((d: { department: string }) => d.department === '刑事审判庭')).toMatchObject({ entering: 0, leaving: 0 });
    expect(p.samples.map((s: { caseNumber: string }) => s.caseNumber)).toEqual(['(2021)沪0118民初1002号']);
    expect(p.samples[0].explanation).toContain('民事审判庭的全部案件');
    // Today every archive is single-set: nothing changes.
    const today = (await leader.send('POST', '/api/v1/scope/rule-sets/2/preview', {})).json();
    expect(today).toMatchObject({ entering: 0, leaving: 0 });
  });

  it('refuses an invalid draft with every issue, a missing version, and users without the permission', async () => {
    const bad = await widenedRule3();
    bad.rules[0] = { ...bad.rules[0], department: '不存在的庭', condition: { kind: 'causeOfAction', under: ['不存在的案由纠纷'] } };
    const res = await leader.send('POST', '/api/v1/scope/rule-sets', { ruleSet: bad });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('SCOPE_RULE_SET_INVALID');
    expect(res.json().error.message).toContain('不存在的庭');
    const swapped = await widenedRule3();
    swapped.rules[1] = { ...swapped.rules[1], effectiveFrom: '2022-01-01', effectiveTo: '2021-01-01' };
    expect((await leader.send('POST', '/api/v1/scope/rule-sets', { ruleSet: swapped })).statusCode).toBe(400);
    expect((await leader.send('POST', '/api/v1/scope/rule-sets/99/preview', {})).statusCode).toBe(404);
    const clerk = await signIn(env.app, 'clerk1');
    expect((await clerk.send('POST', '/api/v1/scope/rule-sets', { ruleSet: await widenedRule3() })).statusCode).toBe(403);
    expect((await clerk.send('POST', '/api/v1/scope/rule-sets/2/preview', {})).statusCode).toBe(403);
  });
});

describe.each(testDialects())('publishing a rule set on %s', (dialect) => {
  let env: Awaited<ReturnType<typeof createAppEnv>>;
  let leader: Session;
  beforeAll(async () => {
    env = await createAppEnv(dialect);
    leader = await signIn(env.app, 'leader1');
  });
  afterAll(async () => env?.cleanup());

  it('publishes a draft, re-decides every case in a background job with progress, and audits the changes', async () => {
    const current = (await leader.get('/api/v1/scope/rule-sets')).json()[0].ruleSet;
    // Version 2 drops full coverage: only the department rules decide.
    const draft = (await leader.send('POST', '/api/v1/scope/rule-sets', { ruleSet: { ...current, fullCoverageFrom: null }, note: '仅按试点规则' })).json();
    const published = await leader.send('POST', `/api/v1/scope/rule-sets/${draft.version}/publish`);
    expect(published.statusCode).toBe(200);
    const { jobId } = published.json();
    expect((await leader.get(`/api/v1/jobs/${jobId}`)).json()).toMatchObject({ status: 'queued', progressDone: 0 });
    // New cases are decided by the new version at once, before the job has run.
    const clerk = await signIn(env.app, 'clerk1');
    const created = (
      await clerk.send('POST', '/api/v1/cases', {
        caseNumber: '（2022）沪0118民初9901号',
        causeOfAction: '离婚纠纷',
        department: '民事审判庭',
        filedAt: '2022-02-01',
        parties: [{ name: '甲' }, { name: '乙' }],
      })
    ).json();
    expect(created).toMatchObject({ scopeStatus: 'out', scopeRuleSetVersion: 2 });

    const worker = env.container.worker({ workerId: 'test-worker' });
    expect(await worker.runOnce()).toBe(true);
    expect(await worker.runOnce()).toBe(false);
    const job = (await leader.get(`/api/v1/jobs/${jobId}`)).json();
    expect(job).toMatchObject({ status: 'done', progressDone: 5, progressTotal: 5, result: { version: 2, processed: 5 } });

    const all = (await leader.get('/api/v1/cases?limit=50')).json().items;
    const byNumber = new Map(all.map((c: { caseNumber: string; scopeStatus: string }) => [c.caseNumber, c.scopeStatus]));
    expect(byNumber.get('(2021)沪0118民初1002号')).toBe('out'); // no team: rule 3 does not hold, and no full coverage any more
    expect(byNumber.get('（2021）沪0118民初1001号')).toBe('in'); // 速裁团队, rule 3
    expect(byNumber.get('（2021）沪0118刑初301号')).toBe('in'); // 沈宝琴, rule 2
    const detail = (await leader.get(`/api/v1/cases/${all.find((c: { caseNumber: string }) => c.caseNumber === '(2021)沪0118民初1002号').id}`)).json();
    expect(detail).toMatchObject({ scopeRuleSetVersion: 2 });
    expect(detail.scopeExplanation).toMatch(/^未纳入单套制试点/);

    const auditor = await signIn(env.app, 'auditor');
    const changes = (await auditor.get('/api/v1/audit-events?action=case.scope')).json();
    expect(changes.total).toBe(2); // 民初1002 and 民初15 left the scope
    expect((await auditor.get('/api/v1/audit-events?action=scope.publish')).json().total).toBe(2);
    expect((await auditor.get('/api/v1/audit-events/verify')).json().ok).toBe(true);
  });

  it('keeps the regime of an archived file, whatever a later rule set says', async () => {
    const db = env.container.db;
    // Archive 民初1001 (reception comes with issue 7; here the state is set directly).
    await sql`update court_case set archive_state = 'archived' where case_number = '（2021）沪0118民初1001号'`.execute(db);
    const before = await db.selectFrom('court_case').selectAll().where('case_number', '=', '（2021）沪0118民初1001号').executeTakeFirstOrThrow();
    const current = (await leader.get('/api/v1/scope/rule-sets')).json()[0].ruleSet;
    const noFastTrack = current.rules.filter((r: { number: number }) => r.number !== 3);
    const draft = (await leader.send('POST', '/api/v1/scope/rule-sets', { ruleSet: { ...current, rules: noFastTrack } })).json();
    const preview = (await leader.send('POST', `/api/v1/scope/rule-sets/${draft.version}/preview`, { asOf: '2021-12-31' })).json();
    expect(preview.leaving).toBe(0);
    await leader.send('POST', `/api/v1/scope/rule-sets/${draft.version}/publish`);
    while (await env.container.worker({ workerId: 'w' }).runOnce()) {
      // drain
    }
    const after = await db.selectFrom('court_case').selectAll().where('id', '=', before.id).executeTakeFirstOrThrow();
    expect(after).toMatchObject({ scope_status: 'in', scope_rule_id: before.scope_rule_id, scope_rule_set_version: before.scope_rule_set_version });
    // The explanation says the regime is kept, and still gives the original reason.
    expect(after.scope_explanation).toBe(`已于 ${before.scope_as_of} 按规则集第 ${before.scope_rule_set_version} 版归档，保持原认定：${before.scope_explanation}`);
  });

  it('refuses to publish a draft older than the rule set in force', async () => {
    const current = (await leader.get('/api/v1/scope/rule-sets')).json()[0].ruleSet;
    const older = (await leader.send('POST', '/api/v1/scope/rule-sets', { ruleSet: current })).json();
    const newer = (await leader.send('POST', '/api/v1/scope/rule-sets', { ruleSet: current })).json();
    expect((await leader.send('POST', `/api/v1/scope/rule-sets/${newer.version}/publish`)).statusCode).toBe(200);
    const stale = await leader.send('POST', `/api/v1/scope/rule-sets/${older.version}/publish`);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('SCOPE_RULE_SET_STALE');
    while (await env.container.worker({ workerId: 'w' }).runOnce()) {
      // drain
    }
  });

  it('publishes a version once, and only a draft', async () => {
    expect((await leader.send('POST', '/api/v1/scope/rule-sets/2/publish')).statusCode).toBe(404);
    expect((await leader.send('POST', '/api/v1/scope/rule-sets/1/publish')).statusCode).toBe(404);
    const clerk = await signIn(env.app, 'clerk1');
    expect((await clerk.send('POST', '/api/v1/scope/rule-sets/2/publish')).statusCode).toBe(403);
  });
});

describe.each(testDialects())('pilot coverage on %s', (dialect) => {
  let env: Awaited<ReturnType<typeof createAppEnv>>;
  beforeAll(async () => {
    env = await createAppEnv(dialect);
  });
  afterAll(async () => env?.cleanup());

  it('counts cases in scope per department and filing month, from the stored decisions', async () => {
    const leader = await signIn(env.app, 'leader1');
    const c = (await leader.get('/api/v1/scope/coverage')).json();
    expect(c.asOf).toBeNull();
    expect(c.months).toEqual(['2021-08', '2021-09', '2022-01']);
    expect(c.departments).toEqual(['刑事审判庭', '民事审判庭']);
    expect(c.cells).toContainEqual({ department: '民事审判庭', month: '2021-08', total: 1, inScope: 1, byRule: 1, byFullCoverage: 0 });
    expect(c.cells).toContainEqual({ department: '民事审判庭', month: '2021-09', total: 1, inScope: 1, byRule: 0, byFullCoverage: 1 });
    const ranged = (await leader.get('/api/v1/scope/coverage?from=2021-09&to=2021-12')).json();
    expect(ranged.months).toEqual(['2021-09']);
  });

  it('recomputes coverage as if the files were archived on a given date', async () => {
    const archivist = await signIn(env.app, 'archivist1');
    const c = (await archivist.get('/api/v1/scope/coverage?asOf=2021-12-31')).json();
    expect(c.asOf).toBe('2021-12-31');
    expect(c.cells).toContainEqual({ department: '民事审判庭', month: '2021-09', total: 1, inScope: 0, byRule: 0, byFullCoverage: 0 });
    expect(c.cells).toContainEqual({ department: '刑事审判庭', month: '2021-08', total: 1, inScope: 1, byRule: 1, byFullCoverage: 0 });
    expect(c.months).not.toContain('2022-01'); // filed after the archiving date assumed
    const clerk = await signIn(env.app, 'clerk1');
    expect((await clerk.get('/api/v1/scope/coverage')).statusCode).toBe(403);
  });
});
