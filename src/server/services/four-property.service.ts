import { randomUUID } from 'node:crypto';
import {
  confirmationIn,
  stageCodes,
  type CheckStageName,
  type ConfirmationIn,
  type ConfirmationOut,
  type FourPropertyReportOut,
} from '../../common/reception-api.js';
import type { ArchiveState } from '../../common/vocabulary.js';
import type { Db } from '../db/connect.js';
import type { FourPropertyConfirmationRow, FourPropertyReportRow } from '../db/schema.js';
import { can, type RequestContext } from '../domain/access.js';
import { checkItems } from '../domain/four-property/item-catalogue.js';
import { runChecks } from '../domain/four-property/run-checks.js';
import type { Confirmation, Report, Stage } from '../domain/four-property/types.js';
import { AppError } from '../errors.js';
import type { ArchiveRepository } from '../repositories/archive.repository.js';
import type { CaseListRow } from '../repositories/case.repository.js';
import type { UserRepository } from '../repositories/user.repository.js';
import type { ArchiveSources } from '../reception/archive-input.js';
import type { ReceptionPackager } from '../reception/reception-packager.js';
import type { ReceptionProposals } from '../reception/reception-proposals.js';
import { recordAudit } from './audit.service.js';
import type { CaseService } from './case.service.js';

/** The archive states in which each checkpoint can be run by a person. */
const stagesAllowed: Partial<Record<CheckStageName, readonly ArchiveState[]>> = {
  filing: ['awaiting_review', 'awaiting_reception'],
  reception: ['awaiting_reception'],
};

/**
 * 四性检测 (DA/T 70-2018) of a case file on request: gathers and measures the package, runs the
 * engine with the manual confirmations recorded so far, and stores the report (who, when, how long,
 * what was measured). Reports are kept, never overwritten: the reception decides on the latest.
 */
export class FourPropertyService {
  constructor(
    private readonly db: Db,
    private readonly archives: ArchiveRepository,
    private readonly cases: CaseService,
    private readonly users: UserRepository,
    private readonly packager: ReceptionPackager,
    private readonly proposals: ReceptionProposals,
  ) {}

  /**
   * Runs the check of a stage and stores the report.
   * @throws PERMISSION_DENIED, CASE_NOT_FOUND, FOUR_PROPERTY_STAGE_UNSUPPORTED, RECEPTION_NOT_AWAITING, APPROVAL_NOT_FOUND
   */
  async check(ctx: RequestContext, caseId: string, stageName: CheckStageName): Promise<FourPropertyReportOut> {
    if (!can(ctx.actor, 'archive.receive')) throw new AppError('PERMISSION_DENIED');
    const kase = await this.cases.visibleRow(ctx, caseId);
    const allowed = stagesAllowed[stageName];
    if (!allowed) throw new AppError('FOUR_PROPERTY_STAGE_UNSUPPORTED', '长期保存检测由定期检测任务运行，不能在接收时发起');
    if (!allowed.includes(kase.archive_state as ArchiveState)) throw new AppError('RECEPTION_NOT_AWAITING');
    const { row } = await this.run(ctx, kase, stageCodes[stageName]);
    return this.out(row, kase);
  }

  /**
   * Measures the package and runs the engine; stores and audits the report. Used by the check and by
   * the reception, which decides on the report it just made.
   */
  async run(ctx: RequestContext, kase: CaseListRow, stage: Stage): Promise<{ row: FourPropertyReportRow; report: Report; sources: ArchiveSources }> {
    const started = performance.now();
    const proposal = await this.proposals.propose(kase);
    const prepared = await this.packager.prepare(ctx, kase, {
      archivalCode: proposal.nextArchivalCode,
      retentionPeriod: proposal.retentionPeriod,
      packagedAt: new Date().toISOString(),
    });
    const report = runChecks(stage, prepared.facts, await this.confirmationsOf(kase.id, stage));
    const row: FourPropertyReportRow = {
      id: randomUUID(),
      case_id: kase.id,
      stage,
      passed: report.passed ? 1 : 0,
      report: JSON.stringify(report),
      files: prepared.files,
      bytes: prepared.bytes,
      duration_ms: Math.round(performance.now() - started),
      created_by: ctx.actor.id,
      created_at: report.generatedAt,
    };
    await this.db.transaction().execute(async (trx) => {
      await this.archives.with(trx).insertReport(row);
      await recordAudit(trx, ctx, 'four_property.check', { type: 'case', id: kase.id }, null, {
        reportId: row.id,
        stage,
        passed: report.passed,
        summary: report.summary,
        failed: report.items.filter((i) => i.result === 'fail').map((i) => i.code),
      });
    });
    return { row, report, sources: prepared.sources };
  }

