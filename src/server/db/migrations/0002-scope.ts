import type { Kysely, Migration } from 'kysely';

/**
 * Pilot scope (试点范围): versioned rule sets, and each case's stored decision with the rule and
 * rule-set version it came from (issue 3).
 */
export function scope(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('scope_rule_set')
        .addColumn('version', 'integer', (c) => c.primaryKey())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('rule_set_json', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('published_by', 'text')
        .addColumn('published_at', 'text')
        .execute();
      await db.schema.createIndex('scope_rule_set_status_idx').on('scope_rule_set').columns(['status', 'version']).execute();
      for (const [name, type] of [
        ['scope_rule_id', 'text'],
        ['scope_rule_set_version', 'integer'],
        ['scope_basis', 'text'],
        ['scope_as_of', 'text'],
      ] as const) {
        await db.schema.alterTable('court_case').addColumn(name, type).execute();
      }
    },
  };
}
