import { z } from 'zod';
import type { ScopePreview } from '../../common/api.js';
import { scopeRuleSet, type ScopeRuleSet, type ScopeRuleSetInput } from '../../common/scope-rules.js';
import type { ArchiveState, ScopeStatus } from '../../common/vocabulary.js';
import type { Db } from '../db/connect.js';
import type { CourtCaseRow } from '../db/schema.js';
import { can, systemContext, type RequestContext } from '../domain/access.js';
import { isArchiveFinal } from '../domain/archive-workflow.js';
import { courtDate } from '../domain/court-calendar.js';
import { defaultRuleSet, evaluateScope, ruleSetFindings, stickyExplanation, type ScopeCase, type ScopeDecision } from '../domain/scope/index.js';
import { CaseRepository, type CaseListRow } from '../repositories/case.repository.js';
import { ReferenceRepository } from '../repositories/reference.repository.js';
import { scopeFacts } from './scope-facts.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { AppError } from '../errors.js';
import { ScopeRepository } from '../repositories/scope.repository.js';
import { recordAudit } from './audit.service.js';

/** The scope fields stored on a case. */
export interface StoredScope {
  scope_status: ScopeStatus;
  scope_explanation: string | null;
  scope_rule_id: string | null;
  scope_rule_set_version: number | null;
  scope_basis: string | null;
  scope_as_of: string | null;
}

/**
 * Pilot scope (试点范围): the rule set in force, and the decision stored on every case when it is
 * created or changed. The evaluation itself is pure domain code (domain/scope).
 */
export class ScopeService {
  private cache: { version: number; ruleSet: ScopeRuleSet } | null = null;

  constructor(
    private readonly db: Db,
    private readonly scopes: ScopeRepository,
    private readonly cases: CaseRepository,
    private readonly reference: ReferenceRepository,
    private readonly queue: JobQueue,
  ) {}

  /** The newest published rule set. @throws REFERENCE_NOT_FOUND when none has been published. */
  async ruleSetInForce(db: Db = this.db): Promise<ScopeRuleSet> {
    const repo = this.scopes.with(db);
    const version = await repo.latestPublishedVersion();
    if (version === null) throw new AppError('REFERENCE_NOT_FOUND', '尚未发布试点范围规则集');
    if (this.cache?.version === version) return this.cache.ruleSet;
    const row = (await repo.latestPublished())!;
    const ruleSet = scopeRuleSet.parse(JSON.parse(row.rule_set_json));
    this.cache = { version, ruleSet };
    return ruleSet;
  }

  /** Publishes the plan's default rule set as version 1 when no rule set exists yet (first start). */
  async ensureDefault(ctx: RequestContext = systemContext('scope-default'), now = new Date()): Promise<boolean> {
    if ((await this.scopes.latestPublishedVersion()) !== null) return false;
    const ruleSet = defaultRuleSet();
    await this.db.transaction().execute(async (trx) => {
      await this.scopes.with(trx).insert({
        version: ruleSet.version,
        status: 'published',
        rule_set_json: JSON.stringify(ruleSet),
        note: '试点方案（青法〔2021〕116号）默认规则',
        created_by: null,
        created_at: now.toISOString(),
        published_by: null,
        published_at: now.toISOString(),
      });
      await recordAudit(trx, ctx, 'scope.publish', { type: 'scope_rule_set', id: String(ruleSet.version) }, null, ruleSet);
    });
    return true;
  }

