import { describe, expect, it } from 'vitest';
import { permissionsOf, type Role } from '../../common/roles.js';
import { archiveStates, type ArchiveState } from '../../common/vocabulary.js';
import type { Actor } from './access.js';
import {
  addCalendarMonths,
  addDays,
  allowedDeadlineScopes,
  archivingDeadline,
  archivingDueDate,
  closingBounds,
  daysBetween,
  defaultDeadlineRule,
  defaultDeadlineScope,
  latestClosingDueBy,
} from './archiving-deadline.js';

const rule = defaultDeadlineRule;

/** Every day from `from` to `to` inclusive. */
function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

describe('calendar months (民法典 第二百零二条: the corresponding day, or the month end)', () => {
  it('lands on the corresponding day', () => {
    expect(addCalendarMonths('2021-11-20', 3)).toBe('2022-02-20');
    expect(addCalendarMonths('2021-09-30', 3)).toBe('2021-12-30');
    expect(addCalendarMonths('2021-10-31', 3)).toBe('2022-01-31');
    expect(addCalendarMonths('2022-02-28', 3)).toBe('2022-05-28'); // not the month end: Feb 28 has a counterpart
  });

  it('falls back to the last day of a shorter month', () => {
    expect(addCalendarMonths('2021-11-30', 3)).toBe('2022-02-28');
    expect(addCalendarMonths('2021-11-29', 3)).toBe('2022-02-28');
    expect(addCalendarMonths('2023-11-30', 3)).toBe('2024-02-29'); // leap year
    expect(addCalendarMonths('2022-05-31', 1)).toBe('2022-06-30');
    expect(addCalendarMonths('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('crosses years both ways', () => {
    expect(addCalendarMonths('2021-12-15', 1)).toBe('2022-01-15');
    expect(addCalendarMonths('2022-01-15', -1)).toBe('2021-12-15');
    expect(addCalendarMonths('2022-05-31', -3)).toBe('2022-02-28');
    expect(addCalendarMonths('2022-03-10', -15)).toBe('2020-12-10');
    expect(addCalendarMonths('2022-03-10', 0)).toBe('2022-03-10');
  });

  it('refuses what is not a date or not a whole number of months', () => {
    expect(() => addCalendarMonths('2022-02-30', 1)).toThrow();
    expect(() => addCalendarMonths('2022/02/01', 1)).toThrow();
    expect(() => addCalendarMonths('2022-02-01', 1.5)).toThrow();
  });

  it('counts days across month and year ends', () => {
    expect(daysBetween('2021-12-31', '2022-01-01')).toBe(1);
    expect(daysBetween('2022-03-01', '2022-02-28')).toBe(-1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('never moves the due date back as the closing date moves forward (three years, 1–24 months)', () => {
    for (const months of [1, 2, 3, 6, 12, 24]) {
      let previous = '';
      for (const closed of days('2021-01-01', '2023-12-31')) {
        const due = archivingDueDate(closed, { months });
        expect(due >= previous, `${closed} + ${months}`).toBe(true);
        expect(daysBetween(closed, due)).toBeGreaterThanOrEqual(28 * months);
        previous = due;
      }
    }
  });
});

describe('the latest closing date due by a day', () => {
  it('is exactly the set of closing dates due on or before that day (every day of four years)', () => {
    for (const months of [1, 3, 6]) {
      for (const day of days('2021-01-01', '2024-06-30')) {
        const bound = latestClosingDueBy(day, { months });
        // The bound itself is due by `day`, the next day is not.
        expect(archivingDueDate(bound, { months }) <= day, `${day} bound ${bound}`).toBe(true);
        expect(archivingDueDate(addDays(bound, 1), { months }) > day, `${day} bound ${bound}`).toBe(true);
        // Spot-check the whole set around the bound.
        for (const c of days(addDays(bound, -4), addDays(bound, 4))) {
          expect(archivingDueDate(c, { months }) <= day).toBe(c <= bound);
        }
      }
    }
  });

  it('gathers the closing days that share a month-end due date', () => {
    // 11-28, 11-29 and 11-30 are all due on 2022-02-28.
    expect(latestClosingDueBy('2022-02-28', rule)).toBe('2021-11-30');
    expect(latestClosingDueBy('2022-02-27', rule)).toBe('2021-11-27');
    expect(latestClosingDueBy('2022-03-01', rule)).toBe('2021-12-01');
    expect(latestClosingDueBy('2022-05-31', rule)).toBe('2022-02-28');
  });
});

describe('the deadline of a file on a day', () => {
  it('is not due, then due soon inside the warning window, then overdue the day after the due date', () => {
    const file = { archiveState: 'cataloguing' as const, closedOn: '2021-11-30' };
    expect(archivingDeadline(file, '2022-02-12', rule)).toEqual({ applies: true, dueOn: '2022-02-28', status: 'not_due', days: 16, holder: 'clerk' });
    expect(archivingDeadline(file, '2022-02-13', rule)).toMatchObject({ status: 'due_soon', days: 15 });
    expect(archivingDeadline(file, '2022-02-28', rule)).toMatchObject({ status: 'due_soon', days: 0 });
    expect(archivingDeadline(file, '2022-03-01', rule)).toMatchObject({ status: 'overdue', days: 1 });
    expect(archivingDeadline(file, '2023-03-01', rule)).toMatchObject({ status: 'overdue', days: 366 });
    expect(archivingDeadline(file, '2021-11-30', rule)).toMatchObject({ status: 'not_due', days: 90 });
  });

  it('has no warning window when warnDays is 0', () => {
    const file = { archiveState: 'cataloguing' as const, closedOn: '2021-11-20' };
    expect(archivingDeadline(file, '2022-02-19', { months: 3, warnDays: 0 })).toMatchObject({ status: 'not_due', days: 1 });
    expect(archivingDeadline(file, '2022-02-20', { months: 3, warnDays: 0 })).toMatchObject({ status: 'due_soon', days: 0 });
  });

  it('names who holds the file: the clerk while cataloguing, the judge while it awaits review', () => {
    expect(archivingDeadline({ archiveState: 'cataloguing', closedOn: '2022-01-10' }, '2022-01-11', rule)).toMatchObject({ holder: 'clerk' });
    expect(archivingDeadline({ archiveState: 'awaiting_review', closedOn: '2022-01-10' }, '2022-01-11', rule)).toMatchObject({ holder: 'judge' });
  });

  it('runs for every state before the archives receive the file, and stops from awaiting_reception on', () => {
    const expected: Record<ArchiveState, boolean> = {
      collecting: true,
      cataloguing: true,
      awaiting_review: true,
      awaiting_reception: false,
      archived: false,
      transferred: false,
      disposed: false,
    };
    for (const state of archiveStates) {
      const d = archivingDeadline({ archiveState: state, closedOn: '2021-01-04' }, '2022-01-04', rule);
      expect(d.applies, state).toBe(expected[state]);
      if (!d.applies) expect(d.reason).toBe('handed_over');
    }
  });

  it('gives a file still collecting no deadline unless it carries a closing date', () => {
    expect(archivingDeadline({ archiveState: 'collecting', closedOn: null }, '2022-01-04', rule)).toEqual({ applies: false, reason: 'not_closed' });
    expect(archivingDeadline({ archiveState: 'collecting', closedOn: '2021-01-04' }, '2022-01-04', rule)).toMatchObject({ status: 'overdue', holder: 'clerk' });
    expect(archivingDeadline({ archiveState: 'cataloguing', closedOn: null }, '2022-01-04', rule)).toEqual({ applies: false, reason: 'not_closed' });
  });

  it('agrees with the closing-date bounds a database query uses, on every day of two years', () => {
    for (const r of [rule, { months: 1, warnDays: 0 }, { months: 6, warnDays: 30 }]) {
      for (const today of days('2022-01-01', '2023-12-31').filter((_, i) => i % 3 === 0)) {
        const { overdueUpTo, attentionUpTo } = closingBounds(today, r);
        for (const closedOn of days(addDays(overdueUpTo, -3), addDays(attentionUpTo, 3))) {
          const d = archivingDeadline({ archiveState: 'cataloguing', closedOn }, today, r);
          if (!d.applies) throw new Error('expected a deadline');
          const byBounds = closedOn <= overdueUpTo ? 'overdue' : closedOn <= attentionUpTo ? 'due_soon' : 'not_due';
          expect(d.status, `${today} closed ${closedOn}`).toBe(byBounds);
        }
      }
    }
  });
});

describe('whose files a reader may look at', () => {
  const actor = (roles: Role[], departmentId: string | null, caseDepartments: Actor['caseDepartments']): Actor => ({
    id: 'u',
    username: 'u',
    displayName: 'u',
    kind: 'person',
    roles,
    permissions: permissionsOf(roles),
    departmentId,
    caseDepartments,
  });

  it('gives clerks and judges their own files first, and their division', () => {
    for (const role of ['clerk', 'judge'] as const) {
      const a = actor([role], 'd1', ['d1']);
      expect(allowedDeadlineScopes(a)).toEqual(['mine', 'division']);
      expect(defaultDeadlineScope(a)).toBe('mine');
    }
  });

  it('gives a 庭长 his division by default', () => {
    const a = actor(['division_head'], 'd1', ['d1']);
    expect(allowedDeadlineScopes(a)).toEqual(['mine', 'division']);
    expect(defaultDeadlineScope(a)).toBe('division');
  });

  it('gives the whole court to who reads every case (档案管理员, 院领导), and no division without a department', () => {
    expect(allowedDeadlineScopes(actor(['archivist'], 'office', 'all'))).toEqual(['mine', 'division', 'court']);
    expect(defaultDeadlineScope(actor(['archivist'], 'office', 'all'))).toBe('court');
    expect(allowedDeadlineScopes(actor(['leader'], null, 'all'))).toEqual(['mine', 'court']);
    expect(defaultDeadlineScope(actor(['leader'], null, 'all'))).toBe('court');
  });

  it('gives nothing to who may not read cases, and no division a reader may not see', () => {
    expect(allowedDeadlineScopes(actor(['sysadmin'], null, []))).toEqual([]);
    expect(defaultDeadlineScope(actor(['auditor'], null, []))).toBeNull();
    expect(allowedDeadlineScopes(actor(['scanner'], 'office', ['d1', 'd2']))).toEqual(['mine']);
  });
});
