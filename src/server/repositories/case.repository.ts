import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Db } from '../db/connect.js';
import type { CourtCaseRow, Database, NewCourtCaseRow, PartyRow } from '../db/schema.js';
import { normaliseForSearch, searchTokens } from '../domain/search-tokens.js';

export interface CaseFilter {
  /** Departments the reader may see: 'all' or a list (an empty list sees nothing). */
  visibleDepartments: 'all' | string[];
  departmentId?: string;
  judgeId?: string;
  clerkId?: string;
  typeCode?: string;
  year?: number;
  archiveState?: string;
  scopeStatus?: string;
  /** Exact case number (its normalised key). */
  caseNumberKey?: string;
  /** Substring of a case number or party name. */
  q?: string;
}

export interface CaseListRow extends CourtCaseRow {
  department_name: string;
  judge_name: string | null;
  clerk_name: string | null;
  team_name: string | null;
}

/** How many of the rarest query tokens narrow the candidates before the exact match. */
const SEARCH_TOKENS_USED = 3;

/** Cases, their parties and search tokens. No business rules here. */
export class CaseRepository {
  constructor(private readonly db: Db) {}

  with(db: Db): CaseRepository {
    return new CaseRepository(db);
  }

  async byId(id: string): Promise<CaseListRow | undefined> {
    return this.selectWithNames().where('court_case.id', '=', id).executeTakeFirst();
  }

  async byIds(ids: readonly string[]): Promise<CaseListRow[]> {
    if (ids.length === 0) return [];
    return this.selectWithNames().where('court_case.id', 'in', [...ids]).execute();
  }

  /** Ids of cases whose pilot-scope decision is still pending (index court_case_scope_status_filed_idx). */
  async pendingScopeIds(limit: number): Promise<string[]> {
    const rows = await this.db.selectFrom('court_case').select('id').where('scope_status', '=', 'pending').limit(limit).execute();
    return rows.map((r) => r.id);
  }

  /** Case counts by department, filing month and stored scope decision (for the coverage page). */
  async scopeCounts(fromMonth?: string, toMonth?: string) {
    const month = sql<string>`substr(court_case.filed_on, 1, 7)`;
    let q = this.db
      .selectFrom('court_case')
      .innerJoin('department', 'department.id', 'court_case.department_id')
      .select(['department.name as department', month.as('month'), 'court_case.scope_status as status', 'court_case.scope_basis as basis'])
      .select((eb) => eb.fn.countAll<number>().as('n'));
    if (fromMonth) q = q.where('court_case.filed_on', '>=', `${fromMonth}-01`);
    if (toMonth) q = q.where('court_case.filed_on', '<=', `${toMonth}-31`);
    const rows = await q.groupBy(['department.name', month, 'court_case.scope_status', 'court_case.scope_basis']).execute();
    return rows.map((r) => ({ ...r, n: Number(r.n) }));
  }

