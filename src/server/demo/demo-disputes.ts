import type { FinancialKind, Industry, Party } from './demo-parties.js';
import { party, type PartyNames } from './demo-parties.js';
import type { Ctx, Named, Sides } from './demo-draft.js';

/**
 * Who sues whom in the demo: the sides of each kind of dispute (claimants, respondents, third
 * parties) with realistic party kinds, and the causes of action (案由) the demo draws from, named
 * as in the 民事案件案由规定 (2020) and the criminal charges (罪名).
 */

export const person = (ctx: Ctx, opts?: Parameters<PartyNames['person']>[0]): Named => ({
  name: ctx.names.person(opts),
  kind: 'natural_person',
});
export const company = (ctx: Ctx, industry: Industry, local = false): Named => ({
  name: ctx.names.company(industry, { local }),
  kind: 'legal_person',
});
export const fi = (ctx: Ctx, kind: FinancialKind): Named => ({ name: ctx.names.financial(kind), kind: 'financial_institution' });

export const trade: readonly Industry[] = ['贸易', '建材', '机械设备', '电子科技', '包装材料', '供应链管理', '服饰', '食品', '精密机械', '家具'];
const employers: readonly Industry[] = ['物流', '餐饮管理', '精密机械', '服饰', '汽车零部件', '酒店管理', '劳务派遣', '电子科技', '食品', '建筑工程'];

/** Husband and wife (different surnames, as Chinese spouses keep their own). */
export function couple(ctx: Ctx): [Named, Named] {
  const husband = person(ctx, { gender: 'm' });
  const wife = person(ctx, { gender: 'f' });
  return [husband, wife];
}

