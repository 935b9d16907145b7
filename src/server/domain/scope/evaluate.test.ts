import { describe, expect, it } from 'vitest';
import { scopeRuleSet, type Condition, type ScopeRuleSet } from '../../../common/scope-rules.js';
import { defaultRuleSet } from './default-rule-set.js';
import { evaluateScope, explainCondition, stickyExplanation, type ScopeCase } from './evaluate.js';

const rules = defaultRuleSet();
/** Inside the partial pilot, before full coverage. */
const PILOT = '2021-12-31';

const bank = { name: '中国工商银行股份有限公司上海市青浦支行', kind: 'financial_institution' };
const cardCentre = { name: '招商银行股份有限公司信用卡中心', kind: 'financial_institution' };
const person = (name: string) => ({ name, kind: 'natural_person' });
const company = (name: string) => ({ name, kind: 'legal_person' });

function civil(over: Partial<ScopeCase>): ScopeCase {
  return {
    caseNumber: '（2021）沪0118民初12345号',
    typeCode: '民初',
    department: '民事审判庭',
    team: null,
    judge: '李慧敏',
    causeOfAction: '物业服务合同纠纷',
    parties: [company('上海荣湃物业管理有限公司'), person('张建华')],
    flags: [],
    filedAt: '2021-09-15',
    ...over,
  };
}

const inScope = (c: ScopeCase, asOf = PILOT) => evaluateScope(rules, c, asOf);

