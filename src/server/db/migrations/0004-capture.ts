import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Capture (issue 4): stored blobs, materials and their files, quarantined files, scanning batches
 * with per-page quality verdicts and the materials split from them, hot-folder claims, and the
 * case event feed the trial system reads. Scanning points get a short code (their hot folder's
 * name) and their own quality thresholds.
 */
export function capture(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('scanning_point').addColumn('code', 'text').execute();
      await db.schema.alterTable('scanning_point').addColumn('qc_thresholds_json', 'text').execute();
      await sql`update scanning_point set code = id where code is null`.execute(db);
      await db.schema.createIndex('scanning_point_code_uq').on('scanning_point').column('code').unique().execute();

      // Every blob the store holds, so that the store and the database can be compared (no orphans).
      await db.schema
        .createTable('blob')
        .addColumn('sha256', 'text', (c) => c.primaryKey())
        .addColumn('sm3', 'text', (c) => c.notNull())
        .addColumn('size', 'bigint', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('material')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('court_case.id'))
        .addColumn('external_id', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('author', 'text')
        .addColumn('document_date', 'text')
        .addColumn('pages', 'integer')
        .addColumn('ocr_status', 'text')
        .addColumn('hearing_date', 'text')
        .addColumn('courtroom', 'text')
        .addColumn('duration_seconds', 'real')
        .addColumn('scan_batch_id', 'text')
        .addColumn('problems_json', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('material_case_idx').on('material').columns(['case_id', 'created_at']).execute();
      await db.schema.createIndex('material_external_uq').on('material').column('external_id').unique().where(sql.ref('external_id'), 'is not', null).execute();

      await db.schema
        .createTable('material_file')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('material_id', 'text', (c) => c.notNull().references('material.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull().references('blob.sha256'))
        .addColumn('sm3', 'text', (c) => c.notNull())
        .addColumn('size', 'bigint', (c) => c.notNull())
        .addColumn('original_name', 'text', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('mime', 'text', (c) => c.notNull())
        .addColumn('facts_json', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('material_file_seq_uq', ['material_id', 'seq'])
        .execute();
      await db.schema.createIndex('material_file_sha_idx').on('material_file').column('sha256').execute();

      // OCR and extracted text per material, for search (kept apart from the material row).
      await db.schema
        .createTable('material_text')
        .addColumn('material_id', 'text', (c) => c.primaryKey().references('material.id'))
        .addColumn('text', 'text', (c) => c.notNull())
        .execute();

      // Files refused at intake: the bytes are kept (as a blob) for the operator; nothing is lost.
      await db.schema
        .createTable('quarantine_file')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.references('court_case.id'))
        .addColumn('scan_batch_id', 'text')
        .addColumn('scanning_point_id', 'text')
        .addColumn('original_name', 'text', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull().references('blob.sha256'))
        .addColumn('size', 'bigint', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('problems_json', 'text', (c) => c.notNull())
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('uploaded_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('resolved_at', 'text')
        .addColumn('resolved_by', 'text')
        .addColumn('resolution', 'text')
        .execute();
      await db.schema.createIndex('quarantine_open_idx').on('quarantine_file').columns(['resolved_at', 'created_at']).execute();

      await db.schema
        .createTable('scan_batch')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('scanning_point_id', 'text', (c) => c.notNull().references('scanning_point.id'))
        .addColumn('case_id', 'text', (c) => c.references('court_case.id'))
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('declared_pages', 'integer')
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('operator_id', 'text')
        .addColumn('thresholds_json', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('scan_batch_point_idx').on('scan_batch').columns(['scanning_point_id', 'created_at']).execute();

      await db.schema
        .createTable('scan_group')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('batch_id', 'text', (c) => c.notNull().references('scan_batch.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('material_id', 'text')
        .addUniqueConstraint('scan_group_seq_uq', ['batch_id', 'seq'])
        .execute();

      await db.schema
        .createTable('scan_page')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('batch_id', 'text', (c) => c.notNull().references('scan_batch.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull().references('blob.sha256'))
        .addColumn('original_name', 'text', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('width', 'integer')
        .addColumn('height', 'integer')
        .addColumn('dpi', 'real')
        .addColumn('colour_mode', 'text')
        .addColumn('thumb_sha256', 'text')
        .addColumn('measures_json', 'text')
        .addColumn('verdict', 'text')
        .addColumn('reasons_json', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('group_id', 'text')
        .addColumn('rescan_reason', 'text')
        .addColumn('rescan_note', 'text')
        .addColumn('rescan_requested_by', 'text')
        .addColumn('rescan_requested_at', 'text')
        .addColumn('replaces_page_id', 'text')
        .addColumn('operator_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('checked_at', 'text')
        .addUniqueConstraint('scan_page_seq_uq', ['batch_id', 'seq'])
        .execute();

      // A hot-folder batch is claimed once: the claim and its ingest job commit together.
      await db.schema
        .createTable('hot_folder_claim')
        .addColumn('scanning_point_id', 'text', (c) => c.notNull())
        .addColumn('folder_name', 'text', (c) => c.notNull())
        .addColumn('batch_id', 'text', (c) => c.notNull())
        .addColumn('claimed_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('hot_folder_claim_pk', ['scanning_point_id', 'folder_name'])
        .execute();

      // The event feed the trial system polls (archive state changes, materials ready).
      await db.schema
        .createTable('case_event')
        .addColumn('seq', dialect === 'postgres' ? 'bigserial' : 'integer', (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('external_id', 'text')
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('payload_json', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
