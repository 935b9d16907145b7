import type { Config } from '../config.js';
import { connect } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';

/** `casevault migrate`: applies pending migrations and names them. */
export async function migrateCommand(config: Config): Promise<number> {
  const { db, dialect } = connect(config.database);
  try {
    const applied = await migrateToLatest(db, dialect);
    console.log(applied.length ? `已应用迁移：${applied.join('、')}` : '数据库结构已是最新');
    return 0;
  } finally {
    await db.destroy();
  }
}
