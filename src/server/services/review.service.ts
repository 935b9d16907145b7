import { createHash, randomUUID } from 'node:crypto';
import {
  reviewCommentIn,
  reviewDecisionIn,
  type ApprovalOut,
  type CaseReviewOut,
  type ReviewCommentIn,
  type ReviewCommentOut,
  type ReviewDecisionIn,
  type ReviewQueueItem,
  type ReviewRoundOut,
} from '../../common/review-api.js';
import type { SignatureAlgorithmName } from '../../common/signature-api.js';
import type { ArchiveState } from '../../common/vocabulary.js';
import type { Db } from '../db/connect.js';
import type { CourtCaseRow, ReviewRow } from '../db/schema.js';
import { can, type RequestContext } from '../domain/access.js';
import { approvalManifest, type ManifestEntry } from '../domain/approval-manifest.js';
import { transition } from '../domain/archive-workflow.js';
import { AppError } from '../errors.js';
import { signDetachedCms, summarizeCertificate, verifyDetachedCms } from '../pki/index.js';
import type { CaseListRow, CaseRepository } from '../repositories/case.repository.js';
import type { MaterialRepository } from '../repositories/material.repository.js';
import type { ReferenceRepository } from '../repositories/reference.repository.js';
import type { ReviewRepository } from '../repositories/review.repository.js';
import type { UserRepository } from '../repositories/user.repository.js';
import { b64, der, summaryOut } from '../signing/certificate-out.js';
import { recordAudit } from './audit.service.js';
import type { CaseService } from './case.service.js';
import type { CatalogueService } from './catalogue.service.js';
import type { SigningKeyService } from './signing-key.service.js';

/**
 * 提交审核 → 审核 (approve with a signature, or return with comments) → 待接收. The clerk submits a
 * catalogued file whose completeness check has no error; the presiding judge (or the division's
 * 庭长) reads it, comments per entry, and either approves — signing a canonical manifest of the
 * catalogue and every file's digests as a detached CMS with his own key — or returns it. While
 * awaiting review the catalogue is locked, so what the judge read is what he signs.
 */
export class ReviewService {
  constructor(
    private readonly db: Db,
    private readonly reviews: ReviewRepository,
    private readonly cases: CaseService,
    private readonly caseRows: CaseRepository,
    private readonly catalogues: CatalogueService,
    private readonly materials: MaterialRepository,
    private readonly reference: ReferenceRepository,
    private readonly users: UserRepository,
    private readonly keys: SigningKeyService,
    private readonly approvalAlgorithm: SignatureAlgorithmName,
  ) {}

