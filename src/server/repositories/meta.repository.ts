import type { Db } from '../db/connect.js';

/** Small key/value facts about the installation (e.g. when the demo court was seeded). */
export class MetaRepository {
  constructor(private readonly db: Db) {}

  with(db: Db): MetaRepository {
    return new MetaRepository(db);
  }

  async get(key: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('app_meta').select('value').where('key', '=', key).executeTakeFirst();
    return row?.value;
  }

  async set(key: string, value: string): Promise<void> {
    await this.db
      .insertInto('app_meta')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }
}
