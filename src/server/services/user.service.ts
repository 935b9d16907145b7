import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  serviceAccountCreate,
  userCreate,
  userPatch,
  type UserOut,
} from '../../common/api.js';
import { isRole, permissionLabels, roleConflict, roleLabels, rolePermissions, roles, type Role } from '../../common/roles.js';
import type { Db } from '../db/connect.js';
import type { AppUserRow } from '../db/schema.js';
import { can, type RequestContext } from '../domain/access.js';
import { hashPassword, randomToken, tokenDigest } from '../crypto/password.js';
import { AppError } from '../errors.js';
import { ReferenceRepository } from '../repositories/reference.repository.js';
import { UserRepository } from '../repositories/user.repository.js';
import { recordAudit } from './audit.service.js';

/**
 * Accounts and roles under 三员分立: the 系统管理员 manages accounts and tokens; the 安全保密管理员
 * assigns roles; neither can do the other's work, and no administrator holds a second role.
 */
export class UserService {
  constructor(
    private readonly db: Db,
    private readonly users: UserRepository,
    private readonly reference: ReferenceRepository,
  ) {}

  /** @throws PERMISSION_DENIED unless the actor manages accounts or assigns roles. */
  async list(ctx: RequestContext, filter: { role?: Role; department?: string; q?: string }): Promise<UserOut[]> {
    if (!can(ctx.actor, 'user.manage') && !can(ctx.actor, 'role.assign')) throw new AppError('PERMISSION_DENIED');
    const rows = await this.users.list({ role: filter.role, departmentId: filter.department, q: filter.q });
    return this.toOut(rows);
  }

  /** Creates a person's account, without roles (roles are the 安全保密管理员's). @throws USER_USERNAME_TAKEN */
  async create(ctx: RequestContext, raw: z.input<typeof userCreate>, now = new Date()): Promise<UserOut> {
    if (!can(ctx.actor, 'user.manage')) throw new AppError('PERMISSION_DENIED');
    const input = userCreate.parse(raw);
    await this.checkPlacement(input.departmentId ?? null, input.teamId ?? null, input.scanningPointId ?? null);
    const row: AppUserRow = {
      id: randomUUID(),
      username: input.username,
      display_name: input.displayName,
      password_hash: await hashPassword(input.password),
      kind: 'person',
      department_id: input.departmentId ?? null,
      team_id: input.teamId ?? null,
      scanning_point_id: input.scanningPointId ?? null,
      is_active: 1,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    };
    await this.db.transaction().execute(async (trx) => {
      const users = this.users.with(trx);
      if (await users.byUsername(row.username)) throw new AppError('USER_USERNAME_TAKEN');
      await users.insert(row);
      await recordAudit(trx, ctx, 'user.create', { type: 'user', id: row.id }, null, publicView(row, []));
    });
    return this.one(row.id);
  }

  /** Changes an account's name, placement, active flag or password. @throws USER_NOT_FOUND, USER_SELF_LOCKOUT */
  async update(ctx: RequestContext, id: string, raw: z.input<typeof userPatch>, now = new Date()): Promise<UserOut> {
    if (!can(ctx.actor, 'user.manage')) throw new AppError('PERMISSION_DENIED');
    const patch = userPatch.parse(raw);
    if (id === ctx.actor.id && patch.active === false) throw new AppError('USER_SELF_LOCKOUT');
    const current = await this.users.byId(id);
    if (!current) throw new AppError('USER_NOT_FOUND');
    const next: AppUserRow = {
      ...current,
      display_name: patch.displayName ?? current.display_name,
      department_id: patch.departmentId === undefined ? current.department_id : patch.departmentId,
      team_id: patch.teamId === undefined ? current.team_id : patch.teamId,
      scanning_point_id: patch.scanningPointId === undefined ? current.scanning_point_id : patch.scanningPointId,
      is_active: patch.active === undefined ? current.is_active : patch.active ? 1 : 0,
      password_hash: patch.password ? await hashPassword(patch.password) : current.password_hash,
      updated_at: now.toISOString(),
    };
    await this.checkPlacement(next.department_id, next.team_id, next.scanning_point_id);
    await this.db.transaction().execute(async (trx) => {
      const users = this.users.with(trx);
      const { id: _id, ...set } = next;
      await users.update(id, set);
      if (patch.password || patch.active === false) await users.deleteSessionsOf(id);
      const rolesNow = (await users.rolesOf([id])).get(id) ?? [];
      const before = publicView(current, rolesNow);
      const after = { ...publicView(next, rolesNow), ...(patch.password ? { passwordReset: true } : {}) };
      await recordAudit(trx, ctx, 'user.update', { type: 'user', id }, before, after);
    });
    return this.one(id);
  }

