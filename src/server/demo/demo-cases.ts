import type { CaseInput } from '../../common/api.js';
import { build, type KindKey } from './demo-case-kinds.js';
import { DEMO_FIRST_FILING, DEMO_LAST_FILING, dayOfYear, workdays } from './demo-calendar.js';
import { Staff, type Ctx, type Draft, type KindOptions } from './demo-draft.js';
import { PartyNames } from './demo-parties.js';
import { demoUsers } from './demo-users.js';
import { createRng, type Rng } from './prng.js';

export { labourCauses, loanCauses, supportCauses } from './demo-disputes.js';

/**
 * Demo cases of 青浦区人民法院 filed from 2021-06-01 to 2022-03-31, as the trial system would send
 * them (judge and clerk by username).
 *
 * Besides a realistic bulk, the set pins cases that exercise each pilot-scope rule of the plan
 * (DOMAIN.md A4): for every rule, cases inside it and cases just outside it (same department with
 * another judge or cause, or same cause in another department), filed on 2021-07-31 and
 * 2021-08-01 (the whole-process start) and around 2022-01-01 (full coverage). Case numbers follow
 * the 2016 案号 rules (DOMAIN.md §5): one sequence per year and type code, increasing with the
 * filing date, at a level that matches the court's yearly intake.
 *
 * Deterministic: the same seed gives the same cases, on any machine.
 */
export function demoCases(seed = 2021): CaseInput[] {
  const rng = createRng(seed);
  const users = demoUsers();
  const ctx: Ctx = {
    rng: rng.fork('cases'),
    names: new PartyNames(rng.fork('names'), new Set(users.map((u) => u.displayName))),
    staff: new Staff(users),
  };

  const drafts: Draft[] = [];
  for (const [key, filedAt, opts] of pinned) drafts.push(build(ctx, key, filedAt, opts ?? {}));

  const days = workdays(DEMO_FIRST_FILING, DEMO_LAST_FILING);
  for (const [department, count, mix] of bulk) {
    for (let i = 0; i < count; i++) {
      const key = ctx.rng.weighted(mix);
      const draft = build(ctx, key, ctx.rng.pick(days), {});
      if (draft.department !== department) throw new Error(`kind ${key} belongs to ${draft.department}, not ${department}`);
      drafts.push(draft);
    }
  }
  return headsPreside(number(drafts, rng.fork('numbers')));
}

/**
 * 庭长 try cases too: 立案庭's 庭长 draws only 诉前调解 and 保全 (no catalogue template, nothing
 * to review), so the latest closed 民初 case of the division goes to him. Applied after numbering
 * and without the random generator, so every other case stays as drawn.
 */
function headsPreside(cases: CaseInput[]): CaseInput[] {
  const closed = cases.filter((c) => c.department === '立案庭' && c.closedAt && c.caseNumber.includes('民初') && c.judge !== 'head-lian');
  const chosen = closed[closed.length - 1];
  if (!chosen || cases.some((c) => c.judge === 'head-lian' && c.closedAt && c.caseNumber.includes('民初'))) return cases;
  return cases.map((c) => (c === chosen ? { ...c, judge: 'head-lian' } : c));
}

// ── what the demo contains ──────────────────────────────────────────────────────────────────────

/** Last day before the whole-process test, its first day, and days around full coverage (A4). */
const EVE = '2021-07-31';
const START = '2021-08-01';
const YEAR_END = '2021-12-31';
const NEW_YEAR = '2022-01-04';

/**
 * Cases pinned for the pilot-scope rules (DOMAIN.md A4, numbered as there): each rule gets cases
 * inside it and cases just outside it, on both sides of the date boundaries.
 */