  /**
   * The decision to store on a case. A case whose file is already archived keeps the regime it was
   * archived under, whatever later rule sets say (the decision is sticky).
   * @param asOf the date the file is (or will at the earliest be) archived: today for open files.
   */
  decide(
    ruleSet: ScopeRuleSet,
    facts: ScopeCase,
    current: Pick<CourtCaseRow, 'archive_state'> & Partial<Pick<CourtCaseRow, keyof StoredScope>>,
    asOf: string,
  ): StoredScope {
    if (isArchiveFinal(current.archive_state as ArchiveState) && current.scope_status && current.scope_status !== 'pending') {
      const kept = current.scope_explanation ?? '';
      return {
        scope_status: current.scope_status as ScopeStatus,
        // The explanation says that the regime is kept (the date is the archiving date the decision assumed).
        scope_explanation: kept.startsWith(STICKY_PREFIX)
          ? kept
          : stickyExplanation(
              {
                inScope: current.scope_status === 'in',
                ruleId: current.scope_rule_id ?? null,
                ruleNumber: null,
                ruleSetVersion: current.scope_rule_set_version ?? 0,
                basis: (current.scope_basis as ScopeDecision['basis'] | null) ?? 'none',
                explanation: kept,
              },
              current.scope_as_of ?? '',
            ),
        scope_rule_id: current.scope_rule_id ?? null,
        scope_rule_set_version: current.scope_rule_set_version ?? null,
        scope_basis: current.scope_basis ?? null,
        scope_as_of: current.scope_as_of ?? null,
      };
    }
    return toStored(evaluateScope(ruleSet, facts, asOf), asOf);
  }

  /**
   * Evaluates a case description against the rule set in force without storing anything.
   * @param asOf the archiving date (default: today, the court's calendar day).
   */
  async evaluate(ctx: RequestContext, facts: ScopeCase, asOf?: string, now = new Date()): Promise<ScopeDecision> {
    if (!can(ctx.actor, 'case.read')) throw new AppError('PERMISSION_DENIED');
    return evaluateScope(await this.ruleSetInForce(), facts, asOf ?? courtDate(now));
  }