  /**
   * Sets a user's roles (安全保密管理员 only).
   * @throws USER_ROLE_CONFLICT when the combination breaks 三员分立; USER_SELF_LOCKOUT when the actor
   *   would remove his own role.
   */
  async setRoles(ctx: RequestContext, id: string, next: Role[]): Promise<UserOut> {
    if (!can(ctx.actor, 'role.assign')) throw new AppError('PERMISSION_DENIED');
    const unique = [...new Set(next)];
    const conflict = roleConflict(unique);
    if (conflict) throw new AppError('USER_ROLE_CONFLICT', conflict);
    if (id === ctx.actor.id && !unique.includes('secadmin')) throw new AppError('USER_SELF_LOCKOUT');
    const user = await this.users.byId(id);
    if (!user) throw new AppError('USER_NOT_FOUND');
    if (user.kind === 'service' && unique.some((r) => r !== 'integration')) {
      throw new AppError('USER_ROLE_CONFLICT', '接口账号只能拥有“系统接口账号”角色');
    }
    if (user.kind === 'person' && unique.includes('integration')) {
      throw new AppError('USER_ROLE_CONFLICT', '“系统接口账号”角色只能授予接口账号');
    }
    await this.db.transaction().execute(async (trx) => {
      const users = this.users.with(trx);
      const before = (await users.rolesOf([id])).get(id) ?? [];
      await users.setRoles(id, unique);
      await users.deleteSessionsOf(id); // new rights take effect at the next sign-in
      await recordAudit(trx, ctx, 'user.roles', { type: 'user', id }, { roles: before }, { roles: unique });
    });
    return this.one(id);
  }

  /** Creates a system account (e.g. the trial system) and its first bearer token, shown once. */
  async createServiceAccount(ctx: RequestContext, raw: z.input<typeof serviceAccountCreate>, now = new Date()) {
    if (!can(ctx.actor, 'user.manage')) throw new AppError('PERMISSION_DENIED');
    const input = serviceAccountCreate.parse(raw);
    const row: AppUserRow = {
      id: randomUUID(),
      username: input.username,
      display_name: input.displayName,
      password_hash: null,
      kind: 'service',
      department_id: null,
      team_id: null,
      scanning_point_id: null,
      is_active: 1,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    };
    const token = randomToken('cvt_');
    const tokenId = randomUUID();
    await this.db.transaction().execute(async (trx) => {
      const users = this.users.with(trx);
      if (await users.byUsername(row.username)) throw new AppError('USER_USERNAME_TAKEN');
      await users.insert(row);
      // A system account can do nothing until it has its role; 三员分立 leaves business roles to
      // the 安全保密管理员, but the integration role is the only one a system account can hold.
      await users.setRoles(row.id, ['integration']);
      await users.insertToken({ id: tokenId, user_id: row.id, name: input.tokenName, token_hash: tokenDigest(token), created_at: now.toISOString() });
      await recordAudit(trx, ctx, 'user.create_service', { type: 'user', id: row.id }, null, {
        ...publicView(row, ['integration']),
        tokenId,
        tokenName: input.tokenName,
      });
    });
    return { user: await this.one(row.id), token, tokenId };
  }

