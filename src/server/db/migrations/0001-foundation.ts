import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Foundation schema: reference data (court, departments, teams, scanning points), users, roles,
 * sessions and tokens, cases with parties and search tokens, and the hash-chained audit trail.
 */
export function foundation(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('app_meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('court')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('fonds_code', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('department')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('court_id', 'text', (c) => c.notNull().references('court.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('sort_order', 'integer', (c) => c.notNull())
        .addUniqueConstraint('department_court_name_uq', ['court_id', 'name'])
        .execute();

      await db.schema
        .createTable('team')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('department_id', 'text', (c) => c.notNull().references('department.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addUniqueConstraint('team_department_name_uq', ['department_id', 'name'])
        .execute();

      await db.schema
        .createTable('scanning_point')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('court_id', 'text', (c) => c.notNull().references('court.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addUniqueConstraint('scanning_point_court_name_uq', ['court_id', 'name'])
        .execute();

      await db.schema
        .createTable('scanning_point_department')
        .addColumn('scanning_point_id', 'text', (c) => c.notNull().references('scanning_point.id'))
        .addColumn('department_id', 'text', (c) => c.notNull().references('department.id'))
        .addColumn('coverage', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('scanning_point_department_pk', ['scanning_point_id', 'department_id', 'coverage'])
        .execute();

      await db.schema
        .createTable('app_user')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('department_id', 'text', (c) => c.references('department.id'))
        .addColumn('team_id', 'text', (c) => c.references('team.id'))
        .addColumn('scanning_point_id', 'text', (c) => c.references('scanning_point.id'))
        .addColumn('is_active', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('app_user_department_idx').on('app_user').column('department_id').execute();

      await db.schema
        .createTable('user_role')
        .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('user_role_pk', ['user_id', 'role'])
        .execute();
      await db.schema.createIndex('user_role_role_idx').on('user_role').columns(['role', 'user_id']).execute();

      await db.schema
        .createTable('api_token')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text')
        .addColumn('revoked_at', 'text')
        .execute();

      await db.schema
        .createTable('auth_session')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('auth_session_user_idx').on('auth_session').column('user_id').execute();

      await db.schema
        .createTable('login_failure')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('username', 'text', (c) => c.notNull())
        .addColumn('ip', 'text', (c) => c.notNull())
        .addColumn('occurred_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('login_failure_username_idx').on('login_failure').columns(['username', 'occurred_at']).execute();

      await db.schema
        .createTable('court_case')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('court_id', 'text', (c) => c.notNull().references('court.id'))
        .addColumn('external_id', 'text', (c) => c.unique())
        .addColumn('case_number', 'text', (c) => c.notNull())
        .addColumn('case_number_key', 'text', (c) => c.notNull().unique())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('court_code', 'text', (c) => c.notNull())
        .addColumn('special_code', 'text')
        .addColumn('type_code', 'text', (c) => c.notNull())
        .addColumn('sequence', 'integer', (c) => c.notNull())
        .addColumn('is_legacy', 'integer', (c) => c.notNull())
        .addColumn('cause_of_action', 'text', (c) => c.notNull())
        .addColumn('department_id', 'text', (c) => c.notNull().references('department.id'))
        .addColumn('team_id', 'text', (c) => c.references('team.id'))
        .addColumn('judge_id', 'text', (c) => c.references('app_user.id'))
        .addColumn('clerk_id', 'text', (c) => c.references('app_user.id'))
        .addColumn('filed_on', 'text', (c) => c.notNull())
        .addColumn('closed_on', 'text')
        .addColumn('closing_method', 'text')
        .addColumn('flags', 'text', (c) => c.notNull())
        .addColumn('archive_state', 'text', (c) => c.notNull())
        .addColumn('scope_status', 'text', (c) => c.notNull())
        .addColumn('scope_explanation', 'text')
        .addColumn('search_text', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      // The list is ordered by filing date (newest first); every filter has an index that ends in
      // the same order so that a filtered page reads only the rows it returns.
      await db.schema.createIndex('court_case_filed_idx').on('court_case').columns(['filed_on', 'id']).execute();
      for (const column of ['department_id', 'type_code', 'year', 'archive_state', 'judge_id', 'clerk_id', 'scope_status']) {
        await db.schema
          .createIndex(`court_case_${column}_filed_idx`)
          .on('court_case')
          .columns([column, 'filed_on', 'id'])
          .execute();
      }

      await db.schema
        .createTable('party')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('court_case.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('party_case_idx').on('party').columns(['case_id', 'seq']).execute();

      await db.schema
        .createTable('case_search_token')
        .addColumn('token', 'text', (c) => c.notNull())
        .addColumn('case_id', 'text', (c) => c.notNull().references('court_case.id'))
        .addPrimaryKeyConstraint('case_search_token_pk', ['token', 'case_id'])
        .execute();
      await db.schema.createIndex('case_search_token_case_idx').on('case_search_token').column('case_id').execute();

      await db.schema
        .createTable('audit_event')
        .addColumn('seq', 'integer', (c) => c.primaryKey())
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('occurred_at', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('entity_type', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text')
        .addColumn('before_json', 'text')
        .addColumn('after_json', 'text')
        .addColumn('request_id', 'text')
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_event_entity_idx').on('audit_event').columns(['entity_type', 'entity_id', 'seq']).execute();
      await db.schema.createIndex('audit_event_actor_idx').on('audit_event').columns(['actor_id', 'seq']).execute();
      await db.schema.createIndex('audit_event_action_idx').on('audit_event').columns(['action', 'seq']).execute();
      await db.schema.createIndex('audit_event_time_idx').on('audit_event').columns(['occurred_at']).execute();

      await db.schema
        .createTable('audit_head')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      await db.insertInto('audit_head').values({ id: 1, seq: 0, hash: '0'.repeat(64) }).execute();

      await appendOnlyGuards(db, dialect);
    },
  };
}

/** The audit trail is append-only: the database itself refuses UPDATE and DELETE on it. */
async function appendOnlyGuards(db: Kysely<any>, dialect: Dialect): Promise<void> {
  if (dialect === 'sqlite') {
    for (const op of ['UPDATE', 'DELETE']) {
      await sql
        .raw(
          `CREATE TRIGGER audit_event_no_${op.toLowerCase()} BEFORE ${op} ON audit_event
           BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END`,
        )
        .execute(db);
    }
    return;
  }
  await sql
    .raw(
      `CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
       FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`,
    )
    .execute(db);
}
