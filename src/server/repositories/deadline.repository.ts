import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Db } from '../db/connect.js';
import type { Database } from '../db/schema.js';

/**
 * Which running files to look at. `visibleDepartments` is the reader's `caseDepartments`, the same
 * visibility the case list applies (CaseFilter.visibleDepartments); the rest narrows it.
 */
export interface DeadlineFilter {
  visibleDepartments: 'all' | string[];
  /** Files this user is the clerk or the presiding judge of. */
  userId?: string;
  departmentId?: string;
  /** Archive states in which the clock runs. */
  runningStates: readonly string[];
  /** Closing-date window (inclusive upper bound, exclusive lower bound). */
  closedAfter?: string;
  closedUpTo: string;
}

export interface DeadlineRow {
  id: string;
  case_number: string;
  cause_of_action: string;
  department_id: string;
  department_name: string;
  judge_id: string | null;
  judge_name: string | null;
  clerk_id: string | null;
  clerk_name: string | null;
  closed_on: string;
  archive_state: string;
}

type Eb = ExpressionBuilder<Database, 'court_case'>;

/** Closed case files whose archiving clock runs, by closing date. No business rules here. */
export class DeadlineRepository {
  constructor(private readonly db: Db) {}

  /** A page of files, earliest closing (hence earliest due) first, and how many there are. */
  async list(filter: DeadlineFilter, limit: number, offset: number): Promise<{ rows: DeadlineRow[]; total: number }> {
    if (nothingVisible(filter)) return { rows: [], total: 0 };
    const [rows, count] = await Promise.all([
      this.db
        .selectFrom('court_case')
        .innerJoin('department', 'department.id', 'court_case.department_id')
        .leftJoin('app_user as judge', 'judge.id', 'court_case.judge_id')
        .leftJoin('app_user as clerk', 'clerk.id', 'court_case.clerk_id')
        .where((eb) => condition(eb as unknown as Eb, filter))
        .select([
          'court_case.id',
          'court_case.case_number',
          'court_case.cause_of_action',
          'court_case.department_id',
          'department.name as department_name',
          'court_case.judge_id',
          'judge.display_name as judge_name',
          'court_case.clerk_id',
          'clerk.display_name as clerk_name',
          'court_case.archive_state',
        ])
        .select(sql<string>`court_case.closed_on`.as('closed_on'))
        .orderBy('court_case.closed_on')
        .orderBy('court_case.case_number')
        .orderBy('court_case.id')
        .limit(limit)
        .offset(offset)
        .execute(),
      this.db
        .selectFrom('court_case')
        .where((eb) => condition(eb, filter))
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(count.n) };
  }

  /**
   * Counts of files closed on or before `overdueUpTo` and of those closed after it (up to
   * `filter.closedUpTo`), in total or per department.
   */
  async counts(filter: DeadlineFilter, overdueUpTo: string): Promise<{ overdue: number; later: number }> {
    if (nothingVisible(filter)) return { overdue: 0, later: 0 };
    const r = await this.db
      .selectFrom('court_case')
      .where((eb) => condition(eb, filter))
      .select([
        sql<number>`sum(case when court_case.closed_on <= ${overdueUpTo} then 1 else 0 end)`.as('overdue'),
        sql<number>`sum(case when court_case.closed_on > ${overdueUpTo} then 1 else 0 end)`.as('later'),
      ])
      .executeTakeFirstOrThrow();
    return { overdue: Number(r.overdue ?? 0), later: Number(r.later ?? 0) };
  }

  async countsByDepartment(filter: DeadlineFilter, overdueUpTo: string): Promise<Array<{ departmentId: string; department: string; overdue: number; later: number }>> {
    if (nothingVisible(filter)) return [];
    const rows = await this.db
      .selectFrom('court_case')
      .innerJoin('department', 'department.id', 'court_case.department_id')
      .where((eb) => condition(eb as unknown as Eb, filter))
      .select([
        'department.id as department_id',
        'department.name as department_name',
        sql<number>`sum(case when court_case.closed_on <= ${overdueUpTo} then 1 else 0 end)`.as('overdue'),
        sql<number>`sum(case when court_case.closed_on > ${overdueUpTo} then 1 else 0 end)`.as('later'),
      ])
      .groupBy(['department.id', 'department.name'])
      .orderBy('department.name')
      .execute();
    return rows.map((r) => ({ departmentId: r.department_id, department: r.department_name, overdue: Number(r.overdue ?? 0), later: Number(r.later ?? 0) }));
  }
}

function nothingVisible(filter: DeadlineFilter): boolean {
  return filter.visibleDepartments !== 'all' && filter.visibleDepartments.length === 0;
}

function condition(eb: Eb, filter: DeadlineFilter): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [
    eb('court_case.archive_state', 'in', [...filter.runningStates]),
    eb('court_case.closed_on', 'is not', null),
    eb('court_case.closed_on', '<=', filter.closedUpTo),
  ];
  if (filter.closedAfter) parts.push(eb('court_case.closed_on', '>', filter.closedAfter));
  if (filter.visibleDepartments !== 'all') parts.push(eb('court_case.department_id', 'in', filter.visibleDepartments));
  if (filter.departmentId) parts.push(eb('court_case.department_id', '=', filter.departmentId));
  if (filter.userId) parts.push(eb.or([eb('court_case.clerk_id', '=', filter.userId), eb('court_case.judge_id', '=', filter.userId)]));
  return eb.and(parts);
}