  /** Issues another bearer token for a system account. @throws USER_NOT_FOUND */
  async issueToken(ctx: RequestContext, userId: string, name: string, now = new Date()) {
    if (!can(ctx.actor, 'user.manage')) throw new AppError('PERMISSION_DENIED');
    const user = await this.users.byId(userId);
    if (!user || user.kind !== 'service') throw new AppError('USER_NOT_FOUND', '接口账号不存在');
    const token = randomToken('cvt_');
    const tokenId = randomUUID();
    await this.db.transaction().execute(async (trx) => {
      await this.users.with(trx).insertToken({ id: tokenId, user_id: userId, name, token_hash: tokenDigest(token), created_at: now.toISOString() });
      await recordAudit(trx, ctx, 'user.issue_token', { type: 'user', id: userId }, null, { tokenId, name });
    });
    return { user: await this.one(userId), token, tokenId };
  }

  /** Roles and what each may do. */
  rolesInfo(ctx: RequestContext) {
    if (!can(ctx.actor, 'user.manage') && !can(ctx.actor, 'role.assign')) throw new AppError('PERMISSION_DENIED');
    return roles.map((role) => ({
      role,
      label: roleLabels[role],
      permissions: rolePermissions[role].map((code) => ({ code, label: permissionLabels[code] })),
    }));
  }

  private async checkPlacement(departmentId: string | null, teamId: string | null, scanningPointId: string | null) {
    if (departmentId && !(await this.reference.departments()).some((d) => d.id === departmentId)) {
      throw new AppError('REFERENCE_NOT_FOUND', '所选部门不存在', { field: 'departmentId' });
    }
    if (teamId && !(await this.reference.teams()).some((t) => t.id === teamId && t.department_id === departmentId)) {
      throw new AppError('REFERENCE_NOT_FOUND', '所选团队不存在或不属于所选部门', { field: 'teamId' });
    }
    if (scanningPointId && !(await this.reference.scanningPoints()).some((p) => p.id === scanningPointId)) {
      throw new AppError('REFERENCE_NOT_FOUND', '所选扫描点不存在', { field: 'scanningPointId' });
    }
  }

  private async one(id: string): Promise<UserOut> {
    const row = await this.users.byId(id);
    if (!row) throw new AppError('USER_NOT_FOUND');
    return (await this.toOut([row]))[0]!;
  }

  private async toOut(rows: AppUserRow[]): Promise<UserOut[]> {
    const [roleMap, departments, teams, points] = await Promise.all([
      this.users.rolesOf(rows.map((r) => r.id)),
      this.reference.departments(),
      this.reference.teams(),
      this.reference.scanningPoints(),
    ]);
    const ref = (list: Array<{ id: string; name: string }>, id: string | null) => {
      const hit = id ? list.find((x) => x.id === id) : undefined;
      return hit ? { id: hit.id, name: hit.name } : null;
    };
    return rows.map((r) => ({
      id: r.id,
      username: r.username,
      displayName: r.display_name,
      kind: r.kind === 'service' ? 'service' : 'person',
      roles: (roleMap.get(r.id) ?? []).filter(isRole),
      department: ref(departments, r.department_id),
      team: ref(teams, r.team_id),
      scanningPoint: ref(points, r.scanning_point_id),
      active: r.is_active === 1,
      createdAt: r.created_at,
    }));
  }
}

/** An account as the audit trail records it: never the password hash. */
function publicView(r: AppUserRow, userRoles: string[]) {
  return {
    username: r.username,
    displayName: r.display_name,
    kind: r.kind,
    departmentId: r.department_id,
    teamId: r.team_id,
    scanningPointId: r.scanning_point_id,
    active: r.is_active === 1,
    roles: userRoles,
  };
}