/** Cases inside and just outside each rule of the plan (DOMAIN.md A4), filed after the start. */
const table: Array<{ rule: number; inside: ScopeCase[]; outside: ScopeCase[] }> = [
  {
    rule: 1,
    inside: [
      civil({ department: '立案庭', typeCode: '民诉前调', judge: '徐静雯', team: '诉调对接团队' }),
      civil({ department: '立案庭', typeCode: '财保', judge: '何志强', causeOfAction: '买卖合同纠纷' }),
    ],
    outside: [civil({ department: '民事审判庭', typeCode: '民诉前调', judge: '杨振宇' })],
  },
  {
    rule: 2,
    inside: [
      civil({ department: '刑事审判庭', typeCode: '刑初', judge: '沈宝琴', causeOfAction: '危险驾驶罪', parties: [{ name: '上海市青浦区人民检察院', kind: 'public_authority' }, person('刘强')] }),
    ],
    outside: [
      civil({ department: '刑事审判庭', typeCode: '刑初', judge: '马骏飞', causeOfAction: '危险驾驶罪' }),
      civil({ department: '刑事审判庭', typeCode: '刑初', judge: null, causeOfAction: '盗窃罪' }),
      // 沈宝琴's name on a case of another department does not bring it in.
      civil({ department: '审判监督庭', typeCode: '刑申', judge: '沈宝琴', causeOfAction: '盗窃罪' }),
    ],
  },
  {
    rule: 3,
    inside: [civil({ team: '速裁团队' }), civil({ team: '速裁团队', causeOfAction: '民间借贷纠纷', judge: '赵俊杰' })],
    outside: [
      civil({ team: '家事团队', causeOfAction: '离婚纠纷', judge: '黄敏华' }),
      civil({ team: null }),
      // 商事审判庭 has its own 速裁团队, which the plan does not name.
      civil({ department: '商事审判庭', team: '速裁团队', judge: '田芳', causeOfAction: '买卖合同纠纷' }),
    ],
  },
  {
    rule: 4,
    inside: [
      civil({ department: '商事审判庭', team: '金融审判团队', causeOfAction: '金融借款合同纠纷', parties: [bank, person('王伟')] }),
      civil({ department: '商事审判庭', causeOfAction: '小额借款合同纠纷', parties: [company('上海市青浦区大众小额贷款股份有限公司'), person('王伟')] }),
      civil({ department: '商事审判庭', causeOfAction: '借款合同纠纷', parties: [{ name: '中银消费金融有限公司' }, person('王伟')] }),
      civil({ department: '商事审判庭', typeCode: '民诉前调', causeOfAction: '买卖合同纠纷', flags: ['pre_litigation_mediation'] }),
    ],
    outside: [
      civil({ department: '商事审判庭', causeOfAction: '借款合同纠纷', parties: [company('上海泖岚贸易有限公司'), company('上海朗泰机械设备有限公司')] }),
      civil({ department: '商事审判庭', causeOfAction: '民间借贷纠纷', parties: [person('王伟'), person('李娟')] }),
      civil({ department: '商事审判庭', causeOfAction: '信用卡纠纷', parties: [cardCentre, person('王伟')] }),
      civil({ department: '商事审判庭', causeOfAction: '保证保险合同纠纷', parties: [{ name: '中国平安财产保险股份有限公司上海分公司', kind: 'financial_institution' }, person('王伟')] }),
      civil({ department: '商事审判庭', typeCode: '民诉前调', causeOfAction: '承揽合同纠纷', flags: [] }),
      civil({ department: '民事审判庭', causeOfAction: '金融借款合同纠纷', parties: [bank, person('王伟')] }),
    ],
  },
  {
    rule: 5,
    inside: [
      civil({ department: '执行局', typeCode: '执', causeOfAction: '信用卡纠纷', parties: [cardCentre, person('王伟')] }),
      civil({ department: '执行局', typeCode: '执恢', causeOfAction: '信用卡纠纷', parties: [cardCentre, person('王伟')] }),
      civil({ department: '执行局', typeCode: '执保', causeOfAction: '信用卡纠纷', parties: [cardCentre, person('王伟')] }),
    ],
    outside: [
      civil({ department: '执行局', typeCode: '执', causeOfAction: '金融借款合同纠纷', parties: [bank, person('王伟')] }),
      civil({ department: '商事审判庭', typeCode: '民初', causeOfAction: '信用卡纠纷', parties: [cardCentre, person('王伟')] }),
      // Not an enforcement case, though handled by 执行局.
      civil({ department: '执行局', typeCode: '民初', causeOfAction: '信用卡纠纷', parties: [cardCentre, person('王伟')] }),
    ],
  },
  {
    rule: 6,
    inside: [civil({ department: '执裁庭', causeOfAction: '案外人执行异议之诉', judge: '彭丽' })],
    outside: [
      civil({ department: '执裁庭', causeOfAction: '申请执行人执行异议之诉', judge: '彭丽' }),
      civil({ department: '执裁庭', causeOfAction: '执行分配方案异议之诉', judge: '彭丽' }),
      civil({ department: '执裁庭', typeCode: '执异', causeOfAction: '民间借贷纠纷', judge: '彭丽' }),
    ],
  },
  {
    rule: 7,
    inside: [
      civil({ department: '青东法庭', judge: '陈薇', causeOfAction: '劳动合同纠纷' }),
      civil({ department: '青东法庭', judge: '陈薇', causeOfAction: '追索劳动报酬纠纷' }),
      civil({ department: '青东法庭', judge: '陈薇', causeOfAction: '劳动争议' }),
      civil({ department: '青东法庭', judge: '陈薇', causeOfAction: '工伤保险待遇纠纷' }),
    ],
    outside: [
      civil({ department: '青东法庭', judge: '丁海峰', causeOfAction: '劳动合同纠纷' }),
      civil({ department: '青东法庭', judge: '陈薇', causeOfAction: '劳务合同纠纷' }),
      civil({ department: '青东法庭', judge: '陈薇', causeOfAction: '提供劳务者受害责任纠纷' }),
    ],
  },
  {
    rule: 8,
    inside: ['抚养纠纷', '抚养费纠纷', '变更抚养关系纠纷', '赡养费纠纷', '变更赡养关系纠纷', '扶养费纠纷'].map((cause) =>
      civil({ department: '朱家角法庭', judge: '俞红', causeOfAction: cause }),
    ),
    outside: [
      civil({ department: '朱家角法庭', judge: '俞红', causeOfAction: '离婚纠纷' }),
      civil({ department: '朱家角法庭', judge: '俞红', causeOfAction: '探望权纠纷' }),
      civil({ department: '民事审判庭', team: '家事团队', causeOfAction: '抚养费纠纷' }),
    ],
  },
  {
    rule: 9,
    inside: [
      civil({ department: '西虹桥法庭', causeOfAction: '展览合同纠纷', judge: '秦雅琴' }),
      civil({ department: '西虹桥法庭', typeCode: '民特', causeOfAction: '申请司法确认调解协议', judge: '戚志明' }),
    ],
    outside: [civil({ department: '青东法庭', causeOfAction: '展览合同纠纷', judge: '叶敏' })],
  },
  {
    rule: 10,
    inside: ['民监', '刑监', '行监', '司救民', '司救刑', '司救执'].map((typeCode) =>
      civil({ department: '审判监督庭', typeCode, causeOfAction: '机动车交通事故责任纠纷', judge: '贾玉兰' }),
    ),
    outside: ['民再', '刑申', '民申'].map((typeCode) =>
      civil({ department: '审判监督庭', typeCode, causeOfAction: '机动车交通事故责任纠纷', judge: '贾玉兰' }),
    ),
  },
];

