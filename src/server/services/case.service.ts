import { randomUUID } from 'node:crypto';
import {
  caseInput as caseInputSchema,
  type AuditListResponse,
  type CaseDetail,
  type CaseInput,
  type CaseListQuery,
  type CaseListResponse,
  type CasePatch,
} from '../../common/api.js';
import type { ArchiveState, CaseFlag, PartyKind, ScopeStatus } from '../../common/vocabulary.js';
import type { Db } from '../db/connect.js';
import type { CourtCaseRow, NewCourtCaseRow, PartyRow } from '../db/schema.js';
import { can, canSeeDepartment, type RequestContext } from '../domain/access.js';
import { archiveEventLabels, stateAfterClosingChange, transition, type ArchiveEvent } from '../domain/archive-workflow.js';
import { parseCaseNumber, typeCodeInfo } from '../domain/case-number/index.js';
import { caseSearchText, caseSearchTokens } from '../domain/search-tokens.js';
import { AppError } from '../errors.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { CaseRepository, type CaseListRow } from '../repositories/case.repository.js';
import { CaseEventRepository } from '../repositories/case-event.repository.js';
import { ReferenceRepository } from '../repositories/reference.repository.js';
import { UserRepository } from '../repositories/user.repository.js';
import { recordAudit, type AuditService } from './audit.service.js';
import type { ScopeService } from './scope.service.js';
import { scopeFacts } from './scope-facts.js';
import { courtDate } from '../domain/court-calendar.js';

type ParsedInput = ReturnType<typeof caseInputSchema.parse>;

/** Use cases on cases (案件): list, read, create and update, each change audited. */
export class CaseService {
  constructor(
    private readonly db: Db,
    private readonly cases: CaseRepository,
    private readonly reference: ReferenceRepository,
    private readonly users: UserRepository,
    private readonly audit: AuditService,
    private readonly scope: ScopeService,
    private readonly queue: JobQueue,
  ) {}

  /** A page of the cases the actor may see. @throws PERMISSION_DENIED without case.read. */
  async list(ctx: RequestContext, query: CaseListQuery): Promise<CaseListResponse> {
    if (!can(ctx.actor, 'case.read')) throw new AppError('PERMISSION_DENIED');
    const [departmentId, judgeId, clerkId] = await Promise.all([
      query.department ? this.departmentIdOf(query.department) : undefined,
      query.judge ? this.userIdOf(query.judge) : undefined,
      query.clerk ? this.userIdOf(query.clerk) : undefined,
    ]);
    const { rows, total } = await this.cases.list(
      {
        visibleDepartments: ctx.actor.caseDepartments,
        departmentId,
        judgeId,
        clerkId,
        typeCode: query.typeCode,
        year: query.year,
        archiveState: query.archiveState,
        scopeStatus: query.scope,
        ...searchFilter(query.q),
      },
      query.limit,
      query.offset,
    );
    const parties = await this.cases.parties(rows.map((r) => r.id));
    const names = new Map<string, string[]>();
    for (const p of parties) names.set(p.case_id, [...(names.get(p.case_id) ?? []), p.name]);
    return { items: rows.map((r) => toSummary(r, names.get(r.id) ?? [])), total };
  }

  /** @throws CASE_NOT_FOUND when the case does not exist or the actor may not see it. */
  async get(ctx: RequestContext, id: string): Promise<CaseDetail> {
    const row = await this.visibleRow(ctx, id);
    return this.detail(row);
  }

  /** The case's change history from the audit trail. @throws CASE_NOT_FOUND */
  async history(ctx: RequestContext, id: string, limit: number, offset: number): Promise<AuditListResponse> {
    await this.visibleRow(ctx, id);
    return this.audit.historyOf('case', id, limit, offset);
  }

