import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditVerifyCommand } from '../../src/server/cli/audit.command.js';
import { createAppEnv } from '../support/app-env.js';
import { testDialects } from '../support/databases.js';
import { signIn } from '../support/http.js';

describe.each(testDialects())('audit trail on %s', (dialect) => {
  let env: Awaited<ReturnType<typeof createAppEnv>>;
  beforeAll(async () => {
    env = await createAppEnv(dialect);
  });
  afterAll(async () => env?.cleanup());

  it('writes an event for every state-changing request, in the same transaction', async () => {
    const clerk = await signIn(env.app, 'clerk1');
    const auditor = await signIn(env.app, 'auditor');
    const before = (await auditor.get('/api/v1/audit-events?limit=1')).json().total;
    const id = (await clerk.get('/api/v1/cases?q=民初1002')).json().items[0].id;
    await clerk.send('PATCH', `/api/v1/cases/${id}`, { causeOfAction: '物业服务合同纠纷（变更）' });
    // A refused change writes nothing: the conflict aborts the transaction.
    await clerk.send('PATCH', `/api/v1/cases/${id}`, { causeOfAction: 'x', version: 1 });
    const after = (await auditor.get('/api/v1/audit-events?limit=5')).json();
    expect(after.total).toBe(before + 1);
    expect(after.items[0]).toMatchObject({
      action: 'case.update',
      entityType: 'case',
      entityId: id,
      before: { causeOfAction: '物业服务合同纠纷' },
      after: { causeOfAction: '物业服务合同纠纷（变更）' },
    });
    expect(after.items[0].requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('records sign-ins and failed sign-ins', async () => {
    await env.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'judge1', password: 'bad' } });
    const auditor = await signIn(env.app, 'auditor');
    const failed = (await auditor.get('/api/v1/audit-events?action=auth.login_failed')).json();
    expect(failed.items[0]).toMatchObject({ actorName: '未登录用户', after: { username: 'judge1' } });
    expect((await auditor.get('/api/v1/audit-events?action=auth.login')).json().total).toBeGreaterThan(0);
  });

  it('filters by actor, action, entity and date', async () => {
    const auditor = await signIn(env.app, 'auditor');
    const q = async (qs: string) => (await auditor.get(`/api/v1/audit-events?${qs}`)).json();
    expect((await q('action=court.install')).total).toBe(1);
    expect((await q('entityType=user')).total).toBeGreaterThanOrEqual(11);
    expect((await q('from=2000-01-01&to=2000-01-02')).total).toBe(0);
    // By username (the actor name records it) and by the court's calendar day (UTC+8).
    const byClerk = await q('actor=clerk1');
    expect(byClerk.total).toBeGreaterThan(0);
    expect(byClerk.items.every((e: { actorName: string }) => e.actorName.includes('clerk1'))).toBe(true);
    const seeded = await q('action=court.install');
    const at = new Date(seeded.items[0].occurredAt);
    const day = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10); // calendar day in Shanghai
    const next = new Date(at.getTime() + 86_400_000);
    expect((await q(`action=court.install&from=${day(at)}&to=${day(at)}`)).total).toBe(1);
    expect((await q(`action=court.install&from=${day(next)}`)).total).toBe(0);
    expect((await q(`action=court.install&to=${day(new Date(at.getTime() - 86_400_000))}`)).total).toBe(0);
  });

  it('is readable by the security auditor only', async () => {
    for (const u of ['sysadmin', 'secadmin', 'archivist1', 'leader1', 'clerk1']) {
      const s = await signIn(env.app, u);
      expect((await s.get('/api/v1/audit-events')).statusCode).toBe(403);
    }
  });

  it('verifies an intact chain through the API and the CLI', async () => {
    const auditor = await signIn(env.app, 'auditor');
    const v = (await auditor.get('/api/v1/audit-events/verify')).json();
    expect(v).toMatchObject({ ok: true, problem: null });
    expect(v.checked).toBe(v.headSeq);
    if (dialect === 'sqlite') expect(await auditVerifyCommand(env.config)).toBe(0);
  });

  it('refuses UPDATE and DELETE on the audit table at the database level', async () => {
    await expect(sql`update audit_event set actor_name = 'x' where seq = 1`.execute(env.container.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_event where seq = 1`.execute(env.container.db)).rejects.toThrow(/append-only/);
  });

  it('names the first broken event when a row is edited, and when one is deleted', async () => {
    const db = env.container.db;
    // An attacker with database access first removes the guard.
    if (dialect === 'sqlite') {
      await sql`drop trigger audit_event_no_update`.execute(db);
      await sql`drop trigger audit_event_no_delete`.execute(db);
    } else {
      await sql`drop trigger audit_event_append_only on audit_event`.execute(db);
    }
    await sql`update audit_event set after_json = '{"forged":true}' where seq = 5`.execute(db);
    const auditor = await signIn(env.app, 'auditor');
    const edited = (await auditor.get('/api/v1/audit-events/verify')).json();
    expect(edited.ok).toBe(false);
    expect(edited.problem.seq).toBe(5);
    expect(edited.problem.reason).toContain('改写');

    await sql`delete from audit_event where seq = 5`.execute(db);
    const deleted = (await auditor.get('/api/v1/audit-events/verify')).json();
    expect(deleted.problem).toMatchObject({ seq: 5, eventId: null });
    expect(deleted.problem.reason).toContain('删除');
    if (dialect === 'sqlite') expect(await auditVerifyCommand(env.config)).not.toBe(0);
  });
});
