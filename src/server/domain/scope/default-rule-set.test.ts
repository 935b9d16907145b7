import { describe, expect, it } from 'vitest';
import type { CaseInput } from '../../../common/api.js';
import { conditionLabel, ruleTitle, scopeRuleSet } from '../../../common/scope-rules.js';
import { demoCases, labourCauses, loanCauses, supportCauses } from '../../demo/demo-cases.js';
import { demoUsers } from '../../demo/demo-users.js';
import { caseDepartmentNames } from '../../demo/qingpu-court.js';
import { parseCaseNumber } from '../case-number/index.js';
import { defaultRuleSet } from './default-rule-set.js';
import { evaluateScope, type ScopeCase } from './evaluate.js';
import { ruleSetFindings } from './rule-set-findings.js';

const rules = defaultRuleSet();

describe('defaultRuleSet', () => {
  it('is version 1 of a valid rule set with full coverage from 2022-01-01', () => {
    expect(scopeRuleSet.parse(rules)).toEqual(rules);
    expect(rules.version).toBe(1);
    expect(rules.fullCoverageFrom).toBe('2022-01-01');
  });

  it('has the plan’s ten department rules, numbered as there, from 2021-08-01 with no end', () => {
    expect(rules.rules.map((r) => ruleTitle(r))).toEqual([
      '规则 1 · 立案庭 · 立案庭的全部案件（2021-08-01 起施行）',
      '规则 2 · 刑事审判庭 · 沈宝琴法官承办的全部案件（2021-08-01 起施行）',
      '规则 3 · 民事审判庭 · 速裁团队的全部案件（2021-08-01 起施行）',
      '规则 4 · 商事审判庭 · 涉金融机构的借款合同纠纷、诉前调解成功的案件（2021-08-01 起施行）',
      '规则 5 · 执行局 · 信用卡纠纷的执行案件（2021-08-01 起施行）',
      '规则 6 · 执裁庭 · 案外人执行异议之诉（2021-08-01 起施行）',
      '规则 7 · 青东法庭 · 陈薇法官承办的劳动争议纠纷（2021-08-01 起施行）',
      '规则 8 · 朱家角法庭 · 抚养、赡养、扶养纠纷（2021-08-01 起施行）',
      '规则 9 · 西虹桥法庭 · 西虹桥法庭的全部案件（2021-08-01 起施行）',
      '规则 10 · 审判监督庭 · 监字号案件、司法救助案件（2021-08-01 起施行）',
    ]);
  });

  it('states each rule’s condition as the plan does', () => {
    expect(rules.rules.map((r) => conditionLabel(r.condition))).toEqual([
      '全部案件',
      '承办法官为 沈宝琴',
      '承办团队为 速裁团队',
      '〔案由属于 借款合同纠纷（含下级案由），且当事人中有金融机构〕，或案件标识含“诉前调解成功”',
      '类型代字属于 执 类，且案由属于 信用卡纠纷（含下级案由）',
      '案由属于 案外人执行异议之诉（含下级案由）',
      '案由属于 劳动争议纠纷（含下级案由），且承办法官为 陈薇',
      '案由属于 抚养纠纷、赡养纠纷、扶养纠纷（含下级案由）',
      '全部案件',
      '类型代字含“监”，或类型代字以“司救”开头',
    ]);
  });

  it('gives a fresh copy on every call', () => {
    const a = defaultRuleSet();
    a.rules.pop();
    expect(defaultRuleSet().rules).toHaveLength(10);
  });

  it('refers only to known causes, type-code families and departments of the court', () => {
    expect(ruleSetFindings(rules, caseDepartmentNames)).toEqual({ ok: true, issues: [] });
  });
});

// ── the demo court: every pinned case lands where its design says (demo-cases.ts) ─────────────────

const users = new Map(demoUsers().map((u) => [u.username, u.displayName]));

