import type { Kysely, Migration } from 'kysely';

/**
 * Cataloguing, continued (issue 5): duplicates merged in the catalogue (one material kept as the
 * entry, the other set aside but kept), and scan requests (补扫申请) from the catalogue editor to
 * the department's scanning point, linked to the batch that fulfils them.
 */
export function catalogueRequests(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('catalogue_duplicate')
        .addColumn('case_id', 'text', (c) => c.notNull().references('catalogue.case_id'))
        .addColumn('material_id', 'text', (c) => c.notNull().references('material.id'))
        .addColumn('kept_material_id', 'text', (c) => c.notNull().references('material.id'))
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('catalogue_duplicate_pk', ['case_id', 'material_id'])
        .execute();

      await db.schema
        .createTable('scan_request')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('court_case.id'))
        .addColumn('scanning_point_id', 'text', (c) => c.notNull().references('scanning_point.id'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('slot_id', 'text')
        .addColumn('note', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('requested_by', 'text')
        .addColumn('requested_at', 'text', (c) => c.notNull())
        .addColumn('batch_id', 'text', (c) => c.references('scan_batch.id'))
        .addColumn('started_by', 'text')
        .addColumn('started_at', 'text')
        .addColumn('closed_by', 'text')
        .addColumn('closed_at', 'text')
        .addColumn('cancel_reason', 'text')
        .execute();
      await db.schema.createIndex('scan_request_case_idx').on('scan_request').columns(['case_id', 'requested_at']).execute();
      await db.schema.createIndex('scan_request_point_idx').on('scan_request').columns(['scanning_point_id', 'status', 'requested_at']).execute();
      await db.schema.createIndex('scan_request_batch_idx').on('scan_request').column('batch_id').execute();
    },
  };
}