  /**
   * Creates a case.
   * @throws CASE_NUMBER_INVALID (details.part names the wrong part), CASE_NUMBER_TAKEN,
   *   CASE_EXTERNAL_ID_TAKEN, REFERENCE_NOT_FOUND, PERMISSION_DENIED
   */
  async create(ctx: RequestContext, raw: CaseInput, now = new Date()): Promise<CaseDetail> {
    if (!can(ctx.actor, 'case.write')) throw new AppError('PERMISSION_DENIED');
    const input = caseInputSchema.parse(raw);
    const court = await this.reference.court();
    if (!court) throw new AppError('REFERENCE_NOT_FOUND', '尚未配置本院信息');
    const number = this.parseNumber(input.caseNumber, court.code);
    const refs = await this.resolveRefs(input);
    if (!canSeeDepartment(ctx.actor, refs.departmentId)) throw new AppError('PERMISSION_DENIED', '您只能为本部门新建案件');

    const id = randomUUID();
    const iso = now.toISOString();
    const closed = Boolean(input.closedAt);
    const row: CourtCaseRow = {
      id,
      court_id: court.id,
      external_id: input.externalId ?? null,
      case_number: number.original,
      case_number_key: number.key,
      year: number.year,
      court_code: number.courtCode,
      special_code: number.specialCode,
      type_code: number.typeCode,
      sequence: number.sequence,
      is_legacy: number.legacy ? 1 : 0,
      cause_of_action: input.causeOfAction,
      department_id: refs.departmentId,
      team_id: refs.teamId,
      judge_id: refs.judgeId,
      clerk_id: refs.clerkId,
      filed_on: input.filedAt,
      closed_on: input.closedAt ?? null,
      closing_method: input.closingMethod ?? null,
      flags: JSON.stringify([...new Set(input.flags)]),
      archive_state: stateAfterClosingChange('collecting', closed),
      scope_status: 'pending' satisfies ScopeStatus,
      scope_explanation: null,
      scope_rule_id: null,
      scope_rule_set_version: null,
      scope_basis: null,
      scope_as_of: null,
      search_text: caseSearchText(number.original, input.parties.map((p) => p.name)),
      version: 1,
      created_at: iso,
      updated_at: iso,
    };
    this.checkDates(row.filed_on, row.closed_on);
    const parties = toPartyRows(id, input.parties);

    await this.db.transaction().execute(async (trx) => {
      const cases = this.cases.with(trx);
      if (await cases.byKey(number.key)) throw new AppError('CASE_NUMBER_TAKEN', `案号“${number.original}”已存在`);
      if (input.externalId && (await cases.byExternalId(input.externalId))) throw new AppError('CASE_EXTERNAL_ID_TAKEN');
      const ruleSet = await this.scope.ruleSetInForce(trx);
      Object.assign(row, this.scope.decide(ruleSet, scopeFacts(row, refs, parties), row, courtDate(now)));
      await cases.insert(row, parties, caseSearchTokens(number.original, input.parties.map((p) => p.name)));
      await recordAudit(trx, ctx, 'case.create', { type: 'case', id }, null, auditView(row, parties));
      // A case entered already closed goes straight to cataloguing: propose its catalogue.
      if (row.archive_state === 'cataloguing') await this.queue.enqueue(trx, 'catalogue.propose', { caseId: id });
    });
    return this.get(ctx, id);
  }