const pinned: ReadonlyArray<readonly [KindKey, string, KindOptions?]> = [
  // 1 立案庭: all cases — vs the same kinds of case in other departments.
  ['lian.mediation', EVE, { judge: 'judge-lian', outcome: 'success' }],
  ['lian.firstInstance', START],
  ['lian.preservation', YEAR_END],
  ['lian.mediation', NEW_YEAR, { outcome: 'failure' }],
  ['minshi.mediation', EVE, { judge: 'head-minshi', outcome: 'success' }],
  ['minshi.mediation', START, { judge: 'judge-minshi2', outcome: 'failure' }],

  // 2 刑事审判庭: cases of 沈宝琴 — vs the other judges of the division.
  ['xingshi.firstInstance', EVE, { judge: 'judge-xingshi', cause: '危险驾驶罪' }],
  ['xingshi.firstInstance', START, { judge: 'judge-xingshi', cause: '帮助信息网络犯罪活动罪' }],
  ['xingshi.firstInstance', YEAR_END, { judge: 'judge-xingshi', cause: '盗窃罪' }],
  ['xingshi.firstInstance', NEW_YEAR, { judge: 'judge-xingshi', cause: '诈骗罪' }],
  ['xingshi.firstInstance', EVE, { judge: 'judge-xingshi2', cause: '危险驾驶罪' }],
  ['xingshi.firstInstance', START, { judge: 'head-xingshi', cause: '盗窃罪' }],
  ['xingshi.firstInstance', START, { judge: 'judge-xingshi3', cause: '危险驾驶罪' }],

  // 3 民事审判庭: 速裁团队 — vs the division's other cases, and 商事审判庭's own 速裁团队.
  ['minshi.fastTrack', EVE, { judge: 'judge1', cause: '物业服务合同纠纷' }],
  ['minshi.fastTrack', START, { judge: 'judge-minshi', cause: '民间借贷纠纷' }],
  ['minshi.fastTrack', YEAR_END, { judge: 'judge1', cause: '机动车交通事故责任纠纷' }],
  ['minshi.fastTrack', NEW_YEAR, { judge: 'judge1', cause: '房屋租赁合同纠纷' }],
  ['minshi.general', EVE, { cause: '物业服务合同纠纷' }],
  ['minshi.general', START, { cause: '民间借贷纠纷' }],
  ['minshi.family', START, { cause: '离婚纠纷' }],
  ['shangshi.commercial', START, { judge: 'judge-shangshi3', cause: '买卖合同纠纷' }],

  // 4 商事审判庭: loan contracts with a financial institution, and 诉前调解成功 — vs loans
  //   without one, financial institutions in other disputes, and failed mediations.
  ['shangshi.loan', EVE, { cause: '金融借款合同纠纷' }],
  ['shangshi.loan', START, { cause: '金融借款合同纠纷' }],
  ['shangshi.loan', YEAR_END, { cause: '借款合同纠纷' }],
  ['shangshi.loan', NEW_YEAR, { cause: '小额借款合同纠纷' }],
  ['shangshi.mediation', EVE, { cause: '买卖合同纠纷', outcome: 'success' }],
  ['shangshi.mediation', START, { cause: '服务合同纠纷', outcome: 'success' }],
  ['shangshi.mediated', NEW_YEAR, { cause: '买卖合同纠纷' }],
  ['shangshi.nonBankLoan', EVE, { cause: '借款合同纠纷' }],
  ['shangshi.nonBankLoan', START, { cause: '借款合同纠纷' }],
  ['shangshi.nonBankLoan', YEAR_END, { cause: '民间借贷纠纷' }],
  ['shangshi.creditCard', START],
  ['shangshi.otherFinance', START, { cause: '保证保险合同纠纷' }],
  ['shangshi.mediation', START, { cause: '承揽合同纠纷', outcome: 'failure' }],
  ['shangshi.commercial', EVE, { cause: '买卖合同纠纷' }],

  // 5 执行局: enforcement of 信用卡纠纷 — vs other enforced causes, and 信用卡纠纷 trials.
  ['zhixing.creditCard', EVE],
  ['zhixing.creditCard', START],
  ['zhixing.creditCard', YEAR_END],
  ['zhixing.creditCardResumed', NEW_YEAR],
  ['zhixing.general', EVE, { cause: '金融借款合同纠纷' }],
  ['zhixing.general', START, { cause: '民间借贷纠纷' }],
  ['zhixing.preservation', START, { cause: '买卖合同纠纷' }],

  // 6 执裁庭: 案外人执行异议之诉 — vs 执异 objections by outsiders and the other 异议之诉.
  ['zhicai.outsiderSuit', EVE],
  ['zhicai.outsiderSuit', START],
  ['zhicai.outsiderSuit', YEAR_END],
  ['zhicai.outsiderSuit', NEW_YEAR],
  ['zhicai.objection', EVE],
  ['zhicai.objection', START],
  ['zhicai.otherSuit', START, { cause: '申请执行人执行异议之诉' }],
  ['zhicai.otherSuit', NEW_YEAR, { cause: '执行分配方案异议之诉' }],

  // 7 青东法庭: labour disputes of 陈薇 — vs her other cases and the other judges' labour cases.
  ['qingdong.labour', EVE, { judge: 'judge-qingdong', cause: '劳动合同纠纷' }],
  ['qingdong.labour', START, { judge: 'judge-qingdong', cause: '追索劳动报酬纠纷' }],
  ['qingdong.labour', YEAR_END, { judge: 'judge-qingdong', cause: '劳动争议' }],
  ['qingdong.labour', NEW_YEAR, { judge: 'judge-qingdong', cause: '确认劳动关系纠纷' }],
  ['qingdong.labour', EVE, { judge: 'judge-qingdong2', cause: '劳动合同纠纷' }],
  ['qingdong.labour', START, { judge: 'head-qingdong', cause: '追索劳动报酬纠纷' }],
  ['qingdong.general', EVE, { judge: 'judge-qingdong', cause: '劳务合同纠纷' }],
  ['qingdong.general', START, { judge: 'judge-qingdong', cause: '提供劳务者受害责任纠纷' }],

  // 8 朱家角法庭: 抚养/赡养/扶养 — vs other family disputes of the same tribunal.
  ['zhujiajiao.support', EVE, { cause: '抚养费纠纷' }],
  ['zhujiajiao.support', START, { cause: '赡养费纠纷' }],
  ['zhujiajiao.support', START, { cause: '扶养费纠纷' }],
  ['zhujiajiao.support', YEAR_END, { cause: '抚养纠纷' }],
  ['zhujiajiao.support', NEW_YEAR, { cause: '赡养纠纷' }],
  ['zhujiajiao.support', NEW_YEAR, { cause: '变更抚养关系纠纷' }],
  ['zhujiajiao.family', EVE, { cause: '离婚纠纷' }],
  ['zhujiajiao.family', START, { cause: '探望权纠纷' }],
  ['zhujiajiao.family', YEAR_END, { cause: '离婚后财产纠纷' }],

  // 9 西虹桥法庭: all cases — vs the same causes in the other tribunals.
  ['xihongqiao.general', EVE, { cause: '买卖合同纠纷' }],
  ['xihongqiao.general', START, { cause: '劳动合同纠纷' }],
  ['xihongqiao.mediation', YEAR_END, { outcome: 'success' }],
  ['xihongqiao.general', NEW_YEAR, { cause: '展览合同纠纷' }],
  ['qingdong.general', EVE, { judge: 'judge-qingdong3', cause: '买卖合同纠纷' }],
  ['zhujiajiao.general', START, { cause: '民间借贷纠纷' }],

  // 10 审判监督庭: 监字号 and 司法救助 — vs 民再 and 刑申.
  ['shenjian.civilSupervision', EVE],
  ['shenjian.criminalSupervision', START],
  ['shenjian.aid', START, { typeCode: '司救民' }],
  ['shenjian.aid', YEAR_END, { typeCode: '司救刑' }],
  ['shenjian.aid', NEW_YEAR, { typeCode: '司救执' }],
  ['shenjian.civilRetrial', EVE],
  ['shenjian.criminalPetition', START],
];

