import { describe, expect, it } from 'vitest';
import { caseInput, type CaseInput } from '../../common/api.js';
import { famousNames } from './demo-parties.js';
import { demoCases } from './demo-cases.js';
import { demoUsers } from './demo-users.js';
import { qingpuCourt } from './qingpu-court.js';

const cases = demoCases();
const parsed = cases.map((c) => caseInput.parse(c));
const users = new Map(demoUsers().map((u) => [u.username, u]));

const caseNumberRule = /^（(\d{4})）沪0118([\u4e00-\u9fa5]{1,4}?)(\d+)号$/;
function numberOf(c: CaseInput) {
  const m = caseNumberRule.exec(c.caseNumber);
  if (!m) throw new Error(`bad case number ${c.caseNumber}`);
  return { year: m[1]!, typeCode: m[2]!, sequence: Number(m[3]) };
}
const typeCode = (c: CaseInput) => numberOf(c).typeCode;
const judgeName = (c: CaseInput) => users.get(c.judge ?? '')?.displayName;
const hasFinancialInstitution = (c: CaseInput) => (c.parties ?? []).some((p) => p.kind === 'financial_institution');

// ── pilot-scope rules of DOMAIN.md A4, written out plainly ──────────────────────────────────────
const labour = [
  '劳动争议', '劳动合同纠纷', '追索劳动报酬纠纷', '确认劳动关系纠纷', '经济补偿金纠纷', '竞业限制纠纷',
  '非全日制用工纠纷', '社会保险纠纷', '工伤保险待遇纠纷',
];
const support = ['抚养纠纷', '抚养费纠纷', '变更抚养关系纠纷', '赡养纠纷', '赡养费纠纷', '变更赡养关系纠纷', '扶养纠纷', '扶养费纠纷'];
const loan = ['借款合同纠纷', '金融借款合同纠纷', '小额借款合同纠纷', '民间借贷纠纷'];

interface Rule {
  name: string;
  inside: (c: CaseInput) => boolean;
  /** Cases a careless evaluator could take for inside: same department, cause, team or type. */
  justOutside: (c: CaseInput) => boolean;
}

const rules: Rule[] = [
  {
    name: '1 立案庭 all cases',
    inside: (c) => c.department === '立案庭',
    justOutside: (c) => c.department !== '立案庭' && ['民诉前调', '财保'].includes(typeCode(c)),
  },
  {
    name: '2 刑事审判庭 cases of 沈宝琴',
    inside: (c) => c.department === '刑事审判庭' && judgeName(c) === '沈宝琴',
    justOutside: (c) => c.department === '刑事审判庭' && judgeName(c) !== '沈宝琴',
  },
  {
    name: '3 民事审判庭 速裁团队',
    inside: (c) => c.department === '民事审判庭' && c.team === '速裁团队',
    justOutside: (c) => (c.department === '民事审判庭' && c.team !== '速裁团队') || (c.department !== '民事审判庭' && c.team === '速裁团队'),
  },
  {
    name: '4 商事审判庭 loans with a financial institution, or 诉前调解成功',
    inside: (c) =>
      c.department === '商事审判庭' &&
      ((loan.includes(c.causeOfAction) && hasFinancialInstitution(c)) || (c.flags ?? []).includes('pre_litigation_mediation')),
    justOutside: (c) =>
      c.department === '商事审判庭' &&
      !(loan.includes(c.causeOfAction) && hasFinancialInstitution(c)) &&
      !(c.flags ?? []).includes('pre_litigation_mediation') &&
      (loan.includes(c.causeOfAction) || hasFinancialInstitution(c) || typeCode(c) === '民诉前调'),
  },
  {
    name: '5 执行局 信用卡纠纷',
    inside: (c) => c.department === '执行局' && c.causeOfAction === '信用卡纠纷',
    justOutside: (c) => (c.department === '执行局') !== (c.causeOfAction === '信用卡纠纷'),
  },
  {
    name: '6 执裁庭 案外人执行异议之诉',
    inside: (c) => c.department === '执裁庭' && c.causeOfAction === '案外人执行异议之诉',
    justOutside: (c) => c.department === '执裁庭' && c.causeOfAction !== '案外人执行异议之诉',
  },
  {
    name: '7 青东法庭 labour disputes of 陈薇',
    inside: (c) => c.department === '青东法庭' && judgeName(c) === '陈薇' && labour.includes(c.causeOfAction),
    justOutside: (c) =>
      c.department === '青东法庭' && (judgeName(c) === '陈薇') !== labour.includes(c.causeOfAction),
  },
  {
    name: '8 朱家角法庭 抚养/赡养/扶养',
    inside: (c) => c.department === '朱家角法庭' && support.includes(c.causeOfAction),
    justOutside: (c) => c.department === '朱家角法庭' && !support.includes(c.causeOfAction),
  },
  {
    name: '9 西虹桥法庭 all cases',
    inside: (c) => c.department === '西虹桥法庭',
    justOutside: (c) => c.department === '青东法庭' || c.department === '朱家角法庭',
  },
  {
    name: '10 审判监督庭 监字号 and 司救',
    inside: (c) => c.department === '审判监督庭' && (typeCode(c).includes('监') || typeCode(c).startsWith('司救')),
    justOutside: (c) => c.department === '审判监督庭' && !typeCode(c).includes('监') && !typeCode(c).startsWith('司救'),
  },
];

