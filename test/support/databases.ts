import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { isCi, loadConfig, testDatabaseUrl, type Config } from '../../src/server/config.js';
import { createContainer, type Container } from '../../src/server/container.js';
import { connect, type Dialect } from '../../src/server/db/connect.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';

/**
 * The databases medium tests run on: SQLite always; PostgreSQL whenever TEST_DATABASE_URL is set.
 * Under CI=true a missing TEST_DATABASE_URL is an error, not a skip (the PostgreSQL suite must run).
 */
export function testDialects(): Dialect[] {
  const url = testDatabaseUrl();
  if (!url && isCi()) throw new Error('CI=true 但未设置 TEST_DATABASE_URL：PostgreSQL 测试必须运行（见 .ci/run）');
  return url ? ['sqlite', 'postgres'] : ['sqlite'];
}

export interface TestEnv {
  container: Container;
  config: Config;
  dataDir: string;
  /** A DATABASE_URL another process can use to reach this same database (and schema). */
  childDatabaseUrl: string;
  cleanup: () => Promise<void>;
}

/**
 * A migrated, empty installation on the given dialect: a temporary SQLite file, or a fresh
 * PostgreSQL schema that is dropped afterwards.
 */
export async function createTestEnv(dialect: Dialect, env: Record<string, string> = {}): Promise<TestEnv> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casevault-test-'));
  let schema: string | null = null;
  let databaseUrl: string;
  if (dialect === 'postgres') {
    const url = testDatabaseUrl();
    if (!url) throw new Error('TEST_DATABASE_URL is not set');
    schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    databaseUrl = url;
  } else {
    databaseUrl = `sqlite:${path.join(dataDir, 'test.sqlite')}`;
  }
  const config = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', ...env });
  const connection = connect(config.database, schema ? { searchPath: schema, poolSize: 5 } : {});
  await migrateToLatest(connection.db, connection.dialect);
  const container = createContainer(config, connection);
  await container.start();
  return {
    container,
    config,
    dataDir,
    childDatabaseUrl: schema ? `${databaseUrl}${databaseUrl.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}` : databaseUrl,
    cleanup: async () => {
      await container.close();
      if (schema) {
        const admin = new pg.Client({ connectionString: databaseUrl });
        await admin.connect();
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        await admin.query(`DROP SCHEMA IF EXISTS ${schema}_pgboss CASCADE`); // pg-boss's, beside it
        await admin.end();
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
