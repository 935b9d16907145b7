import type { Db } from '../db/connect.js';
import type { MaterialFileRow, MaterialRow, QuarantineFileRow } from '../db/schema.js';

export interface MaterialWithCreator extends MaterialRow {
  creator_name: string | null;
}

/** Materials (诉讼材料), their files and texts, and quarantined files. No business rules here. */
export class MaterialRepository {
  constructor(private readonly db: Db) {}

  with(db: Db): MaterialRepository {
    return new MaterialRepository(db);
  }

  private selectWithCreator() {
    return this.db
      .selectFrom('material')
      .leftJoin('app_user', 'app_user.id', 'material.created_by')
      .selectAll('material')
      .select('app_user.display_name as creator_name');
  }

  async byId(id: string): Promise<MaterialWithCreator | undefined> {
    return this.selectWithCreator().where('material.id', '=', id).executeTakeFirst();
  }

  async byExternalId(externalId: string): Promise<MaterialWithCreator | undefined> {
    return this.selectWithCreator().where('material.external_id', '=', externalId).executeTakeFirst();
  }

  /** A case's materials in timeline order (document or hearing date, then arrival). */
  async byCase(caseId: string): Promise<MaterialWithCreator[]> {
    return this.selectWithCreator().where('material.case_id', '=', caseId).orderBy('material.created_at').orderBy('material.id').execute();
  }

  async insert(row: MaterialRow): Promise<void> {
    await this.db.insertInto('material').values(row).execute();
  }

  async update(id: string, set: Partial<Omit<MaterialRow, 'id' | 'case_id'>>): Promise<void> {
    await this.db.updateTable('material').set(set).where('id', '=', id).execute();
  }

  async insertFile(row: MaterialFileRow): Promise<void> {
    await this.db.insertInto('material_file').values(row).execute();
  }

  async files(materialIds: readonly string[]): Promise<MaterialFileRow[]> {
    if (materialIds.length === 0) return [];
    return this.db.selectFrom('material_file').selectAll().where('material_id', 'in', [...materialIds]).orderBy('material_id').orderBy('seq').execute();
  }

  async setText(materialId: string, text: string): Promise<void> {
    await this.db
      .insertInto('material_text')
      .values({ material_id: materialId, text })
      .onConflict((oc) => oc.column('material_id').doUpdateSet({ text }))
      .execute();
  }

  /** The texts (OCR or extracted) of a case's materials, by material id. */
  async textsByCase(caseId: string): Promise<Map<string, string>> {
    const rows = await this.db.selectFrom('material_text').innerJoin('material', 'material.id', 'material_text.material_id').select(['material_text.material_id', 'material_text.text']).where('material.case_id', '=', caseId).execute();
    return new Map(rows.map((r) => [r.material_id, r.text]));
  }

  async text(materialId: string): Promise<string | undefined> {
    const r = await this.db.selectFrom('material_text').select('text').where('material_id', '=', materialId).executeTakeFirst();
    return r?.text;
  }

  async insertQuarantine(row: QuarantineFileRow): Promise<void> {
    await this.db.insertInto('quarantine_file').values(row).execute();
  }

  async quarantineById(id: string): Promise<(QuarantineFileRow & { uploader_name: string | null }) | undefined> {
    return this.quarantineQuery().where('quarantine_file.id', '=', id).executeTakeFirst();
  }

  async quarantine(filter: { caseId?: string; batchId?: string; pointIds?: 'all' | string[]; open?: boolean }) {
    let q = this.quarantineQuery();
    if (filter.caseId) q = q.where('quarantine_file.case_id', '=', filter.caseId);
    if (filter.batchId) q = q.where('quarantine_file.scan_batch_id', '=', filter.batchId);
    if (filter.open) q = q.where('quarantine_file.resolved_at', 'is', null);
    return q.orderBy('quarantine_file.created_at', 'desc').limit(500).execute();
  }

  private quarantineQuery() {
    return this.db
      .selectFrom('quarantine_file')
      .leftJoin('app_user', 'app_user.id', 'quarantine_file.uploaded_by')
      .selectAll('quarantine_file')
      .select('app_user.display_name as uploader_name');
  }

  async resolveQuarantine(id: string, set: { resolved_at: string; resolved_by: string; resolution: string }): Promise<void> {
    await this.db.updateTable('quarantine_file').set(set).where('id', '=', id).execute();
  }
}
