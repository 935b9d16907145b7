import { describe, expect, it } from 'vitest';
import type { CoverageResponse } from '../../api/scope.hooks';
import { cellLabel, coverageGrid, monthTallies, parseCoverageParams, percent, toCoverageParams } from './coverage-params';

const data: CoverageResponse = {
  asOf: '2021-12-31',
  months: ['2021-07', '2021-08', '2021-09'],
  departments: ['立案庭', '商事审判庭'],
  cells: [
    { department: '立案庭', month: '2021-07', total: 3, inScope: 0, byRule: 0, byFullCoverage: 0 },
    { department: '立案庭', month: '2021-08', total: 5, inScope: 5, byRule: 5, byFullCoverage: 0 },
    { department: '商事审判庭', month: '2021-08', total: 10, inScope: 4, byRule: 3, byFullCoverage: 1 },
  ],
};

describe('coverage params', () => {
  it('round-trips the URL and ignores malformed values', () => {
    const q = { asOf: '2021-12-31', from: '2021-06', to: '2022-03' };
    expect(parseCoverageParams(toCoverageParams(q))).toEqual(q);
    expect(parseCoverageParams(new URLSearchParams('asOf=yesterday&from=2021-6&to=2022-03'))).toEqual({ asOf: undefined, from: undefined, to: '2022-03' });
    expect(toCoverageParams({}).toString()).toBe('');
  });
});

describe('coverage sums', () => {
  it('sums per month over all departments or one, counting empty months as zero', () => {
    expect(monthTallies(data).map((m) => [m.month, m.inScope, m.total])).toEqual([
      ['2021-07', 0, 3],
      ['2021-08', 9, 15],
      ['2021-09', 0, 0],
    ]);
    expect(monthTallies(data, '商事审判庭')[1]).toEqual({ month: '2021-08', total: 10, inScope: 4, byRule: 3, byFullCoverage: 1 });
  });

  it('builds the department × month grid with row, column and grand totals', () => {
    const grid = coverageGrid(data);
    expect(grid.rows.map((r) => [r.department, r.sum.inScope, r.sum.total])).toEqual([
      ['立案庭', 5, 8],
      ['商事审判庭', 4, 10],
    ]);
    expect(grid.columnSums.get('2021-08')).toEqual({ total: 15, inScope: 9, byRule: 8, byFullCoverage: 1 });
    expect(grid.sum).toEqual({ total: 18, inScope: 9, byRule: 8, byFullCoverage: 1 });
  });

  it('never rounds a partial coverage to 0% or 100%', () => {
    expect(percent(199, 200)).toBe(99);
    expect(percent(1, 300)).toBe(1);
    expect(percent(0, 5)).toBe(0);
    expect(percent(5, 5)).toBe(100);
    expect(percent(0, 0)).toBeNull();
    expect(cellLabel({ inScope: 6, total: 10 })).toBe('6 / 10（60%）');
    expect(cellLabel({ inScope: 0, total: 0 })).toBe('—');
  });
});