/** The rest, drawn at random: [department, count, kinds by weight]. */
const bulk: ReadonlyArray<readonly [string, number, ReadonlyArray<readonly [KindKey, number]>]> = [
  ['立案庭', 28, [['lian.mediation', 45], ['lian.preservation', 25], ['lian.firstInstance', 15], ['lian.confirmation', 15]]],
  ['刑事审判庭', 34, [['xingshi.firstInstance', 1]]],
  ['民事审判庭', 46, [['minshi.fastTrack', 40], ['minshi.family', 22], ['minshi.general', 22], ['minshi.mediation', 10], ['minshi.special', 6]]],
  [
    '商事审判庭',
    40,
    [
      ['shangshi.loan', 30], ['shangshi.creditCard', 12], ['shangshi.nonBankLoan', 10], ['shangshi.otherFinance', 6],
      ['shangshi.commercial', 26], ['shangshi.mediation', 10], ['shangshi.mediated', 6],
    ],
  ],
  [
    '执行局',
    42,
    [['zhixing.creditCard', 30], ['zhixing.creditCardResumed', 5], ['zhixing.general', 45], ['zhixing.resumed', 8], ['zhixing.preservation', 12]],
  ],
  ['执裁庭', 16, [['zhicai.outsiderSuit', 35], ['zhicai.otherSuit', 15], ['zhicai.objection', 50]]],
  ['青东法庭', 32, [['qingdong.labour', 50], ['qingdong.general', 50]]],
  ['朱家角法庭', 26, [['zhujiajiao.support', 40], ['zhujiajiao.family', 30], ['zhujiajiao.general', 30]]],
  ['西虹桥法庭', 22, [['xihongqiao.general', 70], ['xihongqiao.mediation', 18], ['xihongqiao.special', 12]]],
  [
    '审判监督庭',
    14,
    [
      ['shenjian.civilSupervision', 18], ['shenjian.criminalSupervision', 8], ['shenjian.aid', 48],
      ['shenjian.civilRetrial', 13], ['shenjian.criminalPetition', 13],
    ],
  ],
];