function toScopeCase(c: CaseInput): ScopeCase {
  const n = parseCaseNumber(c.caseNumber, { now: new Date('2022-03-31T00:00:00Z') });
  if (!n.ok) throw new Error(`bad demo case number ${c.caseNumber}`);
  return {
    caseNumber: c.caseNumber,
    typeCode: n.value.typeCode,
    department: c.department,
    team: c.team ?? null,
    judge: users.get(c.judge ?? '') ?? null,
    causeOfAction: c.causeOfAction,
    parties: (c.parties ?? []).map((p) => ({ name: p.name, ...(p.kind ? { kind: p.kind } : {}) })),
    flags: c.flags ?? [],
    filedAt: c.filedAt,
  };
}

/** The plan (DOMAIN.md A4) written out plainly over the demo's own vocabulary, as demo-cases.test.ts does. */
function plan(c: ScopeCase): number | null {
  if (c.filedAt < '2021-08-01') return null;
  const fi = c.parties.some((p) => p.kind === 'financial_institution');
  const byDepartment: Record<string, () => boolean> = {
    立案庭: () => true,
    刑事审判庭: () => c.judge === '沈宝琴',
    民事审判庭: () => c.team === '速裁团队',
    商事审判庭: () => (loanCauses.includes(c.causeOfAction) && fi) || c.flags.includes('pre_litigation_mediation'),
    执行局: () => c.causeOfAction === '信用卡纠纷',
    执裁庭: () => c.causeOfAction === '案外人执行异议之诉',
    青东法庭: () => c.judge === '陈薇' && labourCauses.includes(c.causeOfAction),
    朱家角法庭: () => supportCauses.includes(c.causeOfAction),
    西虹桥法庭: () => true,
    审判监督庭: () => c.typeCode.includes('监') || c.typeCode.startsWith('司救'),
  };
  const number = Object.keys(byDepartment).indexOf(c.department) + 1;
  return number > 0 && byDepartment[c.department]!() ? number : null;
}

describe('the demo court under the default rule set', () => {
  const cases = demoCases().map(toScopeCase);

  it('puts every demo case under the rule the plan gives it, or none, while the pilot is partial', () => {
    for (const c of cases) {
      const d = evaluateScope(rules, c, '2021-12-31');
      expect(d.ruleNumber, `${c.caseNumber} ${c.department} ${c.causeOfAction} ${c.judge} ${c.filedAt}`).toBe(plan(c));
      expect(d.inScope).toBe(plan(c) !== null);
    }
  });

  it('has cases inside and outside every rule, and takes all of them in when archived from 2022-01-01', () => {
    for (let rule = 1; rule <= 10; rule++) {
      const department = rules.rules[rule - 1]!.department;
      const mine = cases.filter((c) => c.department === department);
      expect(mine.some((c) => evaluateScope(rules, c, '2021-12-31').ruleNumber === rule), `rule ${rule} inside`).toBe(true);
      expect(mine.some((c) => !evaluateScope(rules, c, '2021-12-31').inScope), `rule ${rule} outside`).toBe(true);
    }
    for (const c of cases) expect(evaluateScope(rules, c, '2022-01-01').inScope, c.caseNumber).toBe(true);
  });

  it('leaves the pinned cases filed on 2021-07-31 out by their filing date, and takes in those of 2021-08-01', () => {
    const eve = cases.filter((c) => c.filedAt === '2021-07-31');
    const start = cases.filter((c) => c.filedAt === '2021-08-01');
    expect(eve.length).toBeGreaterThan(10);
    for (const c of eve) {
      const d = evaluateScope(rules, c, '2021-12-31');
      expect(d.inScope).toBe(false);
      expect(d.explanation).toMatch(/本案立案日期 2021-07-31 早于规则 \d+ 施行日期 2021-08-01/);
    }
    const startRules = new Set(start.map((c) => evaluateScope(rules, c, '2021-12-31').ruleNumber).filter((n) => n !== null));
    expect([...startRules].sort((a, b) => a! - b!)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
