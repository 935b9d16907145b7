import type { DeadlineCounts, DeadlineItem, DeadlineListQuery, DeadlineListResponse, DeadlineScopeValue, DeadlineSummary } from '../../common/deadline-api.js';
import { archiveStates, type ArchiveState } from '../../common/vocabulary.js';
import { can, type RequestContext } from '../domain/access.js';
import {
  allowedDeadlineScopes,
  archivingDeadline,
  closingBounds,
  deadlineRunsIn,
  defaultDeadlineScope,
  type DeadlineRule,
} from '../domain/archiving-deadline.js';
import { courtDate } from '../domain/court-calendar.js';
import { AppError } from '../errors.js';
import type { DeadlineFilter, DeadlineRepository, DeadlineRow } from '../repositories/deadline.repository.js';

const runningStates = archiveStates.filter(deadlineRunsIn);

const scopeRefusals: Record<DeadlineScopeValue, string> = {
  mine: '您没有查看案件的权限',
  division: '您不属于可查看的审判部门，不能查看本庭的归档期限',
  court: '查看全院的归档期限需要“查看全院案件”的权限',
};

/**
 * 归档期限 (docs/deadlines.md): which closed case files are due soon or overdue for handing over
 * to the archives, for a reader's own files, his division or the whole court.
 */
export class DeadlineService {
  /**
   * @param rule the period and warning window (config ARCHIVE_DEADLINE_MONTHS, ARCHIVE_DEADLINE_WARN_DAYS)
   * @param now the clock (tests may fix it)
   */
  constructor(
    private readonly deadlines: DeadlineRepository,
    private readonly rule: DeadlineRule,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * The files due soon or overdue in a scope, most urgent first, with both counts of the scope.
   * @throws PERMISSION_DENIED without case.read, or for a scope the reader may not use
   */
  async list(ctx: RequestContext, query: DeadlineListQuery): Promise<DeadlineListResponse> {
    const scope = this.scopeFor(ctx, query.scope);
    const today = courtDate(this.now());
    const bounds = closingBounds(today, this.rule);
    const base = this.filter(ctx, scope, bounds.attentionUpTo);
    const filter: DeadlineFilter =
      query.status === 'overdue'
        ? { ...base, closedUpTo: bounds.overdueUpTo }
        : query.status === 'due_soon'
          ? { ...base, closedAfter: bounds.overdueUpTo }
          : base;
    const [page, counts] = await Promise.all([this.deadlines.list(filter, query.limit, query.offset), this.counts(base, bounds.overdueUpTo)]);
    return {
      scope,
      today,
      rule: { ...this.rule },
      items: page.rows.map((r) => this.item(r, today)),
      total: page.total,
      counts,
    };
  }

  /**
   * Counts for reminders: the reader's default scope, every scope he may open, and per department
   * for readers of the whole court.
   * @throws PERMISSION_DENIED without case.read
   */
  async summary(ctx: RequestContext): Promise<DeadlineSummary> {
    const defaultScope = defaultDeadlineScope(ctx.actor);
    if (!defaultScope) throw new AppError('PERMISSION_DENIED');
    const today = courtDate(this.now());
    const bounds = closingBounds(today, this.rule);
    const scopes = await Promise.all(
      allowedDeadlineScopes(ctx.actor).map(async (scope) => ({ scope, ...(await this.counts(this.filter(ctx, scope, bounds.attentionUpTo), bounds.overdueUpTo)) })),
    );
    const byDepartment = scopes.some((s) => s.scope === 'court')
      ? (await this.deadlines.countsByDepartment(this.filter(ctx, 'court', bounds.attentionUpTo), bounds.overdueUpTo)).map((d) => ({
          departmentId: d.departmentId,
          department: d.department,
          overdue: d.overdue,
          dueSoon: d.later,
        }))
      : null;
    const mine = scopes.find((s) => s.scope === defaultScope)!;
    return { today, rule: { ...this.rule }, defaultScope, counts: { dueSoon: mine.dueSoon, overdue: mine.overdue }, scopes, byDepartment };
  }

  private scopeFor(ctx: RequestContext, asked: DeadlineScopeValue | undefined): DeadlineScopeValue {
    if (!can(ctx.actor, 'case.read')) throw new AppError('PERMISSION_DENIED');
    const scope = asked ?? defaultDeadlineScope(ctx.actor)!;
    if (!allowedDeadlineScopes(ctx.actor).includes(scope)) throw new AppError('PERMISSION_DENIED', scopeRefusals[scope], { scope });
    return scope;
  }

  /** The reader's visibility (as on the case list), narrowed to the scope. */
  private filter(ctx: RequestContext, scope: DeadlineScopeValue, closedUpTo: string): DeadlineFilter {
    const base: DeadlineFilter = { visibleDepartments: ctx.actor.caseDepartments, runningStates, closedUpTo };
    if (scope === 'mine') return { ...base, userId: ctx.actor.id };
    if (scope === 'division') return { ...base, departmentId: ctx.actor.departmentId! };
    return base;
  }

  private async counts(filter: DeadlineFilter, overdueUpTo: string): Promise<DeadlineCounts> {
    const c = await this.deadlines.counts(filter, overdueUpTo);
    return { overdue: c.overdue, dueSoon: c.later };
  }

  private item(r: DeadlineRow, today: string): DeadlineItem {
    const archiveState = r.archive_state as ArchiveState;
    const d = archivingDeadline({ archiveState, closedOn: r.closed_on }, today, this.rule);
    if (!d.applies) throw new Error(`case ${r.id}: a listed file has no running deadline`); // the query selects running files only
    const clerk = r.clerk_id ? { id: r.clerk_id, name: r.clerk_name ?? '' } : null;
    const judge = r.judge_id ? { id: r.judge_id, name: r.judge_name ?? '' } : null;
    return {
      caseId: r.id,
      caseNumber: r.case_number,
      causeOfAction: r.cause_of_action,
      departmentId: r.department_id,
      department: r.department_name,
      clerk,
      judge,
      closedAt: r.closed_on,
      dueAt: d.dueOn,
      status: d.status,
      days: d.days,
      archiveState,
      holder: d.holder,
      holderName: (d.holder === 'judge' ? judge : clerk)?.name ?? null,
    };
  }
}