describe('evaluateScope with the plan’s rules (DOMAIN.md A4)', () => {
  describe.each(table)('rule $rule', ({ rule, inside, outside }) => {
    it('takes in the cases inside it, naming the rule', () => {
      for (const c of inside) {
        const d = inScope(c);
        expect(d, `${c.department} ${c.typeCode} ${c.causeOfAction}`).toMatchObject({ inScope: true, ruleNumber: rule, basis: 'rule', ruleSetVersion: 1 });
        expect(d.ruleId).toBe(rules.rules.find((r) => r.number === rule)!.id);
        expect(d.explanation).toMatch(new RegExp(`^纳入单套制试点：${c.department} · .+（规则 ${rule}，2021-08-01 起施行）$`));
      }
    });

    it('leaves out the cases just outside it, until full coverage', () => {
      for (const c of outside) {
        const d = inScope(c);
        expect(d, `${c.department} ${c.typeCode} ${c.causeOfAction} ${c.judge}`).toMatchObject({ inScope: false, ruleId: null, ruleNumber: null, basis: 'none' });
        expect(d.explanation).toMatch(/^未纳入单套制试点：/);
        expect(d.explanation).toMatch(/；自 2022-01-01 起归档的案件全部实行单套制$/);
        expect(inScope(c, '2022-01-01')).toMatchObject({ inScope: true, basis: 'full_coverage' });
      }
    });
  });

  it('explains in one sentence, naming the part of rule 4 that matched', () => {
    const loan = table[3]!.inside[0]!;
    expect(inScope(loan).explanation).toBe('纳入单套制试点：商事审判庭 · 涉金融机构的借款合同纠纷（规则 4，2021-08-01 起施行）');
    const mediated = table[3]!.inside[3]!;
    expect(inScope(mediated).explanation).toBe('纳入单套制试点：商事审判庭 · 诉前调解成功的案件（规则 4，2021-08-01 起施行）');
    expect(inScope(table[9]!.inside[0]!).explanation).toBe('纳入单套制试点：审判监督庭 · 监字号案件（规则 10，2021-08-01 起施行）');
    expect(inScope(table[9]!.inside[3]!).explanation).toBe('纳入单套制试点：审判监督庭 · 司法救助案件（规则 10，2021-08-01 起施行）');
    expect(inScope(table[0]!.inside[0]!).explanation).toBe('纳入单套制试点：立案庭 · 立案庭的全部案件（规则 1，2021-08-01 起施行）');
  });

  it('says which condition failed', () => {
    expect(inScope(civil({ team: '家事团队', causeOfAction: '离婚纠纷' })).explanation).toBe(
      '未纳入单套制试点：民事审判庭仅“速裁团队的全部案件”纳入（规则 3），本案不属速裁团队；自 2022-01-01 起归档的案件全部实行单套制',
    );
    expect(inScope(civil({ department: '刑事审判庭', typeCode: '刑初', judge: '马骏飞', causeOfAction: '危险驾驶罪' })).explanation).toBe(
      '未纳入单套制试点：刑事审判庭仅“沈宝琴法官承办的全部案件”纳入（规则 2），本案承办法官为 马骏飞，不是 沈宝琴；自 2022-01-01 起归档的案件全部实行单套制',
    );
    expect(inScope(table[6]!.outside[1]!).explanation).toBe(
      '未纳入单套制试点：青东法庭仅“陈薇法官承办的劳动争议纠纷”纳入（规则 7），本案案由“劳务合同纠纷”不属于 劳动争议纠纷；自 2022-01-01 起归档的案件全部实行单套制',
    );
    expect(inScope(table[3]!.outside[0]!).explanation).toBe(
      '未纳入单套制试点：商事审判庭仅“涉金融机构的借款合同纠纷、诉前调解成功的案件”纳入（规则 4），本案当事人中没有金融机构，本案没有“诉前调解成功”标识；自 2022-01-01 起归档的案件全部实行单套制',
    );
    expect(inScope(table[9]!.outside[0]!).explanation).toBe(
      '未纳入单套制试点：审判监督庭仅“监字号案件、司法救助案件”纳入（规则 10），本案类型代字“民再”不含“监”，本案类型代字“民再”不以“司救”开头；自 2022-01-01 起归档的案件全部实行单套制',
    );
  });

  it('tells a department without rules that it has none', () => {
    const d = inScope(civil({ department: '办公室' }));
    expect(d).toMatchObject({ inScope: false, basis: 'none' });
    expect(d.explanation).toBe('未纳入单套制试点：本院尚未对办公室制定单套制试点规则；自 2022-01-01 起归档的案件全部实行单套制');
  });

  it('does not read a financial institution into a party recorded as a person', () => {
    const c = civil({ department: '商事审判庭', causeOfAction: '民间借贷纠纷', parties: [person('王银行'), person('李娟')] });
    expect(inScope(c).inScope).toBe(false);
    const byName = civil({ department: '商事审判庭', causeOfAction: '金融借款合同纠纷', parties: [{ name: '中国农业银行股份有限公司上海青浦支行' }, person('李娟')] });
    expect(inScope(byName).ruleNumber).toBe(4);
  });
});