describe('demoCases', () => {
  it('has at least 300 cases, every one accepted by the API schema', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
    for (const c of cases) expect(() => caseInput.parse(c), c.caseNumber).not.toThrow();
  });

  it('files every case between 2021-06-01 and 2022-03-31', () => {
    for (const c of cases) {
      expect(c.filedAt >= '2021-06-01' && c.filedAt <= '2022-03-31', c.caseNumber).toBe(true);
    }
  });

  it('numbers cases uniquely, in this court, by filing year, increasing with the filing date per type code', () => {
    expect(new Set(cases.map((c) => c.caseNumber)).size).toBe(cases.length);
    const seen = new Map<string, Array<{ filedAt: string; sequence: number }>>();
    for (const c of cases) {
      const n = numberOf(c);
      expect(n.year, c.caseNumber).toBe(c.filedAt.slice(0, 4));
      seen.set(`${n.year}/${n.typeCode}`, [...(seen.get(`${n.year}/${n.typeCode}`) ?? []), { filedAt: c.filedAt, sequence: n.sequence }]);
    }
    for (const [key, list] of seen) {
      const sorted = [...list].sort((a, b) => a.sequence - b.sequence);
      for (let i = 1; i < sorted.length; i++) {
        expect(sorted[i]!.filedAt >= sorted[i - 1]!.filedAt, key).toBe(true);
        expect(sorted[i]!.sequence, key).toBeGreaterThan(sorted[i - 1]!.sequence);
      }
    }
  });

  it('uses type codes that fit the department', () => {
    const allowed: Record<string, string[]> = {
      立案庭: ['民初', '民诉前调', '财保', '民特'],
      刑事审判庭: ['刑初'],
      民事审判庭: ['民初', '民诉前调', '民特'],
      商事审判庭: ['民初', '民诉前调', '民特'],
      执行局: ['执', '执恢', '执保'],
      执裁庭: ['执异', '民初'],
      青东法庭: ['民初'],
      朱家角法庭: ['民初'],
      西虹桥法庭: ['民初', '民诉前调', '民特'],
      审判监督庭: ['民监', '刑监', '民再', '刑申', '司救民', '司救刑', '司救执'],
    };
    for (const c of cases) expect(allowed[c.department], c.caseNumber).toContain(typeCode(c));
    for (const c of cases.filter((x) => x.department === '执裁庭' && typeCode(x) === '民初')) {
      expect(c.causeOfAction).toMatch(/异议之诉$/);
    }
  });

  it('covers every case-handling department', () => {
    const departments = new Set(cases.map((c) => c.department));
    for (const d of qingpuCourt.departments.filter((x) => x.kind !== 'administration')) expect(departments.has(d.name), d.name).toBe(true);
  });

  it('gives each case a judge and a clerk of its own department, and only that department’s teams', () => {
    const teams = new Map(qingpuCourt.departments.map((d) => [d.name, d.teams]));
    for (const c of cases) {
      const judge = users.get(c.judge ?? '');
      const clerk = users.get(c.clerk ?? '');
      expect(judge?.roles, c.caseNumber).toContain('judge');
      expect(clerk?.roles, c.caseNumber).toContain('clerk');
      expect(judge?.department, c.caseNumber).toBe(c.department);
      expect(clerk?.department, c.caseNumber).toBe(c.department);
      if (c.team) expect(teams.get(c.department), c.caseNumber).toContain(c.team);
      expect(c.team, c.caseNumber).toBe(judge?.team); // a team judge's cases are the team's
    }
  });

  it('closes about 60% of the cases, after filing and by the snapshot date, with a closing method', () => {
    const closed = cases.filter((c) => c.closedAt);
    expect(closed.length / cases.length).toBeGreaterThan(0.5);
    expect(closed.length / cases.length).toBeLessThan(0.7);
    for (const c of cases) {
      expect(Boolean(c.closingMethod), c.caseNumber).toBe(Boolean(c.closedAt));
      if (c.closedAt) {
        expect(c.closedAt >= c.filedAt, c.caseNumber).toBe(true);
        expect(c.closedAt <= '2022-03-31', c.caseNumber).toBe(true);
      }
    }
  });

  it('flags financial institutions exactly when one is a party, and pre-litigation mediation only when it succeeded', () => {
    for (const c of parsed) {
      expect(c.flags.includes('financial_institution_involved'), c.caseNumber).toBe(hasFinancialInstitution(c));
      if (c.flags.includes('pre_litigation_mediation')) {
        expect(['民诉前调', '民初'], c.caseNumber).toContain(typeCode(c));
        if (typeCode(c) === '民诉前调') expect(c.closingMethod, c.caseNumber).toBe('调解');
      }
      if (typeCode(c) === '民诉前调' && c.closingMethod === '调解') expect(c.flags, c.caseNumber).toContain('pre_litigation_mediation');
    }
    expect(parsed.some((c) => c.flags.includes('pre_litigation_mediation'))).toBe(true);
    expect(parsed.some((c) => typeCode(c) === '民诉前调' && c.closedAt && !c.flags.includes('pre_litigation_mediation'))).toBe(true);
  });

  it('names parties realistically, by kind and role', () => {
    const staffNames = new Set([...users.values()].map((u) => u.displayName));
    for (const c of parsed) {
      expect(c.parties.length, c.caseNumber).toBeGreaterThan(0);
      expect(new Set(c.parties.map((p) => p.name)).size, c.caseNumber).toBe(c.parties.length);
      for (const p of c.parties) {
        if (p.kind === 'natural_person') {
          expect(p.name, c.caseNumber).toMatch(/^[\u4e00-\u9fa5]{2,3}$/);
          expect(famousNames.has(p.name), p.name).toBe(false);
          expect(staffNames.has(p.name), p.name).toBe(false);
        }
        if (p.kind === 'financial_institution') expect(p.name).toMatch(/银行|农村商业银行|信用合作社|小额贷款|消费金融|保险/);
        if (p.kind === 'legal_person') expect(p.name).toMatch(/有限公司$/);
      }
      if (typeCode(c) === '刑初') {
        expect(c.parties[0]).toEqual({ role: '公诉机关', name: '上海市青浦区人民检察院', kind: 'public_authority' });
        expect(c.parties.slice(1).every((p) => p.role === '被告人' && p.kind === 'natural_person'), c.caseNumber).toBe(true);
      }
      if (['执', '执恢'].includes(typeCode(c))) {
        expect(c.parties.map((p) => p.role), c.caseNumber).toEqual(expect.arrayContaining(['申请执行人', '被执行人']));
      }
      if (typeCode(c) === '民初') {
        expect(c.parties.map((p) => p.role), c.caseNumber).toEqual(expect.arrayContaining(['原告', '被告']));
      }
    }
  });

  it('has cases filed on 2021-07-31 and 2021-08-01, and on both sides of 2022-01-01', () => {
    const filed = new Set(cases.map((c) => c.filedAt));
    expect(filed.has('2021-07-31')).toBe(true);
    expect(filed.has('2021-08-01')).toBe(true);
    expect(cases.some((c) => c.filedAt === '2021-12-31')).toBe(true);
    expect(cases.some((c) => c.filedAt >= '2022-01-01' && c.filedAt <= '2022-01-07')).toBe(true);
    expect(cases.some((c) => c.filedAt < '2021-08-01' && c.closedAt && c.closedAt >= '2022-01-01')).toBe(true);
    expect(cases.some((c) => c.filedAt < '2021-08-01' && c.closedAt && c.closedAt < '2022-01-01')).toBe(true);
  });

  describe.each(rules)('pilot rule $name', (rule) => {
    const inside = cases.filter(rule.inside);
    const outside = cases.filter((c) => !rule.inside(c) && rule.justOutside(c));

    it('has at least two cases inside and two just outside', () => {
      expect(inside.length).toBeGreaterThanOrEqual(2);
      expect(outside.length).toBeGreaterThanOrEqual(2);
    });

    it('has cases inside and just outside filed on 2021-07-31 and on 2021-08-01', () => {
      for (const day of ['2021-07-31', '2021-08-01']) {
        expect(inside.some((c) => c.filedAt === day), `inside ${day}`).toBe(true);
        expect(outside.some((c) => c.filedAt === day), `outside ${day}`).toBe(true);
      }
    });

    it('has cases inside filed before and after 2022-01-01', () => {
      expect(inside.some((c) => c.filedAt >= '2021-08-01' && c.filedAt < '2022-01-01')).toBe(true);
      expect(inside.some((c) => c.filedAt >= '2022-01-01')).toBe(true);
    });
  });

  it('is deterministic: the same seed gives the same cases, another seed others', () => {
    expect(demoCases(2021)).toEqual(cases);
    expect(demoCases(7)).toEqual(demoCases(7));
    expect(demoCases(7)).not.toEqual(cases);
  });

  it('keeps the pinned pilot cases with any seed', () => {
    const other = demoCases(99);
    for (const rule of rules) {
      expect(other.filter(rule.inside).length, rule.name).toBeGreaterThanOrEqual(2);
      expect(other.filter((c) => !rule.inside(c) && rule.justOutside(c)).length, rule.name).toBeGreaterThanOrEqual(2);
    }
  });
});
