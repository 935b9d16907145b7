import { randomUUID } from 'node:crypto';
import type { Me } from '../../common/api.js';
import { isRole, permissionsOf, type Role } from '../../common/roles.js';
import type { Db } from '../db/connect.js';
import type { AppUserRow } from '../db/schema.js';
import { caseDepartmentsFor, type Actor, type RequestContext } from '../domain/access.js';
import { randomToken, tokenDigest, verifyPassword } from '../crypto/password.js';
import { AppError } from '../errors.js';
import { ReferenceRepository } from '../repositories/reference.repository.js';
import { UserRepository } from '../repositories/user.repository.js';
import { recordAudit } from './audit.service.js';

export interface AuthPolicy {
  sessionHours: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
}

export interface SessionCredentials {
  /** The secret that goes into the HttpOnly cookie; only its SHA-256 is stored. */
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
  user: Me;
}

/** Sign-in, sessions, bearer tokens, and turning either into an Actor. */
export class AuthService {
  constructor(
    private readonly db: Db,
    private readonly users: UserRepository,
    private readonly reference: ReferenceRepository,
    private readonly policy: AuthPolicy,
  ) {}

  /**
   * Checks a password and opens a session. Failures are counted per username in the database (so
   * the limit holds across API processes) and audited.
   * @throws AUTH_RATE_LIMITED, AUTH_INVALID_CREDENTIALS, AUTH_ACCOUNT_DISABLED
   */
  async login(username: string, password: string, ip: string, requestId: string, now = new Date()): Promise<SessionCredentials> {
    const since = new Date(now.getTime() - this.policy.loginLockMinutes * 60_000).toISOString();
    if ((await this.users.countLoginFailures(username, since)) >= this.policy.loginMaxFailures) {
      throw new AppError('AUTH_RATE_LIMITED', `登录失败次数过多，请 ${this.policy.loginLockMinutes} 分钟后再试`);
    }
    const user = await this.users.byUsername(username);
    const ok = user?.password_hash ? await verifyPassword(password, user.password_hash) : false;
    if (!user || !ok) {
      await this.db.transaction().execute(async (trx) => {
        await this.users.with(trx).recordLoginFailure({ id: randomUUID(), username, ip, occurred_at: now.toISOString() });
        await recordAudit(trx, anonymous(requestId), 'auth.login_failed', { type: 'user', id: user?.id ?? null }, null, { username, ip });
      });
      throw new AppError('AUTH_INVALID_CREDENTIALS');
    }
    if (user.is_active !== 1) throw new AppError('AUTH_ACCOUNT_DISABLED');

    const sessionToken = randomToken();
    const csrfToken = randomToken();
    const expiresAt = new Date(now.getTime() + this.policy.sessionHours * 3_600_000);
    const actor = await this.actorFor(user);
    await this.db.transaction().execute(async (trx) => {
      const users = this.users.with(trx);
      await users.clearLoginFailures(username);
      await users.deleteExpiredSessions(now.toISOString());
      await users.insertSession({
        id: tokenDigest(sessionToken),
        user_id: user.id,
        csrf_token: csrfToken,
        created_at: now.toISOString(),
        expires_at: expiresAt.toISOString(),
      });
      await recordAudit(trx, { actor, requestId }, 'auth.login', { type: 'user', id: user.id }, null, { ip });
    });
    return { sessionToken, csrfToken, expiresAt, user: await this.me(actor) };
  }

  /** Ends a session (sign-out). */
  async logout(ctx: RequestContext, sessionToken: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await this.users.with(trx).deleteSession(tokenDigest(sessionToken));
      await recordAudit(trx, ctx, 'auth.logout', { type: 'user', id: ctx.actor.id }, null, null);
    });
  }

  /**
   * The actor behind a session cookie, with the session's CSRF token.
   * @throws AUTH_SESSION_EXPIRED, AUTH_REQUIRED, AUTH_ACCOUNT_DISABLED
   */
  async fromSession(sessionToken: string, now = new Date()): Promise<{ actor: Actor; csrfToken: string }> {
    const session = await this.users.session(tokenDigest(sessionToken));
    if (!session) throw new AppError('AUTH_REQUIRED');
    if (session.expires_at < now.toISOString()) {
      await this.users.deleteSession(session.id);
      throw new AppError('AUTH_SESSION_EXPIRED');
    }
    const user = await this.users.byId(session.user_id);
    if (!user) throw new AppError('AUTH_REQUIRED');
    if (user.is_active !== 1) throw new AppError('AUTH_ACCOUNT_DISABLED');
    return { actor: await this.actorFor(user), csrfToken: session.csrf_token };
  }

  /** The actor behind a bearer token (systems such as the trial system). @throws AUTH_TOKEN_INVALID */
  async fromBearer(token: string, now = new Date()): Promise<Actor> {
    const row = await this.users.tokenByHash(tokenDigest(token));
    if (!row || row.revoked_at) throw new AppError('AUTH_TOKEN_INVALID');
    const user = await this.users.byId(row.user_id);
    if (!user || user.is_active !== 1) throw new AppError('AUTH_TOKEN_INVALID');
    await this.users.touchToken(row.id, now.toISOString());
    return this.actorFor(user);
  }

  async actorFor(user: AppUserRow): Promise<Actor> {
    const roles = ((await this.users.rolesOf([user.id])).get(user.id) ?? []).filter(isRole) as Role[];
    const served = user.scanning_point_id ? await this.reference.departmentIdsServedBy(user.scanning_point_id) : [];
    return {
      id: user.id,
      username: user.username,
      displayName: user.display_name,
      kind: user.kind === 'service' ? 'service' : 'person',
      roles,
      permissions: permissionsOf(roles),
      departmentId: user.department_id,
      caseDepartments: caseDepartmentsFor({ roles, departmentId: user.department_id, scanningPointDepartmentIds: served }),
    };
  }

  /** The signed-in user as the web client sees it. */
  async me(actor: Actor): Promise<Me> {
    const user = await this.users.byId(actor.id);
    const departments = await this.reference.departments();
    const points = await this.reference.scanningPoints();
    const dept = departments.find((d) => d.id === user?.department_id);
    const point = points.find((p) => p.id === user?.scanning_point_id);
    return {
      id: actor.id,
      username: actor.username,
      displayName: actor.displayName,
      roles: actor.roles,
      permissions: actor.permissions,
      department: dept ? { id: dept.id, name: dept.name } : null,
      scanningPoint: point ? { id: point.id, name: point.name } : null,
    };
  }
}

function anonymous(requestId: string): RequestContext {
  return {
    requestId,
    actor: {
      id: 'anonymous',
      username: 'anonymous',
      displayName: '未登录用户',
      kind: 'person',
      roles: [],
      permissions: [],
      departmentId: null,
      caseDepartments: [],
    },
  };
}
