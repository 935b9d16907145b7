import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeadlineItem, DeadlineListResponse, DeadlineSummary } from '../../src/common/deadline-api.js';
import { addCalendarMonths, addDays, daysBetween, latestClosingDueBy } from '../../src/server/domain/archiving-deadline.js';
import { courtDate } from '../../src/server/domain/court-calendar.js';
import { createAppEnv } from '../support/app-env.js';
import { testDialects } from '../support/databases.js';
import { signIn, type Session } from '../support/http.js';

/**
 * 归档期限 over HTTP on every dialect. The fixture court has two closed cases from 2021 (long
 * overdue today); the test closes two more so that one is a month overdue and one is due in a few
 * days, and adds one closed ten days ago (not due yet).
 */
describe.each(testDialects())('archiving deadlines on %s', (dialect) => {
  let env: Awaited<ReturnType<typeof createAppEnv>>;
  let clerk: Session;
  let judge1: Session;
  let judge2: Session;
  let clerkXs: Session;
  let archivist: Session;
  let leader: Session;
  let sysadmin: Session;
  const today = courtDate(new Date());
  const ids: Record<'c1001' | 'c1002' | 'c15' | 'c301' | 'fresh', string> = { c1001: '', c1002: '', c15: '', c301: '', fresh: '' };

  const list = async (s: Session, query = '') => {
    const res = await s.get(`/api/v1/deadlines${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as DeadlineListResponse;
  };
  const numbers = (r: DeadlineListResponse) => r.items.map((i) => i.caseNumber);
  const caseId = async (q: string) => (await clerk.get(`/api/v1/cases?q=${encodeURIComponent(q)}`)).json().items[0].id as string;
  const close = async (s: Session, id: string, closedAt: string) => {
    const kase = (await s.get(`/api/v1/cases/${id}`)).json();
    const res = await s.send('PATCH', `/api/v1/cases/${id}`, { closedAt, version: kase.version });
    expect(res.statusCode, res.body).toBe(200);
  };

  const monthOverdueClosing = addCalendarMonths(today, -4);
  // Due at most five days from today (a few days less when the due day is a month end).
  const dueSoonClosing = latestClosingDueBy(addDays(today, 5), { months: 3 });

  beforeAll(async () => {
    env = await createAppEnv(dialect);
    clerk = await signIn(env.app, 'clerk1');
    judge1 = await signIn(env.app, 'judge1');
    judge2 = await signIn(env.app, 'judge2');
    clerkXs = await signIn(env.app, 'clerk-xs');
    archivist = await signIn(env.app, 'archivist1');
    leader = await signIn(env.app, 'leader1');
    sysadmin = await signIn(env.app, 'sysadmin');
    ids.c1001 = await caseId('1001');
    ids.c1002 = await caseId('1002');
    ids.c15 = await caseId('民初15号');
    ids.c301 = (await archivist.get(`/api/v1/cases?q=${encodeURIComponent('刑初301')}`)).json().items[0].id;
    await close(clerk, ids.c1001, monthOverdueClosing);
    await close(clerk, ids.c15, dueSoonClosing);
    const fresh = await clerk.send('POST', '/api/v1/cases', {
      caseNumber: `（${today.slice(0, 4)}）沪0118民初9001号`,
      causeOfAction: '买卖合同纠纷',
      department: '民事审判庭',
      judge: 'judge1',
      clerk: 'clerk1',
      filedAt: addDays(today, -40),
      closedAt: addDays(today, -10),
      closingMethod: '调解',
      parties: [{ name: '甲公司', kind: 'legal_person', role: '原告' }],
    });
    expect(fresh.statusCode, fresh.body).toBe(201);
    ids.fresh = fresh.json().id;
  });
  afterAll(async () => env?.cleanup());

  it("shows a clerk his own files due soon or overdue, most urgent first, with the due date, the days and who holds them", async () => {
    const r = await list(clerk);
    expect(r.scope).toBe('mine');
    expect(r.today).toBe(today);
    expect(r.rule).toEqual({ months: 3, warnDays: 15 });
    expect(numbers(r)).toEqual(['(2021)沪0118民初1002号', '（2021）沪0118民初1001号', '（2022）沪0118民初15号']);
    expect(r.items.map((i) => i.caseId)).toEqual([ids.c1002, ids.c1001, ids.c15]);
    expect(r.total).toBe(3);
    expect(r.counts).toEqual({ overdue: 2, dueSoon: 1 });
    expect(r.items.map((i) => i.caseId)).not.toContain(ids.fresh); // closed ten days ago: not due yet

    const [old, month, soon] = r.items as [DeadlineItem, DeadlineItem, DeadlineItem];
    expect(old).toMatchObject({
      closedAt: '2021-11-20',
      dueAt: '2022-02-20',
      status: 'overdue',
      days: daysBetween('2022-02-20', today),
      archiveState: 'cataloguing',
      holder: 'clerk',
      holderName: '书记员甲',
      department: '民事审判庭',
      causeOfAction: '物业服务合同纠纷',
      clerk: { name: '书记员甲' },
      judge: { name: '法官甲' },
    });
    expect(month).toMatchObject({ closedAt: monthOverdueClosing, dueAt: addCalendarMonths(monthOverdueClosing, 3), status: 'overdue' });
    expect(month.days).toBeGreaterThanOrEqual(28);
    expect(soon).toMatchObject({ closedAt: dueSoonClosing, status: 'due_soon', judge: { name: '法官乙' } });
    expect(soon.days).toBeGreaterThanOrEqual(0);
    expect(soon.days).toBeLessThanOrEqual(5);
    expect(soon.dueAt).toBe(addDays(today, soon.days));
  });

  it('filters by status and pages, keeping both counts of the scope', async () => {
    const overdue = await list(clerk, '?status=overdue');
    expect(overdue.items.map((i) => i.caseId)).toEqual([ids.c1002, ids.c1001]);
    expect(overdue.total).toBe(2);
    expect(overdue.counts).toEqual({ overdue: 2, dueSoon: 1 });
    const soon = await list(clerk, '?status=due_soon');
    expect(soon.items.map((i) => i.caseId)).toEqual([ids.c15]);
    expect(soon.total).toBe(1);
    const page = await list(archivist, '?scope=court&limit=2&offset=1');
    expect(page.items.map((i) => i.caseId)).toEqual([ids.c1002, ids.c1001]);
    expect(page.total).toBe(4);
    expect((await archivist.get('/api/v1/deadlines?status=late')).statusCode).toBe(400);
  });

  it('shows a judge the files he presides over, and a division its own files only', async () => {
    expect((await list(judge1)).items.map((i) => i.caseId)).toEqual([ids.c1002, ids.c1001]);
    expect((await list(judge2)).items.map((i) => i.caseId)).toEqual([ids.c15]);
    expect((await list(judge2, '?scope=division')).items.map((i) => i.caseId)).toEqual([ids.c1002, ids.c1001, ids.c15]);
    const xs = await list(clerkXs, '?scope=division');
    expect(xs.items.map((i) => i.caseId)).toEqual([ids.c301]);
    expect(xs.items[0]).toMatchObject({ department: '刑事审判庭', closedAt: '2021-09-30', dueAt: '2021-12-30', status: 'overdue' });
  });

  it('shows the whole court to the 档案管理员, earliest due first', async () => {
    const r = await list(archivist);
    expect(r.scope).toBe('court');
    expect(r.items.map((i) => i.caseId)).toEqual([ids.c301, ids.c1002, ids.c1001, ids.c15]);
    expect(r.counts).toEqual({ overdue: 3, dueSoon: 1 });
    expect((await list(archivist, '?scope=mine')).items).toEqual([]);
  });

  it('refuses a scope the reader may not use, and everything to who may not read cases', async () => {
    const court = await clerk.get('/api/v1/deadlines?scope=court');
    expect(court.statusCode).toBe(403);
    expect(court.json().error.code).toBe('PERMISSION_DENIED');
    expect(court.json().error.message).toContain('查看全院案件');
    const division = await leader.get('/api/v1/deadlines?scope=division'); // 院领导 belongs to no division
    expect(division.statusCode).toBe(403);
    expect(division.json().error.code).toBe('PERMISSION_DENIED');
    expect((await sysadmin.get('/api/v1/deadlines')).statusCode).toBe(403);
    expect((await sysadmin.get('/api/v1/deadlines/summary')).statusCode).toBe(403);
  });

  it('sums up for reminders: the default scope, every scope the reader may open, and per department for the court', async () => {
    const mine = (await clerk.get('/api/v1/deadlines/summary')).json() as DeadlineSummary;
    expect(mine).toMatchObject({ defaultScope: 'mine', counts: { overdue: 2, dueSoon: 1 }, byDepartment: null, today });
    expect(mine.scopes).toEqual([
      { scope: 'mine', overdue: 2, dueSoon: 1 },
      { scope: 'division', overdue: 2, dueSoon: 1 },
    ]);
    const court = (await archivist.get('/api/v1/deadlines/summary')).json() as DeadlineSummary;
    expect(court.defaultScope).toBe('court');
    expect(court.counts).toEqual({ overdue: 3, dueSoon: 1 });
    expect(court.scopes.map((s) => s.scope)).toEqual(['mine', 'division', 'court']);
    expect(court.byDepartment).toHaveLength(2);
    expect(court.byDepartment).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ department: '刑事审判庭', overdue: 1, dueSoon: 0 }),
        expect.objectContaining({ department: '民事审判庭', overdue: 2, dueSoon: 1 }),
      ]),
    );
    const leaderSummary = (await leader.get('/api/v1/deadlines/summary')).json() as DeadlineSummary;
    expect(leaderSummary.scopes.map((s) => s.scope)).toEqual(['mine', 'court']);
  });

  it('names the judge while the file awaits his review, and drops a file once handed to the archives', async () => {
    await env.container.db.updateTable('court_case').set({ archive_state: 'awaiting_review' }).where('id', '=', ids.c1002).execute();
    await env.container.db.updateTable('court_case').set({ archive_state: 'awaiting_reception' }).where('id', '=', ids.c1001).execute();
    const r = await list(clerk);
    expect(r.items.map((i) => i.caseId)).toEqual([ids.c1002, ids.c15]);
    expect(r.items[0]).toMatchObject({ archiveState: 'awaiting_review', holder: 'judge', holderName: '法官甲' });
    expect(r.counts).toEqual({ overdue: 1, dueSoon: 1 });
    await env.container.db.updateTable('court_case').set({ archive_state: 'archived' }).where('id', '=', ids.c1002).execute();
    expect((await list(archivist)).counts).toEqual({ overdue: 1, dueSoon: 1 });
  });
});
