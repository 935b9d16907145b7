import type { DeadlineScopeValue, deadlineStatusValues } from '../../common/deadline-api.js';
import type { Role } from '../../common/roles.js';
import type { ArchiveState } from '../../common/vocabulary.js';
import { can, canSeeDepartment, type Actor } from './access.js';

/**
 * 归档期限: a closed case's file must be handed to the archives within a period after 结案.
 *
 * The period is a setting (ARCHIVE_DEADLINE_MONTHS, default 3). DOMAIN.md does not give the figure;
 * three months after 结案 is the traditional court rule for paper files, taken from memory
 * (M-confidence, see docs/deadlines.md). The period is counted as 民法典 第二百零一条、第二百零二条
 * count periods by months: the closing day itself is not counted, and the period ends on the
 * corresponding day of the last month, or on that month's last day when it has no such day
 * (2021-11-30 + 3 months → 2022-02-28). Holidays do not extend it (第二百零三条 is not applied: this
 * is an internal administrative deadline, not a procedural period; see docs/deadlines.md).
 */
export interface DeadlineRule {
  /** Months from 结案 to the last day for handing the file over. */
  months: number;
  /** Days before the due date from which a file counts as due soon (即将到期). */
  warnDays: number;
}

export const defaultDeadlineRule: DeadlineRule = { months: 3, warnDays: 15 };

export type DeadlineStatus = (typeof deadlineStatusValues)[number];

/** Who must act on the file now: 书记员 while cataloguing, 承办法官 while it awaits his review. */
export type FileHolder = 'clerk' | 'judge';

export type ArchivingDeadline =
  | {
      applies: true;
      /** The last day on which handing the file over is on time (YYYY-MM-DD). */
      dueOn: string;
      status: DeadlineStatus;
      /** Days left until dueOn (not_due, due_soon; 0 on the due day) or days overdue (overdue, ≥ 1). */
      days: number;
      holder: FileHolder;
    }
  | {
      applies: false;
      /** not_closed: no 结案 date yet; handed_over: the file has reached the archives (the clock stopped). */
      reason: 'not_closed' | 'handed_over';
    };

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function parse(date: string): { y: number; m: number; d: number } {
  const match = isoDate.exec(date);
  if (!match) throw new Error(`not a date: ${date}`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) throw new Error(`not a date: ${date}`);
  return { y, m, d };
}

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function toUtc(date: string): number {
  const { y, m, d } = parse(date);
  return Date.UTC(y, m - 1, d);
}

/**
 * The corresponding day `months` calendar months later (or earlier, when negative); the last day of
 * the target month when it has no such day (民法典 第二百零二条).
 * @example addCalendarMonths('2021-11-30', 3) === '2022-02-28'
 */
export function addCalendarMonths(date: string, months: number): string {
  if (!Number.isInteger(months)) throw new Error(`months must be an integer: ${months}`);
  const { y, m, d } = parse(date);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return format(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

export function addDays(date: string, days: number): string {
  return new Date(toUtc(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** The last day for handing over the file of a case closed on `closedOn`. */
export function archivingDueDate(closedOn: string, rule: Pick<DeadlineRule, 'months'>): string {
  return addCalendarMonths(closedOn, rule.months);
}

/**
 * The latest closing date whose due date falls on or before `day`. Because the due date never
 * decreases as the closing date increases, "due on or before `day`" is exactly "closed on or before
 * this date" — which lets a database select and sort by the indexed closing date.
 */
export function latestClosingDueBy(day: string, rule: Pick<DeadlineRule, 'months'>): string {
  // Going back the same number of months lands on the answer or up to three days before it (when
  // the month we land in is shorter than the one we came from: several closing days share a due day).
  let closing = addCalendarMonths(day, -rule.months);
  while (archivingDueDate(addDays(closing, 1), rule) <= day) closing = addDays(closing, 1);
  return closing;
}

/** The archive states in which the clock runs (the file has not reached the archives yet). */
export function deadlineRunsIn(state: ArchiveState): boolean {
  return state === 'collecting' || state === 'cataloguing' || state === 'awaiting_review';
}

/** Who holds a file whose clock runs: the judge while it awaits review, otherwise the clerk. */
export function fileHolder(state: ArchiveState): FileHolder {
  return state === 'awaiting_review' ? 'judge' : 'clerk';
}

/**
 * The archiving deadline of a case file on `today` (the court's calendar day). The clock stops
 * when the file reaches awaiting_reception (clerk and judge have handed it to the archives) or any
 * later state; a file still collecting has a deadline only if it carries a closing date.
 */
export function archivingDeadline(file: { archiveState: ArchiveState; closedOn: string | null }, today: string, rule: DeadlineRule): ArchivingDeadline {
  if (!deadlineRunsIn(file.archiveState)) return { applies: false, reason: 'handed_over' };
  if (!file.closedOn) return { applies: false, reason: 'not_closed' };
  const dueOn = archivingDueDate(file.closedOn, rule);
  const left = daysBetween(today, dueOn);
  const holder = fileHolder(file.archiveState);
  if (left < 0) return { applies: true, dueOn, status: 'overdue', days: -left, holder };
  return { applies: true, dueOn, status: left <= rule.warnDays ? 'due_soon' : 'not_due', days: left, holder };
}

/**
 * The closing-date bounds of the statuses on `today`: a running file closed on or before
 * `overdueUpTo` is overdue; one closed after it and on or before `attentionUpTo` is due soon.
 */
export function closingBounds(today: string, rule: DeadlineRule): { overdueUpTo: string; attentionUpTo: string } {
  return {
    overdueUpTo: latestClosingDueBy(addDays(today, -1), rule),
    attentionUpTo: latestClosingDueBy(addDays(today, rule.warnDays), rule),
  };
}

// ── whose files a reader looks at ───────────────────────────────────────────────────────────────

export type DeadlineScope = DeadlineScopeValue;

/**
 * The scopes an actor with case.read may ask for: 我的 (files he is the clerk or judge of) always;
 * 本庭 (his department) when he belongs to one whose cases he may see; 全院 with case.read.all
 * (档案管理员, 院领导).
 */
export function allowedDeadlineScopes(actor: Actor): DeadlineScope[] {
  if (!can(actor, 'case.read')) return [];
  const out: DeadlineScope[] = ['mine'];
  if (actor.departmentId && canSeeDepartment(actor, actor.departmentId)) out.push('division');
  if (can(actor, 'case.read.all')) out.push('court');
  return out;
}

const divisionRoles: readonly Role[] = ['division_head'];
const ownFileRoles: readonly Role[] = ['clerk', 'judge'];

/**
 * The scope a reminder speaks of: a 庭长 watches his division; clerks and judges their own files;
 * court-wide readers the court; anyone else his own files.
 */
export function defaultDeadlineScope(actor: Actor): DeadlineScope | null {
  const allowed = allowedDeadlineScopes(actor);
  if (allowed.length === 0) return null;
  if (actor.roles.some((r) => divisionRoles.includes(r)) && allowed.includes('division')) return 'division';
  if (actor.roles.some((r) => ownFileRoles.includes(r))) return 'mine';
  if (allowed.includes('court')) return 'court';
  return 'mine';
}