describe('date boundaries', () => {
  const fastTrack = (filedAt: string) => civil({ team: '速裁团队', filedAt });

  it('applies the rules to cases filed on or after 2021-08-01 (inclusive), not to 2021-07-31', () => {
    expect(inScope(fastTrack('2021-08-01'))).toMatchObject({ inScope: true, ruleNumber: 3 });
    const eve = inScope(fastTrack('2021-07-31'));
    expect(eve).toMatchObject({ inScope: false, basis: 'none' });
    expect(eve.explanation).toBe(
      '未纳入单套制试点：民事审判庭仅“速裁团队的全部案件”纳入（规则 3），本案立案日期 2021-07-31 早于规则 3 施行日期 2021-08-01；自 2022-01-01 起归档的案件全部实行单套制',
    );
  });

  it('brings every case in when archived from 2022-01-01, whatever its filing date', () => {
    const old = fastTrack('2021-03-15');
    expect(inScope(old, '2021-12-31')).toMatchObject({ inScope: false, basis: 'none' });
    const full = inScope(old, '2022-01-01');
    expect(full).toMatchObject({ inScope: true, basis: 'full_coverage', ruleId: null, ruleNumber: null, ruleSetVersion: 1 });
    expect(full.explanation).toBe('纳入单套制：2022-01-01 起归档的案件全部实行单套制（规则集第 1 版）');
    const noRuleDepartment = civil({ department: '办公室', filedAt: '2020-05-06' });
    expect(inScope(noRuleDepartment, '2021-12-31').inScope).toBe(false);
    expect(inScope(noRuleDepartment, '2022-01-01').basis).toBe('full_coverage');
  });

  it('keeps naming the rule after 2022-01-01 when a rule matches (the more specific reason)', () => {
    expect(inScope(fastTrack('2021-08-01'), '2022-03-01')).toMatchObject({ inScope: true, basis: 'rule', ruleNumber: 3 });
    expect(inScope(fastTrack('2022-01-04'), '2022-03-01')).toMatchObject({ inScope: true, basis: 'rule', ruleNumber: 3 });
  });

  it('honours an end date (inclusive) and says so', () => {
    const set = withRules([
      { id: 'r3-old', number: 3, department: '民事审判庭', label: '速裁团队的全部案件', condition: { kind: 'team', in: ['速裁团队'] }, effectiveFrom: '2021-08-01', effectiveTo: '2021-09-30' },
    ]);
    expect(evaluateScope(set, fastTrack('2021-09-30'), PILOT).explanation).toBe(
      '纳入单套制试点：民事审判庭 · 速裁团队的全部案件（规则 3，2021-08-01 起施行，至 2021-09-30）',
    );
    expect(evaluateScope(set, fastTrack('2021-10-01'), PILOT).explanation).toBe(
      '未纳入单套制试点：民事审判庭仅“速裁团队的全部案件”纳入（规则 3），本案立案日期 2021-10-01 晚于规则 3 截止日期 2021-09-30；自 2022-01-01 起归档的案件全部实行单套制',
    );
  });

  it('never brings cases in by archiving date when full coverage is switched off', () => {
    const set = scopeRuleSet.parse({ ...rules, fullCoverageFrom: null });
    const d = evaluateScope(set, civil({ team: null }), '2030-01-01');
    expect(d).toMatchObject({ inScope: false, basis: 'none' });
    expect(d.explanation).toBe('未纳入单套制试点：民事审判庭仅“速裁团队的全部案件”纳入（规则 3），本案不属速裁团队');
  });
});