export function civilSides(ctx: Ctx, cause: string, opts: { lender?: FinancialKind | 'none' } = {}): Sides {
  const { rng } = ctx;
  const s: Sides = { claimants: [], respondents: [], third: [] };
  switch (cause) {
    case '民间借贷纠纷': {
      s.claimants.push(rng.chance(0.85) ? person(ctx) : company(ctx, rng.pick(trade)));
      if (rng.chance(0.3)) s.respondents.push(...couple(ctx));
      else s.respondents.push(person(ctx));
      break;
    }
    case '金融借款合同纠纷':
    case '借款合同纠纷':
    case '小额借款合同纠纷': {
      const lender = opts.lender ?? (cause === '小额借款合同纠纷' ? 'small_loan' : 'bank');
      if (lender === 'none') {
        // 企业之间的借款：no financial institution involved.
        s.claimants.push(company(ctx, rng.pick(trade)));
        s.respondents.push(company(ctx, rng.pick(trade)));
        if (rng.chance(0.5)) s.respondents.push(person(ctx));
      } else {
        s.claimants.push(fi(ctx, lender));
        if (rng.chance(0.35)) {
          s.respondents.push(company(ctx, rng.pick(trade), true));
          s.respondents.push(person(ctx)); // 法定代表人 as guarantor
          if (rng.chance(0.4)) s.respondents.push(person(ctx));
        } else if (rng.chance(0.3)) s.respondents.push(...couple(ctx));
        else s.respondents.push(person(ctx));
      }
      break;
    }
    case '信用卡纠纷':
      s.claimants.push(fi(ctx, 'card'));
      s.respondents.push(person(ctx));
      break;
    case '保证保险合同纠纷':
      s.claimants.push(fi(ctx, 'insurer'));
      s.respondents.push(person(ctx));
      break;
    case '融资租赁合同纠纷':
      s.claimants.push(company(ctx, '融资租赁', true));
      s.respondents.push(company(ctx, rng.pick(['物流', '精密机械', '建筑工程'] as const)), person(ctx));
      break;
    case '物业服务合同纠纷':
      s.claimants.push(company(ctx, '物业管理', true));
      s.respondents.push(person(ctx));
      if (rng.chance(0.2)) s.respondents.push(person(ctx));
      break;
    case '房屋租赁合同纠纷':
      s.claimants.push(person(ctx));
      s.respondents.push(rng.chance(0.35) ? company(ctx, rng.pick(['餐饮管理', '贸易', '服饰'] as const), true) : person(ctx));
      if (rng.chance(0.3)) [s.claimants, s.respondents] = [s.respondents, s.claimants]; // the tenant sues
      break;
    case '机动车交通事故责任纠纷':
      s.claimants.push(person(ctx));
      s.respondents.push(person(ctx));
      if (rng.chance(0.3)) s.respondents.push(company(ctx, '物流', true));
      if (rng.chance(0.85)) s.respondents.push(fi(ctx, 'insurer'));
      break;
    case '买卖合同纠纷':
    case '承揽合同纠纷':
    case '运输合同纠纷':
    case '服务合同纠纷': {
      const seller: Industry = cause === '运输合同纠纷' ? '物流' : cause === '服务合同纠纷' ? '信息技术' : rng.pick(trade);
      s.claimants.push(company(ctx, seller));
      s.respondents.push(rng.chance(0.8) ? company(ctx, rng.pick(trade)) : person(ctx));
      break;
    }
    case '建设工程施工合同纠纷':
      s.claimants.push(company(ctx, '建筑工程'));
      s.respondents.push(company(ctx, rng.pick(['房地产开发', '酒店管理', '精密机械'] as const)));
      break;
    case '装饰装修合同纠纷':
      s.claimants.push(company(ctx, '装饰工程', true));
      s.respondents.push(person(ctx));
      break;
    case '网络购物合同纠纷':
      s.claimants.push(person(ctx));
      s.respondents.push(company(ctx, '电子商务'));
      break;
    case '展览合同纠纷':
      s.claimants.push(company(ctx, '会展服务', true));
      s.respondents.push(company(ctx, rng.pick(trade)));
      break;
    case '股权转让纠纷':
      s.claimants.push(person(ctx));
      s.respondents.push(person(ctx));
      s.third.push(company(ctx, rng.pick(trade)));
      break;
    case '离婚纠纷':
    case '离婚后财产纠纷':
    case '探望权纠纷':
    case '婚约财产纠纷': {
      const [h, w] = couple(ctx);
      s.claimants.push(rng.chance(0.6) ? w : h);
      s.respondents.push(s.claimants[0] === w ? h : w);
      break;
    }
    case '法定继承纠纷':
    case '继承纠纷': {
      const surname = ctx.names.surname();
      s.claimants.push(person(ctx, { surname }));
      for (let i = rng.int(1, 3); i > 0; i--) s.respondents.push(person(ctx, { surname }));
      break;
    }
    case '农村土地承包合同纠纷':
    case '宅基地使用权纠纷': {
      s.claimants.push(person(ctx, { age: rng.chance(0.5) ? 'elder' : 'adult' }));
      if (cause === '农村土地承包合同纠纷' && rng.chance(0.6)) {
        s.respondents.push({ name: `上海市青浦区朱家角镇${rng.pick(villages)}村民委员会`, kind: 'other_organization' });
      } else s.respondents.push(person(ctx));
      break;
    }
    case '劳务合同纠纷':
      s.claimants.push(person(ctx, { gender: 'm' }));
      s.respondents.push(rng.chance(0.5) ? company(ctx, '建筑工程') : person(ctx, { gender: 'm' }));
      break;
    case '提供劳务者受害责任纠纷':
      s.claimants.push(person(ctx, { gender: 'm' }));
      s.respondents.push(person(ctx));
      if (rng.chance(0.3)) s.third.push(company(ctx, '装饰工程'));
      break;
    default:
      if (labourCauses.includes(cause)) {
        const worker = person(ctx);
        const employer = company(ctx, rng.pick(employers));
        // About a third are brought by the employer against the arbitration award.
        if (rng.chance(0.3)) {
          s.claimants.push(employer);
          s.respondents.push(worker);
        } else {
          s.claimants.push(worker);
          s.respondents.push(employer);
        }
      } else {
        s.claimants.push(person(ctx));
        s.respondents.push(person(ctx));
      }
  }
  return s;
}

const villages = ['沈砖村', '淀峰村', '张马村', '安庄村', '周荡村', '李庄村', '山湾村', '林家村'];

// ── vocabulary of the demo ──────────────────────────────────────────────────────────────────────

/** 劳动争议 and its sub-causes (民事案件案由规定, 2020). */
export const labourCauses: readonly string[] = [
  '劳动争议',
  '劳动合同纠纷',
  '追索劳动报酬纠纷',
  '确认劳动关系纠纷',
  '经济补偿金纠纷',
  '竞业限制纠纷',
  '非全日制用工纠纷',
  '社会保险纠纷',
  '工伤保险待遇纠纷',
];

/** The "three support" causes (抚养, 赡养, 扶养) and their sub-causes. */
export const supportCauses: readonly string[] = [
  '抚养纠纷',
  '抚养费纠纷',
  '变更抚养关系纠纷',
  '赡养纠纷',
  '赡养费纠纷',
  '变更赡养关系纠纷',
  '扶养纠纷',
  '扶养费纠纷',
];

/** 借款合同纠纷 and its sub-causes. */
export const loanCauses: readonly string[] = ['借款合同纠纷', '金融借款合同纠纷', '小额借款合同纠纷', '民间借贷纠纷'];

