import type { Kysely, Migration } from 'kysely';

/**
 * Review, sign-off and electronic signatures (issue 6): the court's certificate authorities, users'
 * signing keys (sealed with their PIN), court seals and who may use them, review rounds with
 * per-entry comments, the signed approvals (detached CMS over a canonical manifest), and the
 * signature steps of issued documents (拟稿, 核稿, 签发).
 */
export function reviewSignatures(): Migration {
  return {
    async up(db: Kysely<any>) {
      // The court's CA: a root and an issuing certificate per algorithm (SM2, ECDSA P-256).
      await db.schema
        .createTable('pki_authority')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('algorithm', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull()) // root | issuing
        .addColumn('certificate', 'text', (c) => c.notNull()) // base64 DER
        .addColumn('key_envelope', 'text') // sealed with the server's key; null for an imported root without key
        .addColumn('serial', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('not_before', 'text', (c) => c.notNull())
        .addColumn('not_after', 'text', (c) => c.notNull())
        .addColumn('origin', 'text', (c) => c.notNull()) // generated | imported
        .addColumn('active', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('pki_authority_active_idx').on('pki_authority').columns(['algorithm', 'kind', 'active']).execute();

      // A user's signing keys and certificates (one per algorithm while active), the private key sealed with the signing PIN.
      await db.schema
        .createTable('user_key')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
        .addColumn('algorithm', 'text', (c) => c.notNull())
        .addColumn('certificate', 'text', (c) => c.notNull())
        .addColumn('key_envelope', 'text', (c) => c.notNull())
        .addColumn('serial', 'text', (c) => c.notNull())
        .addColumn('issuer_id', 'text', (c) => c.notNull().references('pki_authority.id'))
        .addColumn('not_before', 'text', (c) => c.notNull())
        .addColumn('not_after', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull()) // active | revoked | replaced
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .addColumn('revoked_by', 'text')
        .addColumn('revoke_reason', 'text')
        .execute();
      await db.schema.createIndex('user_key_user_idx').on('user_key').columns(['user_id', 'status']).execute();
      await db.schema.createIndex('user_key_serial_idx').on('user_key').column('serial').execute();

      // Court seals (电子印章): the image, the seal's own certificate and key (sealed with the server's key), who may use it.
      await db.schema
        .createTable('court_seal')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('image_sha256', 'text', (c) => c.notNull().references('blob.sha256'))
        .addColumn('algorithm', 'text', (c) => c.notNull())
        .addColumn('certificate', 'text', (c) => c.notNull())
        .addColumn('key_envelope', 'text', (c) => c.notNull())
        .addColumn('serial', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull()) // active | revoked
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .addColumn('revoke_reason', 'text')
        .execute();
      await db.schema
        .createTable('court_seal_user')
        .addColumn('seal_id', 'text', (c) => c.notNull().references('court_seal.id'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
        .addPrimaryKeyConstraint('court_seal_user_pk', ['seal_id', 'user_id'])
        .execute();

      // One review round per submission: the clerk submits, the judge approves (signed) or returns.
      await db.schema
        .createTable('review')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('court_case.id'))
        .addColumn('round', 'integer', (c) => c.notNull())
        .addColumn('catalogue_version', 'integer', (c) => c.notNull())
        .addColumn('submitted_by', 'text')
        .addColumn('submitted_at', 'text', (c) => c.notNull())
        .addColumn('reviewer_id', 'text')
        .addColumn('decision', 'text') // approve | return | null while open
        .addColumn('comments', 'text')
        .addColumn('decided_by', 'text')
        .addColumn('decided_at', 'text')
        .addUniqueConstraint('review_round_uq', ['case_id', 'round'])
        .execute();
      await db.schema.createIndex('review_open_idx').on('review').columns(['reviewer_id', 'decision']).execute();

      await db.schema
        .createTable('review_comment')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('review_id', 'text', (c) => c.notNull().references('review.id'))
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('material_id', 'text') // null: a comment on the whole file
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('author_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('resolved_at', 'text')
        .addColumn('resolved_by', 'text')
        .execute();
      await db.schema.createIndex('review_comment_case_idx').on('review_comment').columns(['case_id', 'created_at']).execute();

      // The signed approval: the exact manifest bytes and the detached CMS over them.
      await db.schema
        .createTable('approval')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('court_case.id'))
        .addColumn('review_id', 'text', (c) => c.notNull().references('review.id'))
        .addColumn('manifest', 'text', (c) => c.notNull())
        .addColumn('signature', 'text', (c) => c.notNull()) // base64 DER
        .addColumn('algorithm', 'text', (c) => c.notNull())
        .addColumn('signer_id', 'text', (c) => c.notNull())
        .addColumn('user_key_id', 'text', (c) => c.notNull().references('user_key.id'))
        .addColumn('status', 'text', (c) => c.notNull()) // current | superseded
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('approval_case_idx').on('approval').columns(['case_id', 'status']).execute();

      // 拟稿 / 核稿 / 签发 of an issued document: each step a signed revision of the material's PDF.
      await db.schema
        .createTable('document_signature')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('material_id', 'text', (c) => c.notNull().references('material.id'))
        .addColumn('step', 'text', (c) => c.notNull()) // draft | review | issue
        .addColumn('file_id', 'text', (c) => c.notNull())
        .addColumn('signer_id', 'text', (c) => c.notNull())
        .addColumn('user_key_id', 'text')
        .addColumn('seal_id', 'text')
        .addColumn('signed_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('document_signature_material_idx').on('document_signature').columns(['material_id', 'signed_at']).execute();
    },
  };
}