describe('phase 4: a department with several rules', () => {
  const widened = withRules([
    ...rules.rules,
    {
      id: 'r11-civil-family',
      number: 11,
      department: '民事审判庭',
      label: '家事团队的抚养、赡养、扶养纠纷',
      condition: {
        kind: 'all',
        of: [
          { kind: 'team', in: ['家事团队'] },
          { kind: 'causeOfAction', under: ['抚养纠纷', '赡养纠纷', '扶养纠纷'] },
        ],
      },
      effectiveFrom: '2021-10-01',
      effectiveTo: null,
    },
  ]);

  it('tries the rules in number order and names the one that matched', () => {
    const support = civil({ team: '家事团队', causeOfAction: '抚养费纠纷', filedAt: '2021-10-08' });
    expect(evaluateScope(widened, support, PILOT)).toMatchObject({ inScope: true, ruleNumber: 11, ruleId: 'r11-civil-family' });
    expect(evaluateScope(widened, civil({ team: '速裁团队' }), PILOT).ruleNumber).toBe(3);
  });

  it('explains each rule’s failure when none matches', () => {
    const early = civil({ team: '家事团队', causeOfAction: '抚养费纠纷', filedAt: '2021-09-15' });
    expect(evaluateScope(widened, early, PILOT).explanation).toBe(
      '未纳入单套制试点：民事审判庭仅“速裁团队的全部案件”（规则 3）、“家事团队的抚养、赡养、扶养纠纷”（规则 11）纳入；' +
        '规则 3：本案不属速裁团队；规则 11：本案立案日期 2021-09-15 早于规则 11 施行日期 2021-10-01；自 2022-01-01 起归档的案件全部实行单套制',
    );
  });

  it('does not depend on the order rules are stored in', () => {
    const reversed = scopeRuleSet.parse({ ...widened, rules: [...widened.rules].reverse() });
    const c = civil({ team: '家事团队', causeOfAction: '离婚纠纷' });
    expect(evaluateScope(reversed, c, PILOT)).toEqual(evaluateScope(widened, c, PILOT));
  });
});

