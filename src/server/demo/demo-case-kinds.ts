import type { FinancialKind } from './demo-parties.js';
import { PROCURATORATE, party } from './demo-parties.js';
import {
  aidClosing,
  confirmationClosing,
  contractClosing,
  criminalClosing,
  enforcementClosing,
  familyClosing,
  fastTrackClosing,
  financeClosing,
  labourClosing,
  objectionClosing,
  objectionSuitClosing,
  petitionClosing,
  preservationClosing,
  preservationEnforcementClosing,
  retrialClosing,
  supervisionClosing,
} from './demo-closing.js';
import {
  civilGeneral,
  civilSides,
  company,
  crimes,
  enforcedCauses,
  enforcedSides,
  fastCrimes,
  fi,
  gangCrimes,
  labourWeights,
  person,
  supportCauses,
  supportParties,
  trade,
} from './demo-disputes.js';
import { close, roles, start, type ClosingProfile, type Ctx, type Draft, type Kind, type KindOptions, type Staff } from './demo-draft.js';

/**
 * The kinds of case each department of the demo court handles, keyed `department.kind`. A kind
 * draws cause, judge, parties and outcome; options pin any of them (the pilot-scope cases).
 */

/** A civil first-instance case (民初) of the given cause. */
function civilCase(
  ctx: Ctx,
  filedAt: string,
  department: string,
  cause: string,
  who: Parameters<Staff['assign']>[2],
  profile: ClosingProfile,
  sideOpts: Parameters<typeof civilSides>[2] = {},
): Draft {
  const d = start(ctx, filedAt, department, '民初', cause, ctx.staff.assign(ctx.rng, department, who));
  d.parties = roles(civilSides(ctx, cause, sideOpts), '原告', '被告');
  if (filedAt >= '2021-08-01' && department !== '立案庭' && ctx.rng.chance(0.3)) d.flags.push('hearing_record_reform');
  return close(ctx, d, profile);
}

/** 诉前调解 (民诉前调): succeeds (flagged, closed by 调解), fails, or is still running. */
function mediation(
  ctx: Ctx,
  filedAt: string,
  department: string,
  cause: string,
  who: Parameters<Staff['assign']>[2],
  opts: KindOptions,
  sideOpts: Parameters<typeof civilSides>[2] = {},
): Draft {
  const d = start(ctx, filedAt, department, '民诉前调', cause, ctx.staff.assign(ctx.rng, department, who));
  d.parties = roles(civilSides(ctx, cause, sideOpts), '申请人', '被申请人');
  const outcome = opts.outcome ?? (ctx.rng.chance(0.58) ? 'success' : 'failure');
  const profile: ClosingProfile = { durations: [[5, 30, 1]], methods: [] };
  close(ctx, d, profile, outcome === 'success' ? '调解' : '调解不成');
  if (opts.outcome && !d.closedAt) throw new Error(`pinned mediation filed ${filedAt} cannot close before the snapshot`);
  if (d.closedAt && outcome === 'success') d.flags.push('pre_litigation_mediation');
  return d;
}

