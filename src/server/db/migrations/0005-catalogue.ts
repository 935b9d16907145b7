import type { Kysely, Migration } from 'kysely';

/**
 * Cataloguing (issue 5): a case file's catalogue (卷内目录) with its version for optimistic
 * locking, its entries (one per material, placed in a volume kind, a 册 and a position), the
 * required slots the clerk marked "none in this case", and the 办公室's adjusted templates.
 */
export function catalogue(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('catalogue')
        .addColumn('case_id', 'text', (c) => c.primaryKey().references('court_case.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('template_kind', 'text', (c) => c.notNull())
        .addColumn('template_version', 'integer', (c) => c.notNull())
        .addColumn('book_page_limit', 'integer', (c) => c.notNull())
        .addColumn('proposed_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text')
        .execute();

      await db.schema
        .createTable('catalogue_entry')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('catalogue.case_id'))
        .addColumn('material_id', 'text', (c) => c.notNull().references('material.id'))
        .addColumn('volume_kind', 'text', (c) => c.notNull())
        .addColumn('book', 'integer', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('slot_id', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('responsible', 'text')
        .addColumn('document_date', 'text')
        .addColumn('remarks', 'text')
        .addColumn('confidence', 'real')
        .addColumn('placed_by', 'text', (c) => c.notNull())
        .addUniqueConstraint('catalogue_entry_material_uq', ['case_id', 'material_id'])
        .execute();
      await db.schema.createIndex('catalogue_entry_order_idx').on('catalogue_entry').columns(['case_id', 'volume_kind', 'book', 'seq']).execute();

      await db.schema
        .createTable('catalogue_waiver')
        .addColumn('case_id', 'text', (c) => c.notNull().references('catalogue.case_id'))
        .addColumn('slot_id', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('catalogue_waiver_pk', ['case_id', 'slot_id'])
        .execute();

      // Templates the 办公室 adjusted; the built-in defaults live in code (src/server/domain/catalogue).
      await db.schema
        .createTable('catalogue_template')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('template_json', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('catalogue_template_pk', ['kind', 'version'])
        .execute();
    },
  };
}