  async count(): Promise<number> {
    const r = await this.db.selectFrom('court_case').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /** A page of cases in id order after `afterId`, with names joined (for evaluating every case). */
  async pageAfter(afterId: string, limit: number): Promise<CaseListRow[]> {
    return this.selectWithNames().where('court_case.id', '>', afterId).orderBy('court_case.id').limit(limit).execute();
  }

  /** Sets derived fields (the pilot-scope decision) without counting it as an edit of the case. */
  async setDerived(id: string, set: Partial<NewCourtCaseRow>): Promise<void> {
    await this.db.updateTable('court_case').set(set).where('id', '=', id).execute();
  }

  async byKey(caseNumberKey: string): Promise<CourtCaseRow | undefined> {
    return this.db.selectFrom('court_case').selectAll().where('case_number_key', '=', caseNumberKey).executeTakeFirst();
  }

  async byExternalId(externalId: string): Promise<CourtCaseRow | undefined> {
    return this.db.selectFrom('court_case').selectAll().where('external_id', '=', externalId).executeTakeFirst();
  }

  async parties(caseIds: readonly string[]): Promise<PartyRow[]> {
    if (caseIds.length === 0) return [];
    return this.db.selectFrom('party').selectAll().where('case_id', 'in', [...caseIds]).orderBy('case_id').orderBy('seq').execute();
  }

  async insert(row: NewCourtCaseRow, parties: PartyRow[], tokens: readonly string[]): Promise<void> {
    await this.db.insertInto('court_case').values(row).execute();
    await this.replaceParties(row.id, parties, tokens);
  }

  /**
   * Updates a case only if it is still at `expectedVersion`.
   * @returns false when another change came first (optimistic locking).
   */
  async update(id: string, expectedVersion: number, set: Partial<NewCourtCaseRow>): Promise<boolean> {
    const r = await this.db
      .updateTable('court_case')
      .set(set)
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async replaceParties(caseId: string, parties: PartyRow[], tokens: readonly string[]): Promise<void> {
    await this.db.deleteFrom('party').where('case_id', '=', caseId).execute();
    await this.db.deleteFrom('case_search_token').where('case_id', '=', caseId).execute();
    if (parties.length) await this.db.insertInto('party').values(parties).execute();
    if (tokens.length) await this.db.insertInto('case_search_token').values(tokens.map((token) => ({ token, case_id: caseId }))).execute();
  }

  /** One page of cases, newest filing first, with names joined and the total count. */
  async list(filter: CaseFilter, limit: number, offset: number): Promise<{ rows: CaseListRow[]; total: number }> {
    if (filter.visibleDepartments !== 'all' && filter.visibleDepartments.length === 0) return { rows: [], total: 0 };
    const candidateTokens = filter.q ? await this.rarestTokens(filter.q) : null;
    if (candidateTokens && candidateTokens.length === 0 && normaliseForSearch(filter.q!).length > 0) {
      return { rows: [], total: 0 }; // some token of the query occurs in no case
    }

    const needle = filter.q ? normaliseForSearch(filter.q) : '';
    const condition = (eb: ExpressionBuilder<Database, 'court_case'>): Expression<SqlBool> => {
      const parts: Expression<SqlBool>[] = [];
      if (filter.visibleDepartments !== 'all') parts.push(eb('court_case.department_id', 'in', filter.visibleDepartments));
      if (filter.departmentId) parts.push(eb('court_case.department_id', '=', filter.departmentId));
      if (filter.judgeId) parts.push(eb('court_case.judge_id', '=', filter.judgeId));
      if (filter.clerkId) parts.push(eb('court_case.clerk_id', '=', filter.clerkId));
      if (filter.typeCode) parts.push(eb('court_case.type_code', '=', filter.typeCode));
      if (filter.year) parts.push(eb('court_case.year', '=', filter.year));
      if (filter.archiveState) parts.push(eb('court_case.archive_state', '=', filter.archiveState));
      if (filter.scopeStatus) parts.push(eb('court_case.scope_status', '=', filter.scopeStatus));
      if (filter.caseNumberKey) parts.push(eb('court_case.case_number_key', '=', filter.caseNumberKey));
      for (const token of candidateTokens ?? []) {
        parts.push(eb('court_case.id', 'in', eb.selectFrom('case_search_token').select('case_id').where('token', '=', token)));
      }
      if (needle) parts.push(eb('court_case.search_text', 'like', `%${needle}%`));
      return eb.and(parts);
    };

    const [rows, count] = await Promise.all([
      this.selectWithNames()
        .where((eb) => condition(eb as unknown as ExpressionBuilder<Database, 'court_case'>))
        .orderBy('court_case.filed_on', 'desc')
        .orderBy('court_case.id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute(),
      this.db
        .selectFrom('court_case')
        .where(condition)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(count.n) };
  }

  /**
   * The query's rarest tokens (at most SEARCH_TOKENS_USED), so that the index narrows the search to
   * few candidates whatever the query; [] when a token occurs nowhere; null for a one-character
   * query (matched by the exact text alone).
   */
  private async rarestTokens(q: string): Promise<string[] | null> {
    const tokens = searchTokens(q);
    if (tokens.length === 0 || normaliseForSearch(q).length < 2) return null;
    const counts = await this.db
      .selectFrom('case_search_token')
      .select(['token', (eb) => eb.fn.countAll<number>().as('n')])
      .where('token', 'in', tokens)
      .groupBy('token')
      .execute();
    if (counts.length < tokens.length) return [];
    return counts
      .sort((a, b) => Number(a.n) - Number(b.n))
      .slice(0, SEARCH_TOKENS_USED)
      .map((c) => c.token);
  }

  private selectWithNames() {
    return this.db
      .selectFrom('court_case')
      .innerJoin('department', 'department.id', 'court_case.department_id')
      .leftJoin('app_user as judge', 'judge.id', 'court_case.judge_id')
      .leftJoin('app_user as clerk', 'clerk.id', 'court_case.clerk_id')
      .leftJoin('team', 'team.id', 'court_case.team_id')
      .selectAll('court_case')
      .select([
        'department.name as department_name',
        'judge.display_name as judge_name',
        'clerk.display_name as clerk_name',
        'team.name as team_name',
      ]);
  }

  /** Bulk insert for seeding and benchmarks: one statement per table per batch. */
  async insertMany(batch: Array<{ row: NewCourtCaseRow; parties: PartyRow[]; tokens: readonly string[] }>): Promise<void> {
    if (batch.length === 0) return;
    await this.db.insertInto('court_case').values(batch.map((b) => b.row)).execute();
    const parties = batch.flatMap((b) => b.parties);
    for (let i = 0; i < parties.length; i += 500) await this.db.insertInto('party').values(parties.slice(i, i + 500)).execute();
    const tokens = batch.flatMap((b) => b.tokens.map((token) => ({ token, case_id: b.row.id })));
    for (let i = 0; i < tokens.length; i += 1000) {
      await this.db.insertInto('case_search_token').values(tokens.slice(i, i + 1000)).execute();
    }
  }
}
