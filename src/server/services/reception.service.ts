import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  receiveIn,
  type CaseReceptionOut,
  type ReceiveIn,
  type ReceiveOut,
  type ReceptionDecisionOut,
  type ReceptionQueueItem,
} from '../../common/reception-api.js';
import type { ArchiveState } from '../../common/vocabulary.js';
import type { Db } from '../db/connect.js';
import { can, type RequestContext } from '../domain/access.js';
import type { Report } from '../domain/four-property/types.js';
import { AppError } from '../errors.js';
import { validateObject, type OcflFileInput } from '../ocfl/index.js';
import type { ArchiveRepository } from '../repositories/archive.repository.js';
import type { CaseListRow, CaseRepository } from '../repositories/case.repository.js';
import type { UserRepository } from '../repositories/user.repository.js';
import type { ArchiveStore } from '../reception/archive-store.js';
import { receptionEvents, type ReceptionPackager } from '../reception/reception-packager.js';
import type { ReceptionProposals } from '../reception/reception-proposals.js';
import type { BlobStore } from '../storage/blob-store.js';
import type { CaseService } from './case.service.js';
import type { FourPropertyService } from './four-property.service.js';
import type { ArchiveVersionLayout } from '../archive-package/layout-archive-version.js';

/**
 * 接收归档: the archives department receives an approved case file on the platform. Accepting runs
 * the 移交接收 四性检测 again on the bytes (the decision rests on a check of exactly what is
 * written), refuses unless every mandatory item passed, then — in one transaction — takes the next
 * 档号 of the series, writes the archive as a new OCFL object (stage → verify → commit), records the
 * archive and its v1, and moves the case to 已归档. Rejecting sends it back to the clerk with reasons.
 */
export class ReceptionService {
  constructor(
    private readonly db: Db,
    private readonly archives: ArchiveRepository,
    private readonly cases: CaseService,
    private readonly caseRows: CaseRepository,
    private readonly users: UserRepository,
    private readonly fourProperty: FourPropertyService,
    private readonly packager: ReceptionPackager,
    private readonly proposals: ReceptionProposals,
    private readonly archiveStore: ArchiveStore,
    private readonly blobs: BlobStore,
  ) {}

  /** Case files awaiting reception, oldest approval first. */
  async queue(ctx: RequestContext): Promise<ReceptionQueueItem[]> {
    if (!can(ctx.actor, 'archive.receive')) throw new AppError('PERMISSION_DENIED');
    const { rows } = await this.caseRows.list({ visibleDepartments: 'all', archiveState: 'awaiting_reception' }, 1000, 0);
    const ids = rows.map((r) => r.id);
    const reports = await this.archives.latestReports(ids, 'YJ');
    const rejections = await this.archives.rejectionCounts(ids);
    const approvals = await this.archives.approvalTimes(ids);
    return rows
      .map((r) => {
        const rep = reports.get(r.id);
        const summary = rep ? (JSON.parse(rep.report) as Report).summary : null;
        return {
          caseId: r.id,
          caseNumber: r.case_number,
          causeOfAction: r.cause_of_action || null,
          department: r.department_name,
          judge: r.judge_name,
          clerk: r.clerk_name,
          approvedAt: approvals.get(r.id) ?? null,
          lastReport: rep && summary ? { id: rep.id, passed: rep.passed === 1, generatedAt: rep.created_at, summary } : null,
          rejections: rejections.get(r.id) ?? 0,
        };
      })
      .sort((a, b) => (a.approvedAt ?? '').localeCompare(b.approvedAt ?? ''));
  }

  /** The reception page of a case (readable by anyone who may see the case). */
  async state(ctx: RequestContext, caseId: string): Promise<CaseReceptionOut> {
    const kase = await this.cases.visibleRow(ctx, caseId);
    const state = kase.archive_state as ArchiveState;
    const archive = await this.archives.archiveOfCase(caseId);
    const awaiting = state === 'awaiting_reception';
    const proposal = awaiting ? await this.proposals.propose(kase) : null;
    return {
      caseId,
      caseNumber: kase.case_number,
      archiveState: state,
      report: await this.fourProperty.latest(kase, 'YJ'),
      confirmations: await this.fourProperty.confirmations(caseId, 'YJ'),
      decisions: await this.decisions(caseId),
      proposal: proposal ? { retentionPeriod: proposal.retentionPeriod, retentionReasons: proposal.retentionReasons, series: proposal.series, nextArchivalCode: proposal.nextArchivalCode } : null,
      archivalCode: archive?.archival_code ?? null,
      mayDecide: awaiting && can(ctx.actor, 'archive.receive'),
    };
  }

