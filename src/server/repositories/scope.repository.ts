import type { Db } from '../db/connect.js';
import type { ScopeRuleSetTable } from '../db/schema.js';

/** Versioned pilot-scope rule sets. */
export class ScopeRepository {
  constructor(private readonly db: Db) {}

  with(db: Db): ScopeRepository {
    return new ScopeRepository(db);
  }

  /** The rule set in force: the newest published version. */
  async latestPublished(): Promise<ScopeRuleSetTable | undefined> {
    return this.db
      .selectFrom('scope_rule_set')
      .selectAll()
      .where('status', '=', 'published')
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  async latestPublishedVersion(): Promise<number | null> {
    const r = await this.db
      .selectFrom('scope_rule_set')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('status', '=', 'published')
      .executeTakeFirst();
    return r?.v == null ? null : Number(r.v);
  }

  async list(): Promise<ScopeRuleSetTable[]> {
    return this.db.selectFrom('scope_rule_set').selectAll().orderBy('version', 'desc').execute();
  }

  async insert(row: ScopeRuleSetTable): Promise<void> {
    await this.db.insertInto('scope_rule_set').values(row).execute();
  }

  async byVersion(version: number): Promise<ScopeRuleSetTable | undefined> {
    return this.db.selectFrom('scope_rule_set').selectAll().where('version', '=', version).executeTakeFirst();
  }

  async maxVersion(): Promise<number> {
    const r = await this.db.selectFrom('scope_rule_set').select((eb) => eb.fn.max('version').as('v')).executeTakeFirst();
    return r?.v == null ? 0 : Number(r.v);
  }

  async markPublished(version: number, by: string, atIso: string): Promise<boolean> {
    const r = await this.db
      .updateTable('scope_rule_set')
      .set({ status: 'published', published_by: by, published_at: atIso })
      .where('version', '=', version)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
