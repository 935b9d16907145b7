import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppEnv } from '../support/app-env.js';
import { testDialects } from '../support/databases.js';
import { signIn, type Session } from '../support/http.js';

describe.each(testDialects())('accounts and roles (三员分立) on %s', (dialect) => {
  let env: Awaited<ReturnType<typeof createAppEnv>>;
  let sysadmin: Session;
  let secadmin: Session;
  beforeAll(async () => {
    env = await createAppEnv(dialect);
    sysadmin = await signIn(env.app, 'sysadmin');
    secadmin = await signIn(env.app, 'secadmin');
  });
  afterAll(async () => env?.cleanup());

  it('lets the system administrator create an account, which can do nothing until given a role', async () => {
    const ref = (await sysadmin.get('/api/v1/reference')).json();
    const civil = ref.departments.find((d: { name: string }) => d.name === '民事审判庭');
    const res = await sysadmin.send('POST', '/api/v1/users', { username: 'clerk9', displayName: '新书记员', password: 'Start2021x', departmentId: civil.id });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ username: 'clerk9', roles: [], active: true, department: { name: '民事审判庭' } });
    const s = await signIn(env.app, 'clerk9', 'Start2021x');
    expect((await s.get('/api/v1/cases')).statusCode).toBe(403);

    const dup = await sysadmin.send('POST', '/api/v1/users', { username: 'clerk9', displayName: 'x', password: 'Start2021x' });
    expect(dup.statusCode).toBe(409);
    const weak = await sysadmin.send('POST', '/api/v1/users', { username: 'clerk8', displayName: 'x', password: 'short' });
    expect(weak.statusCode).toBe(400);
  });

  it('lets only the security administrator assign roles', async () => {
    const user = (await secadmin.get('/api/v1/users?q=clerk9')).json()[0];
    expect((await sysadmin.send('PUT', `/api/v1/users/${user.id}/roles`, { roles: ['clerk'] })).statusCode).toBe(403);
    const ok = await secadmin.send('PUT', `/api/v1/users/${user.id}/roles`, { roles: ['clerk'] });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().roles).toEqual(['clerk']);
    const s = await signIn(env.app, 'clerk9', 'Start2021x');
    expect((await s.get('/api/v1/cases')).json().total).toBe(3);
  });

  it('refuses role combinations that break 三员分立', async () => {
    const user = (await secadmin.get('/api/v1/users?q=clerk9')).json()[0];
    for (const roles of [['clerk', 'auditor'], ['sysadmin', 'secadmin'], ['judge', 'sysadmin']]) {
      const res = await secadmin.send('PUT', `/api/v1/users/${user.id}/roles`, { roles });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('USER_ROLE_CONFLICT');
      expect(res.json().error.message).toContain('三员分立');
    }
  });

  it('keeps the security administrator out of account management and system settings', async () => {
    expect((await secadmin.send('POST', '/api/v1/users', { username: 'x123', displayName: 'x', password: 'Start2021x' })).statusCode).toBe(403);
    expect((await secadmin.send('POST', '/api/v1/service-accounts', { username: 'sys2', displayName: 'x' })).statusCode).toBe(403);
    const me = (await secadmin.get('/api/v1/auth/me')).json();
    expect(me.user.permissions).toEqual(['role.assign', 'pki.manage']);
  });

  it('shows roles and their permissions', async () => {
    const roles = (await secadmin.get('/api/v1/roles')).json();
    expect(roles.find((r: { role: string }) => r.role === 'auditor')).toMatchObject({ label: '安全审计员', permissions: [{ code: 'audit.read' }] });
    expect((await (await signIn(env.app, 'clerk1')).get('/api/v1/roles')).statusCode).toBe(403);
  });

  it('issues further tokens for a system account and never stores them in clear', async () => {
    const created = (await sysadmin.send('POST', '/api/v1/service-accounts', { username: 'archive-bridge', displayName: '档案接口' })).json();
    const again = await sysadmin.send('POST', `/api/v1/users/${created.user.id}/tokens`, { name: '第二个令牌' });
    expect(again.statusCode).toBe(201);
    expect(again.json().token).not.toBe(created.token);
    const rows = await env.container.db.selectFrom('api_token').select('token_hash').execute();
    expect(rows.some((r) => r.token_hash === created.token)).toBe(false);
  });

  it('does not let an administrator lock himself out', async () => {
    const me = (await sysadmin.get('/api/v1/auth/me')).json().user;
    const res = await sysadmin.send('PATCH', `/api/v1/users/${me.id}`, { active: false });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('USER_SELF_LOCKOUT');
  });
});
