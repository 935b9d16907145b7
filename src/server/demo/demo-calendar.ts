/**
 * Calendar helpers for the demo: ISO dates ('YYYY-MM-DD') and the working days of mainland China
 * between June 2021 and March 2022 (public holidays and the weekend days worked in exchange, 调休,
 * per the State Council's holiday notices for 2021 and 2022). Pure; never reads the clock.
 */

/** First and last filing date of the demo cases. */
export const DEMO_FIRST_FILING = '2021-06-01';
export const DEMO_LAST_FILING = '2022-03-31';
/** The day the demo data describe: no case closes after it. */
export const DEMO_SNAPSHOT = '2022-03-31';

const holidays = new Set([
  // 端午节 2021
  '2021-06-12', '2021-06-13', '2021-06-14',
  // 中秋节 2021
  '2021-09-19', '2021-09-20', '2021-09-21',
  // 国庆节 2021
  '2021-10-01', '2021-10-02', '2021-10-03', '2021-10-04', '2021-10-05', '2021-10-06', '2021-10-07',
  // 元旦 2022
  '2022-01-01', '2022-01-02', '2022-01-03',
  // 春节 2022
  '2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04', '2022-02-05', '2022-02-06',
]);

/** Weekend days that were working days (调休上班). */
const workedWeekendDays = new Set(['2021-09-18', '2021-09-26', '2021-10-09', '2022-01-29', '2022-01-30']);

function toUtc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = toUtc(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

export function isWorkday(iso: string): boolean {
  if (workedWeekendDays.has(iso)) return true;
  if (holidays.has(iso)) return false;
  const weekday = toUtc(iso).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The date itself when it is a working day, else the next working day. */
export function nextWorkday(iso: string): string {
  let d = iso;
  while (!isWorkday(d)) d = addDays(d, 1);
  return d;
}

/** Every working day from `from` to `to`, both inclusive. */
export function workdays(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkday(d)) out.push(d);
  return out;
}

/** Day of the year, 1-based. */
export function dayOfYear(iso: string): number {
  return daysBetween(`${iso.slice(0, 4)}-01-01`, iso) + 1;
}
