import { describe, expect, it } from 'vitest';
import { scopeCondition, scopeRuleSet, type Condition, type ScopeRuleSet } from '../../../common/scope-rules.js';
import { caseFlags } from '../../../common/vocabulary.js';
import { caseTypeCodes } from '../case-number/index.js';
import { knownCauses } from './cause-hierarchy.js';
import { defaultRuleSet } from './default-rule-set.js';
import { evaluateScope, explainCondition, type ScopeCase, type ScopeDecision } from './evaluate.js';

/**
 * Property tests over random cases and conditions. No property-testing library is installed, so a
 * small seeded generator (mulberry32) drives them: every run sees the same cases, and a failure
 * names the seed and iteration that reproduce it.
 */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  const chance = (p: number) => next() < p;
  const some = <T>(xs: readonly T[], max = 3): T[] => [...new Set(Array.from({ length: int(1, max) }, () => pick(xs)))];
  return { next, int, pick, chance, some };
}
type Gen = ReturnType<typeof generator>;

const departments = ['立案庭', '刑事审判庭', '民事审判庭', '商事审判庭', '执行局', '执裁庭', '青东法庭', '朱家角法庭', '西虹桥法庭', '审判监督庭', '办公室', ''];
const teams = ['速裁团队', '家事团队', '金融审判团队', '诉调对接团队', '快速执行团队'];
const judges = ['沈宝琴', '陈薇', '马骏飞', '李慧敏', '丁海峰', '田芳', '贾玉兰'];
const typeCodes = [...caseTypeCodes.map((t) => t.typeCode), '民诉前调', '商初', ''];
const causes = [...knownCauses(), '劳动争议纠纷', '网络购物合同纠纷', '盗窃罪', '危险驾驶罪', '执行司法救助', ''];
const partyNames: Array<{ name: string; kind?: string }> = [
  { name: '张建华', kind: 'natural_person' },
  { name: '王银行', kind: 'natural_person' },
  { name: '上海泖岚贸易有限公司', kind: 'legal_person' },
  { name: '上海银行路餐饮有限公司', kind: 'legal_person' },
  { name: '中国工商银行股份有限公司上海市青浦支行', kind: 'financial_institution' },
  { name: '中国农业银行股份有限公司上海青浦支行' },
  { name: '上海青禾小额贷款股份有限公司', kind: 'legal_person' },
  { name: '上海市青浦区人民检察院', kind: 'public_authority' },
  { name: '某某' },
];