// ── case numbers ────────────────────────────────────────────────────────────────────────────────

/**
 * Yearly intake per type code, so that sequence numbers look like this court's: a case filed in
 * November carries a higher number than one filed in June (basic-court scale, demo estimate).
 */
const yearlyIntake: Record<string, number> = {
  民初: 21000,
  民诉前调: 16000,
  民特: 1400,
  刑初: 1500,
  执: 11000,
  执恢: 1300,
  执保: 2600,
  执异: 520,
  财保: 2300,
  民监: 12,
  刑监: 4,
  民再: 25,
  刑申: 15,
  司救民: 30,
  司救刑: 20,
  司救执: 45,
};

/**
 * Gives every case its 案号: `（年度）沪0118类型代字编号号`, one sequence per year and type code,
 * strictly increasing with the filing date (art. 9–10 of the 2016 rules).
 */
function number(drafts: Draft[], rng: Rng): CaseInput[] {
  const sorted = [...drafts].sort((a, b) => (a.filedAt === b.filedAt ? a.tiebreak - b.tiebreak : a.filedAt < b.filedAt ? -1 : 1));
  const last = new Map<string, number>();
  return sorted.map((d) => {
    const year = d.filedAt.slice(0, 4);
    const key = `${year}/${d.typeCode}`;
    const intake = yearlyIntake[d.typeCode];
    if (intake === undefined) throw new Error(`no intake for type code ${d.typeCode}`);
    const perDay = Math.ceil(intake / 365);
    const expected = Math.floor((intake * (dayOfYear(d.filedAt) - 1)) / 365) + 1 + rng.int(0, perDay - 1);
    const seq = Math.max((last.get(key) ?? 0) + 1, expected);
    last.set(key, seq);
    return {
      caseNumber: `（${year}）沪0118${d.typeCode}${seq}号`,
      causeOfAction: d.cause,
      department: d.department,
      ...(d.team ? { team: d.team } : {}),
      judge: d.judge.username,
      clerk: d.clerk.username,
      filedAt: d.filedAt,
      ...(d.closedAt ? { closedAt: d.closedAt, closingMethod: d.closingMethod } : {}),
      flags: [...new Set(d.flags)],
      parties: d.parties,
    };
  });
}

