import type { Db } from '../db/connect.js';
import type { DocumentSignatureTable } from '../db/schema.js';
import type { Selectable } from 'kysely';

export type DocumentSignatureRow = Selectable<DocumentSignatureTable>;

export interface DocumentSignatureWithNames extends DocumentSignatureRow {
  signer_name: string | null;
  seal_name: string | null;
}

/** The signing steps (拟稿·核稿·签发) recorded for materials. No business rules here. */
export class DocumentSignatureRepository {
  constructor(private readonly db: Db) {}

  with(db: Db): DocumentSignatureRepository {
    return new DocumentSignatureRepository(db);
  }

  /** A material's steps in the order they were signed, with the signer's and the seal's names. */
  async byMaterial(materialId: string): Promise<DocumentSignatureWithNames[]> {
    return this.db
      .selectFrom('document_signature')
      .leftJoin('app_user', 'app_user.id', 'document_signature.signer_id')
      .leftJoin('court_seal', 'court_seal.id', 'document_signature.seal_id')
      .selectAll('document_signature')
      .select(['app_user.display_name as signer_name', 'court_seal.name as seal_name'])
      .where('document_signature.material_id', '=', materialId)
      .orderBy('document_signature.signed_at')
      .orderBy('document_signature.id')
      .execute();
  }

  async insert(row: DocumentSignatureRow): Promise<void> {
    await this.db.insertInto('document_signature').values(row).execute();
  }
}
