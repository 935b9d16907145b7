import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppEnv } from '../support/app-env.js';
import { testDialects } from '../support/databases.js';
import { signIn, type Session } from '../support/http.js';

describe.each(testDialects())('cases on %s', (dialect) => {
  let env: Awaited<ReturnType<typeof createAppEnv>>;
  let archivist: Session;
  let clerk: Session;
  let reference: { departments: Array<{ id: string; name: string }> };
  const deptId = (name: string) => reference.departments.find((d) => d.name === name)!.id;

  beforeAll(async () => {
    env = await createAppEnv(dialect);
    archivist = await signIn(env.app, 'archivist1');
    clerk = await signIn(env.app, 'clerk1');
    reference = (await archivist.get('/api/v1/reference')).json();
  });
  afterAll(async () => env?.cleanup());

  it('lists every case for a court-wide reader, newest filing first, with names and parties', async () => {
    const res = await archivist.get('/api/v1/cases?limit=10');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(4);
    expect(body.items.map((c: { filedAt: string }) => c.filedAt)).toEqual(['2022-01-05', '2021-09-15', '2021-08-02', '2021-08-01']);
    expect(body.items[2]).toMatchObject({
      caseNumber: '（2021）沪0118民初1001号',
      department: '民事审判庭',
      judge: '法官甲',
      clerk: '书记员甲',
      typeCode: '民初',
      year: 2021,
      archiveState: 'collecting',
      scopeStatus: 'in',
      parties: ['上海农村商业银行股份有限公司青浦支行', '王建国'],
    });
  });

  it('scopes a clerk to his department', async () => {
    const body = (await clerk.get('/api/v1/cases')).json();
    expect(body.total).toBe(3);
    expect(body.items.every((c: { department: string }) => c.department === '民事审判庭')).toBe(true);
    const criminal = (await archivist.get(`/api/v1/cases?department=${deptId('刑事审判庭')}`)).json().items[0];
    const refused = await clerk.get(`/api/v1/cases/${criminal.id}`);
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error.code).toBe('CASE_NOT_FOUND');
  });

  it('gives a scanner the departments his scanning point serves', async () => {
    const scanner = await signIn(env.app, 'scanner1');
    const body = (await scanner.get('/api/v1/cases')).json();
    expect(body.total).toBe(3); // 民事·商事扫描点 serves 民事审判庭 and 商事审判庭
  });

  it('refuses case data to the three administrators (三员分立)', async () => {
    for (const u of ['sysadmin', 'secadmin', 'auditor']) {
      const s = await signIn(env.app, u);
      const res = await s.get('/api/v1/cases');
      expect(res.statusCode).toBe(403);
      expect(res.json().error).toMatchObject({ code: 'PERMISSION_DENIED', message: '您没有执行此操作的权限' });
    }
  });

  it('filters by department, judge, type code, year, archive state and scope, with pagination', async () => {
    const judges = (await archivist.get(`/api/v1/staff?role=judge&department=${deptId('民事审判庭')}`)).json();
    const judge1 = judges.find((j: { username: string }) => j.username === 'judge1');
    const q = async (qs: string) => (await archivist.get(`/api/v1/cases?${qs}`)).json();
    expect((await q(`department=${deptId('民事审判庭')}`)).total).toBe(3);
    expect((await q(`judge=${judge1.id}`)).total).toBe(2);
    // Outside systems may name the department and the people instead of using ids.
    expect((await q(`department=${encodeURIComponent('民事审判庭')}`)).total).toBe(3);
    expect((await q('judge=judge1')).total).toBe(2);
    expect((await q('clerk=clerk-xs')).total).toBe(1);
    expect((await q(`department=${encodeURIComponent('不存在的庭')}`)).total).toBe(0);
    expect((await q('typeCode=刑初')).total).toBe(1);
    expect((await q('year=2022')).total).toBe(1);
    expect((await q('archiveState=cataloguing')).total).toBe(2);
    expect((await q('scope=in')).total).toBe(4);
    expect((await q('scope=pending')).total).toBe(0);
    expect((await q('scope=out')).total).toBe(0);
    const page2 = await q('limit=3&offset=3');
    expect(page2.total).toBe(4);
    expect(page2.items).toHaveLength(1);
  });

  it('searches by 案号 (any width of brackets) and by party name', async () => {
    const q = async (text: string) => (await archivist.get(`/api/v1/cases?q=${encodeURIComponent(text)}`)).json();
    expect((await q('民初1001')).items.map((c: { caseNumber: string }) => c.caseNumber)).toEqual(['（2021）沪0118民初1001号']);
    expect((await q('(2021)沪0118民初1002号')).total).toBe(1);
    expect((await q('农村商业银行')).total).toBe(1);
    expect((await q('王建国')).total).toBe(1);
    expect((await q('王')).total).toBe(1);
    expect((await q('不存在的人')).total).toBe(0);
    expect((await q('民初100')).total).toBe(2);
  });

  it('shows everything about a case', async () => {
    const id = (await archivist.get('/api/v1/cases?q=民初1001')).json().items[0].id;
    const d = (await archivist.get(`/api/v1/cases/${id}`)).json();
    expect(d).toMatchObject({
      caseNumber: '（2021）沪0118民初1001号',
      externalId: 'TS-1001',
      court: '上海市青浦区人民法院',
      courtCode: '沪0118',
      sequence: 1001,
      legacyNumber: false,
      team: { name: '速裁团队' },
      flags: ['financial_institution_involved'],
      version: 1,
      scopeStatus: 'in',
      scopeRuleId: expect.any(String),
      scopeRuleSetVersion: 1,
    });
    expect(d.scopeExplanation).toMatch(/^纳入单套制试点：民事审判庭 · .*速裁团队.*（规则 3，2021-08-01 起施行）$/);
    expect(d.partyList).toEqual([
      expect.objectContaining({ seq: 1, role: '原告', kind: 'financial_institution' }),
      expect.objectContaining({ seq: 2, role: '被告', name: '王建国', kind: 'natural_person' }),
    ]);
  });

  it('creates a case and rejects a bad 案号 naming the field and the wrong part', async () => {
    const base = {
      causeOfAction: '离婚纠纷',
      department: '民事审判庭',
      judge: 'judge1',
      clerk: 'clerk1',
      filedAt: '2021-12-01',
      parties: [{ name: '陈某', role: '原告' }],
    };
    const ok = await clerk.send('POST', '/api/v1/cases', { ...base, caseNumber: '（2021）沪0118民初3001号' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ caseNumber: '（2021）沪0118民初3001号', archiveState: 'collecting', version: 1 });

    const bad = await clerk.send('POST', '/api/v1/cases', { ...base, caseNumber: '（2021）沪0118民初号' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'CASE_NUMBER_INVALID', details: { field: 'caseNumber' } });
    expect(bad.json().error.message).toMatch(/案号/);

    const otherCourt = await clerk.send('POST', '/api/v1/cases', { ...base, caseNumber: '（2021）沪0101民初5号' });
    expect(otherCourt.statusCode).toBe(400);
    expect(otherCourt.json().error.details).toMatchObject({ field: 'caseNumber', part: 'court' });

    const dup = await clerk.send('POST', '/api/v1/cases', { ...base, caseNumber: '(2021)沪0118民初3001号' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('CASE_NUMBER_TAKEN');

    const missing = await clerk.send('POST', '/api/v1/cases', { ...base, caseNumber: '（2021）沪0118民初3002号', causeOfAction: '' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.issues[0].field).toBe('body.causeOfAction');

    const otherDept = await clerk.send('POST', '/api/v1/cases', { ...base, department: '刑事审判庭', caseNumber: '（2021）沪0118刑初3003号', judge: undefined, clerk: undefined });
    expect(otherDept.statusCode).toBe(403);
  });

  it('updates a case with optimistic locking; closing it moves the file to cataloguing', async () => {
    const id = (await clerk.get('/api/v1/cases?q=民初15号')).json().items[0].id;
    const v1 = (await clerk.get(`/api/v1/cases/${id}`)).json();
    const closed = await clerk.send('PATCH', `/api/v1/cases/${id}`, { closedAt: '2022-02-20', closingMethod: '判决', version: v1.version });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ closedAt: '2022-02-20', archiveState: 'cataloguing', version: v1.version + 1 });
    // Fields not in the change stay as they were.
    expect(closed.json().partyList).toEqual(v1.partyList);
    expect(closed.json().flags).toEqual(v1.flags);
    expect(closed.json().causeOfAction).toBe(v1.causeOfAction);
    const stale = await clerk.send('PATCH', `/api/v1/cases/${id}`, { causeOfAction: '借款合同纠纷', version: v1.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CASE_VERSION_CONFLICT');
    const early = await clerk.send('PATCH', `/api/v1/cases/${id}`, { closedAt: '2021-01-01' });
    expect(early.statusCode).toBe(400);
  });

  it('replaces parties and flags only when they are given', async () => {
    const id = (await clerk.get('/api/v1/cases?q=民初1001')).json().items[0].id;
    const before = (await clerk.get(`/api/v1/cases/${id}`)).json();
    const untouched = (await clerk.send('PATCH', `/api/v1/cases/${id}`, { closingMethod: '调解' })).json();
    expect(untouched.partyList.map((p: { name: string }) => p.name)).toEqual(before.partyList.map((p: { name: string }) => p.name));
    expect(untouched.flags).toEqual(['financial_institution_involved']);
    const replaced = (await clerk.send('PATCH', `/api/v1/cases/${id}`, { parties: [{ name: '新当事人', role: '原告' }], flags: [] })).json();
    expect(replaced.partyList).toEqual([expect.objectContaining({ seq: 1, name: '新当事人', kind: 'natural_person' })]);
    expect(replaced.flags).toEqual([]);
    expect((await clerk.get(`/api/v1/cases?q=${encodeURIComponent('新当事人')}`)).json().total).toBe(1);
    expect((await clerk.get(`/api/v1/cases?q=${encodeURIComponent('王建国')}`)).json().total).toBe(0);
  });

  it('records the history of a case from the audit trail', async () => {
    const id = (await clerk.get('/api/v1/cases?q=民初15号')).json().items[0].id;
    const h = (await clerk.get(`/api/v1/cases/${id}/history`)).json();
    expect(h.items.map((e: { action: string }) => e.action)).toEqual(['case.update', 'case.create']);
    expect(h.items[0]).toMatchObject({
      actorName: '书记员甲（clerk1）',
      before: { closedAt: null, archiveState: 'collecting' },
      after: { closedAt: '2022-02-20', archiveState: 'cataloguing' },
    });
  });

  it('answers unknown routes and bad ids with catalog errors', async () => {
    expect((await archivist.get('/api/v1/nothing')).json().error.code).toBe('ROUTE_NOT_FOUND');
    expect((await archivist.get('/api/v1/cases/00000000-0000-0000-0000-000000000000')).statusCode).toBe(404);
  });
});
