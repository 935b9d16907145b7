import type { Kysely, Migration } from 'kysely';

/**
 * Archive reception (issue 7): the 四性检测 reports and the manual confirmations they rest on, the
 * archivist's decisions (accept / reject with reasons), the gap-free 档号 counters per series, and
 * the archives themselves — one per case file, an OCFL object whose versions are listed here.
 */
export function reception(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('four_property_report')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('court_case.id'))
        .addColumn('stage', 'text', (c) => c.notNull()) // GD | YJ | BC
        .addColumn('passed', 'integer', (c) => c.notNull())
        .addColumn('report', 'text', (c) => c.notNull()) // the engine's Report as JSON
        .addColumn('files', 'integer', (c) => c.notNull())
        .addColumn('bytes', 'bigint', (c) => c.notNull())
        .addColumn('duration_ms', 'integer', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('four_property_report_case_idx').on('four_property_report').columns(['case_id', 'stage', 'created_at']).execute();

      await db.schema
        .createTable('four_property_confirmation')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('court_case.id'))
        .addColumn('stage', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('result', 'text', (c) => c.notNull()) // pass | fail | not_applicable
        .addColumn('note', 'text')
        .addColumn('confirmed_by', 'text', (c) => c.notNull().references('app_user.id'))
        .addColumn('confirmed_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('four_property_confirmation_case_idx').on('four_property_confirmation').columns(['case_id', 'stage']).execute();

      await db.schema
        .createTable('reception_decision')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('court_case.id'))
        .addColumn('decision', 'text', (c) => c.notNull()) // accept | reject
        .addColumn('reasons', 'text')
        .addColumn('report_id', 'text', (c) => c.references('four_property_report.id')) // null: rejected without a check
        .addColumn('decided_by', 'text', (c) => c.notNull().references('app_user.id'))
        .addColumn('decided_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('reception_decision_case_idx').on('reception_decision').columns(['case_id', 'decided_at']).execute();

      // 档号 counters: the last 件号 given in each series. Bumped in the accepting transaction, so a
      // failed reception gives its number back and the series stays gap-free.
      await db.schema
        .createTable('archival_code_series')
        .addColumn('series', 'text', (c) => c.primaryKey())
        .addColumn('last_seq', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('archive')
        .addColumn('archival_code', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.unique().references('court_case.id')) // null for an imported archive of another system
        .addColumn('case_number', 'text', (c) => c.notNull())
        .addColumn('object_id', 'text', (c) => c.notNull().unique())
        .addColumn('series', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('retention_code', 'text', (c) => c.notNull())
        .addColumn('retention_reason', 'text')
        .addColumn('source', 'text', (c) => c.notNull()) // reception | import
        .addColumn('head_version', 'text', (c) => c.notNull())
        .addColumn('received_by', 'text')
        .addColumn('received_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('archive_case_number_idx').on('archive').column('case_number').execute();

      await db.schema
        .createTable('archive_version')
        .addColumn('archival_code', 'text', (c) => c.notNull().references('archive.archival_code'))
        .addColumn('version', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull()) // reception | supplement | retention | import
        .addColumn('reason', 'text')
        .addColumn('files', 'integer', (c) => c.notNull())
        .addColumn('bytes', 'bigint', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('archive_version_pk', ['archival_code', 'version'])
        .execute();
    },
    async down(db: Kysely<any>) {
      for (const t of ['archive_version', 'archive', 'archival_code_series', 'reception_decision', 'four_property_confirmation', 'four_property_report']) {
        await db.schema.dropTable(t).execute();
      }
    },
  };
}
