import { z } from 'zod';
import { archiveStates } from './vocabulary.js';

/**
 * Archive reception (接收归档, issue 7): the archivist runs the 四性检测 (DA/T 70-2018) on an approved
 * case file, reads the report, confirms the manual items, and accepts (档号, 保管期限, an immutable
 * OCFL object) or rejects with reasons back to the clerk. Shared by server and web.
 */

/** The checkpoints as the API names them; DA/T 70's codes are GD, YJ, BC. */
export const checkStages = ['filing', 'reception', 'preservation'] as const;
export type CheckStageName = (typeof checkStages)[number];
export const stageCodes = { filing: 'GD', reception: 'YJ', preservation: 'BC' } as const satisfies Record<CheckStageName, string>;
export const checkStageLabels: Record<CheckStageName, string> = { filing: '归档', reception: '移交接收', preservation: '长期保存' };

export const checkResults = ['pass', 'fail', 'not_applicable', 'not_checked'] as const;
export type CheckResultName = (typeof checkResults)[number];
export const checkResultLabels: Record<CheckResultName, string> = { pass: '通过', fail: '不通过', not_applicable: '不适用', not_checked: '未检测' };

export const fourProperties = ['authenticity', 'integrity', 'usability', 'security'] as const;
export type FourProperty = (typeof fourProperties)[number];
export const fourPropertyLabels: Record<FourProperty, string> = { authenticity: '真实性', integrity: '完整性', usability: '可用性', security: '安全性' };

export const reportItemOut = z.object({
  /** STAGE-x-y, e.g. YJ-1-1. */
  code: z.string(),
  property: z.enum(fourProperties),
  stage: z.enum(['GD', 'YJ', 'BC']),
  /** DA/T 70 clause x-y. */
  clause: z.string(),
  title: z.string(),
  result: z.enum(checkResults),
  evidence: z.array(z.string()),
  /** What to do about a failure or an item that could not be checked. */
  advice: z.string().optional(),
  mandatory: z.boolean(),
  /** automatic (from the package) or manual (a person confirms: 载体, 环境, 过程). */
  mode: z.enum(['automatic', 'manual']),
});
export type ReportItemOut = z.infer<typeof reportItemOut>;

export const fourPropertyReportOut = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  stage: z.enum(['GD', 'YJ', 'BC']),
  items: z.array(reportItemOut),
  summary: z.object({ pass: z.number().int(), fail: z.number().int(), not_applicable: z.number().int(), not_checked: z.number().int() }),
  /** Every mandatory item is pass or not applicable. */
  passed: z.boolean(),
  generatedAt: z.string(),
  /** Who ran it (a name), null for the system (scheduled checks). */
  checkedBy: z.string().nullable(),
  /** How long gathering and checking took, in milliseconds. */
  durationMs: z.number().int(),
  /** What was measured: files, bytes. */
  files: z.number().int(),
  bytes: z.number().int(),
});
export type FourPropertyReportOut = z.infer<typeof fourPropertyReportOut>;

/** A person's confirmation of a manual item (载体, 软硬件环境, 过程安全). */
export const confirmationIn = z.object({
  code: z.string().regex(/^(GD|YJ|BC)-\d-\d{1,2}$/, '检测项编号格式应为 YJ-4-7'),
  result: z.enum(['pass', 'fail', 'not_applicable']),
  note: z.string().trim().max(500).optional(),
});
export type ConfirmationIn = z.input<typeof confirmationIn>;

export const confirmationOut = z.object({
  code: z.string(),
  result: z.enum(['pass', 'fail', 'not_applicable']),
  note: z.string().nullable(),
  confirmedBy: z.string().nullable(),
  confirmedAt: z.string(),
});
export type ConfirmationOut = z.infer<typeof confirmationOut>;

export const retentionCodes = ['Y', 'C60', 'D30', 'D10'] as const;
export type RetentionCodeName = (typeof retentionCodes)[number];
/**
 * 保管期限 as people read them (DOMAIN.md §4.6): the court scheme 永久 / 长期（60年）/ 短期（30年），and
 * the national 定期10年. The one list: the server's retention rules and the web's choosers use it.
 */
export const retentionLabels: Record<RetentionCodeName, string> = { Y: '永久', C60: '长期（60年）', D30: '短期（30年）', D10: '定期10年' };

export const retentionOut = z.object({ code: z.enum(retentionCodes), label: z.string() });

/** What reception would assign: the 保管期限 from the case-type rules, and why. */
export const receptionProposalOut = z.object({
  retentionPeriod: retentionOut,
  /** Why, in Chinese: the rules that applied. */
  retentionReasons: z.array(z.string()),
  /** The 档号 series the file will be numbered in, and the number it would get now. */
  series: z.string(),
  nextArchivalCode: z.string(),
});
export type ReceptionProposalOut = z.infer<typeof receptionProposalOut>;