  /**
   * Changes a case. Only the fields given change; parties, when given, replace the list.
   * @throws CASE_NOT_FOUND, CASE_VERSION_CONFLICT, REFERENCE_NOT_FOUND, PERMISSION_DENIED
   */
  async update(ctx: RequestContext, id: string, patch: CasePatch, now = new Date()): Promise<CaseDetail> {
    if (!can(ctx.actor, 'case.write')) throw new AppError('PERMISSION_DENIED');
    await this.db.transaction().execute(async (trx) => {
      const cases = this.cases.with(trx);
      const current = await cases.byId(id);
      if (!current || !canSeeDepartment(ctx.actor, current.department_id)) throw new AppError('CASE_NOT_FOUND');
      if (patch.version !== undefined && patch.version !== current.version) throw new AppError('CASE_VERSION_CONFLICT');

      const refs = await this.resolveRefs(
        {
          department: patch.department ?? current.department_id,
          team: patch.team === undefined ? current.team_id ?? undefined : patch.team ?? undefined,
          judge: patch.judge === undefined ? current.judge_id ?? undefined : patch.judge ?? undefined,
          clerk: patch.clerk === undefined ? current.clerk_id ?? undefined : patch.clerk ?? undefined,
        },
        trx,
      );
      if (!canSeeDepartment(ctx.actor, refs.departmentId)) throw new AppError('PERMISSION_DENIED', '您不能把案件移到本部门以外');

      const closedOn = patch.closedAt === undefined ? current.closed_on : patch.closedAt;
      const set: Partial<NewCourtCaseRow> = {
        cause_of_action: patch.causeOfAction ?? current.cause_of_action,
        external_id: patch.externalId ?? current.external_id,
        department_id: refs.departmentId,
        team_id: refs.teamId,
        judge_id: refs.judgeId,
        clerk_id: refs.clerkId,
        filed_on: patch.filedAt ?? current.filed_on,
        closed_on: closedOn,
        closing_method: patch.closingMethod === undefined ? current.closing_method : patch.closingMethod,
        flags: patch.flags ? JSON.stringify([...new Set(patch.flags)]) : current.flags,
        archive_state: stateAfterClosingChange(current.archive_state as ArchiveState, Boolean(closedOn)),
      };
      this.checkDates(set.filed_on!, set.closed_on ?? null);
      if (set.external_id !== current.external_id && set.external_id && (await cases.byExternalId(set.external_id))) {
        throw new AppError('CASE_EXTERNAL_ID_TAKEN');
      }
      const oldParties = await cases.parties([id]);
      const newParties = patch.parties ? toPartyRows(id, caseInputSchema.shape.parties.parse(patch.parties)) : null;
      if (newParties) set.search_text = caseSearchText(current.case_number, newParties.map((p) => p.name));
      const ruleSet = await this.scope.ruleSetInForce(trx);
      const next = { ...current, ...set } as CourtCaseRow;
      Object.assign(set, this.scope.decide(ruleSet, scopeFacts(next, refs, newParties ?? oldParties), current, courtDate(now)));

      const before = auditView(current, oldParties);
      const after = auditView({ ...current, ...set } as CourtCaseRow, newParties ?? oldParties);
      const changed = changedFields(before, after);
      if (Object.keys(changed.after).length === 0) return; // nothing to do, nothing to audit

      set.version = current.version + 1;
      set.updated_at = now.toISOString();
      if (!(await cases.update(id, current.version, set))) throw new AppError('CASE_VERSION_CONFLICT');
      if (newParties) {
        await cases.replaceParties(id, newParties, caseSearchTokens(current.case_number, newParties.map((p) => p.name)));
      }
      await recordAudit(trx, ctx, 'case.update', { type: 'case', id }, changed.before, changed.after);
      if (set.archive_state !== undefined && set.archive_state !== current.archive_state) {
        await new CaseEventRepository(trx).append({
          caseId: id,
          externalId: set.external_id ?? current.external_id,
          type: 'archive_state_changed',
          payload: { caseNumber: current.case_number, from: current.archive_state, to: set.archive_state },
          createdAt: now.toISOString(),
        });
        // Closed (结案): the file moves to cataloguing, and auto-cataloguing proposes its catalogue.
        if (set.archive_state === 'cataloguing') await this.queue.enqueueOnce(trx, 'catalogue.propose', { caseId: id });
      }
    });
    return this.get(ctx, id);
  }

  /**
   * Moves a case file along the archive workflow (提交审核, 退回修改, 审核通过 …) inside the caller's
   * transaction: checks the transition, bumps the case version, audits `archive.<event>` with the
   * details, and tells the trial system (case_event).
   * @throws ARCHIVE_TRANSITION_INVALID with the Chinese reason, CASE_VERSION_CONFLICT
   */
  async applyArchiveEvent(trx: Db, ctx: RequestContext, current: CourtCaseRow, event: ArchiveEvent, details: Record<string, unknown> = {}): Promise<ArchiveState> {
    const from = current.archive_state as ArchiveState;
    const t = transition(from, event);
    if (!t.ok) throw new AppError('ARCHIVE_TRANSITION_INVALID', t.message, { from, event });
    const now = new Date().toISOString();
    if (!(await this.cases.with(trx).update(current.id, current.version, { archive_state: t.to, version: current.version + 1, updated_at: now }))) {
      throw new AppError('CASE_VERSION_CONFLICT');
    }
    await recordAudit(trx, ctx, `archive.${event}`, { type: 'case', id: current.id }, { archiveState: from }, { archiveState: t.to, event: archiveEventLabels[event], ...details });
    await new CaseEventRepository(trx).append({
      caseId: current.id,
      externalId: current.external_id,
      type: 'archive_state_changed',
      payload: { caseNumber: current.case_number, from, to: t.to },
      createdAt: now,
    });
    return t.to;
  }