  /**
   * 接收 or 拒收.
   * @throws PERMISSION_DENIED, RECEPTION_NOT_AWAITING, RECEPTION_CHECK_FAILED (details.reportId, failed),
   *   RETENTION_REASON_REQUIRED, ARCHIVE_OBJECT_EXISTS, RECEPTION_PACKAGE_INVALID
   */
  async receive(ctx: RequestContext, caseId: string, raw: ReceiveIn): Promise<ReceiveOut> {
    if (!can(ctx.actor, 'archive.receive')) throw new AppError('PERMISSION_DENIED');
    const input = receiveIn.parse(raw);
    const kase = await this.cases.visibleRow(ctx, caseId);
    if ((kase.archive_state as ArchiveState) !== 'awaiting_reception') throw new AppError('RECEPTION_NOT_AWAITING');
    if (input.decision === 'reject') return this.reject(ctx, kase, input.reasons!);

    const proposed = await this.proposals.propose(kase);
    const retention = input.retentionPeriod ?? proposed.retentionPeriod.code;
    const retentionChanged = retention !== proposed.retentionPeriod.code;
    if (retentionChanged && !input.retentionReason) throw new AppError('RETENTION_REASON_REQUIRED');

    // The file written below is the one just checked: the same sources, read once.
    const { row: reportRow, report, sources } = await this.fourProperty.run(ctx, kase, 'YJ');
    if (!report.passed) {
      const failed = report.items.filter((i) => i.mandatory && i.result !== 'pass' && i.result !== 'not_applicable').map((i) => `${i.code} ${i.title}`);
      throw new AppError('RECEPTION_CHECK_FAILED', `四性检测未通过（${failed.join('、')}），不能接收归档`, { reportId: reportRow.id, failed });
    }

    const proposal = await this.proposals.propose(kase, retention);
    const repo = await this.archiveStore.open();
    let written: { objectId: string } | null = null;
    try {
      const out = await this.db.transaction().execute(async (trx) => {
        const archives = this.archives.with(trx);
        const now = new Date().toISOString();
        const seq = await archives.nextSeq(proposal.series, now);
        const archivalCode = this.proposals.code(proposal.parts, seq);
        const layout = this.packager.layout(sources, {
          archivalCode,
          retentionPeriod: retentionChanged ? { ...proposal.retentionPeriod, reason: input.retentionReason! } : proposal.retentionPeriod,
          fourPropertyReport: report,
          packagedAt: now,
          laterEvents: receptionEvents({ checkedAt: report.generatedAt, passed: report.passed, receivedAt: now, archivist: { id: ctx.actor.id, name: ctx.actor.displayName }, archivalCode }),
        });
        if (layout.problems.length) throw new AppError('RECEPTION_PACKAGE_INVALID', undefined, { findings: layout.problems });
        if (await repo.getObject(layout.objectId)) throw new AppError('ARCHIVE_OBJECT_EXISTS');
        const sizes = new Map(sources.files.map((f) => [f.sha256, Number(f.size)]));
        await repo.createObject(layout.objectId, { files: this.ocflFiles(layout, sizes), message: `接收归档 ${archivalCode}`, user: { name: ctx.actor.displayName, address: `urn:casevault:user:${ctx.actor.id}` }, created: new Date(now) });
        written = { objectId: layout.objectId };
        await this.verifyWritten(layout);
        const bytes = layout.files.reduce((s, f) => s + (f.source.kind === 'blob' ? (sizes.get(f.source.sha256) ?? 0) : f.source.bytes.byteLength), 0);
        await archives.insertArchive({
          archival_code: archivalCode,
          case_id: kase.id,
          case_number: kase.case_number,
          object_id: layout.objectId,
          series: proposal.series,
          seq,
          retention_code: retention,
          retention_reason: retentionChanged ? input.retentionReason! : null,
          source: 'reception',
          head_version: 'v1',
          received_by: ctx.actor.id,
          received_at: now,
        });
        await archives.insertVersion({ archival_code: archivalCode, version: 'v1', kind: 'reception', reason: null, files: layout.files.length, bytes, created_by: ctx.actor.id, created_at: now });
        await archives.insertDecision({ id: randomUUID(), case_id: kase.id, decision: 'accept', reasons: null, report_id: reportRow.id, decided_by: ctx.actor.id, decided_at: now });
        const state = await this.cases.applyArchiveEvent(trx, ctx, kase, 'accept', {
          archivalCode,
          retentionPeriod: proposal.retentionPeriod.label,
          ...(retentionChanged ? { proposedRetention: proposed.retentionPeriod.label, retentionReason: input.retentionReason } : {}),
          ocflObjectId: layout.objectId,
          reportId: reportRow.id,
        });
        return { decision: 'accept' as const, archiveState: state, archivalCode, retentionPeriod: proposal.retentionPeriod, ocflObjectId: layout.objectId, reportId: reportRow.id };
      });
      return out as ReceiveOut;
    } catch (e) {
      // The object was committed but the database was not: it is no archive yet, so it goes (nothing recorded it).
      const w = written as { objectId: string } | null;
      if (w) await repo.store.delete(repo.objectPath(w.objectId)).catch(() => undefined);
      throw e;
    }
  }