export const receiveIn = z
  .object({
    decision: z.enum(['accept', 'reject']),
    /** Why the file is rejected (required to reject); goes back to the clerk. */
    reasons: z.string().trim().max(2000).optional(),
    /** A 保管期限 other than the proposed one; needs retentionReason. */
    retentionPeriod: z.enum(retentionCodes).optional(),
    retentionReason: z.string().trim().max(500).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'reject' && !v.reasons) ctx.addIssue({ code: 'custom', path: ['reasons'], message: '拒绝接收须写明理由' });
  });
export type ReceiveIn = z.input<typeof receiveIn>;

export const receiveOut = z.object({
  decision: z.enum(['accept', 'reject']),
  archiveState: z.enum(archiveStates),
  /** Set on acceptance. */
  archivalCode: z.string().nullable(),
  retentionPeriod: retentionOut.nullable(),
  ocflObjectId: z.string().nullable(),
  /** The report the decision was taken on (null: rejected without a check). */
  reportId: z.string().nullable(),
});
export type ReceiveOut = z.infer<typeof receiveOut>;

export const receptionQueueItem = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  causeOfAction: z.string().nullable(),
  department: z.string(),
  judge: z.string().nullable(),
  clerk: z.string().nullable(),
  approvedAt: z.string().nullable(),
  /** The latest reception report, if one was run. */
  lastReport: z.object({ id: z.string(), passed: z.boolean(), generatedAt: z.string(), summary: fourPropertyReportOut.shape.summary }).nullable(),
  /** Earlier rejections of this file. */
  rejections: z.number().int(),
});
export type ReceptionQueueItem = z.infer<typeof receptionQueueItem>;
export const receptionQueue = z.object({ items: z.array(receptionQueueItem) });

export const receptionDecisionOut = z.object({
  id: z.string(),
  decision: z.enum(['accept', 'reject']),
  reasons: z.string().nullable(),
  reportId: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string(),
});
export type ReceptionDecisionOut = z.infer<typeof receptionDecisionOut>;

/** The reception page of one case: its state, latest report, confirmations and earlier decisions. */
export const caseReceptionOut = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  archiveState: z.enum(archiveStates),
  report: fourPropertyReportOut.nullable(),
  confirmations: z.array(confirmationOut),
  decisions: z.array(receptionDecisionOut),
  /** Null once archived or when the case is not awaiting reception. */
  proposal: receptionProposalOut.nullable(),
  /** The 档号 once archived. */
  archivalCode: z.string().nullable(),
  /** The actor may run the check, confirm, accept or reject now. */
  mayDecide: z.boolean(),
});
export type CaseReceptionOut = z.infer<typeof caseReceptionOut>;

export const archiveVersionOut = z.object({
  /** OCFL version, v1 = the accepted archive. */
  version: z.string(),
  kind: z.enum(['reception', 'supplement', 'retention', 'import']),
  reason: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  files: z.number().int(),
  bytes: z.number().int(),
});
export type ArchiveVersionOut = z.infer<typeof archiveVersionOut>;

export const archiveOut = z.object({
  archivalCode: z.string(),
  caseId: z.string().nullable(),
  caseNumber: z.string(),
  causeOfAction: z.string().nullable(),
  department: z.string().nullable(),
  retentionPeriod: retentionOut,
  retentionReason: z.string().nullable(),
  ocflObjectId: z.string(),
  /** reception: received here; import: from a BagIt bag of another system. */
  source: z.enum(['reception', 'import']),
  receivedBy: z.string().nullable(),
  receivedAt: z.string(),
  headVersion: z.string(),
  versions: z.array(archiveVersionOut),
});
export type ArchiveOut = z.infer<typeof archiveOut>;

export const archiveListItem = archiveOut.omit({ versions: true });
export type ArchiveListItem = z.infer<typeof archiveListItem>;
export const archiveList = z.object({ items: z.array(archiveListItem), total: z.number().int() });

/** One file of an archive version (OCFL logical state). */
export const archiveFileOut = z.object({ path: z.string(), size: z.number().int(), sha256: z.string() });
export type ArchiveFileOut = z.infer<typeof archiveFileOut>;
export const archiveFiles = z.object({ version: z.string(), files: z.array(archiveFileOut) });

/** 补充归档: files added to an archive as a new version, with the reason. */
export const supplementFields = z.object({ reason: z.string().trim().min(1, '请写明补充归档的理由').max(1000) });

export const retentionChangeIn = z.object({
  retentionPeriod: z.enum(retentionCodes),
  reason: z.string().trim().min(1, '调整保管期限须写明理由').max(500),
});
export type RetentionChangeIn = z.input<typeof retentionChangeIn>;

export const exportFormats = ['eep', 'bagit'] as const;
export type ExportFormat = (typeof exportFormats)[number];
