import { sql } from 'kysely';
import type { Db } from '../db/connect.js';
import type { ScanRequestRow } from '../db/schema.js';

export interface ScanRequestListRow extends ScanRequestRow {
  case_number: string;
  department_id: string | null;
  point_name: string;
  requester_name: string | null;
  closer_name: string | null;
}

/** Scan requests (补扫申请) with the names a list shows. No business rules here. */
export class ScanRequestRepository {
  constructor(private readonly db: Db) {}

  with(db: Db): ScanRequestRepository {
    return new ScanRequestRepository(db);
  }

  private query() {
    return this.db
      .selectFrom('scan_request')
      .innerJoin('court_case', 'court_case.id', 'scan_request.case_id')
      .innerJoin('scanning_point', 'scanning_point.id', 'scan_request.scanning_point_id')
      .leftJoin('app_user as requester', 'requester.id', 'scan_request.requested_by')
      .leftJoin('app_user as closer', 'closer.id', 'scan_request.closed_by')
      .selectAll('scan_request')
      .select([
        'court_case.case_number as case_number',
        'court_case.department_id as department_id',
        'scanning_point.name as point_name',
        'requester.display_name as requester_name',
        'closer.display_name as closer_name',
      ]);
  }

  async byId(id: string): Promise<ScanRequestListRow | undefined> {
    return this.query().where('scan_request.id', '=', id).executeTakeFirst();
  }

  async byCase(caseId: string): Promise<ScanRequestListRow[]> {
    return this.query().where('scan_request.case_id', '=', caseId).orderBy('scan_request.requested_at', 'desc').execute();
  }

  /** The queue of scanning points: oldest first, as they are to be worked through. */
  async queue(filter: { pointIds: 'all' | string[]; statuses: readonly string[] }): Promise<ScanRequestListRow[]> {
    let q = this.query().where('scan_request.status', 'in', [...filter.statuses]);
    if (filter.pointIds !== 'all') q = filter.pointIds.length ? q.where('scan_request.scanning_point_id', 'in', filter.pointIds) : q.where(sql<boolean>`1 = 0`);
    return q.orderBy('scan_request.requested_at').limit(500).execute();
  }

  async byBatch(batchId: string): Promise<ScanRequestRow | undefined> {
    return this.db.selectFrom('scan_request').selectAll().where('batch_id', '=', batchId).executeTakeFirst();
  }

  async insert(row: ScanRequestRow): Promise<void> {
    await this.db.insertInto('scan_request').values(row).execute();
  }

  /** Updates a request still in one of `from`; false when it has moved on meanwhile. */
  async transition(id: string, from: readonly string[], set: Partial<Omit<ScanRequestRow, 'id'>>): Promise<boolean> {
    const r = await this.db.updateTable('scan_request').set(set).where('id', '=', id).where('status', 'in', [...from]).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Materials attached from each batch, for the requests that list them. */
  async batchMaterials(batchIds: readonly string[]): Promise<Array<{ batch_id: string; id: string; title: string; status: string }>> {
    if (batchIds.length === 0) return [];
    return this.db
      .selectFrom('material')
      .select(['scan_batch_id as batch_id', 'id', 'title', 'status'])
      .where('scan_batch_id', 'in', [...batchIds])
      .orderBy('created_at')
      .execute() as Promise<Array<{ batch_id: string; id: string; title: string; status: string }>>;
  }
}