/** 民特: 司法确认 of a mediated agreement, 实现担保物权, or a status application. */
function special(ctx: Ctx, filedAt: string, department: string, who: Parameters<Staff['assign']>[2], opts: KindOptions): Draft {
  const cause =
    opts.cause ??
    ctx.rng.weighted([
      ['申请司法确认调解协议', 70],
      ['申请实现担保物权', 12],
      ['申请宣告自然人无民事行为能力', 10],
      ['申请宣告自然人失踪', 4],
      ['申请指定监护人', 4],
    ]);
  const d = start(ctx, filedAt, department, '民特', cause, ctx.staff.assign(ctx.rng, department, who));
  switch (cause) {
    case '申请司法确认调解协议': {
      const s = civilSides(ctx, ctx.rng.pick(['民间借贷纠纷', '机动车交通事故责任纠纷', '房屋租赁合同纠纷', '买卖合同纠纷', '物业服务合同纠纷']));
      d.parties = [...s.claimants, ...s.respondents].map((p) => party('申请人', p.name, p.kind));
      return close(ctx, d, confirmationClosing);
    }
    case '申请实现担保物权':
      d.parties = [party('申请人', fi(ctx, 'bank').name, 'financial_institution'), party('被申请人', ctx.names.person())];
      return close(ctx, d, { durations: [[10, 40, 1]], methods: [['裁定准许', 85], ['裁定驳回', 15]] });
    default: {
      const surname = ctx.names.surname();
      d.parties = [party('申请人', ctx.names.person({ surname })), party('被申请人', ctx.names.person({ surname, age: 'elder' }))];
      return close(ctx, d, { durations: [[20, 60, 1]], methods: [['判决', 90], ['准予撤回', 10]] });
    }
  }
}

