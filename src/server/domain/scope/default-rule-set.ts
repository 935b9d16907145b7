import { scopeRuleSet, type ScopeRuleSet, type ScopeRuleSetInput } from '../../../common/scope-rules.js';

/**
 * The pilot plan's own scope (青法〔2021〕116号, DOMAIN.md A4), as rule set version 1:
 * - phase 2–3: ten department rules, one per department, each applying to cases FILED on or after
 *   2021-08-01 (the plan says "after 1 August 2021"; read as inclusive, as A4 §3 asks — change
 *   `effectiveFrom` to '2021-08-02' for the exclusive reading) with no end date;
 * - phase 4 (each department widening its scope from about 2021-10-01) is not in the plan's text:
 *   those rules are added by the court office as new versions;
 * - phase 5: every case ARCHIVED on or after 2022-01-01 is archived single-set.
 *
 * Rule 4 is one rule with two parts, as the plan numbers it; each part carries its own label so that
 * a case's explanation names the part it falls under. Rule 10 likewise.
 */
export function defaultRuleSet(): ScopeRuleSet {
  return scopeRuleSet.parse(defaultRuleSetInput());
}

/** The plan's start of the whole-process test: filing date, inclusive (A4 §3). */
export const PILOT_START = '2021-08-01';

function defaultRuleSetInput(): ScopeRuleSetInput {
  const from = PILOT_START;
  return {
    version: 1,
    fullCoverageFrom: '2022-01-01',
    rules: [
      {
        id: 'r1-filing-all',
        number: 1,
        department: '立案庭',
        label: '立案庭的全部案件',
        condition: { kind: 'all', of: [] },
        effectiveFrom: from,
        effectiveTo: null,
      },
      {
        id: 'r2-criminal-shen-baoqin',
        number: 2,
        department: '刑事审判庭',
        label: '沈宝琴法官承办的全部案件',
        condition: { kind: 'judge', in: ['沈宝琴'] },
        effectiveFrom: from,
        effectiveTo: null,
      },
      {
        id: 'r3-civil-fast-track',
        number: 3,
        department: '民事审判庭',
        label: '速裁团队的全部案件',
        condition: { kind: 'team', in: ['速裁团队'] },
        effectiveFrom: from,
        effectiveTo: null,
      },
      {
        id: 'r4-commercial-finance',
        number: 4,
        department: '商事审判庭',
        label: '涉金融机构的借款合同纠纷、诉前调解成功的案件',
        condition: {
          kind: 'any',
          of: [
            {
              kind: 'all',
              label: '涉金融机构的借款合同纠纷',
              of: [{ kind: 'causeOfAction', under: ['借款合同纠纷'] }, { kind: 'financialInstitutionParty' }],
            },
            { kind: 'flag', label: '诉前调解成功的案件', flag: 'pre_litigation_mediation' },
          ],
        },
        effectiveFrom: from,
        effectiveTo: null,
      },
      {
        id: 'r5-enforcement-credit-card',
        number: 5,
        department: '执行局',
        label: '信用卡纠纷的执行案件',
        condition: {
          kind: 'all',
          of: [
            { kind: 'typeCode', family: ['执'] },
            { kind: 'causeOfAction', under: ['信用卡纠纷'] },
          ],
        },
        effectiveFrom: from,
        effectiveTo: null,
      },
      {
        id: 'r6-outsider-objection-suit',
        number: 6,
        department: '执裁庭',
        label: '案外人执行异议之诉',
        condition: { kind: 'causeOfAction', under: ['案外人执行异议之诉'] },
        effectiveFrom: from,
        effectiveTo: null,
      },
      {
        id: 'r7-qingdong-labour-chen-wei',
        number: 7,
        department: '青东法庭',
        label: '陈薇法官承办的劳动争议纠纷',
        condition: {
          kind: 'all',
          of: [
            { kind: 'causeOfAction', under: ['劳动争议纠纷'] },
            { kind: 'judge', in: ['陈薇'] },
          ],
        },
        effectiveFrom: from,
        effectiveTo: null,
      },
      {
        id: 'r8-zhujiajiao-support',
        number: 8,
        department: '朱家角法庭',
        label: '抚养、赡养、扶养纠纷',
        condition: { kind: 'causeOfAction', under: ['抚养纠纷', '赡养纠纷', '扶养纠纷'] },
        effectiveFrom: from,
        effectiveTo: null,
      },
      {
        id: 'r9-xihongqiao-all',
        number: 9,
        department: '西虹桥法庭',
        label: '西虹桥法庭的全部案件',
        condition: { kind: 'all', of: [] },
        effectiveFrom: from,
        effectiveTo: null,
      },
      {
        id: 'r10-supervision-jian-aid',
        number: 10,
        department: '审判监督庭',
        label: '监字号案件、司法救助案件',
        condition: {
          kind: 'any',
          of: [
            { kind: 'typeCode', label: '监字号案件', contains: '监' },
            { kind: 'typeCode', label: '司法救助案件', startsWith: '司救' },
          ],
        },
        effectiveFrom: from,
        effectiveTo: null,
      },
    ],
  };
}