function date(g: Gen, fromYear = 2020, toYear = 2023): string {
  const day = new Date(Date.UTC(fromYear, 0, 1) + g.int(0, (toYear - fromYear + 1) * 365) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

function randomCase(g: Gen): ScopeCase {
  return {
    caseNumber: `（2021）沪0118民初${g.int(1, 99999)}号`,
    typeCode: g.pick(typeCodes),
    department: g.pick(departments),
    team: g.chance(0.4) ? g.pick(teams) : g.chance(0.5) ? null : undefined,
    judge: g.chance(0.85) ? g.pick(judges) : null,
    causeOfAction: g.pick(causes),
    parties: g.chance(0.05) ? [] : g.some(partyNames, 4),
    flags: g.chance(0.5) ? [] : g.some(caseFlags, 2),
    filedAt: date(g),
  };
}

function randomCondition(g: Gen, depth = 0): Condition {
  const leaf = depth >= 3 || g.chance(0.55);
  if (!leaf) {
    const kind = g.pick(['all', 'any', 'not'] as const);
    if (kind === 'not') return { kind, of: randomCondition(g, depth + 1) };
    const n = kind === 'all' ? g.int(0, 3) : g.int(1, 3);
    return { kind, of: Array.from({ length: n }, () => randomCondition(g, depth + 1)) };
  }
  switch (g.pick(['department', 'team', 'judge', 'typeCode', 'causeOfAction', 'financialInstitutionParty', 'flag', 'filedOn'] as const)) {
    case 'department':
      return { kind: 'department', in: g.some(departments.filter(Boolean)) };
    case 'team':
      return { kind: 'team', in: g.some(teams) };
    case 'judge':
      return { kind: 'judge', in: g.some(judges) };
    case 'typeCode': {
      const c: Condition = { kind: 'typeCode' };
      if (g.chance(0.3)) c.in = g.some(typeCodes.filter(Boolean));
      if (g.chance(0.3)) c.contains = g.pick(['监', '恢', '初', '救']);
      if (g.chance(0.3)) c.startsWith = g.pick(['司救', '执', '民', '刑']);
      if (g.chance(0.3) || (c.in === undefined && c.contains === undefined && c.startsWith === undefined)) c.family = g.some(['执', '民', '刑', '司救', '行赔']);
      return c;
    }
    case 'causeOfAction':
      return { kind: 'causeOfAction', under: g.some([...causes.filter(Boolean), '劳动争议纠纷', '借款合同纠纷', '抚养纠纷']) };
    case 'financialInstitutionParty':
      return { kind: 'financialInstitutionParty' };
    case 'flag':
      return { kind: 'flag', flag: g.pick(caseFlags) };
    case 'filedOn': {
      const a = date(g);
      const b = date(g);
      const [from, to] = a <= b ? [a, b] : [b, a];
      return g.chance(0.33) ? { kind: 'filedOn', from } : g.chance(0.5) ? { kind: 'filedOn', to } : { kind: 'filedOn', from, to };
    }
  }
}

/** A rule set of 1–12 random rules over the court's departments, with or without full coverage. */
function randomRuleSet(g: Gen): ScopeRuleSet {
  const numbers = [...new Set(Array.from({ length: g.int(1, 12) }, () => g.int(1, 40)))];
  return scopeRuleSet.parse({
    version: g.int(1, 9),
    fullCoverageFrom: g.chance(0.8) ? date(g, 2021, 2022) : null,
    rules: numbers.map((number) => {
      const from = date(g, 2021, 2021);
      return {
        id: `r${number}-random`,
        number,
        department: g.pick(departments.filter(Boolean)),
        label: `随机规则${number}`,
        condition: randomCondition(g),
        effectiveFrom: from,
        effectiveTo: g.chance(0.3) ? date(g, 2022, 2022) : null,
      };
    }),
  });
}

const CHINESE = /[\u4e00-\u9fa5]/;
const RUNS = 400;

function checkDecision(d: ScopeDecision, ruleSet: ScopeRuleSet, asOf: string, where: string): void {
  expect(d.explanation.length, where).toBeGreaterThan(8);
  expect(d.explanation, where).toMatch(/^(纳入单套制试点：|纳入单套制：|未纳入单套制试点：)/);
  expect(CHINESE.test(d.explanation), where).toBe(true);
  expect(d.explanation, where).not.toMatch(/undefined|null|NaN|\[object/);
  expect(d.ruleSetVersion, where).toBe(ruleSet.version);
  expect(d.inScope, where).toBe(d.basis !== 'none');
  expect(d.ruleId !== null, where).toBe(d.basis === 'rule');
  expect(d.ruleNumber !== null, where).toBe(d.basis === 'rule');
  if (d.basis === 'rule') expect(ruleSet.rules.find((r) => r.id === d.ruleId)?.number, where).toBe(d.ruleNumber);
  if (d.basis === 'full_coverage') expect(ruleSet.fullCoverageFrom !== null && asOf >= ruleSet.fullCoverageFrom, where).toBe(true);
  if (d.basis === 'none' && ruleSet.fullCoverageFrom !== null) expect(asOf < ruleSet.fullCoverageFrom, where).toBe(true);
}

describe('evaluateScope properties', () => {
  it('is deterministic: the same input gives the same decision and explanation, and inputs are left untouched', () => {
    const g = generator(20210801);
    const fixed = defaultRuleSet();
    for (let i = 0; i < RUNS; i++) {
      const ruleSet = i % 2 === 0 ? fixed : randomRuleSet(g);
      const c = randomCase(g);
      const asOf = date(g, 2021, 2022);
      const before = JSON.stringify([ruleSet, c]);
      const first = evaluateScope(ruleSet, c, asOf);
      const again = evaluateScope(ruleSet, c, asOf);
      const copy = evaluateScope(structuredClone(ruleSet), structuredClone(c), asOf);
      expect(again, `run ${i}`).toEqual(first);
      expect(copy, `run ${i}`).toEqual(first);
      expect(JSON.stringify([ruleSet, c]), `run ${i}`).toBe(before);
    }
  });

  it('gives every decision a non-empty Chinese explanation consistent with its basis', () => {
    const g = generator(7);
    for (let i = 0; i < RUNS; i++) {
      const ruleSet = i % 3 === 0 ? defaultRuleSet() : randomRuleSet(g);
      const c = randomCase(g);
      const asOf = date(g, 2021, 2022);
      checkDecision(evaluateScope(ruleSet, c, asOf), ruleSet, asOf, `run ${i}`);
    }
  });

  it('never takes a case out again as its archiving date moves later (phase 5 only adds)', () => {
    const g = generator(2022);
    for (let i = 0; i < RUNS; i++) {
      const ruleSet = i % 2 === 0 ? defaultRuleSet() : randomRuleSet(g);
      const c = randomCase(g);
      const [a, b] = [date(g, 2021, 2022), date(g, 2021, 2022)].sort();
      if (evaluateScope(ruleSet, c, a!).inScope) expect(evaluateScope(ruleSet, c, b!).inScope, `run ${i}`).toBe(true);
    }
  });

  it('does not depend on the order the rules are stored in', () => {
    const g = generator(99);
    for (let i = 0; i < RUNS / 2; i++) {
      const ruleSet = randomRuleSet(g);
      const shuffled = { ...ruleSet, rules: [...ruleSet.rules].sort(() => g.next() - 0.5) };
      const c = randomCase(g);
      const asOf = date(g, 2021, 2022);
      expect(evaluateScope(shuffled, c, asOf), `run ${i}`).toEqual(evaluateScope(ruleSet, c, asOf));
    }
  });
});

describe('explainCondition properties', () => {
  const defaults = defaultRuleSet().rules.map((r) => r.condition);

  it('wrapping a rule’s condition in “not” inverts whether it holds', () => {
    const g = generator(116);
    for (let i = 0; i < RUNS; i++) {
      const c = randomCase(g);
      const condition = i % 2 === 0 ? g.pick(defaults) : randomCondition(g);
      const plain = explainCondition(condition, c);
      const negated = explainCondition({ kind: 'not', of: condition }, c);
      expect(negated.holds, `run ${i}`).toBe(!plain.holds);
      expect(explainCondition({ kind: 'not', of: { kind: 'not', of: condition } }, c).holds, `run ${i}`).toBe(plain.holds);
    }
  });

  it('holds exactly when no clause failed, and every failed clause is Chinese', () => {
    const g = generator(31);
    for (let i = 0; i < RUNS; i++) {
      const c = randomCase(g);
      const condition = randomCondition(g);
      expect(scopeCondition.safeParse(condition).success, `run ${i}`).toBe(true);
      const r = explainCondition(condition, c);
      expect(r.holds, `run ${i}`).toBe(r.failed.length === 0);
      for (const f of r.failed) {
        expect(CHINESE.test(f), f).toBe(true);
        expect(f, `run ${i}`).not.toMatch(/undefined|null|\[object/);
      }
    }
  });

  it('follows De Morgan: any(a, b) holds exactly when all(not a, not b) does not', () => {
    const g = generator(5);
    for (let i = 0; i < RUNS; i++) {
      const c = randomCase(g);
      const a = randomCondition(g);
      const b = randomCondition(g);
      const any = explainCondition({ kind: 'any', of: [a, b] }, c).holds;
      const allNot = explainCondition({ kind: 'all', of: [{ kind: 'not', of: a }, { kind: 'not', of: b }] }, c).holds;
      expect(any, `run ${i}`).toBe(!allNot);
    }
  });
});