export const kinds = {
  // 立案庭
  'lian.mediation': (ctx, at, o) => {
    const cause =
      o.cause ?? ctx.rng.pick(['民间借贷纠纷', '买卖合同纠纷', '物业服务合同纠纷', '机动车交通事故责任纠纷', '房屋租赁合同纠纷', '服务合同纠纷']);
    return mediation(ctx, at, '立案庭', cause, o, o);
  },
  'lian.preservation': (ctx, at, o) => {
    const cause = o.cause ?? ctx.rng.pick(['买卖合同纠纷', '民间借贷纠纷', '建设工程施工合同纠纷', '承揽合同纠纷']);
    const d = start(ctx, at, '立案庭', '财保', cause, ctx.staff.assign(ctx.rng, '立案庭', o));
    d.parties = roles(civilSides(ctx, cause), '申请人', '被申请人');
    return close(ctx, d, preservationClosing);
  },
  'lian.firstInstance': (ctx, at, o) =>
    civilCase(ctx, at, '立案庭', o.cause ?? ctx.rng.pick(['物业服务合同纠纷', '民间借贷纠纷', '买卖合同纠纷', '服务合同纠纷']), o, fastTrackClosing),
  'lian.confirmation': (ctx, at, o) => special(ctx, at, '立案庭', o, { cause: '申请司法确认调解协议', ...o }),

  // 刑事审判庭
  'xingshi.firstInstance': (ctx, at, o) => {
    const cause = o.cause ?? ctx.rng.weighted(crimes);
    const who = ctx.staff.assign(ctx.rng, '刑事审判庭', {
      ...o,
      weights: [['judge-xingshi', 32], ['head-xingshi', 18], ['judge-xingshi2', 25], ['judge-xingshi3', 25]],
    });
    const d = start(ctx, at, '刑事审判庭', '刑初', cause, who);
    const n = gangCrimes.has(cause) && ctx.rng.chance(0.45) ? ctx.rng.int(2, 4) : 1;
    d.parties = [party('公诉机关', PROCURATORATE, 'public_authority')];
    for (let i = 0; i < n; i++) d.parties.push(party('被告人', ctx.names.person({ gender: ctx.rng.chance(0.85) ? 'm' : 'f' })));
    return close(ctx, d, criminalClosing(fastCrimes.has(cause) || who.team === '刑事速裁团队'));
  },

  // 民事审判庭
  'minshi.fastTrack': (ctx, at, o) =>
    civilCase(ctx, at, '民事审判庭', o.cause ?? ctx.rng.weighted(civilGeneral), { team: '速裁团队', ...o }, fastTrackClosing),
  'minshi.family': (ctx, at, o) => {
    const cause =
      o.cause ??
      ctx.rng.weighted([['离婚纠纷', 40], ['离婚后财产纠纷', 12], ['法定继承纠纷', 14], ['抚养费纠纷', 10], ['赡养费纠纷', 8], ['探望权纠纷', 6], ['婚约财产纠纷', 5]]);
    if (supportCauses.includes(cause)) {
      const d = start(ctx, at, '民事审判庭', '民初', cause, ctx.staff.assign(ctx.rng, '民事审判庭', { team: '家事团队', ...o }));
      d.parties = supportParties(ctx, cause);
      return close(ctx, d, familyClosing);
    }
    return civilCase(ctx, at, '民事审判庭', cause, { team: '家事团队', ...o }, familyClosing);
  },
  'minshi.general': (ctx, at, o) =>
    civilCase(ctx, at, '民事审判庭', o.cause ?? ctx.rng.weighted(civilGeneral), { team: null, ...o }, contractClosing),
  'minshi.mediation': (ctx, at, o) =>
    mediation(ctx, at, '民事审判庭', o.cause ?? ctx.rng.pick(['机动车交通事故责任纠纷', '物业服务合同纠纷', '民间借贷纠纷', '房屋租赁合同纠纷']), o, o),
  'minshi.special': (ctx, at, o) => special(ctx, at, '民事审判庭', o, o),

  // 商事审判庭
  'shangshi.loan': (ctx, at, o) => {
    const cause = o.cause ?? ctx.rng.weighted([['金融借款合同纠纷', 70], ['借款合同纠纷', 15], ['小额借款合同纠纷', 15]]);
    const lender: FinancialKind = cause === '小额借款合同纠纷' ? 'small_loan' : cause === '借款合同纠纷' ? 'consumer_finance' : 'bank';
    return civilCase(ctx, at, '商事审判庭', cause, { team: '金融审判团队', ...o }, financeClosing, { lender });
  },
  'shangshi.nonBankLoan': (ctx, at, o) => {
    const cause = o.cause ?? ctx.rng.weighted([['借款合同纠纷', 60], ['民间借贷纠纷', 40]]);
    const judges = ctx.staff.judges('商事审判庭').filter((u) => u.team !== '金融审判团队');
    return civilCase(ctx, at, '商事审判庭', cause, { judge: ctx.rng.pick(judges).username, ...o }, contractClosing, { lender: 'none' });
  },
  'shangshi.creditCard': (ctx, at, o) =>
    civilCase(ctx, at, '商事审判庭', '信用卡纠纷', { team: '金融审判团队', ...o }, financeClosing),
  'shangshi.otherFinance': (ctx, at, o) => {
    const cause = o.cause ?? ctx.rng.pick(['融资租赁合同纠纷', '保证保险合同纠纷']);
    return civilCase(ctx, at, '商事审判庭', cause, { team: '金融审判团队', ...o }, financeClosing);
  },
  'shangshi.commercial': (ctx, at, o) => {
    const cause =
      o.cause ??
      ctx.rng.weighted([
        ['买卖合同纠纷', 40], ['承揽合同纠纷', 12], ['建设工程施工合同纠纷', 12], ['服务合同纠纷', 12],
        ['运输合同纠纷', 8], ['股权转让纠纷', 6], ['展览合同纠纷', 4],
      ]);
    const judges = ctx.staff.judges('商事审判庭').filter((u) => u.team !== '金融审判团队');
    return civilCase(ctx, at, '商事审判庭', cause, { judge: ctx.rng.pick(judges).username, ...o }, contractClosing);
  },
  'shangshi.mediation': (ctx, at, o) => {
    const cause = o.cause ?? ctx.rng.weighted([['买卖合同纠纷', 40], ['服务合同纠纷', 15], ['承揽合同纠纷', 15], ['金融借款合同纠纷', 30]]);
    return mediation(ctx, at, '商事审判庭', cause, o, o, { lender: 'bank' });
  },
  /** 诉前调解成功后转立案，出具调解书 (民初, flagged). */
  'shangshi.mediated': (ctx, at, o) => {
    const cause = o.cause ?? ctx.rng.pick(['买卖合同纠纷', '服务合同纠纷', '承揽合同纠纷']);
    const judges = ctx.staff.judges('商事审判庭').filter((u) => u.team !== '金融审判团队');
    const who = ctx.staff.assign(ctx.rng, '商事审判庭', { judge: ctx.rng.pick(judges).username, ...o });
    const d = start(ctx, at, '商事审判庭', '民初', cause, who);
    d.parties = roles(civilSides(ctx, cause), '原告', '被告');
    // The mediation succeeded before filing; the case only exists to issue the 调解书.
    d.flags.push('pre_litigation_mediation');
    return close(ctx, d, { durations: [[1, 10, 1]], methods: [] }, '调解');
  },

  // 执行局
  'zhixing.creditCard': (ctx, at, o) => enforcement(ctx, at, '执', '信用卡纠纷', o),
  'zhixing.creditCardResumed': (ctx, at, o) => enforcement(ctx, at, '执恢', '信用卡纠纷', o),
  'zhixing.general': (ctx, at, o) => enforcement(ctx, at, '执', o.cause ?? ctx.rng.weighted(enforcedCauses), o),
  'zhixing.resumed': (ctx, at, o) => enforcement(ctx, at, '执恢', o.cause ?? ctx.rng.weighted(enforcedCauses), o),
  'zhixing.preservation': (ctx, at, o) => {
    const cause = o.cause ?? ctx.rng.pick(['买卖合同纠纷', '民间借贷纠纷', '建设工程施工合同纠纷', '金融借款合同纠纷']);
    const d = start(ctx, at, '执行局', '执保', cause, ctx.staff.assign(ctx.rng, '执行局', o));
    d.parties = roles(civilSides(ctx, cause), '申请保全人', '被保全人');
    return close(ctx, d, preservationEnforcementClosing);
  },

  // 执裁庭
  'zhicai.outsiderSuit': (ctx, at, o) => objectionSuit(ctx, at, '案外人执行异议之诉', o),
  'zhicai.otherSuit': (ctx, at, o) =>
    objectionSuit(ctx, at, o.cause ?? ctx.rng.weighted([['申请执行人执行异议之诉', 60], ['执行分配方案异议之诉', 40]]), o),
  'zhicai.objection': (ctx, at, o) => {
    const cause = o.cause ?? ctx.rng.weighted(enforcedCauses);
    const d = start(ctx, at, '执裁庭', '执异', cause, ctx.staff.assign(ctx.rng, '执裁庭', o));
    const s = enforcedSides(ctx, cause);
    const byOutsider = ctx.rng.chance(0.55);
    d.parties = byOutsider
      ? [party('案外人', ctx.names.person()), ...roles(s, '申请执行人', '被执行人')]
      : [...roles({ ...s, respondents: [] }, '申请执行人', ''), ...s.respondents.map((p) => party('异议人（被执行人）', p.name, p.kind))];
    return close(ctx, d, objectionClosing);
  },

  // 青东法庭
  'qingdong.labour': (ctx, at, o) =>
    civilCase(
      ctx,
      at,
      '青东法庭',
      o.cause ?? ctx.rng.weighted(labourWeights),
      { weights: [['judge-qingdong', 55], ['head-qingdong', 15], ['judge-qingdong2', 15], ['judge-qingdong3', 15]], ...o },
      labourClosing,
    ),
  'qingdong.general': (ctx, at, o) =>
    civilCase(
      ctx,
      at,
      '青东法庭',
      o.cause ??
        ctx.rng.weighted([['劳务合同纠纷', 14], ['提供劳务者受害责任纠纷', 6], ['买卖合同纠纷', 10], ['承揽合同纠纷', 4], ...civilGeneral]),
      { weights: [['judge-qingdong', 15], ['head-qingdong', 25], ['judge-qingdong2', 30], ['judge-qingdong3', 30]], ...o },
      contractClosing,
    ),

  // 朱家角法庭
  'zhujiajiao.support': (ctx, at, o) => {
    const cause =
      o.cause ??
      ctx.rng.weighted([
        ['抚养费纠纷', 30], ['赡养费纠纷', 25], ['变更抚养关系纠纷', 12], ['扶养费纠纷', 8],
        ['抚养纠纷', 8], ['赡养纠纷', 8], ['扶养纠纷', 4], ['变更赡养关系纠纷', 2],
      ]);
    const d = start(ctx, at, '朱家角法庭', '民初', cause, ctx.staff.assign(ctx.rng, '朱家角法庭', o));
    d.parties = supportParties(ctx, cause);
    return close(ctx, d, familyClosing);
  },
  'zhujiajiao.family': (ctx, at, o) =>
    civilCase(
      ctx,
      at,
      '朱家角法庭',
      o.cause ?? ctx.rng.weighted([['离婚纠纷', 50], ['探望权纠纷', 12], ['离婚后财产纠纷', 14], ['法定继承纠纷', 16], ['婚约财产纠纷', 8]]),
      o,
      familyClosing,
    ),
  'zhujiajiao.general': (ctx, at, o) =>
    civilCase(
      ctx,
      at,
      '朱家角法庭',
      o.cause ?? ctx.rng.weighted([['农村土地承包合同纠纷', 8], ['宅基地使用权纠纷', 4], ...civilGeneral]),
      o,
      contractClosing,
    ),

  // 西虹桥法庭
  'xihongqiao.general': (ctx, at, o) =>
    civilCase(
      ctx,
      at,
      '西虹桥法庭',
      o.cause ??
        ctx.rng.weighted([
          ['买卖合同纠纷', 14], ['服务合同纠纷', 10], ['展览合同纠纷', 6], ['网络购物合同纠纷', 6], ['劳动合同纠纷', 6],
          ['追索劳动报酬纠纷', 4], ['金融借款合同纠纷', 6], ['信用卡纠纷', 4], ...civilGeneral,
        ]),
      o,
      contractClosing,
    ),
  'xihongqiao.mediation': (ctx, at, o) =>
    mediation(ctx, at, '西虹桥法庭', o.cause ?? ctx.rng.pick(['买卖合同纠纷', '服务合同纠纷', '物业服务合同纠纷', '房屋租赁合同纠纷']), o, o),
  'xihongqiao.special': (ctx, at, o) => special(ctx, at, '西虹桥法庭', o, { cause: '申请司法确认调解协议', ...o }),

  // 审判监督庭
  'shenjian.civilSupervision': (ctx, at, o) => {
    const cause = o.cause ?? ctx.rng.weighted(civilGeneral);
    const d = start(ctx, at, '审判监督庭', '民监', cause, ctx.staff.assign(ctx.rng, '审判监督庭', o));
    d.parties = roles(civilSides(ctx, cause), '原审原告', '原审被告', '原审第三人');
    return close(ctx, d, supervisionClosing);
  },
  'shenjian.criminalSupervision': (ctx, at, o) => {
    const cause = o.cause ?? ctx.rng.weighted(crimes);
    const d = start(ctx, at, '审判监督庭', '刑监', cause, ctx.staff.assign(ctx.rng, '审判监督庭', o));
    d.parties = [party('原公诉机关', PROCURATORATE, 'public_authority'), party('原审被告人', ctx.names.person({ gender: 'm' }))];
    return close(ctx, d, supervisionClosing);
  },
  'shenjian.civilRetrial': (ctx, at, o) => {
    const cause = o.cause ?? ctx.rng.weighted(civilGeneral);
    const d = start(ctx, at, '审判监督庭', '民再', cause, ctx.staff.assign(ctx.rng, '审判监督庭', o));
    d.parties = roles(civilSides(ctx, cause), '原审原告', '原审被告', '原审第三人');
    return close(ctx, d, retrialClosing);
  },
  'shenjian.criminalPetition': (ctx, at, o) => {
    const cause = o.cause ?? ctx.rng.weighted(crimes);
    const d = start(ctx, at, '审判监督庭', '刑申', cause, ctx.staff.assign(ctx.rng, '审判监督庭', o));
    const convicted = ctx.names.person({ gender: 'm' });
    d.parties = ctx.rng.chance(0.6)
      ? [party('申诉人（原审被告人）', convicted)]
      : [party('申诉人', ctx.names.person({ surname: convicted.slice(0, 1) })), party('原审被告人', convicted)];
    return close(ctx, d, petitionClosing);
  },
  'shenjian.aid': (ctx, at, o) => {
    const typeCode = o.typeCode ?? ctx.rng.weighted([['司救执', 45], ['司救刑', 30], ['司救民', 25]]);
    const cause = o.cause ?? { 司救执: '执行司法救助', 司救刑: '刑事被害人司法救助', 司救民: '民事司法救助' }[typeCode] ?? '司法救助';
    const d = start(ctx, at, '审判监督庭', typeCode, cause, ctx.staff.assign(ctx.rng, '审判监督庭', o));
    d.parties = [party('救助申请人', ctx.names.person())];
    return close(ctx, d, aidClosing);
  },
} satisfies Record<string, Kind>;

