import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import type { Db, Dialect } from './connect.js';
import { foundation } from './migrations/0001-foundation.js';
import { scope } from './migrations/0002-scope.js';
import { jobs } from './migrations/0003-jobs.js';
import { capture } from './migrations/0004-capture.js';
import { catalogue } from './migrations/0005-catalogue.js';
import { catalogueRequests } from './migrations/0006-catalogue-requests.js';
import { reviewSignatures } from './migrations/0007-review-signatures.js';
import { reception } from './migrations/0008-reception.js';

/** Every migration in order. Static imports, so the list works from sources and from dist/. */
function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001-foundation': foundation(dialect),
    '0002-scope': scope(),
    '0003-jobs': jobs(),
    '0004-capture': capture(dialect),
    '0005-catalogue': catalogue(),
    '0006-catalogue-requests': catalogueRequests(),
    '0007-review-signatures': reviewSignatures(),
    '0008-reception': reception(),
  };
}

/**
 * Brings the schema up to date.
 * @returns the names of the migrations applied now.
 * @throws Error naming the migration that failed.
 */
export async function migrateToLatest(db: Db, dialect: Dialect): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(dialect) };
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'schema_migration',
    migrationLockTableName: 'schema_migration_lock',
    // Kysely looks for its tables in every schema unless told which one: another installation
    // (or a test) in the same PostgreSQL database would make it skip creating ours.
    ...(dialect === 'postgres' ? { migrationTableSchema: await currentSchema(db) } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error ?? '');
    throw new Error(`数据库迁移失败${failed ? `（${failed.migrationName}）` : ''}：${cause}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** The schema unqualified names resolve to (the first one on the search path that exists). */
async function currentSchema(db: Db): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('数据库迁移失败：PostgreSQL 的 search_path 中没有可用的模式（schema）');
  return schema;
}
