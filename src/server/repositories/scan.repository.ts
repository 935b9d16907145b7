import { sql } from 'kysely';
import type { Db } from '../db/connect.js';
import type { ScanBatchRow, ScanGroupRow, ScanPageRow } from '../db/schema.js';

export interface BatchListRow extends ScanBatchRow {
  point_name: string;
  case_number: string | null;
  operator_name: string | null;
}

export interface PageCounts {
  batch_id: string;
  pages: number;
  checked: number;
  pass: number;
  warn: number;
  fail: number;
  blank: number;
  rescan: number;
}

/** Scanning batches, their pages and groups, and hot-folder claims. No business rules here. */
export class ScanRepository {
  constructor(private readonly db: Db) {}

  with(db: Db): ScanRepository {
    return new ScanRepository(db);
  }

  private batchQuery() {
    return this.db
      .selectFrom('scan_batch')
      .innerJoin('scanning_point', 'scanning_point.id', 'scan_batch.scanning_point_id')
      .leftJoin('court_case', 'court_case.id', 'scan_batch.case_id')
      .leftJoin('app_user', 'app_user.id', 'scan_batch.operator_id')
      .selectAll('scan_batch')
      .select(['scanning_point.name as point_name', 'court_case.case_number as case_number', 'app_user.display_name as operator_name']);
  }

  async batch(id: string): Promise<BatchListRow | undefined> {
    return this.batchQuery().where('scan_batch.id', '=', id).executeTakeFirst();
  }

  async batches(filter: { pointIds: 'all' | string[]; status?: string }, limit: number, offset: number) {
    let q = this.batchQuery();
    if (filter.pointIds !== 'all') q = filter.pointIds.length ? q.where('scan_batch.scanning_point_id', 'in', filter.pointIds) : q.where(sql<boolean>`1 = 0`);
    if (filter.status) q = q.where('scan_batch.status', '=', filter.status);
    const rows = await q.orderBy('scan_batch.created_at', 'desc').limit(limit).offset(offset).execute();
    let c = this.db.selectFrom('scan_batch').select((eb) => eb.fn.countAll<number>().as('n'));
    if (filter.pointIds !== 'all') c = filter.pointIds.length ? c.where('scanning_point_id', 'in', filter.pointIds) : c.where(sql<boolean>`1 = 0`);
    if (filter.status) c = c.where('status', '=', filter.status);
    const total = Number((await c.executeTakeFirstOrThrow()).n);
    return { rows, total };
  }

  async insertBatch(row: ScanBatchRow): Promise<void> {
    await this.db.insertInto('scan_batch').values(row).execute();
  }

  async updateBatch(id: string, set: Partial<Omit<ScanBatchRow, 'id'>>): Promise<void> {
    await this.db.updateTable('scan_batch').set(set).where('id', '=', id).execute();
  }

  async counts(batchIds: readonly string[]): Promise<Map<string, PageCounts>> {
    if (batchIds.length === 0) return new Map();
    const n = (cond: string) => sql<number>`sum(case when ${sql.raw(cond)} then 1 else 0 end)`;
    const rows = await this.db
      .selectFrom('scan_page')
      .select([
        'batch_id',
        sql<number>`count(*)`.as('pages'),
        n(`verdict is not null and status <> 'replaced'`).as('checked'),
        n(`verdict = 'pass' and status <> 'replaced'`).as('pass'),
        n(`verdict = 'warn' and status <> 'replaced'`).as('warn'),
        n(`verdict = 'fail' and status <> 'replaced'`).as('fail'),
        n(`verdict = 'blank' and status <> 'replaced'`).as('blank'),
        n(`status = 'rescan'`).as('rescan'),
        n(`status = 'replaced'`).as('replaced'),
      ])
      .where('batch_id', 'in', [...batchIds])
      .groupBy('batch_id')
      .execute();
    return new Map(
      rows.map((r) => [
        r.batch_id,
        {
          batch_id: r.batch_id,
          pages: Number(r.pages) - Number(r.replaced),
          checked: Number(r.checked),
          pass: Number(r.pass),
          warn: Number(r.warn),
          fail: Number(r.fail),
          blank: Number(r.blank),
          rescan: Number(r.rescan),
        },
      ]),
    );
  }

  async pages(batchId: string): Promise<ScanPageRow[]> {
    return this.db.selectFrom('scan_page').selectAll().where('batch_id', '=', batchId).orderBy('seq').execute();
  }