export type KindKey = keyof typeof kinds;

function enforcement(ctx: Ctx, filedAt: string, typeCode: '执' | '执恢', cause: string, o: KindOptions): Draft {
  const d = start(ctx, filedAt, '执行局', typeCode, cause, ctx.staff.assign(ctx.rng, '执行局', o));
  d.parties = roles(enforcedSides(ctx, cause), '申请执行人', '被执行人');
  return close(ctx, d, enforcementClosing);
}

/** 执行异议之诉 (民初 in 执裁庭). */
function objectionSuit(ctx: Ctx, filedAt: string, cause: string, o: KindOptions): Draft {
  const d = start(ctx, filedAt, '执裁庭', '民初', cause, ctx.staff.assign(ctx.rng, '执裁庭', o));
  const underlying = ctx.rng.weighted([['民间借贷纠纷', 40], ['金融借款合同纠纷', 30], ['买卖合同纠纷', 30]]);
  const s = enforcedSides(ctx, underlying);
  const outsider = ctx.rng.chance(0.75) ? person(ctx) : company(ctx, ctx.rng.pick(trade));
  if (cause === '案外人执行异议之诉') {
    d.parties = [party('原告', outsider.name, outsider.kind), ...roles({ ...s, third: s.respondents, respondents: [] }, '被告', '', '第三人')];
  } else if (cause === '申请执行人执行异议之诉') {
    d.parties = [...roles({ ...s, third: s.respondents, respondents: [] }, '原告', '', '第三人'), party('被告', outsider.name, outsider.kind)];
    // order: 原告, 被告, 第三人
    d.parties.sort((a, b) => roleOrder(a.role) - roleOrder(b.role));
  } else {
    // 执行分配方案异议之诉: one creditor against another over the distribution plan.
    const other = civilSides(ctx, underlying).claimants;
    d.parties = [
      ...s.claimants.map((p) => party('原告', p.name, p.kind)),
      ...other.map((p) => party('被告', p.name, p.kind)),
      ...s.respondents.map((p) => party('第三人', p.name, p.kind)),
    ];
  }
  return close(ctx, d, objectionSuitClosing);
}

function roleOrder(role: string): number {
  return ['原告', '被告', '第三人'].indexOf(role);
}

export function build(ctx: Ctx, key: KindKey, filedAt: string, opts: KindOptions): Draft {
  const kind: Kind = kinds[key];
  const d = kind(ctx, filedAt, opts);
  if (d.parties.some((p) => p.kind === 'financial_institution')) d.flags.push('financial_institution_involved');
  return d;
}
