import type { CoverageCell, CoverageQuery, CoverageResponse } from '../../api/scope.hooks';

/**
 * 试点覆盖 page state in the URL (?asOf=2021-12-31&from=2021-06&to=2022-03) and the sums it shows.
 * No asOf: each case's stored decision (按各案当前认定).
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

export function parseCoverageParams(params: URLSearchParams): CoverageQuery {
  const asOf = params.get('asOf') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    asOf: DATE.test(asOf) ? asOf : undefined,
    from: MONTH.test(from) ? from : undefined,
    to: MONTH.test(to) ? to : undefined,
  };
}

export function toCoverageParams(q: CoverageQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (q.asOf) p.set('asOf', q.asOf);
  if (q.from) p.set('from', q.from);
  if (q.to) p.set('to', q.to);
  return p;
}

export interface Tally {
  total: number;
  inScope: number;
  byRule: number;
  byFullCoverage: number;
}

const zero = (): Tally => ({ total: 0, inScope: 0, byRule: 0, byFullCoverage: 0 });

function add(t: Tally, c: Tally): Tally {
  return { total: t.total + c.total, inScope: t.inScope + c.inScope, byRule: t.byRule + c.byRule, byFullCoverage: t.byFullCoverage + c.byFullCoverage };
}

/** Per month (in the answer's order), over every department or one. Months without cases count zero. */
export function monthTallies(data: CoverageResponse, department?: string): Array<Tally & { month: string }> {
  const byMonth = new Map<string, Tally>(data.months.map((m) => [m, zero()]));
  for (const c of data.cells) {
    if (department && c.department !== department) continue;
    byMonth.set(c.month, add(byMonth.get(c.month) ?? zero(), c));
  }
  return data.months.map((month) => ({ month, ...(byMonth.get(month) ?? zero()) }));
}

/** The department × month grid, with each department's total over the months. */
export function coverageGrid(data: CoverageResponse): {
  rows: Array<{ department: string; cells: Map<string, CoverageCell>; sum: Tally }>;
  columnSums: Map<string, Tally>;
  sum: Tally;
} {
  const rows = data.departments.map((department) => {
    const cells = new Map(data.cells.filter((c) => c.department === department).map((c) => [c.month, c]));
    return { department, cells, sum: [...cells.values()].reduce(add, zero()) };
  });
  const columnSums = new Map(monthTallies(data).map(({ month, ...t }) => [month, t]));
  return { rows, columnSums, sum: rows.reduce((t, r) => add(t, r.sum), zero()) };
}

/**
 * A share as a whole percentage that never rounds a partial coverage to 0% or 100% (199/200 is
 * 99%, not 100%); null when there are no cases.
 */
export function percent(part: number, whole: number): number | null {
  if (whole === 0) return null;
  if (part === whole) return 100;
  if (part === 0) return 0;
  return Math.min(99, Math.max(1, Math.round((part / whole) * 100)));
}

/** '12 / 20（60%）', or '—' for a month without cases. */
export function cellLabel(t: Pick<Tally, 'inScope' | 'total'>): string {
  const p = percent(t.inScope, t.total);
  return p === null ? '—' : `${t.inScope} / ${t.total}（${p}%）`;
}
