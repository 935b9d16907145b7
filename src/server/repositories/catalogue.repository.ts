import type { Db } from '../db/connect.js';
import type { Selectable } from 'kysely';
import type { CatalogueDuplicateRow, CatalogueEntryRow, CatalogueRow, CatalogueTemplateTable, CatalogueWaiverRow } from '../db/schema.js';

export type CatalogueTemplateRow = Selectable<CatalogueTemplateTable>;

/** Catalogues (卷内目录), their entries and waivers. No business rules here. */
export class CatalogueRepository {
  constructor(private readonly db: Db) {}

  with(db: Db): CatalogueRepository {
    return new CatalogueRepository(db);
  }

  async byCase(caseId: string): Promise<CatalogueRow | undefined> {
    return this.db.selectFrom('catalogue').selectAll().where('case_id', '=', caseId).executeTakeFirst();
  }

  /** Entries in catalogue order: 正卷 before 副卷, then 册, then position. */
  async entries(caseId: string): Promise<CatalogueEntryRow[]> {
    const rows = await this.db.selectFrom('catalogue_entry').selectAll().where('case_id', '=', caseId).orderBy('book').orderBy('seq').execute();
    return rows.sort((a, b) => (a.volume_kind === b.volume_kind ? 0 : a.volume_kind === 'main' ? -1 : 1));
  }

  async waivers(caseId: string): Promise<CatalogueWaiverRow[]> {
    return this.db.selectFrom('catalogue_waiver').selectAll().where('case_id', '=', caseId).orderBy('slot_id').execute();
  }

  async duplicates(caseId: string): Promise<CatalogueDuplicateRow[]> {
    return this.db.selectFrom('catalogue_duplicate').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy('material_id').execute();
  }

  async insert(row: CatalogueRow): Promise<void> {
    await this.db.insertInto('catalogue').values(row).execute();
  }

  /**
   * Moves the catalogue from `basedOn` to the next version; false when someone else already did
   * (optimistic locking: the caller then reports a conflict and writes nothing).
   */
  async bumpVersion(
    caseId: string,
    basedOn: number,
    set: { updatedAt: string; updatedBy: string | null; bookPageLimit?: number; template?: { kind: string; version: number } },
  ): Promise<boolean> {
    const r = await this.db
      .updateTable('catalogue')
      .set({
        version: basedOn + 1,
        updated_at: set.updatedAt,
        updated_by: set.updatedBy,
        ...(set.bookPageLimit ? { book_page_limit: set.bookPageLimit } : {}),
        ...(set.template ? { template_kind: set.template.kind, template_version: set.template.version, proposed_at: set.updatedAt } : {}),
      })
      .where('case_id', '=', caseId)
      .where('version', '=', basedOn)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Replaces every entry, waiver and merged duplicate of the catalogue (inside the caller's transaction). */
  async replaceContent(caseId: string, entries: CatalogueEntryRow[], waivers: CatalogueWaiverRow[], duplicates: CatalogueDuplicateRow[]): Promise<void> {
    await this.db.deleteFrom('catalogue_duplicate').where('case_id', '=', caseId).execute();
    await this.db.deleteFrom('catalogue_entry').where('case_id', '=', caseId).execute();
    await this.db.deleteFrom('catalogue_waiver').where('case_id', '=', caseId).execute();
    for (let i = 0; i < entries.length; i += 200) await this.db.insertInto('catalogue_entry').values(entries.slice(i, i + 200)).execute();
    if (waivers.length) await this.db.insertInto('catalogue_waiver').values(waivers).execute();
    for (let i = 0; i < duplicates.length; i += 200) await this.db.insertInto('catalogue_duplicate').values(duplicates.slice(i, i + 200)).execute();
  }

  /** The latest adjusted version of each template kind (the built-in defaults are not stored). */
  async latestTemplates(): Promise<CatalogueTemplateRow[]> {
    const rows = await this.db.selectFrom('catalogue_template').selectAll().orderBy('kind').orderBy('version', 'desc').execute();
    return rows.filter((r, i) => i === 0 || rows[i - 1]!.kind !== r.kind);
  }

  async templateVersions(kind: string): Promise<CatalogueTemplateRow[]> {
    return this.db.selectFrom('catalogue_template').selectAll().where('kind', '=', kind).orderBy('version', 'desc').execute();
  }

  async insertTemplate(row: CatalogueTemplateRow): Promise<void> {
    await this.db.insertInto('catalogue_template').values(row).execute();
  }
}
