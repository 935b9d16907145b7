import { z } from 'zod';
import { archiveStates } from './vocabulary.js';
import { signatureAlgorithms, signatureVerificationOut } from './signature-api.js';

/**
 * Review and sign-off (审核, issue 6): the clerk submits a catalogued file, the presiding judge
 * comments per entry and approves with his signature or returns it. Shared by server and web.
 */

export const reviewDecisions = ['approve', 'return'] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];

export const reviewCommentIn = z.object({
  /** The catalogue entry (material) the comment is about; null for the file as a whole. */
  materialId: z.string().min(1).nullable().default(null),
  text: z.string().trim().min(1, '请填写审核意见').max(1000),
});
export type ReviewCommentIn = z.input<typeof reviewCommentIn>;

export const reviewDecisionIn = z.object({
  decision: z.enum(reviewDecisions),
  /** 总体意见; required to return unless there are entry comments. */
  comments: z.string().trim().max(2000).optional(),
  /** The signing PIN, to approve. */
  pin: z.string().max(64).optional(),
});
export type ReviewDecisionIn = z.input<typeof reviewDecisionIn>;

export const reviewCommentOut = z.object({
  id: z.string(),
  round: z.number().int(),
  materialId: z.string().nullable(),
  text: z.string(),
  author: z.string().nullable(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
});
export type ReviewCommentOut = z.infer<typeof reviewCommentOut>;

export const reviewRoundOut = z.object({
  id: z.string(),
  round: z.number().int(),
  catalogueVersion: z.number().int(),
  submittedBy: z.string().nullable(),
  submittedAt: z.string(),
  reviewer: z.string().nullable(),
  decision: z.enum(reviewDecisions).nullable(),
  comments: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type ReviewRoundOut = z.infer<typeof reviewRoundOut>;

export const caseReviewOut = z.object({
  caseId: z.string(),
  archiveState: z.enum(archiveStates),
  /** The round awaiting a decision, if any. */
  open: reviewRoundOut.nullable(),
  rounds: z.array(reviewRoundOut),
  comments: z.array(reviewCommentOut),
  /** The actor may approve or return the open round. */
  mayDecide: z.boolean(),
  /** The actor may submit now (a clerk, the file in cataloguing). */
  maySubmit: z.boolean(),
  /** The actor holds a signing certificate for approvals. */
  hasSigningKey: z.boolean(),
});
export type CaseReviewOut = z.infer<typeof caseReviewOut>;

export const reviewQueueItem = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  causeOfAction: z.string().nullable(),
  department: z.string(),
  clerk: z.string().nullable(),
  judge: z.string().nullable(),
  round: z.number().int(),
  submittedBy: z.string().nullable(),
  submittedAt: z.string(),
  comments: z.number().int(),
});
export type ReviewQueueItem = z.infer<typeof reviewQueueItem>;
export const reviewQueue = z.object({ items: z.array(reviewQueueItem) });

export const approvalOut = z.object({
  caseId: z.string(),
  /** The signed statement, exactly as signed (canonical JSON, UTF-8). */
  manifest: z.string(),
  manifestSha256: z.string(),
  /** Detached CMS SignedData over the manifest bytes, DER, base64. */
  signature: z.string(),
  algorithm: z.enum(signatureAlgorithms),
  signer: z.object({ id: z.string(), name: z.string(), subject: z.string().nullable(), serialNumber: z.string().nullable() }),
  signedAt: z.string(),
  verified: z.boolean(),
  verification: signatureVerificationOut,
});
export type ApprovalOut = z.infer<typeof approvalOut>;