  /** A person's confirmation of a manual item. @throws FOUR_PROPERTY_ITEM_NOT_MANUAL, RECEPTION_NOT_AWAITING */
  async confirm(ctx: RequestContext, caseId: string, raw: ConfirmationIn): Promise<void> {
    if (!can(ctx.actor, 'archive.receive')) throw new AppError('PERMISSION_DENIED');
    const input = confirmationIn.parse(raw);
    const kase = await this.cases.visibleRow(ctx, caseId);
    if ((kase.archive_state as ArchiveState) !== 'awaiting_reception') throw new AppError('RECEPTION_NOT_AWAITING');
    const stage = input.code.slice(0, 2) as Stage;
    const item = checkItems(stage).find((i) => i.code === input.code);
    if (!item || item.mode !== 'manual') throw new AppError('FOUR_PROPERTY_ITEM_NOT_MANUAL', `${input.code} 不是人工确认项`);
    const row: FourPropertyConfirmationRow = {
      id: randomUUID(),
      case_id: caseId,
      stage,
      code: input.code,
      result: input.result,
      note: input.note || null,
      confirmed_by: ctx.actor.id,
      confirmed_at: new Date().toISOString(),
    };
    await this.db.transaction().execute(async (trx) => {
      await this.archives.with(trx).insertConfirmation(row);
      await recordAudit(trx, ctx, 'four_property.confirm', { type: 'case', id: caseId }, null, { code: row.code, title: item.title, result: row.result, note: row.note });
    });
  }

  /** The confirmations of a stage since the current approval, latest last, with names. */
  async confirmations(caseId: string, stage: Stage): Promise<ConfirmationOut[]> {
    const approvedAt = (await this.archives.approvalTimes([caseId])).get(caseId) ?? '';
    const rows = (await this.archives.confirmations(caseId, stage)).filter((c) => c.confirmed_at >= approvedAt);
    const out: ConfirmationOut[] = [];
    for (const r of rows) out.push({ code: r.code, result: r.result as ConfirmationOut['result'], note: r.note, confirmedBy: await this.name(r.confirmed_by), confirmedAt: r.confirmed_at });
    return out;
  }

  /** A stored report. @throws FOUR_PROPERTY_REPORT_NOT_FOUND */
  async report(ctx: RequestContext, id: string): Promise<FourPropertyReportOut> {
    const row = await this.archives.report(id);
    if (!row) throw new AppError('FOUR_PROPERTY_REPORT_NOT_FOUND');
    const kase = await this.cases.visibleRow(ctx, row.case_id).catch(() => {
      throw new AppError('FOUR_PROPERTY_REPORT_NOT_FOUND');
    });
    return this.out(row, kase);
  }

  async latest(kase: CaseListRow, stage: Stage): Promise<FourPropertyReportOut | null> {
    const row = await this.archives.latestReport(kase.id, stage);
    return row ? this.out(row, kase) : null;
  }

  async out(row: FourPropertyReportRow, kase: Pick<CaseListRow, 'case_number'>): Promise<FourPropertyReportOut> {
    const report = JSON.parse(row.report) as Report;
    return {
      id: row.id,
      caseId: row.case_id,
      caseNumber: kase.case_number,
      stage: report.stage,
      items: report.items.map((i) => ({
        code: i.code,
        property: i.property,
        stage: i.stage,
        clause: i.clause,
        title: i.title,
        result: i.result,
        evidence: i.evidence,
        ...(i.advice ? { advice: i.advice } : {}),
        mandatory: i.mandatory,
        mode: i.mode,
      })),
      summary: report.summary,
      passed: report.passed,
      generatedAt: report.generatedAt,
      checkedBy: row.created_by ? await this.name(row.created_by) : null,
      durationMs: row.duration_ms,
      files: row.files,
      bytes: Number(row.bytes),
    };
  }

  /** Confirmations made since the file was last approved: a resubmitted file is a new transfer, confirmed anew. */
  private async confirmationsOf(caseId: string, stage: Stage): Promise<Confirmation[]> {
    const approvedAt = (await this.archives.approvalTimes([caseId])).get(caseId) ?? '';
    const out: Confirmation[] = [];
    for (const r of (await this.archives.confirmations(caseId, stage)).filter((c) => c.confirmed_at >= approvedAt)) {
      out.push({ code: r.code, result: r.result as Confirmation['result'], confirmedBy: await this.name(r.confirmed_by), confirmedAt: r.confirmed_at, ...(r.note ? { note: r.note } : {}) });
    }
    return out;
  }

  private async name(id: string): Promise<string> {
    return (await this.users.byId(id))?.display_name ?? id;
  }
}
