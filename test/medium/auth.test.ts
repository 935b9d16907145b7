import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppEnv } from '../support/app-env.js';
import { testDialects } from '../support/databases.js';
import { signIn } from '../support/http.js';

describe.each(testDialects())('authentication on %s', (dialect) => {
  let env: Awaited<ReturnType<typeof createAppEnv>>;
  beforeAll(async () => {
    env = await createAppEnv(dialect, { LOGIN_MAX_FAILURES: '3' });
  });
  afterAll(async () => env?.cleanup());

  it('signs in with a password: HttpOnly SameSite=Lax cookie and a CSRF token', async () => {
    const res = await env.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'clerk1', password: 'Demo@2021' } });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^cv_session=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    const body = res.json();
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(body.user).toMatchObject({ username: 'clerk1', roles: ['clerk'], department: { name: '民事审判庭' } });
  });

  it('refuses a wrong password with 401 and a Chinese message', async () => {
    const res = await env.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'judge1', password: 'wrong' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({ code: 'AUTH_INVALID_CREDENTIALS', message: '用户名或密码错误' });
  });

  it('locks an account after too many failures, even for the right password', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await env.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'leader1', password: 'nope' } });
      expect(r.statusCode).toBe(401);
    }
    const locked = await env.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'leader1', password: 'Demo@2021' } });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('AUTH_RATE_LIMITED');
    expect(locked.json().error.message).toContain('分钟后再试');
  });

  it('needs a session for the API: 401 in Chinese without one', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/v1/cases' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({ code: 'AUTH_REQUIRED', message: '请先登录' });
  });

  it('requires the CSRF token on state-changing requests made with the cookie', async () => {
    const s = await signIn(env.app, 'clerk1');
    const list = await s.get('/api/v1/cases');
    const id = list.json().items[0].id;
    const without = await s.send('PATCH', `/api/v1/cases/${id}`, { causeOfAction: '借款合同纠纷' }, { csrf: false });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('CSRF_TOKEN_INVALID');
    const wrong = await env.app.inject({
      method: 'PATCH',
      url: `/api/v1/cases/${id}`,
      headers: { cookie: s.cookie, 'x-csrf-token': 'x'.repeat(43) },
      payload: { causeOfAction: '借款合同纠纷' },
    });
    expect(wrong.statusCode).toBe(403);
    const withToken = await s.send('PATCH', `/api/v1/cases/${id}`, { causeOfAction: '借款合同纠纷' });
    expect(withToken.statusCode).toBe(200);
  });

  it('returns the current user and CSRF token from /auth/me, and signs out', async () => {
    const s = await signIn(env.app, 'judge1');
    const me = await s.get('/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { username: 'judge1' }, csrfToken: s.csrfToken });
    const out = await s.send('POST', '/api/v1/auth/logout');
    expect(out.statusCode).toBe(204);
    expect((await s.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('lets a system use a bearer token instead of a cookie, without CSRF', async () => {
    const admin = await signIn(env.app, 'sysadmin');
    const created = await admin.send('POST', '/api/v1/service-accounts', { username: 'trial-system', displayName: '审判流程管理系统' });
    expect(created.statusCode).toBe(201);
    const token = created.json().token as string;
    expect(created.json().user.roles).toEqual(['integration']);
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { authorization: `Bearer ${token}` },
      payload: {
        caseNumber: '（2021）沪0118民初2001号',
        externalId: 'TS-2001',
        causeOfAction: '买卖合同纠纷',
        department: '民事审判庭',
        judge: 'judge1',
        clerk: 'clerk1',
        filedAt: '2021-10-10',
        parties: [{ name: '上海某某贸易有限公司', kind: 'legal_person', role: '原告' }],
      },
    });
    expect(res.statusCode).toBe(201);
    const bad = await env.app.inject({ method: 'GET', url: '/api/v1/cases', headers: { authorization: 'Bearer cvt_nope' } });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().error.code).toBe('AUTH_TOKEN_INVALID');
  });

  it('ends the sessions of a disabled account and refuses its sign-in', async () => {
    const judge = await signIn(env.app, 'judge2');
    const admin = await signIn(env.app, 'sysadmin');
    const users = (await admin.get('/api/v1/users?q=judge2')).json();
    const r = await admin.send('PATCH', `/api/v1/users/${users[0].id}`, { active: false });
    expect(r.statusCode).toBe(200);
    expect((await judge.get('/api/v1/cases')).statusCode).toBe(401);
    const again = await env.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'judge2', password: 'Demo@2021' } });
    expect(again.statusCode).toBe(403);
    expect(again.json().error.code).toBe('AUTH_ACCOUNT_DISABLED');
  });
});
