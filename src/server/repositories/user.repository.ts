import type { Db } from '../db/connect.js';
import type { AppUserRow } from '../db/schema.js';

export interface UserFilter {
  role?: string;
  departmentId?: string;
  q?: string;
  kind?: string;
}

/** Accounts (people and systems), their roles, sessions, API tokens and failed sign-ins. */
export class UserRepository {
  constructor(private readonly db: Db) {}

  with(db: Db): UserRepository {
    return new UserRepository(db);
  }

  async byId(id: string): Promise<AppUserRow | undefined> {
    return this.db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async byUsername(username: string): Promise<AppUserRow | undefined> {
    return this.db.selectFrom('app_user').selectAll().where('username', '=', username).executeTakeFirst();
  }

  async list(filter: UserFilter): Promise<AppUserRow[]> {
    let q = this.db.selectFrom('app_user').selectAll('app_user');
    if (filter.role) {
      q = q.where('app_user.id', 'in', (eb) => eb.selectFrom('user_role').select('user_id').where('role', '=', filter.role!));
    }
    if (filter.departmentId) q = q.where('app_user.department_id', '=', filter.departmentId);
    if (filter.kind) q = q.where('app_user.kind', '=', filter.kind);
    if (filter.q) {
      const like = `%${filter.q}%`;
      q = q.where((eb) => eb.or([eb('username', 'like', like), eb('display_name', 'like', like)]));
    }
    return q.orderBy('app_user.username').execute();
  }

  async insert(row: AppUserRow): Promise<void> {
    await this.db.insertInto('app_user').values(row).execute();
  }

  async update(id: string, set: Partial<Omit<AppUserRow, 'id'>>): Promise<void> {
    await this.db.updateTable('app_user').set(set).where('id', '=', id).execute();
  }

  async rolesOf(userIds: readonly string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (userIds.length === 0) return out;
    const rows = await this.db.selectFrom('user_role').selectAll().where('user_id', 'in', [...userIds]).orderBy('role').execute();
    for (const r of rows) out.set(r.user_id, [...(out.get(r.user_id) ?? []), r.role]);
    return out;
  }

  async setRoles(userId: string, roles: readonly string[]): Promise<void> {
    await this.db.deleteFrom('user_role').where('user_id', '=', userId).execute();
    if (roles.length) await this.db.insertInto('user_role').values(roles.map((role) => ({ user_id: userId, role }))).execute();
  }

  // ── sessions ──
  async insertSession(row: { id: string; user_id: string; csrf_token: string; created_at: string; expires_at: string }): Promise<void> {
    await this.db.insertInto('auth_session').values(row).execute();
  }

  async session(id: string) {
    return this.db.selectFrom('auth_session').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async deleteSession(id: string): Promise<void> {
    await this.db.deleteFrom('auth_session').where('id', '=', id).execute();
  }

  async deleteSessionsOf(userId: string): Promise<void> {
    await this.db.deleteFrom('auth_session').where('user_id', '=', userId).execute();
  }

  async deleteExpiredSessions(nowIso: string): Promise<void> {
    await this.db.deleteFrom('auth_session').where('expires_at', '<', nowIso).execute();
  }

  // ── API tokens ──
  async insertToken(row: { id: string; user_id: string; name: string; token_hash: string; created_at: string }): Promise<void> {
    await this.db.insertInto('api_token').values({ ...row, last_used_at: null, revoked_at: null }).execute();
  }

  async tokenByHash(tokenHash: string) {
    return this.db.selectFrom('api_token').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  }

  async touchToken(id: string, nowIso: string): Promise<void> {
    await this.db.updateTable('api_token').set({ last_used_at: nowIso }).where('id', '=', id).execute();
  }

  // ── failed sign-ins (rate limit, shared by every API process through the database) ──
  async recordLoginFailure(row: { id: string; username: string; ip: string; occurred_at: string }): Promise<void> {
    await this.db.insertInto('login_failure').values(row).execute();
  }

  async countLoginFailures(username: string, sinceIso: string): Promise<number> {
    const r = await this.db
      .selectFrom('login_failure')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('username', '=', username)
      .where('occurred_at', '>=', sinceIso)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async clearLoginFailures(username: string): Promise<void> {
    await this.db.deleteFrom('login_failure').where('username', '=', username).execute();
  }
}