  /** A department given by id or by name (outside systems know names); unknown → matches nothing. */
  private async departmentIdOf(key: string): Promise<string> {
    const d = (await this.reference.departments()).find((x) => x.id === key || x.name === key);
    return d?.id ?? key;
  }

  /** A person given by id or by username; unknown → matches nothing. */
  private async userIdOf(key: string): Promise<string> {
    return (await this.users.byUsername(key))?.id ?? key;
  }

  /**
   * Decides the pilot scope of every case still pending (cases created before the rule engine, or
   * imported in bulk), in batches, each decision audited.
   * @returns the number of cases decided.
   */
  async decidePendingScopes(ctx: RequestContext, now = new Date(), batch = 500): Promise<number> {
    let done = 0;
    for (;;) {
      const ids = await this.cases.pendingScopeIds(batch);
      if (ids.length === 0) return done;
      await this.db.transaction().execute(async (trx) => {
        const cases = this.cases.with(trx);
        const ruleSet = await this.scope.ruleSetInForce(trx);
        const rows = await cases.byIds(ids);
        const parties = await cases.parties(ids);
        for (const row of rows) {
          const own = parties.filter((p) => p.case_id === row.id);
          const refs = { departmentName: row.department_name, teamName: row.team_name, judgeName: row.judge_name };
          const decided = this.scope.decide(ruleSet, scopeFacts(row, refs, own), row, courtDate(now));
          await cases.setDerived(row.id, decided);
          await recordAudit(trx, ctx, 'case.scope', { type: 'case', id: row.id }, { scopeStatus: row.scope_status }, {
            scopeStatus: decided.scope_status,
            scopeRuleId: decided.scope_rule_id,
            scopeRuleSetVersion: decided.scope_rule_set_version,
            scopeExplanation: decided.scope_explanation,
          });
        }
      });
      done += ids.length;
    }
  }

  /** The case row if the actor may see it. @throws CASE_NOT_FOUND, PERMISSION_DENIED */
  async visibleRow(ctx: RequestContext, id: string): Promise<CaseListRow> {
    if (!can(ctx.actor, 'case.read')) throw new AppError('PERMISSION_DENIED');
    const row = await this.cases.byId(id);
    if (!row || !canSeeDepartment(ctx.actor, row.department_id)) throw new AppError('CASE_NOT_FOUND');
    return row;
  }

