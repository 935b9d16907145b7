import { describe, expect, it } from 'vitest';
import {
  conditionLabel,
  conditionTitle,
  DEFAULT_FULL_COVERAGE_FROM,
  effectiveWindowLabel,
  fullCoverageLabel,
  isIsoDate,
  MAX_CONDITION_DEPTH,
  ruleTitle,
  scopeCondition,
  scopeRule,
  scopeRuleSet,
  type Condition,
  type ScopeRuleInput,
  type ScopeRuleSetInput,
} from './scope-rules.js';

const rule = (over: Partial<ScopeRuleInput> = {}): ScopeRuleInput => ({
  id: 'r3-civil-fast-track',
  number: 3,
  department: '民事审判庭',
  label: '速裁团队的全部案件',
  condition: { kind: 'team', in: ['速裁团队'] },
  effectiveFrom: '2021-08-01',
  effectiveTo: null,
  ...over,
});

const ruleSet = (rules: ScopeRuleInput[], over: Partial<ScopeRuleSetInput> = {}): ScopeRuleSetInput => ({ version: 1, rules, ...over });

/** The Chinese messages of a failed parse, with their paths. */
function problems(result: { success: boolean; error?: { issues: Array<{ message: string; path: PropertyKey[] }> } }): string[] {
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2021-08-01')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('2021-13-01')).toBe(false);
    expect(isIsoDate('2021-8-1')).toBe(false);
    expect(isIsoDate('2021/08/01')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});

describe('scopeRuleSet schema', () => {
  it('accepts a rule set and fills the defaults: full coverage from 2022-01-01, no end date', () => {
    const { effectiveTo: _omitted, ...withoutEnd } = rule();
    const parsed = scopeRuleSet.parse({ version: 1, rules: [withoutEnd] });
    expect(parsed.fullCoverageFrom).toBe(DEFAULT_FULL_COVERAGE_FROM);
    expect(parsed.fullCoverageFrom).toBe('2022-01-01');
    expect(parsed.rules[0]!.effectiveTo).toBeNull();
  });

  it('keeps an explicit null full-coverage date (no phase 5)', () => {
    expect(scopeRuleSet.parse(ruleSet([rule()], { fullCoverageFrom: null })).fullCoverageFrom).toBeNull();
  });

  it('rejects duplicate rule ids and numbers, naming the earlier rule', () => {
    const issues = problems(
      scopeRuleSet.safeParse(ruleSet([rule(), rule({ number: 4 }), rule({ id: 'r4-other' })])),
    );
    expect(issues).toContain('rules.1.id: 规则标识“r3-civil-fast-track”与第 1 条规则重复');
    expect(issues).toContain('rules.2.number: 规则编号 3 与第 1 条规则重复');
  });

  it('rejects an end date before the start date, and accepts a one-day window', () => {
    expect(problems(scopeRule.safeParse(rule({ effectiveTo: '2021-07-31' })))).toEqual(['effectiveTo: 截止日期不能早于施行日期']);
    expect(scopeRule.safeParse(rule({ effectiveTo: '2021-08-01' })).success).toBe(true);
  });

  it('rejects impossible dates with a Chinese message', () => {
    expect(problems(scopeRule.safeParse(rule({ effectiveFrom: '2021-02-30' })))).toEqual([
      'effectiveFrom: 日期应为有效的 YYYY-MM-DD 日期，例如 2021-08-01',
    ]);
    expect(problems(scopeRuleSet.safeParse(ruleSet([], { fullCoverageFrom: '2022/01/01' })))[0]).toMatch(/^fullCoverageFrom: 日期应为/);
  });

  it('rejects empty name lists, blank names and duplicates in a list', () => {
    expect(problems(scopeRule.safeParse(rule({ condition: { kind: 'team', in: [] } })))).toEqual(['condition.in: 至少填写一个承办团队']);
    expect(problems(scopeRule.safeParse(rule({ condition: { kind: 'judge', in: ['  '] } })))).toEqual(['condition.in.0: 承办法官不能为空']);
    expect(problems(scopeRule.safeParse(rule({ condition: { kind: 'causeOfAction', under: ['离婚纠纷', '离婚纠纷'] } })))).toEqual([
      'condition.under: 案由不能重复',
    ]);
  });

  it('rejects a bad rule id, number, department and label', () => {
    const issues = problems(scopeRule.safeParse(rule({ id: 'R4 商事', number: 0, department: ' ', label: '' })));
    expect(issues).toEqual([
      'id: 规则标识只能由小写字母、数字和连字符组成，例如 r4-commercial-finance',
      'number: 规则编号应为正整数',
      'department: 请填写承办部门',
      'label: 请填写规则名称',
    ]);
  });

  it('rejects unknown condition kinds and flags, an empty “any”, a type-code condition without a test, an inverted date range', () => {
    const bad: Array<[unknown, string]> = [
      [{ kind: 'court', in: ['x'] }, 'condition.kind: 未知的条件类型'],
      [{ kind: 'flag', flag: 'urgent' }, 'condition.flag: 未知的案件标识'],
      [{ kind: 'any', of: [] }, 'condition.of: “满足其一”至少需要一个条件'],
      [{ kind: 'typeCode' }, 'condition: 类型代字条件至少需要“为”“包含”“开头为”“属于类别”之一'],
      [{ kind: 'filedOn' }, 'condition: 立案日期条件至少需要起始日期或截止日期'],
      [{ kind: 'filedOn', from: '2021-10-01', to: '2021-09-30' }, 'condition.to: 立案日期条件的截止日期不能早于起始日期'],
      [{ kind: 'not', of: { kind: 'team', in: [] } }, 'condition.of.in: 至少填写一个承办团队'],
    ];
    for (const [condition, message] of bad) {
      expect(problems(scopeRule.safeParse(rule({ condition: condition as Condition })))).toEqual([message]);
    }
  });

  it('accepts an empty “all” (every case) and nested all/any/not', () => {
    const condition: Condition = {
      kind: 'all',
      of: [
        { kind: 'any', of: [{ kind: 'typeCode', contains: '监' }, { kind: 'typeCode', startsWith: '司救' }] },
        { kind: 'not', of: { kind: 'flag', flag: 'pre_litigation_mediation' } },
      ],
    };
    expect(scopeCondition.parse(condition)).toEqual(condition);
    expect(scopeCondition.parse({ kind: 'all', of: [] })).toEqual({ kind: 'all', of: [] });
  });

  it('rejects conditions nested deeper than the limit', () => {
    let deep: Condition = { kind: 'financialInstitutionParty' };
    for (let i = 0; i < MAX_CONDITION_DEPTH; i++) deep = { kind: 'not', of: deep };
    expect(problems(scopeRule.safeParse(rule({ condition: deep })))).toEqual([`condition: 条件嵌套不能超过 ${MAX_CONDITION_DEPTH} 层`]);
  });

  it('trims names so that “ 速裁团队 ” matches the team', () => {
    expect(scopeCondition.parse({ kind: 'team', in: [' 速裁团队 '] })).toEqual({ kind: 'team', in: ['速裁团队'] });
  });
});