export const crimes: ReadonlyArray<readonly [string, number]> = [
  ['危险驾驶罪', 24],
  ['盗窃罪', 18],
  ['帮助信息网络犯罪活动罪', 14],
  ['诈骗罪', 10],
  ['故意伤害罪', 7],
  ['掩饰、隐瞒犯罪所得罪', 6],
  ['开设赌场罪', 4],
  ['寻衅滋事罪', 4],
  ['交通肇事罪', 4],
  ['信用卡诈骗罪', 3],
  ['妨害公务罪', 3],
  ['容留他人吸毒罪', 2],
  ['非法经营罪', 1],
];
export const gangCrimes = new Set(['帮助信息网络犯罪活动罪', '诈骗罪', '开设赌场罪', '寻衅滋事罪', '掩饰、隐瞒犯罪所得罪']);
export const fastCrimes = new Set(['危险驾驶罪', '盗窃罪', '帮助信息网络犯罪活动罪']);

/** Parties of a support case: the dependant claims from the person who owes support. */
export function supportParties(ctx: Ctx, cause: string): Party[] {
  const { rng, names } = ctx;
  if (cause.startsWith('抚养') || cause === '变更抚养关系纠纷') {
    const [father, mother] = [names.person({ gender: 'm' }), names.person({ gender: 'f' })];
    if (cause === '抚养费纠纷') {
      const payer = rng.chance(0.8) ? father : mother;
      const child = names.person({ age: 'child', surname: father.slice(0, 1) });
      return [party('原告', child), party('被告', payer)];
    }
    return rng.chance(0.55) ? [party('原告', mother), party('被告', father)] : [party('原告', father), party('被告', mother)];
  }
  if (cause.startsWith('赡养') || cause === '变更赡养关系纠纷') {
    const surname = names.surname();
    const elder = rng.chance(0.5) ? names.person({ age: 'elder', gender: 'm', surname }) : names.person({ age: 'elder', gender: 'f' });
    const children = Array.from({ length: rng.int(1, 3) }, () => names.person({ surname }));
    return [party('原告', elder), ...children.map((c) => party('被告', c))];
  }
  // 扶养: between spouses.
  const [h, w] = [names.person({ gender: 'm', age: rng.chance(0.4) ? 'elder' : 'adult' }), names.person({ gender: 'f' })];
  return rng.chance(0.6) ? [party('原告', w), party('被告', h)] : [party('原告', h), party('被告', w)];
}

export const civilGeneral: ReadonlyArray<readonly [string, number]> = [
  ['机动车交通事故责任纠纷', 16],
  ['民间借贷纠纷', 16],
  ['房屋租赁合同纠纷', 10],
  ['物业服务合同纠纷', 10],
  ['房屋买卖合同纠纷', 5],
  ['相邻关系纠纷', 4],
  ['财产损害赔偿纠纷', 4],
  ['生命权、身体权、健康权纠纷', 5],
  ['服务合同纠纷', 4],
  ['装饰装修合同纠纷', 4],
];

/** Causes behind enforcement and enforcement-objection cases. */
export const enforcedCauses: ReadonlyArray<readonly [string, number]> = [
  ['民间借贷纠纷', 22],
  ['买卖合同纠纷', 16],
  ['金融借款合同纠纷', 12],
  ['机动车交通事故责任纠纷', 8],
  ['追索劳动报酬纠纷', 7],
  ['劳动合同纠纷', 4],
  ['物业服务合同纠纷', 8],
  ['房屋租赁合同纠纷', 6],
  ['抚养费纠纷', 3],
  ['离婚后财产纠纷', 3],
  ['建设工程施工合同纠纷', 4],
  ['小额借款合同纠纷', 3],
];

export const labourWeights: ReadonlyArray<readonly [string, number]> = [
  ['追索劳动报酬纠纷', 24],
  ['劳动合同纠纷', 20],
  ['劳动争议', 16],
  ['确认劳动关系纠纷', 10],
  ['经济补偿金纠纷', 10],
  ['工伤保险待遇纠纷', 8],
  ['竞业限制纠纷', 4],
  ['社会保险纠纷', 4],
  ['非全日制用工纠纷', 4],
];

/** The sides of an enforced judgment: the creditor applies, the debtor is enforced against. */
export function enforcedSides(ctx: Ctx, cause: string): Sides {
  const s = civilSides(ctx, cause);
  if (labourCauses.includes(cause)) {
    // Whoever sued, the worker is the creditor of an award of wages or compensation.
    const worker = [...s.claimants, ...s.respondents].filter((p) => p.kind === 'natural_person');
    const employer = [...s.claimants, ...s.respondents].filter((p) => p.kind !== 'natural_person');
    return { claimants: worker, respondents: employer, third: [] };
  }
  // Insurers pay their share without enforcement.
  const respondents = s.respondents.filter((p) => p.kind !== 'financial_institution');
  return { claimants: s.claimants, respondents: respondents.length > 0 ? respondents : s.respondents, third: [] };
}