  private async detail(row: CaseListRow): Promise<CaseDetail> {
    const [parties, court] = await Promise.all([this.cases.parties([row.id]), this.reference.court()]);
    return {
      ...toSummary(
        row,
        parties.map((p) => p.name),
      ),
      externalId: row.external_id,
      courtCode: row.court_code,
      court: court?.name ?? '',
      specialCode: row.special_code,
      sequence: row.sequence,
      legacyNumber: row.is_legacy === 1,
      team: row.team_id ? { id: row.team_id, name: row.team_name ?? '' } : null,
      closingMethod: row.closing_method,
      flags: JSON.parse(row.flags) as CaseFlag[],
      scopeExplanation: row.scope_explanation,
      scopeRuleId: row.scope_rule_id,
      scopeRuleSetVersion: row.scope_rule_set_version,
      partyList: parties.map((p) => ({ id: p.id, seq: p.seq, role: p.role, name: p.name, kind: p.kind as PartyKind })),
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  private parseNumber(text: string, courtCode: string) {
    const parsed = parseCaseNumber(text);
    if (!parsed.ok) {
      throw new AppError('CASE_NUMBER_INVALID', parsed.error.message, { field: 'caseNumber', part: parsed.error.part });
    }
    const n = parsed.value;
    if (!n.legacy && n.courtCode !== courtCode) {
      throw new AppError('CASE_NUMBER_INVALID', `案号中的法院代字“${n.courtCode}”不是本院（${courtCode}）`, {
        field: 'caseNumber',
        part: 'court',
      });
    }
    return n;
  }

  private checkDates(filedOn: string, closedOn: string | null): void {
    if (closedOn && closedOn < filedOn) {
      throw new AppError('VALIDATION_FAILED', '结案日期不能早于立案日期', { field: 'closedAt' });
    }
  }

  /**
   * Resolves department and team by name (or id) and judge and clerk by username (or id), and
   * checks that they belong together. @throws REFERENCE_NOT_FOUND naming what is missing.
   */
  private async resolveRefs(
    input: { department: string; team?: string; judge?: string; clerk?: string },
    db: Db = this.db,
  ): Promise<ResolvedRefs> {
    const reference = this.reference.with(db);
    const users = this.users.with(db);
    const department = (await reference.departments()).find((d) => d.name === input.department || d.id === input.department);
    if (!department) throw new AppError('REFERENCE_NOT_FOUND', `部门“${input.department}”不存在`, { field: 'department' });
    let team: { id: string; name: string } | null = null;
    if (input.team) {
      const hit = (await reference.teams()).find((t) => t.department_id === department.id && (t.name === input.team || t.id === input.team));
      if (!hit) throw new AppError('REFERENCE_NOT_FOUND', `${department.name}没有团队“${input.team}”`, { field: 'team' });
      team = hit;
    }
    const person = async (key: string | undefined, field: 'judge' | 'clerk', label: string) => {
      if (!key) return null;
      const u = (await users.byUsername(key)) ?? (await users.byId(key));
      if (!u || u.kind !== 'person') throw new AppError('REFERENCE_NOT_FOUND', `${label}账号“${key}”不存在`, { field });
      return u;
    };
    const judge = await person(input.judge, 'judge', '承办法官');
    const clerk = await person(input.clerk, 'clerk', '书记员');
    return {
      departmentId: department.id,
      departmentName: department.name,
      teamId: team?.id ?? null,
      teamName: team?.name ?? null,
      judgeId: judge?.id ?? null,
      judgeName: judge?.display_name ?? null,
      clerkId: clerk?.id ?? null,
    };
  }
}

/**
 * A query that is a whole case number is looked up by its normalised key (either bracket width,
 * full-width digits); anything else is a substring search over case numbers and party names.
 */
function searchFilter(q: string | undefined): { q?: string; caseNumberKey?: string } {
  if (!q) return {};
  const parsed = parseCaseNumber(q);
  return parsed.ok ? { caseNumberKey: parsed.value.key } : { q };
}

interface ResolvedRefs {
  departmentId: string;
  departmentName: string;
  teamId: string | null;
  teamName: string | null;
  judgeId: string | null;
  judgeName: string | null;
  clerkId: string | null;
}

function toPartyRows(caseId: string, parties: ParsedInput['parties']): PartyRow[] {
  return parties.map((p, i) => ({ id: randomUUID(), case_id: caseId, seq: i + 1, role: p.role, name: p.name, kind: p.kind }));
}

function toSummary(r: CaseListRow, partyNames: string[]) {
  return {
    id: r.id,
    caseNumber: r.case_number,
    year: r.year,
    typeCode: r.type_code,
    typeName: typeCodeInfo(r.type_code)?.name ?? null,
    causeOfAction: r.cause_of_action,
    department: r.department_name,
    departmentId: r.department_id,
    judge: r.judge_name,
    judgeId: r.judge_id,
    clerk: r.clerk_name,
    clerkId: r.clerk_id,
    filedAt: r.filed_on,
    closedAt: r.closed_on,
    archiveState: r.archive_state as ArchiveState,
    scopeStatus: r.scope_status as ScopeStatus,
    parties: partyNames,
  };
}

/** The business fields of a case as the audit trail records them (no derived search fields). */
function auditView(r: CourtCaseRow, parties: PartyRow[]): Record<string, unknown> {
  return {
    caseNumber: r.case_number,
    externalId: r.external_id,
    causeOfAction: r.cause_of_action,
    departmentId: r.department_id,
    teamId: r.team_id,
    judgeId: r.judge_id,
    clerkId: r.clerk_id,
    filedAt: r.filed_on,
    closedAt: r.closed_on,
    closingMethod: r.closing_method,
    flags: JSON.parse(r.flags) as unknown,
    archiveState: r.archive_state,
    scopeStatus: r.scope_status,
    scopeRuleId: r.scope_rule_id,
    scopeRuleSetVersion: r.scope_rule_set_version,
    parties: parties.map((p) => ({ role: p.role, name: p.name, kind: p.kind })),
  };
}

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const k of Object.keys(after)) {
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) {
      b[k] = before[k];
      a[k] = after[k];
    }
  }
  return { before: b, after: a };
}