  private async reject(ctx: RequestContext, kase: CaseListRow, reasons: string): Promise<ReceiveOut> {
    const latest = await this.archives.latestReport(kase.id, 'YJ');
    const state = await this.db.transaction().execute(async (trx) => {
      await this.archives.with(trx).insertDecision({ id: randomUUID(), case_id: kase.id, decision: 'reject', reasons, report_id: latest?.id ?? null, decided_by: ctx.actor.id, decided_at: new Date().toISOString() });
      return this.cases.applyArchiveEvent(trx, ctx, kase, 'reject', { reasons, reportId: latest?.id ?? null });
    });
    return { decision: 'reject', archiveState: state, archivalCode: null, retentionPeriod: null, ocflObjectId: null, reportId: latest?.id ?? null };
  }

  /** The OCFL inputs of a layout: blobs streamed from the working store, metadata from memory. */
  private ocflFiles(layout: ArchiveVersionLayout, sizes: ReadonlyMap<string, number>): OcflFileInput[] {
    return layout.files.map((f) => {
      const src = f.source;
      return src.kind === 'blob'
        ? { logicalPath: f.logicalPath, source: () => this.blobs.read(src.sha256), size: sizes.get(src.sha256) }
        : { logicalPath: f.logicalPath, source: () => Readable.from([Buffer.from(src.bytes.buffer, src.bytes.byteOffset, src.bytes.byteLength)]), size: src.bytes.byteLength };
    });
  }

  /**
   * The written object is a valid OCFL 1.1 object (structure; the writer re-digested every byte while
   * staging), and every content file's SHA-256 fixity — computed by the writer on the bytes it
   * stored — is the blob key the check measured.
   */
  private async verifyWritten(layout: ArchiveVersionLayout): Promise<void> {
    const repo = await this.archiveStore.open();
    const structure = await validateObject({ store: repo.store, path: repo.objectPath(layout.objectId) }, { digests: false });
    const findings: string[] = structure.issues.filter((i) => i.severity === 'error').map((i) => `${i.code} ${i.path}：${i.message}`);
    const view = await repo.getObject(layout.objectId);
    const head = view?.versions.find((v) => v.version === view.head);
    for (const f of layout.files) {
      const stored = head?.files.find((x) => x.logicalPath === f.logicalPath);
      if (!stored) findings.push(`${f.logicalPath}：写入后不在对象中`);
      else if (f.source.kind === 'blob' && stored.fixity.sha256 !== f.source.sha256) findings.push(`${f.logicalPath}：写入的 SHA-256 为 ${stored.fixity.sha256}，应为 ${f.source.sha256}`);
    }
    if (findings.length) throw new AppError('RECEPTION_PACKAGE_INVALID', undefined, { findings });
  }

  private async decisions(caseId: string): Promise<ReceptionDecisionOut[]> {
    const out: ReceptionDecisionOut[] = [];
    for (const d of await this.archives.decisions(caseId)) {
      out.push({ id: d.id, decision: d.decision as 'accept' | 'reject', reasons: d.reasons, reportId: d.report_id, decidedBy: (await this.users.byId(d.decided_by))?.display_name ?? d.decided_by, decidedAt: d.decided_at });
    }
    return out;
  }
}