describe('explainCondition', () => {
  const c = civil({ department: '青东法庭', judge: '陈薇', causeOfAction: '追索劳动报酬纠纷', filedAt: '2021-08-01' });

  it('holds exactly when nothing failed', () => {
    expect(explainCondition({ kind: 'judge', in: ['陈薇'] }, c)).toEqual({ holds: true, failed: [] });
    expect(explainCondition({ kind: 'judge', in: ['丁海峰', '叶敏'] }, c)).toEqual({
      holds: false,
      failed: ['本案承办法官为 陈薇，不是 丁海峰、叶敏 之一'],
    });
  });

  it('reports every failing part of an “all”, and all parts of a failed “any”', () => {
    const both: Condition = {
      kind: 'all',
      of: [
        { kind: 'causeOfAction', under: ['借款合同纠纷'] },
        { kind: 'financialInstitutionParty' },
        { kind: 'judge', in: ['陈薇'] },
      ],
    };
    expect(explainCondition(both, c).failed).toEqual(['本案案由“追索劳动报酬纠纷”不属于 借款合同纠纷', '本案当事人中没有金融机构']);
    const either: Condition = { kind: 'any', of: [{ kind: 'team', in: ['速裁团队'] }, { kind: 'flag', flag: 'pre_litigation_mediation' }] };
    expect(explainCondition(either, c).failed).toEqual(['本案不属速裁团队', '本案没有“诉前调解成功”标识']);
  });

  it('says what held when a “not” fails', () => {
    expect(explainCondition({ kind: 'not', of: { kind: 'judge', in: ['陈薇'] } }, c)).toEqual({ holds: false, failed: ['本案承办法官为 陈薇'] });
    expect(explainCondition({ kind: 'not', of: { kind: 'causeOfAction', under: ['劳动争议纠纷'] } }, c).failed).toEqual([
      '本案案由属于 劳动争议纠纷（含下级案由）',
    ]);
    expect(explainCondition({ kind: 'not', of: { kind: 'all', of: [] } }, c).failed).toEqual(['该条件排除全部案件']);
  });

  it('checks filing dates, type-code families and departments', () => {
    expect(explainCondition({ kind: 'filedOn', from: '2021-08-02' }, c).failed).toEqual(['本案立案日期 2021-08-01 早于 2021-08-02']);
    expect(explainCondition({ kind: 'filedOn', to: '2021-07-31' }, c).failed).toEqual(['本案立案日期 2021-08-01 晚于 2021-07-31']);
    expect(explainCondition({ kind: 'filedOn', from: '2021-08-01', to: '2021-08-01' }, c).holds).toBe(true);
    expect(explainCondition({ kind: 'typeCode', family: ['执'] }, civil({ typeCode: '执恢' })).holds).toBe(true);
    expect(explainCondition({ kind: 'typeCode', family: ['行'] }, civil({ typeCode: '行赔初' })).failed).toEqual(['本案类型代字“行赔初”不属 行 类']);
    expect(explainCondition({ kind: 'typeCode', family: ['民'] }, civil({ typeCode: '商初' })).holds).toBe(false);
    expect(explainCondition({ kind: 'department', in: ['商事审判庭'] }, c).failed).toEqual(['本案承办部门为 青东法庭，不是 商事审判庭']);
  });
});

describe('stickyExplanation', () => {
  it('keeps the regime a case was archived under, and says so', () => {
    const d = inScope(civil({ team: '速裁团队' }));
    expect(stickyExplanation(d, '2021-11-02')).toBe(
      '已于 2021-11-02 按规则集第 1 版归档，保持原认定：纳入单套制试点：民事审判庭 · 速裁团队的全部案件（规则 3，2021-08-01 起施行）',
    );
  });
});

function withRules(list: ScopeRuleSet['rules']): ScopeRuleSet {
  return scopeRuleSet.parse({ version: 2, fullCoverageFrom: '2022-01-01', rules: list });
}
