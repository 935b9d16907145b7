import type { Db } from '../db/connect.js';
import type { CourtSealRow, PkiAuthorityRow, UserKeyRow } from '../db/schema.js';

export interface UserKeyListRow extends UserKeyRow {
  username: string;
  display_name: string;
}

/** The court's CAs, users' signing keys and court seals. No business rules here. */
export class PkiRepository {
  constructor(private readonly db: Db) {}

  with(db: Db): PkiRepository {
    return new PkiRepository(db);
  }

  async activeAuthority(algorithm: string, kind: 'root' | 'issuing'): Promise<PkiAuthorityRow | undefined> {
    return this.db.selectFrom('pki_authority').selectAll().where('algorithm', '=', algorithm).where('kind', '=', kind).where('active', '=', 1).executeTakeFirst();
  }

  /** Every authority, active or retired: an old root still anchors the signatures made under it. */
  async authorities(): Promise<PkiAuthorityRow[]> {
    return this.db.selectFrom('pki_authority').selectAll().orderBy('created_at').execute();
  }

  async authority(id: string): Promise<PkiAuthorityRow | undefined> {
    return this.db.selectFrom('pki_authority').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insertAuthority(row: PkiAuthorityRow): Promise<void> {
    await this.db.insertInto('pki_authority').values(row).execute();
  }

  async retireAuthorities(algorithm: string): Promise<void> {
    await this.db.updateTable('pki_authority').set({ active: 0 }).where('algorithm', '=', algorithm).execute();
  }

  async activeKey(userId: string, algorithm: string): Promise<UserKeyRow | undefined> {
    return this.db.selectFrom('user_key').selectAll().where('user_id', '=', userId).where('algorithm', '=', algorithm).where('status', '=', 'active').executeTakeFirst();
  }

  async key(id: string): Promise<UserKeyRow | undefined> {
    return this.db.selectFrom('user_key').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async keys(filter: { userId?: string; status?: string } = {}): Promise<UserKeyListRow[]> {
    let q = this.db.selectFrom('user_key').innerJoin('app_user', 'app_user.id', 'user_key.user_id').selectAll('user_key').select(['app_user.username', 'app_user.display_name']);
    if (filter.userId) q = q.where('user_key.user_id', '=', filter.userId);
    if (filter.status) q = q.where('user_key.status', '=', filter.status);
    return q.orderBy('user_key.created_at', 'desc').execute();
  }

  async insertKey(row: UserKeyRow): Promise<void> {
    await this.db.insertInto('user_key').values(row).execute();
  }

  async updateKey(id: string, set: Partial<Omit<UserKeyRow, 'id'>>): Promise<void> {
    await this.db.updateTable('user_key').set(set).where('id', '=', id).execute();
  }

  /** Serial numbers (lower-case hex) of revoked user and seal certificates. */
  async revokedSerials(): Promise<string[]> {
    const users = await this.db.selectFrom('user_key').select('serial').where('status', '=', 'revoked').execute();
    const seals = await this.db.selectFrom('court_seal').select('serial').where('status', '=', 'revoked').execute();
    return [...users, ...seals].map((r) => r.serial);
  }

  async seals(): Promise<CourtSealRow[]> {
    return this.db.selectFrom('court_seal').selectAll().orderBy('created_at').execute();
  }

  async seal(id: string): Promise<CourtSealRow | undefined> {
    return this.db.selectFrom('court_seal').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insertSeal(row: CourtSealRow): Promise<void> {
    await this.db.insertInto('court_seal').values(row).execute();
  }

  async updateSeal(id: string, set: Partial<Omit<CourtSealRow, 'id'>>): Promise<void> {
    await this.db.updateTable('court_seal').set(set).where('id', '=', id).execute();
  }

  async sealUsers(sealId?: string): Promise<Array<{ seal_id: string; user_id: string }>> {
    let q = this.db.selectFrom('court_seal_user').selectAll();
    if (sealId) q = q.where('seal_id', '=', sealId);
    return q.execute();
  }

  async setSealUsers(sealId: string, userIds: readonly string[]): Promise<void> {
    await this.db.deleteFrom('court_seal_user').where('seal_id', '=', sealId).execute();
    if (userIds.length) await this.db.insertInto('court_seal_user').values(userIds.map((user_id) => ({ seal_id: sealId, user_id }))).execute();
  }
}