describe('conditionLabel', () => {
  it('describes every kind of leaf in Chinese', () => {
    const cases: Array<[Condition, string]> = [
      [{ kind: 'department', in: ['商事审判庭'] }, '承办部门为 商事审判庭'],
      [{ kind: 'team', in: ['速裁团队', '家事团队'] }, '承办团队为 速裁团队、家事团队 之一'],
      [{ kind: 'judge', in: ['沈宝琴'] }, '承办法官为 沈宝琴'],
      [{ kind: 'typeCode', contains: '监' }, '类型代字含“监”'],
      [{ kind: 'typeCode', startsWith: '司救' }, '类型代字以“司救”开头'],
      [{ kind: 'typeCode', in: ['民监', '刑监'] }, '类型代字为 民监、刑监 之一'],
      [{ kind: 'typeCode', family: ['执'] }, '类型代字属于 执 类'],
      [{ kind: 'causeOfAction', under: ['劳动争议纠纷'] }, '案由属于 劳动争议纠纷（含下级案由）'],
      [{ kind: 'financialInstitutionParty' }, '当事人中有金融机构'],
      [{ kind: 'flag', flag: 'pre_litigation_mediation' }, '案件标识含“诉前调解成功”'],
      [{ kind: 'filedOn', from: '2021-08-01' }, '立案日期 ≥ 2021-08-01'],
      [{ kind: 'filedOn', to: '2021-12-31' }, '立案日期 ≤ 2021-12-31'],
      [{ kind: 'filedOn', from: '2021-08-01', to: '2021-12-31' }, '立案日期在 2021-08-01 至 2021-12-31 之间'],
      [{ kind: 'all', of: [] }, '全部案件'],
    ];
    for (const [c, label] of cases) expect(conditionLabel(c)).toBe(label);
  });

  it('joins all/any with 且/或, brackets nested groups, and says 并非 for not', () => {
    const rule4: Condition = {
      kind: 'any',
      of: [
        { kind: 'all', label: '涉金融机构的借款合同纠纷', of: [{ kind: 'causeOfAction', under: ['借款合同纠纷'] }, { kind: 'financialInstitutionParty' }] },
        { kind: 'flag', flag: 'pre_litigation_mediation' },
      ],
    };
    expect(conditionLabel(rule4)).toBe('〔案由属于 借款合同纠纷（含下级案由），且当事人中有金融机构〕，或案件标识含“诉前调解成功”');
    expect(conditionLabel({ kind: 'not', of: { kind: 'team', in: ['速裁团队'] } })).toBe('并非〔承办团队为 速裁团队〕');
    expect(conditionLabel({ kind: 'typeCode', startsWith: '执', contains: '恢' })).toBe('类型代字含“恢”，且类型代字以“执”开头');
    expect(conditionTitle(rule4.of[0]!)).toBe('涉金融机构的借款合同纠纷');
    expect(conditionTitle(rule4.of[1]!)).toBe('案件标识含“诉前调解成功”');
  });
});

describe('rule labels', () => {
  it('shows the effective window and the rule title', () => {
    expect(effectiveWindowLabel({ effectiveFrom: '2021-08-01', effectiveTo: null })).toBe('2021-08-01 起施行');
    expect(effectiveWindowLabel({ effectiveFrom: '2021-10-01', effectiveTo: '2021-12-31' })).toBe('2021-10-01 起施行，至 2021-12-31');
    expect(ruleTitle(scopeRule.parse(rule()))).toBe('规则 3 · 民事审判庭 · 速裁团队的全部案件（2021-08-01 起施行）');
    expect(fullCoverageLabel('2022-01-01')).toBe('自 2022-01-01 起归档的案件全部实行单套制');
  });
});
