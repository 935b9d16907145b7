import { scopeRuleSet, type ScopeRuleSet } from '../../common/scope-rules.js';
import type { ArchiveState, ScopeStatus } from '../../common/vocabulary.js';
import type { Db } from '../db/connect.js';
import type { CourtCaseRow } from '../db/schema.js';
import { can, systemContext, type RequestContext } from '../domain/access.js';
import { isArchiveFinal } from '../domain/archive-workflow.js';
import { courtDate } from '../domain/court-calendar.js';
import { defaultRuleSet, evaluateScope, type ScopeCase, type ScopeDecision } from '../domain/scope/index.js';
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
      return {
        scope_status: current.scope_status as ScopeStatus,
        scope_explanation: current.scope_explanation ?? null,
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

  /** Every rule-set version, newest first. */
  async list(ctx: RequestContext) {
    if (!can(ctx.actor, 'case.read')) throw new AppError('PERMISSION_DENIED');
    const rows = await this.scopes.list();
    return rows.map((r) => ({
      version: r.version,
      status: r.status as 'published' | 'draft',
      note: r.note,
      createdAt: r.created_at,
      publishedAt: r.published_at,
      ruleSet: scopeRuleSet.parse(JSON.parse(r.rule_set_json)),
    }));
  }
}

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
