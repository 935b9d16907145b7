import { z } from 'zod';
import { archiveStates } from './vocabulary.js';

/**
 * API schemas of 归档期限 (archiving deadlines, docs/deadlines.md): the files due soon or overdue
 * and their counts. Shared by the server and the web.
 */

/** 我的 (files the reader is the clerk or judge of), 本庭 (his department), 全院 (the court). */
export const deadlineScopeValues = ['mine', 'division', 'court'] as const;
export type DeadlineScopeValue = (typeof deadlineScopeValues)[number];

export const deadlineScopeLabels: Record<DeadlineScopeValue, string> = { mine: '我的', division: '本庭', court: '全院' };

export const deadlineStatusValues = ['not_due', 'due_soon', 'overdue'] as const;
export const deadlineStatusLabels: Record<(typeof deadlineStatusValues)[number], string> = {
  not_due: '未到期',
  due_soon: '即将到期',
  overdue: '已超期',
};

export const fileHolderLabels: Record<'clerk' | 'judge', string> = { clerk: '书记员', judge: '承办法官' };

export const deadlineListQuery = z.object({
  /** Default: the reader's default scope (see the summary). */
  scope: z.enum(deadlineScopeValues).optional(),
  /** due_soon, overdue, or all (both). */
  status: z.enum(['due_soon', 'overdue', 'all']).default('all'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type DeadlineListQuery = z.infer<typeof deadlineListQuery>;

const person = z.object({ id: z.string(), name: z.string() }).nullable();

export const deadlineCounts = z.object({ dueSoon: z.number(), overdue: z.number() });
export type DeadlineCounts = z.infer<typeof deadlineCounts>;

export const deadlineItem = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  causeOfAction: z.string(),
  departmentId: z.string(),
  department: z.string(),
  clerk: person,
  judge: person,
  /** 结案日期 */
  closedAt: z.string(),
  /** The last day for handing the file to the archives. */
  dueAt: z.string(),
  status: z.enum(deadlineStatusValues),
  /** Days left (due_soon; 0 on the due day) or days overdue (overdue). */
  days: z.number(),
  archiveState: z.enum(archiveStates),
  /** Who must act now: the clerk (编目) or the presiding judge (审核). */
  holder: z.enum(['clerk', 'judge']),
  holderName: z.string().nullable(),
});
export type DeadlineItem = z.infer<typeof deadlineItem>;

export const deadlineRuleOut = z.object({ months: z.number(), warnDays: z.number() });

export const deadlineListResponse = z.object({
  scope: z.enum(deadlineScopeValues),
  /** The court's calendar day the statuses are computed for. */
  today: z.string(),
  rule: deadlineRuleOut,
  items: z.array(deadlineItem),
  /** Items matching the status filter, for paging. */
  total: z.number(),
  /** Both counts of the scope, whatever the status filter. */
  counts: deadlineCounts,
});
export type DeadlineListResponse = z.infer<typeof deadlineListResponse>;

export const deadlineSummary = z.object({
  today: z.string(),
  rule: deadlineRuleOut,
  /** The scope reminders speak of (a 庭长: 本庭; clerks and judges: 我的; 档案管理员, 院领导: 全院). */
  defaultScope: z.enum(deadlineScopeValues),
  /** Counts of the default scope. */
  counts: deadlineCounts,
  /** Every scope the reader may open, in tab order, with its counts. */
  scopes: z.array(deadlineCounts.extend({ scope: z.enum(deadlineScopeValues) })),
  /** Per department, for readers of the whole court (null otherwise); departments with nothing due are left out. */
  byDepartment: z.array(deadlineCounts.extend({ departmentId: z.string(), department: z.string() })).nullable(),
});
export type DeadlineSummary = z.infer<typeof deadlineSummary>;
