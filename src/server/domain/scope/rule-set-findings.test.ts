import { describe, expect, it } from 'vitest';
import { scopeRuleSet } from '../../../common/scope-rules.js';
import { defaultRuleSet } from './default-rule-set.js';
import { ruleSetFindings } from './rule-set-findings.js';

describe('ruleSetFindings', () => {
  it('finds nothing wrong with the plan’s rules', () => {
    expect(ruleSetFindings(defaultRuleSet())).toEqual({ ok: true, issues: [] });
  });

  it('flags unknown causes, type codes, families and departments, and departments left without a rule', () => {
    const set = scopeRuleSet.parse({
      version: 2,
      rules: [
        {
          id: 'r11-bad',
          number: 11,
          department: '民事一庭',
          label: '测试',
          condition: {
            kind: 'all',
            of: [
              { kind: 'causeOfAction', under: ['劳动争议纠纷', '劳动纠纷'] },
              { kind: 'not', of: { kind: 'typeCode', in: ['民初', '民诉前调'], family: ['执行'] } },
              { kind: 'department', in: ['商事审判庭'] },
            ],
          },
          effectiveFrom: '2021-10-01',
        },
      ],
    });
    const findings = ruleSetFindings(set, ['民事审判庭', '商事审判庭']);
    expect(findings.ok).toBe(false);
    expect(findings.issues.map((i) => [i.code, i.severity, i.path.join('.')])).toEqual([
      ['SCOPE_UNKNOWN_DEPARTMENT', 'error', 'rules.0.department'],
      ['SCOPE_UNKNOWN_CAUSE', 'warning', 'rules.0.condition.of.0.under'],
      ['SCOPE_UNKNOWN_TYPE_CODE', 'info', 'rules.0.condition.of.1.of.in'],
      ['SCOPE_UNKNOWN_TYPE_CODE_FAMILY', 'error', 'rules.0.condition.of.1.of.family'],
      ['SCOPE_DEPARTMENT_CONDITION_NEVER_HOLDS', 'warning', 'rules.0.condition.of.2'],
      ['SCOPE_DEPARTMENT_WITHOUT_RULE', 'info', 'rules'],
      ['SCOPE_DEPARTMENT_WITHOUT_RULE', 'info', 'rules'],
    ]);
    expect(findings.issues[1]!.message).toBe('规则 11：案由“劳动纠纷”不在案由表中，只匹配同名案由，不含下级案由');
    expect(findings.issues[5]!.message).toBe('民事审判庭尚无试点规则，其案件自 2022-01-01 起归档时纳入单套制');
  });
});