  async page(id: string): Promise<ScanPageRow | undefined> {
    return this.db.selectFrom('scan_page').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async pageBySeq(batchId: string, seq: number): Promise<ScanPageRow | undefined> {
    return this.db.selectFrom('scan_page').selectAll().where('batch_id', '=', batchId).where('seq', '=', seq).executeTakeFirst();
  }

  async maxSeq(batchId: string): Promise<number> {
    const r = await this.db.selectFrom('scan_page').select((eb) => eb.fn.max('seq').as('m')).where('batch_id', '=', batchId).executeTakeFirst();
    return Number(r?.m ?? 0);
  }

  async insertPage(row: ScanPageRow): Promise<void> {
    await this.db.insertInto('scan_page').values(row).execute();
  }

  async updatePage(id: string, set: Partial<Omit<ScanPageRow, 'id' | 'batch_id'>>): Promise<void> {
    await this.db.updateTable('scan_page').set(set).where('id', '=', id).execute();
  }

  async uncheckedPages(batchId: string): Promise<ScanPageRow[]> {
    return this.db.selectFrom('scan_page').selectAll().where('batch_id', '=', batchId).where('verdict', 'is', null).orderBy('seq').execute();
  }

  async groups(batchId: string): Promise<ScanGroupRow[]> {
    return this.db.selectFrom('scan_group').selectAll().where('batch_id', '=', batchId).orderBy('seq').execute();
  }

  async groupByMaterial(materialId: string): Promise<ScanGroupRow | undefined> {
    return this.db.selectFrom('scan_group').selectAll().where('material_id', '=', materialId).executeTakeFirst();
  }

  async pagesOfGroup(groupId: string): Promise<ScanPageRow[]> {
    return this.db.selectFrom('scan_page').selectAll().where('group_id', '=', groupId).execute();
  }

  async insertGroup(row: ScanGroupRow): Promise<void> {
    await this.db.insertInto('scan_group').values(row).execute();
  }

  async rescanQueue(pointIds: 'all' | string[]) {
    let q = this.db
      .selectFrom('scan_page')
      .innerJoin('scan_batch', 'scan_batch.id', 'scan_page.batch_id')
      .innerJoin('scanning_point', 'scanning_point.id', 'scan_batch.scanning_point_id')
      .leftJoin('court_case', 'court_case.id', 'scan_batch.case_id')
      .selectAll('scan_page')
      .select(['scan_batch.label as batch_label', 'scanning_point.name as point_name', 'court_case.case_number as case_number'])
      .where('scan_page.status', '=', 'rescan');
    if (pointIds !== 'all') q = pointIds.length ? q.where('scan_batch.scanning_point_id', 'in', pointIds) : q.where(sql<boolean>`1 = 0`);
    return q.orderBy('scan_page.rescan_requested_at').limit(500).execute();
  }

  /** Claims a hot-folder batch. @returns false when the folder was claimed before. */
  async claimHotFolder(pointId: string, folderName: string, batchId: string, nowIso: string): Promise<boolean> {
    const r = await this.db
      .insertInto('hot_folder_claim')
      .values({ scanning_point_id: pointId, folder_name: folderName, batch_id: batchId, claimed_at: nowIso })
      .onConflict((oc) => oc.columns(['scanning_point_id', 'folder_name']).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  async claimedFolders(pointId: string): Promise<Set<string>> {
    const rows = await this.db.selectFrom('hot_folder_claim').select('folder_name').where('scanning_point_id', '=', pointId).execute();
    return new Set(rows.map((r) => r.folder_name));
  }

  /** When each of these pages' re-scans arrived (page id → the replacement's creation time). */
  async replacementTimes(pageIds: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (let i = 0; i < pageIds.length; i += 500) {
      const rows = await this.db.selectFrom('scan_page').select(['replaces_page_id', 'created_at']).where('replaces_page_id', 'in', pageIds.slice(i, i + 500)).execute();
      for (const r of rows) out.set(r.replaces_page_id!, r.created_at);
    }
    return out;
  }

  /** Pages with their batch's point and operator, for the scanning statistics. */
  async statsPages(fromIso: string | null, toIso: string | null) {
    let q = this.db
      .selectFrom('scan_page')
      .innerJoin('scan_batch', 'scan_batch.id', 'scan_page.batch_id')
      .innerJoin('scanning_point', 'scanning_point.id', 'scan_batch.scanning_point_id')
      .leftJoin('app_user', 'app_user.id', 'scan_page.operator_id')
      .select([
        'scan_page.id',
        'scan_page.verdict',
        'scan_page.reasons_json',
        'scan_page.status',
        'scan_page.rescan_reason',
        'scan_page.rescan_requested_at',
        'scan_page.replaces_page_id',
        'scan_page.created_at',
        'scan_page.operator_id',
        'app_user.display_name as operator_name',
        'scan_batch.scanning_point_id',
        'scanning_point.name as point_name',
      ]);
    if (fromIso) q = q.where('scan_page.created_at', '>=', fromIso);
    if (toIso) q = q.where('scan_page.created_at', '<', toIso);
    return q.execute();
  }
}
