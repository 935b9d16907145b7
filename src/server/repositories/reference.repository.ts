import type { Db } from '../db/connect.js';
import type { CourtRow, DepartmentRow, ScanningPointRow, TeamRow } from '../db/schema.js';

export interface ScanningPointLink {
  scanning_point_id: string;
  department_id: string;
  coverage: string;
}

/** Court reference data: the court, its departments and teams, scanning points and what they serve. */
export class ReferenceRepository {
  constructor(private readonly db: Db) {}

  with(db: Db): ReferenceRepository {
    return new ReferenceRepository(db);
  }

  async court(): Promise<CourtRow | undefined> {
    return this.db.selectFrom('court').selectAll().orderBy('created_at').executeTakeFirst();
  }

  async insertCourt(row: CourtRow): Promise<void> {
    await this.db.insertInto('court').values(row).execute();
  }

  async departments(): Promise<DepartmentRow[]> {
    return this.db.selectFrom('department').selectAll().orderBy('sort_order').execute();
  }

  async insertDepartment(row: DepartmentRow): Promise<void> {
    await this.db.insertInto('department').values(row).execute();
  }

  async teams(): Promise<TeamRow[]> {
    return this.db.selectFrom('team').selectAll().orderBy('name').execute();
  }

  async insertTeam(row: TeamRow): Promise<void> {
    await this.db.insertInto('team').values(row).execute();
  }

  async scanningPoints(): Promise<ScanningPointRow[]> {
    return this.db.selectFrom('scanning_point').selectAll().orderBy('name').execute();
  }

  async insertScanningPoint(row: ScanningPointRow, links: Array<Omit<ScanningPointLink, 'scanning_point_id'>>): Promise<void> {
    await this.db.insertInto('scanning_point').values(row).execute();
    if (links.length) {
      await this.db
        .insertInto('scanning_point_department')
        .values(links.map((l) => ({ ...l, scanning_point_id: row.id })))
        .execute();
    }
  }

  async scanningPointLinks(): Promise<ScanningPointLink[]> {
    return this.db.selectFrom('scanning_point_department').selectAll().execute();
  }

  async departmentIdsServedBy(scanningPointId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('scanning_point_department')
      .select('department_id')
      .distinct()
      .where('scanning_point_id', '=', scanningPointId)
      .execute();
    return rows.map((r) => r.department_id);
  }
}
