import { describe, expect, it } from 'vitest';
import type { ScopeRuleSet } from '../../../common/scope-rules';
import {
  changeKind,
  editorStateOf,
  generatedRuleId,
  idsEverUsed,
  moveRule,
  newRule,
  ruleIds,
  sortedByNumber,
  validateEditor,
  withOptional,
} from './rule-set-draft';
import { issueLine, issuesOfError, normalizeIssuePath, serverIssues } from './rule-set-issues';
import { ApiError } from '../../api/client';

const base: Pick<ScopeRuleSet, 'fullCoverageFrom' | 'rules'> = {
  fullCoverageFrom: '2022-01-01',
  rules: [
    { id: 'r3-civil', number: 3, department: '民事审判庭', label: '速裁团队的全部案件', condition: { kind: 'team', in: ['速裁团队'] }, effectiveFrom: '2021-08-01', effectiveTo: null },
    { id: 'r1-filing', number: 1, department: '立案庭', label: '全部案件', condition: { kind: 'all', of: [] }, effectiveFrom: '2021-08-01', effectiveTo: null },
  ],
};

describe('rule-set editor model', () => {
  it('starts from a saved rule set in order of number and validates it unchanged', () => {
    const state = editorStateOf(base);
    expect(state.rules.map((r) => r.number)).toEqual([1, 3]);
    const v = validateEditor(state);
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.ruleSet.rules.map((r) => r.id)).toEqual(['r1-filing', 'r3-civil']);
  });

  it('does not share condition objects with the rule set it was filled from', () => {
    const state = editorStateOf(base);
    expect(state.rules[1]!.condition).not.toBe(base.rules[0]!.condition);
    expect(state.rules[1]!.condition).toEqual(base.rules[0]!.condition);
  });

  it('gives a new rule the next number and an id from it that no version ever used', () => {
    const state = editorStateOf(base);
    const rule = newRule(state);
    expect(rule.number).toBe(4);
    const used = idsEverUsed([base, { rules: [{ ...base.rules[0]!, id: 'r4' }] }]);
    expect(ruleIds({ ...state, rules: [...state.rules, rule] }, used)).toEqual(['r1-filing', 'r3-civil', 'r4-2']);
    expect(generatedRuleId(11, new Set())).toBe('r11');
    expect(generatedRuleId(null, new Set())).toBe('rnew');
  });

  it('reports what is missing in a new rule at its path, in the schema’s words', () => {
    const state = editorStateOf(base);
    const v = validateEditor({ ...state, rules: [...state.rules, newRule(state)] });
    expect(v.ok).toBe(false);
    const paths = v.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('rules.2.department');
    expect(paths).toContain('rules.2.label');
    expect(paths).toContain('rules.2.effectiveFrom');
    expect(v.issues.find((i) => i.path.join('.') === 'rules.2.label')!.message).toBe('请填写规则名称');
    expect(v.issues.find((i) => i.path.join('.') === 'rules.2.effectiveFrom')!.message).toBe('请选择施行日期');
  });

  it('reports duplicate numbers and empty lists deep in a condition', () => {
    const state = editorStateOf(base);
    state.rules[1] = { ...state.rules[1]!, number: 1, condition: { kind: 'any', of: [{ kind: 'causeOfAction', under: [] }] } };
    const v = validateEditor(state);
    const paths = v.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('rules.1.number');
    expect(paths).toContain('rules.1.condition.of.0.under');
  });

  it('moves a rule by swapping numbers, and sorts by number before saving', () => {
    const state = editorStateOf(base);
    const moved = moveRule(state, 1, -1);
    expect(moved.rules.map((r) => [r.id, r.number])).toEqual([
      ['r3-civil', 1],
      ['r1-filing', 3],
    ]);
    expect(moveRule(state, 0, -1)).toBe(state);
    const renumbered = { ...state, rules: [{ ...state.rules[0]!, number: 9 }, state.rules[1]!] };
    expect(sortedByNumber(renumbered).rules.map((r) => r.number)).toEqual([3, 9]);
    expect(sortedByNumber(state)).toBe(state);
  });

  it('keeps a simple condition when it becomes a group, and its label on the group', () => {
    expect(changeKind({ kind: 'judge', in: ['陈薇'], label: '陈薇法官' }, 'all')).toEqual({ kind: 'all', label: '陈薇法官', of: [{ kind: 'judge', in: ['陈薇'] }] });
    expect(changeKind({ kind: 'team', in: ['速裁团队'] }, 'not')).toEqual({ kind: 'not', of: { kind: 'team', in: ['速裁团队'] } });
    expect(changeKind({ kind: 'any', of: [{ kind: 'financialInstitutionParty' }] }, 'all')).toEqual({ kind: 'all', of: [{ kind: 'financialInstitutionParty' }] });
    expect(changeKind({ kind: 'all', of: [] }, 'flag')).toEqual({ kind: 'flag', flag: 'pre_litigation_mediation' });
  });

  it('drops optional fields that are emptied, so that the schema sees them as absent', () => {
    expect(withOptional({ kind: 'typeCode', contains: '监' }, 'contains', '')).toEqual({ kind: 'typeCode' });
    expect(withOptional({ kind: 'typeCode', in: ['民监'] }, 'in', [])).toEqual({ kind: 'typeCode' });
    expect(withOptional({ kind: 'typeCode' }, 'startsWith', '司救')).toEqual({ kind: 'typeCode', startsWith: '司救' });
  });
});

describe('rule-set issues', () => {
  it('reads both path forms the server sends', () => {
    expect(normalizeIssuePath('rules.3.condition.of.0.under')).toEqual(['rules', 3, 'condition', 'of', 0, 'under']);
    expect(normalizeIssuePath(['rules', 3, 'department'])).toEqual(['rules', 3, 'department']);
    expect(normalizeIssuePath('')).toEqual([]);
    expect(normalizeIssuePath(undefined)).toEqual([]);
  });

  it('takes the issues of a refused save and names the rule they are about', () => {
    const error = new ApiError(400, 'SCOPE_RULE_SET_INVALID', '试点范围规则集有误', {
      issues: [
        { code: 'SCOPE_SCHEMA', severity: 'error', path: 'rules.1.label', message: '请填写规则名称' },
        { code: 'SCOPE_UNKNOWN_DEPARTMENT', severity: 'error', path: ['rules', 0, 'department'], message: '规则 1：本院没有“某庭”这个部门' },
      ],
    });
    const issues = issuesOfError(error);
    expect(issues.map((i) => i.path)).toEqual([
      ['rules', 1, 'label'],
      ['rules', 0, 'department'],
    ]);
    const numberAt = (i: number) => [1, 7][i];
    expect(issues.map((i) => issueLine(i, numberAt))).toEqual(['规则 7：请填写规则名称', '规则 1：本院没有“某庭”这个部门']);
    expect(issuesOfError(new ApiError(403, 'PERMISSION_DENIED', '无权'))).toEqual([]);
    expect(serverIssues([{ severity: 'info', path: ['rules'], message: '办公室尚无试点规则' }, 'junk'])).toHaveLength(1);
  });
});