  /**
   * 提交审核. @throws PERMISSION_DENIED, ARCHIVE_TRANSITION_INVALID, CATALOGUE_NOT_FOUND,
   *   REVIEW_CHECK_FAILED (details.findings), REVIEW_NO_JUDGE
   */
  async submit(ctx: RequestContext, caseId: string): Promise<CaseReviewOut> {
    if (!can(ctx.actor, 'catalogue.edit')) throw new AppError('PERMISSION_DENIED');
    const kase = await this.cases.visibleRow(ctx, caseId);
    const allowed = transition(kase.archive_state as ArchiveState, 'submit');
    if (!allowed.ok) throw new AppError('ARCHIVE_TRANSITION_INVALID', allowed.message);
    const check = await this.catalogues.check(ctx, caseId);
    const errors = check.findings.filter((f) => f.severity === 'error');
    if (errors.length) {
      throw new AppError('REVIEW_CHECK_FAILED', `完整性检查还有 ${errors.length} 项须处理的问题，不能提交审核`, { findings: errors });
    }
    if (!kase.judge_id) throw new AppError('REVIEW_NO_JUDGE');
    const now = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      const repo = this.reviews.with(trx);
      const round = (await repo.rounds(caseId)).length + 1;
      const row: ReviewRow = {
        id: randomUUID(),
        case_id: caseId,
        round,
        catalogue_version: check.version,
        submitted_by: ctx.actor.id,
        submitted_at: now,
        reviewer_id: kase.judge_id,
        decision: null,
        comments: null,
        decided_by: null,
        decided_at: null,
      };
      await repo.insert(row);
      await this.cases.applyArchiveEvent(trx, ctx, kase, 'submit', { round, catalogueVersion: check.version });
    });
    return this.state(ctx, caseId);
  }

  /** The review rounds, comments and what the actor may do. @throws CASE_NOT_FOUND */
  async state(ctx: RequestContext, caseId: string): Promise<CaseReviewOut> {
    const kase = await this.cases.visibleRow(ctx, caseId);
    const rounds = await this.reviews.rounds(caseId);
    const names = await this.names([...rounds.flatMap((r) => [r.submitted_by, r.reviewer_id, r.decided_by])]);
    const out = rounds.map((r) => roundOut(r, names));
    const open = out.find((r) => r.decision === null) ?? null;
    const state = kase.archive_state as ArchiveState;
    return {
      caseId,
      archiveState: state,
      open,
      rounds: out,
      comments: (await this.reviews.comments(caseId)).map(commentOut),
      mayDecide: open !== null && this.mayDecide(ctx, kase),
      maySubmit: state === 'cataloguing' && can(ctx.actor, 'catalogue.edit'),
      hasSigningKey: !!(await this.keys.mine(ctx)).find((k) => k.status === 'active' && k.algorithm === this.approvalAlgorithm),
    };
  }

  /** 待我审核: open rounds where the actor is the reviewer, or (庭长) of his division. */
  async queue(ctx: RequestContext): Promise<ReviewQueueItem[]> {
    if (!can(ctx.actor, 'review.decide')) throw new AppError('PERMISSION_DENIED');
    const departments = ctx.actor.roles.includes('division_head') && ctx.actor.departmentId ? [ctx.actor.departmentId] : [];
    const rows = await this.reviews.queue({ reviewerId: ctx.actor.id, departmentIds: departments });
    const counts = await this.reviews.openCommentCounts(rows.map((r) => r.id));
    return rows.map((r) => ({
      caseId: r.case_id,
      caseNumber: r.case_number,
      causeOfAction: r.cause_of_action,
      department: r.department_name,
      clerk: r.clerk_name,
      judge: r.judge_name,
      round: r.round,
      submittedBy: r.submitter_name,
      submittedAt: r.submitted_at,
      comments: counts.get(r.id) ?? 0,
    }));
  }

  /** A reviewer's comment on an entry or on the whole file, in the open round. @throws REVIEW_NOT_FOUND, REVIEW_NOT_REVIEWER */
  async addComment(ctx: RequestContext, caseId: string, raw: ReviewCommentIn): Promise<CaseReviewOut> {
    const input = reviewCommentIn.parse(raw);
    const { kase, open } = await this.openRound(ctx, caseId);
    if (input.materialId && !(await this.materials.byCase(caseId)).some((m) => m.id === input.materialId)) {
      throw new AppError('VALIDATION_FAILED', '意见所指的材料不属于本案');
    }
    const now = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      const id = randomUUID();
      await this.reviews.with(trx).insertComment({ id, review_id: open.id, case_id: caseId, material_id: input.materialId, text: input.text, author_id: ctx.actor.id, created_at: now, resolved_at: null, resolved_by: null });
      await recordAudit(trx, ctx, 'review.comment', { type: 'case', id: kase.id }, null, { commentId: id, round: open.round, materialId: input.materialId, text: input.text });
    });
    return this.state(ctx, caseId);
  }

  /** Withdraws the actor's own comment while the round is open. */
  async deleteComment(ctx: RequestContext, caseId: string, commentId: string): Promise<CaseReviewOut> {
    const { kase, open } = await this.openRound(ctx, caseId);
    const comment = await this.reviews.comment(commentId);
    if (!comment || comment.review_id !== open.id || comment.author_id !== ctx.actor.id) throw new AppError('VALIDATION_FAILED', '只能删除本轮审核中自己写的意见');
    await this.db.transaction().execute(async (trx) => {
      await this.reviews.with(trx).deleteComment(commentId);
      await recordAudit(trx, ctx, 'review.comment.delete', { type: 'case', id: kase.id }, { commentId, text: comment.text }, null);
    });
    return this.state(ctx, caseId);
  }

  /** The clerk marks a comment of a returned round as dealt with (已修改). */
  async resolveComment(ctx: RequestContext, caseId: string, commentId: string): Promise<CaseReviewOut> {
    if (!can(ctx.actor, 'catalogue.edit')) throw new AppError('PERMISSION_DENIED');
    const kase = await this.cases.visibleRow(ctx, caseId);
    const comment = await this.reviews.comment(commentId);
    if (!comment || comment.case_id !== caseId) throw new AppError('VALIDATION_FAILED', '意见不存在');
    if (!comment.resolved_at) {
      await this.db.transaction().execute(async (trx) => {
        await this.reviews.with(trx).resolveComment(commentId, { resolved_at: new Date().toISOString(), resolved_by: ctx.actor.id });
        await recordAudit(trx, ctx, 'review.comment.resolve', { type: 'case', id: kase.id }, null, { commentId });
      });
    }
    return this.state(ctx, caseId);
  }

  /**
   * 审核通过 (signed with the PIN) or 退回修改 (with comments).
   * @throws REVIEW_NOT_FOUND, REVIEW_NOT_REVIEWER, REVIEW_RETURN_REASON, SIGNING_KEY_MISSING, PKI_PIN_INCORRECT
   */
  async decide(ctx: RequestContext, caseId: string, raw: ReviewDecisionIn): Promise<CaseReviewOut> {
    const input = reviewDecisionIn.parse(raw);
    const { kase, open } = await this.openRound(ctx, caseId);
    const now = new Date().toISOString();
    if (input.decision === 'return') {
      const entryComments = (await this.reviews.comments(caseId)).filter((c) => c.review_id === open.id);
      if (!input.comments && entryComments.length === 0) throw new AppError('REVIEW_RETURN_REASON');
      await this.db.transaction().execute(async (trx) => {
        if (!(await this.reviews.with(trx).decide(open.id, { decision: 'return', comments: input.comments || null, decided_by: ctx.actor.id, decided_at: now }))) throw new AppError('REVIEW_NOT_FOUND');
        await this.cases.applyArchiveEvent(trx, ctx, kase, 'return', { round: open.round, comments: input.comments ?? null, entryComments: entryComments.length });
      });
      return this.state(ctx, caseId);
    }

    const { signer, keyId } = await this.keys.signer(ctx, this.approvalAlgorithm, input.pin ?? '');
    const manifest = await this.manifest(ctx, kase, open, signer.certificate, now);
    const bytes = new TextEncoder().encode(manifest);
    const cms = await signDetachedCms(bytes, signer, { signingTime: new Date(now) });
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await this.db.transaction().execute(async (trx) => {
      if (!(await this.reviews.with(trx).decide(open.id, { decision: 'approve', comments: input.comments || null, decided_by: ctx.actor.id, decided_at: now }))) throw new AppError('REVIEW_NOT_FOUND');
      await this.reviews.with(trx).insertApproval({
        id: randomUUID(),
        case_id: caseId,
        review_id: open.id,
        manifest,
        signature: b64(cms),
        algorithm: signer.algorithm,
        signer_id: ctx.actor.id,
        user_key_id: keyId,
        status: 'current',
        created_at: now,
      });
      await this.cases.applyArchiveEvent(trx, ctx, kase, 'approve', {
        round: open.round,
        manifestSha256: sha256,
        algorithm: signer.algorithm,
        certificateSerial: summarizeCertificate(signer.certificate).serialNumber,
      });
    });
    return this.state(ctx, caseId);
  }

  /** The signed approval, verified now against the court's trust anchors. @throws APPROVAL_NOT_FOUND */
  async approval(ctx: RequestContext, caseId: string): Promise<ApprovalOut> {
    await this.cases.visibleRow(ctx, caseId);
    const row = await this.reviews.currentApproval(caseId);
    if (!row) throw new AppError('APPROVAL_NOT_FOUND');
    const bytes = new TextEncoder().encode(row.manifest);
    const result = verifyDetachedCms(der(row.signature), bytes, await this.keys.trust());
    const signer = await this.users.byId(row.signer_id);
    return {
      caseId,
      manifest: row.manifest,
      manifestSha256: createHash('sha256').update(bytes).digest('hex'),
      signature: row.signature,
      algorithm: row.algorithm as SignatureAlgorithmName,
      signer: { id: row.signer_id, name: signer?.display_name ?? row.signer_id, subject: result.signer?.subject ?? null, serialNumber: result.signer?.serialNumber ?? null },
      signedAt: row.created_at,
      verified: result.valid,
      verification: { ...result, signer: result.signer ? summaryOut(result.signer) : null, chain: result.chain.map(summaryOut) },
    };
  }

  private async manifest(ctx: RequestContext, kase: CaseListRow, open: ReviewRow, certificate: Uint8Array, approvedAt: string): Promise<string> {
    const catalogue = await this.catalogues.get(ctx, kase.id);
    if (catalogue.version !== open.catalogue_version) {
      throw new AppError('CATALOGUE_VERSION_CONFLICT', `卷内目录在提交后发生了变化（提交时第 ${open.catalogue_version} 版，现为第 ${catalogue.version} 版），请退回后重新提交`);
    }
    const ids = catalogue.volumes.flatMap((v) => v.entries.map((e) => e.materialId));
    const files = await this.materials.files(ids);
    const court = await this.reference.court();
    const cert = summarizeCertificate(certificate);
    const submitter = open.submitted_by ? await this.users.byId(open.submitted_by) : undefined;
    return approvalManifest({
      court: { name: court?.name ?? '', code: court?.code ?? '' },
      case: { id: kase.id, caseNumber: kase.case_number, causeOfAction: kase.cause_of_action },
      catalogue: { version: catalogue.version, template: `${catalogue.templateKind}@${catalogue.templateVersion}` },
      volumes: catalogue.volumes.map((v) => ({
        kind: v.kind,
        number: v.number,
        pages: v.pages,
        entries: v.entries.map(
          (e): ManifestEntry => ({
            seq: e.seq,
            materialId: e.materialId,
            title: e.title,
            responsible: e.responsible,
            date: e.date,
            pageStart: e.pageStart,
            pageEnd: e.pageEnd,
            remarks: e.remarks,
            files: files
              .filter((f) => f.material_id === e.materialId)
              .map((f) => ({ role: f.role, name: f.original_name, format: f.format, size: Number(f.size), sha256: f.sha256, sm3: f.sm3 })),
          }),
        ),
      })),
      waivers: catalogue.waivers.map((w) => ({ slotId: w.slotId, reason: w.reason })),
      duplicates: catalogue.duplicates.map((d) => ({ materialId: d.materialId, keptMaterialId: d.keptMaterialId, reason: d.reason })),
      review: { round: open.round, submittedBy: submitter?.display_name ?? null, submittedAt: open.submitted_at },
      approver: {
        id: ctx.actor.id,
        name: ctx.actor.displayName,
        certificate: { serialNumber: cert.serialNumber, sha256Fingerprint: cert.sha256Fingerprint, algorithm: cert.algorithm ?? this.approvalAlgorithm, subject: cert.subject },
      },
      approvedAt,
    });
  }

  private async openRound(ctx: RequestContext, caseId: string): Promise<{ kase: CaseListRow; open: ReviewRow }> {
    const kase = await this.cases.visibleRow(ctx, caseId);
    const open = await this.reviews.open(caseId);
    if (!open || (kase.archive_state as ArchiveState) !== 'awaiting_review') throw new AppError('REVIEW_NOT_FOUND');
    if (!this.mayDecide(ctx, kase)) throw new AppError('REVIEW_NOT_REVIEWER');
    return { kase, open };
  }

  /** The case's presiding judge, or a 庭长 of its department. */
  private mayDecide(ctx: RequestContext, kase: CourtCaseRow): boolean {
    if (!can(ctx.actor, 'review.decide')) return false;
    return kase.judge_id === ctx.actor.id || (ctx.actor.roles.includes('division_head') && ctx.actor.departmentId === kase.department_id);
  }

  private async names(ids: Array<string | null>): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const id of new Set(ids.filter((i): i is string => !!i))) {
      const u = await this.users.byId(id);
      if (u) out.set(id, u.display_name);
    }
    return out;
  }
}

function roundOut(r: ReviewRow, names: Map<string, string>): ReviewRoundOut {
  const name = (id: string | null) => (id ? (names.get(id) ?? id) : null);
  return {
    id: r.id,
    round: r.round,
    catalogueVersion: r.catalogue_version,
    submittedBy: name(r.submitted_by),
    submittedAt: r.submitted_at,
    reviewer: name(r.reviewer_id),
    decision: (r.decision as ReviewRoundOut['decision']) ?? null,
    comments: r.comments,
    decidedBy: name(r.decided_by),
    decidedAt: r.decided_at,
  };
}

function commentOut(c: { id: string; round: number; material_id: string | null; text: string; author_name: string | null; created_at: string; resolved_at: string | null }): ReviewCommentOut {
  return { id: c.id, round: c.round, materialId: c.material_id, text: c.text, author: c.author_name, createdAt: c.created_at, resolvedAt: c.resolved_at };
}