  /**
   * Saves a draft rule set as the next version. Rule sets are validated by their schema and by the
   * domain findings (unknown causes, type codes, departments …).
   * @throws SCOPE_RULE_SET_INVALID with every issue, PERMISSION_DENIED without scope.manage
   */
  async createDraft(ctx: RequestContext, input: { ruleSet: Omit<ScopeRuleSetInput, 'version'>; note?: string }, now = new Date()) {
    if (!can(ctx.actor, 'scope.manage')) throw new AppError('PERMISSION_DENIED');
    // Rules concern the departments that handle cases, not 办公室 or 行装科.
    const departments = (await this.reference.departments()).filter((d) => d.kind !== 'administration').map((d) => d.name);
    return this.db.transaction().execute(async (trx) => {
      const repo = this.scopes.with(trx);
      const version = (await repo.maxVersion()) + 1;
      const parsed = scopeRuleSet.safeParse({ ...input.ruleSet, version });
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({ code: 'SCOPE_SCHEMA', severity: 'error', path: i.path.map((p) => (typeof p === 'number' ? p : String(p))), message: i.message }));
        throw new AppError('SCOPE_RULE_SET_INVALID', `试点范围规则集有误：${issues.map((i) => i.message).join('；')}`, { issues });
      }
      const findings = ruleSetFindings(parsed.data, departments);
      if (!findings.ok) {
        const errors = findings.issues.filter((i) => i.severity === 'error');
        throw new AppError('SCOPE_RULE_SET_INVALID', `试点范围规则集有误：${errors.map((i) => i.message).join('；')}`, { issues: findings.issues });
      }
      await repo.insert({
        version,
        status: 'draft',
        rule_set_json: JSON.stringify(parsed.data),
        note: input.note ?? '',
        created_by: ctx.actor.id,
        created_at: now.toISOString(),
        published_by: null,
        published_at: null,
      });
      await recordAudit(trx, ctx, 'scope.draft', { type: 'scope_rule_set', id: String(version) }, null, parsed.data);
      return { version, status: 'draft' as const, note: input.note ?? '', createdAt: now.toISOString(), publishedAt: null, ruleSet: parsed.data, findings: findings.issues };
    });
  }

  /**
   * What publishing a draft would change: every case evaluated under the rule set in force and
   * under the draft, for one archiving date, counted per department. Reads cases in pages; stores
   * nothing. @throws SCOPE_RULE_SET_NOT_FOUND
   */
  async preview(ctx: RequestContext, draftVersion: number, asOf?: string, now = new Date()): Promise<ScopePreview> {
    if (!can(ctx.actor, 'scope.manage')) throw new AppError('PERMISSION_DENIED');
    const row = await this.scopes.byVersion(draftVersion);
    if (!row) throw new AppError('SCOPE_RULE_SET_NOT_FOUND');
    const draft = scopeRuleSet.parse(JSON.parse(row.rule_set_json));
    const current = await this.ruleSetInForce();
    const date = asOf ?? courtDate(now);
    const byDepartment = new Map<string, ScopePreview['departments'][number]>();
    const samples: ScopePreview['samples'] = [];
    await this.eachCase((r, facts) => {
      if (r.filed_on > date) return; // a file cannot be archived before its case was filed
      // Archived files keep their regime: they never enter or leave.
      const sticky = isArchiveFinal(r.archive_state as ArchiveState) && r.scope_status !== 'pending';
      const before = sticky ? r.scope_status === 'in' : evaluateScope(current, facts, date).inScope;
      const afterDecision = sticky ? null : evaluateScope(draft, facts, date);
      const after = afterDecision ? afterDecision.inScope : before;
      const d = byDepartment.get(r.department_name) ?? { department: r.department_name, total: 0, inBefore: 0, inAfter: 0, entering: 0, leaving: 0 };
      d.total++;
      if (before) d.inBefore++;
      if (after) d.inAfter++;
      if (after && !before) d.entering++;
      if (before && !after) d.leaving++;
      byDepartment.set(r.department_name, d);
      if (before !== after && samples.length < PREVIEW_SAMPLE) {
        samples.push({ caseId: r.id, caseNumber: r.case_number, department: r.department_name, change: after ? 'enter' : 'leave', explanation: afterDecision!.explanation });
      }
    });
    const order = (await this.reference.departments()).map((d) => d.name);
    const departments = [...byDepartment.values()].sort((a, b) => order.indexOf(a.department) - order.indexOf(b.department));
    return {
      draftVersion,
      publishedVersion: current.version,
      asOf: date,
      total: departments.reduce((n, d) => n + d.total, 0),
      entering: departments.reduce((n, d) => n + d.entering, 0),
      leaving: departments.reduce((n, d) => n + d.leaving, 0),
      departments,
      samples,
    };
  }

  /**
   * Publishes a draft: it becomes the rule set in force, and a background job re-decides every
   * case (archived files keep their regime). @returns the job that re-evaluates.
   * @throws SCOPE_RULE_SET_NOT_FOUND when the version is not a draft
   */
  async publish(ctx: RequestContext, version: number, now = new Date()): Promise<{ version: number; jobId: string }> {
    if (!can(ctx.actor, 'scope.manage')) throw new AppError('PERMISSION_DENIED');
    return this.db.transaction().execute(async (trx) => {
      const repo = this.scopes.with(trx);
      const row = await repo.byVersion(version);
      if (!row || row.status !== 'draft') throw new AppError('SCOPE_RULE_SET_NOT_FOUND', `第 ${version} 版不是待发布的草稿`);
      const inForce = await repo.latestPublishedVersion();
      if (inForce !== null && version < inForce) {
        throw new AppError('SCOPE_RULE_SET_STALE', `第 ${version} 版草稿早于现行的第 ${inForce} 版，不能发布；请在现行版本的基础上另存草稿`);
      }
      if (!(await repo.markPublished(version, ctx.actor.id, now.toISOString()))) throw new AppError('SCOPE_RULE_SET_NOT_FOUND');
      const jobId = await this.queue.enqueue(trx, 'scope.reevaluate', { version }, { now });
      await recordAudit(trx, ctx, 'scope.publish', { type: 'scope_rule_set', id: String(version) }, { status: 'draft' }, { status: 'published', jobId });
      return { version, jobId };
    });
  }

  /**
   * Re-decides one page of cases (id order after `afterId`) under the rule set in force, in one
   * transaction. Only decisions whose status or rule changed are audited one by one.
   */
  async reevaluatePage(afterId: string, limit: number, now = new Date()): Promise<{ lastId: string | null; processed: number; changed: number }> {
    return this.db.transaction().execute(async (trx) => {
      const cases = this.cases.with(trx);
      const ruleSet = await this.ruleSetInForce(trx);
      const rows = await cases.pageAfter(afterId, limit);
      if (rows.length === 0) return { lastId: null, processed: 0, changed: 0 };
      const parties = await cases.parties(rows.map((r) => r.id));
      const ctx = systemContext('scope-reevaluate');
      let changed = 0;
      for (const r of rows) {
        const own = parties.filter((p) => p.case_id === r.id);
        const next = this.decide(ruleSet, scopeFacts(r, { departmentName: r.department_name, teamName: r.team_name, judgeName: r.judge_name }, own), r, courtDate(now));
        if (next.scope_status === r.scope_status && next.scope_rule_id === r.scope_rule_id && next.scope_rule_set_version === r.scope_rule_set_version && next.scope_explanation === r.scope_explanation) continue;
        await cases.setDerived(r.id, next);
        if (next.scope_status !== r.scope_status || next.scope_rule_id !== r.scope_rule_id) {
          changed++;
          await recordAudit(trx, ctx, 'case.scope', { type: 'case', id: r.id },
            { scopeStatus: r.scope_status, scopeRuleId: r.scope_rule_id, scopeRuleSetVersion: r.scope_rule_set_version },
            { scopeStatus: next.scope_status, scopeRuleId: next.scope_rule_id, scopeRuleSetVersion: next.scope_rule_set_version, scopeExplanation: next.scope_explanation });
        }
      }
      return { lastId: rows[rows.length - 1]!.id, processed: rows.length, changed };
    });
  }

  async caseCount(): Promise<number> {
    return this.cases.count();
  }

  /** A background job's state, for the office watching a re-evaluation. */
  async job(ctx: RequestContext, id: string) {
    if (!can(ctx.actor, 'scope.manage')) throw new AppError('PERMISSION_DENIED');
    const row = await this.queue.get(id);
    if (!row || !row.name.startsWith('scope.')) throw new AppError('JOB_NOT_FOUND');
    return {
      id: row.id,
      name: row.name,
      status: row.status as 'queued' | 'running' | 'done' | 'failed',
      progressDone: row.progress_done,
      progressTotal: row.progress_total,
      attempts: row.attempts,
      error: row.error,
      result: row.result_json ? (JSON.parse(row.result_json) as unknown) : null,
      createdAt: row.created_at,
      finishedAt: row.finished_at,
    };
  }

  /** Calls `fn` for every case with the facts the rules look at, reading cases in pages. */
  async eachCase(fn: (row: CaseListRow, facts: ScopeCase) => void): Promise<void> {
    let afterId = '';
    for (;;) {
      const rows = await this.cases.pageAfter(afterId, PREVIEW_PAGE);
      if (rows.length === 0) return;
      const parties = await this.cases.parties(rows.map((r) => r.id));
      const partiesOf = new Map<string, typeof parties>();
      for (const p of parties) partiesOf.set(p.case_id, [...(partiesOf.get(p.case_id) ?? []), p]);
      for (const r of rows) {
        fn(r, scopeFacts(r, { departmentName: r.department_name, teamName: r.team_name, judgeName: r.judge_name }, partiesOf.get(r.id) ?? []));
      }
      afterId = rows[rows.length - 1]!.id;
    }
  }

  /** Every rule-set version, newest first. */
  async list(ctx: RequestContext) {
    if (!can(ctx.actor, 'case.read')) throw new AppError('PERMISSION_DENIED');
    const rows = await this.scopes.list();
    return rows.map((r) => ({
      version: r.version,
      status: z.enum(['published', 'draft']).parse(r.status),
      note: r.note,
      createdAt: r.created_at,
      publishedAt: r.published_at,
      ruleSet: scopeRuleSet.parse(JSON.parse(r.rule_set_json)),
    }));
  }
}

/** How stickyExplanation() begins: '已于 YYYY-MM-DD 按规则集第 N 版归档，保持原认定：…'. */
const STICKY_PREFIX = '已于 ';
const PREVIEW_PAGE = 2000;
const PREVIEW_SAMPLE = 20;

export function toStored(d: ScopeDecision, asOf: string): StoredScope {
  return {
    scope_status: d.inScope ? 'in' : 'out',
    scope_explanation: d.explanation,
    scope_rule_id: d.ruleId,
    scope_rule_set_version: d.ruleSetVersion,
    scope_basis: d.basis,
    scope_as_of: asOf,
  };
}
