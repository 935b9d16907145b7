import { describe, expect, it } from 'vitest';
import type { ScopeRule } from '../../../common/scope-rules';
import { diffRuleSets, diffSummary } from './rule-set-diff';

const rule = (number: number, patch: Partial<ScopeRule> = {}): ScopeRule => ({
  id: `r${number}`,
  number,
  department: '立案庭',
  label: `规则${number}`,
  condition: { kind: 'all', of: [] },
  effectiveFrom: '2021-08-01',
  effectiveTo: null,
  ...patch,
});

describe('diffRuleSets', () => {
  it('matches rules by id and tells added, changed and removed apart', () => {
    const before = { fullCoverageFrom: '2022-01-01', rules: [rule(1), rule(2), rule(3)] };
    const after = { fullCoverageFrom: '2022-01-01', rules: [rule(1), rule(2, { label: '改名' }), rule(4)] };
    const diff = diffRuleSets(before, after);
    expect([...diff.rules]).toEqual([
      ['r1', 'unchanged'],
      ['r2', 'changed'],
      ['r4', 'added'],
    ]);
    expect(diff.removed.map((r) => r.id)).toEqual(['r3']);
    expect(diffSummary(diff)).toBe('新增规则 4；修改规则 2；删除规则 3');
  });

  it('ignores key order and absent optional fields, and reports the full-coverage date', () => {
    const a = rule(1, { condition: { kind: 'typeCode', contains: '监', startsWith: '司救' } });
    const b = rule(1, { condition: { startsWith: '司救', kind: 'typeCode', contains: '监', label: undefined } });
    const diff = diffRuleSets({ fullCoverageFrom: '2022-01-01', rules: [a] }, { fullCoverageFrom: null, rules: [b] });
    expect(diff.rules.get('r1')).toBe('unchanged');
    expect(diffSummary(diff)).toBe('全面实行日期 2022-01-01 → 未设定');
    expect(diffSummary(diffRuleSets({ fullCoverageFrom: null, rules: [a] }, { fullCoverageFrom: null, rules: [a] }))).toBe('与现行版本相同');
  });
});
