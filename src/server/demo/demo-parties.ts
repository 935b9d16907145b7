import type { CaseInput } from '../../common/api.js';
import type { PartyKind } from '../../common/vocabulary.js';
import type { Rng } from './prng.js';

/**
 * Invented party names for the demo: people with common Chinese names, companies, and financial
 * institutions. All institutions are fictitious (no real bank, insurer or company is named as a
 * litigant); the only real body is the district procuratorate, as 公诉机关.
 */

export type Party = NonNullable<CaseInput['parties']>[number] & { kind: PartyKind; role: string };

export const PROCURATORATE = '上海市青浦区人民检察院';

/**
 * Names of well-known people a random name could hit (leaders, judges of the SPC, celebrities,
 * athletes …). Generated names avoid them; the demo tests check it.
 */
export const famousNames: ReadonlySet<string> = new Set([
  '习近平', '李强', '李克强', '赵乐际', '王沪宁', '蔡奇', '丁薛祥', '李希', '韩正', '王岐山', '胡锦涛', '温家宝',
  '江泽民', '朱镕基', '刘鹤', '何立峰', '王毅', '秦刚', '陈吉宁', '龚正', '李鸿忠', '殷勇', '陈敏尔', '应勇',
  '周强', '张军', '王胜俊', '肖扬', '马云', '马化腾', '李彦宏', '雷军', '任正非', '董明珠', '王健林', '刘强东',
  '张朝阳', '丁磊', '王兴', '张一鸣', '姚明', '刘翔', '李娜', '林丹', '马龙', '张继科', '刘国梁', '邓亚萍', '王楠',
  '郭晶晶', '孙杨', '朱婷', '李宁', '易建联', '王治郅', '许海峰', '杨利伟', '刘洋', '王亚平', '景海鹏', '聂海胜',
  '翟志刚', '费俊龙', '陈冬', '汤洪波', '刘伯明', '张晓光', '袁隆平', '屠呦呦', '钟南山', '李兰娟', '张文宏',
  '莫言', '余华', '韩寒', '郭敬明', '王朔', '杨澜', '董卿', '白岩松', '撒贝宁', '崔永元', '朱军', '周涛', '倪萍',
  '王菲', '刘德华', '张学友', '周杰伦', '王力宏', '黄晓明', '李晨', '邓超', '孙俪', '赵薇', '范冰冰', '杨幂',
  '刘涛', '胡歌', '王俊凯', '成龙', '李连杰', '陈坤', '黄渤', '徐峥', '沈腾', '贾玲', '杨洋', '张艺谋', '冯小刚',
  '陈凯歌', '宋丹丹', '赵本山', '刘晓庆', '李宇春', '张靓颖', '周迅', '章子怡', '巩俐', '汪峰', '那英', '韩红',
  '刘欢', '毛阿敏', '蔡国庆', '孙楠', '王刚', '陈道明', '张国立', '葛优', '姜文', '李健', '朴树', '许巍',
]);

const surnames: ReadonlyArray<readonly [string, number]> = [
  ['王', 7], ['李', 7], ['张', 7], ['刘', 5], ['陈', 6], ['杨', 4], ['黄', 4], ['赵', 3], ['吴', 4], ['周', 4],
  ['徐', 5], ['孙', 3], ['马', 2], ['朱', 4], ['胡', 3], ['郭', 2], ['何', 2], ['高', 2], ['林', 2], ['罗', 2],
  ['郑', 2], ['梁', 1], ['谢', 2], ['宋', 2], ['唐', 2], ['许', 2], ['韩', 1], ['冯', 2], ['邓', 1], ['曹', 2],
  ['彭', 1], ['曾', 1], ['肖', 1], ['田', 1], ['董', 1], ['袁', 1], ['潘', 2], ['于', 1], ['蒋', 2], ['蔡', 2],
  ['余', 1], ['杜', 1], ['叶', 2], ['程', 1], ['苏', 1], ['魏', 1], ['吕', 1], ['丁', 1], ['任', 1], ['沈', 3],
  ['姚', 2], ['卢', 1], ['姜', 1], ['崔', 1], ['钟', 1], ['谭', 1], ['陆', 3], ['汪', 1], ['范', 1], ['金', 2],
  ['石', 1], ['贾', 1], ['夏', 1], ['方', 1], ['邹', 1], ['孟', 1], ['熊', 1], ['秦', 1], ['邱', 1], ['江', 1],
  ['薛', 1], ['顾', 3], ['毛', 1], ['龚', 1], ['邵', 1], ['钱', 2], ['严', 1], ['戴', 1], ['俞', 2], ['倪', 1],
  ['施', 2], ['庄', 1], ['浦', 1], ['瞿', 1],
];

const given = {
  m: {
    single: ['伟', '强', '磊', '军', '勇', '杰', '涛', '斌', '超', '明', '刚', '平', '辉', '鹏', '飞', '波', '浩', '凯', '健', '俊', '峰', '亮', '骏', '彬'],
    first: ['建', '志', '国', '文', '海', '晓', '家', '永', '明', '俊', '振', '立', '德', '伟', '嘉', '天', '宏', '春', '雪', '东', '卫', '新', '云', '子'],
    second: ['华', '明', '军', '强', '伟', '平', '东', '峰', '杰', '涛', '斌', '辉', '龙', '林', '刚', '鹏', '飞', '波', '宇', '航', '诚', '超', '亮', '良'],
  },
  f: {
    single: ['芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '燕', '玲', '婷', '雪', '慧', '莉', '红', '梅', '琳', '颖', '倩', '萍', '洁', '琴', '雯', '蕾'],
    first: ['丽', '晓', '秀', '春', '美', '雪', '玉', '静', '佳', '欣', '思', '雨', '梦', '慧', '海', '金', '建', '红', '小', '月', '燕', '文', '凤', '婉'],
    second: ['华', '英', '芳', '红', '萍', '琴', '燕', '霞', '玲', '娟', '婷', '洁', '雯', '颖', '琳', '怡', '敏', '丹', '倩', '妍', '静', '君', '珍', '莉'],
  },
} as const;

/** Names typical of people born in the 1930s–50s (plaintiffs of 赡养 cases). */
const elderGiven = {
  m: ['根宝', '金龙', '福林', '水根', '林生', '荣根', '兴发', '阿大', '金宝', '建国', '德明', '国祥', '福根', '志良'],
  f: ['秀英', '桂英', '凤英', '金娣', '根娣', '菊芳', '雪珍', '美娟', '小妹', '彩娥', '杏娣', '月娥', '招娣', '桂珍'],
} as const;

/** Names typical of children born in the 2010s (plaintiffs of 抚养费 cases). */
const childGiven = {
  m: ['浩宇', '宇轩', '子墨', '俊熙', '沐辰', '梓睿', '一鸣', '皓轩', '子豪', '博文', '奕辰', '思远'],
  f: ['梓萱', '一诺', '若汐', '欣怡', '诗涵', '雨桐', '可馨', '子涵', '语嫣', '佳琪', '思彤', '梦瑶'],
} as const;

/** Trade names (字号) of invented companies. */
const tradeNames = [
  '鸿晟', '锦程', '泓远', '博誉', '瑞沣', '誉诚', '朗泰', '德沛', '恒朗', '盛禾', '骏拓', '卓铭', '尚臻', '益沣',
  '昱辰', '峻源', '荣湃', '润祺', '航睿', '沁川', '淀泓', '泖岚', '珠溪', '崧泽', '蟠龙', '练祁', '金溪', '澄曦',
  '佰赢', '聚沣', '凯澜', '汇澄', '翔麟', '睿岐', '铂臻', '晟祺', '璟川', '嘉沄', '凌澈', '沛霖', '申翊', '沪骋',
  '青漪', '徐泾', '赵巷', '华新', '白鹤', '香花桥', '金泽', '玥庭', '御澜', '峰沛', '庆湃', '澜沧',
];

export type Industry =
  | '贸易' | '建材' | '机械设备' | '电子科技' | '建筑工程' | '装饰工程' | '物流' | '餐饮管理' | '物业管理'
  | '房地产开发' | '汽车销售服务' | '劳务派遣' | '服饰' | '食品' | '环保科技' | '精密机械' | '电子商务'
  | '会展服务' | '融资租赁' | '信息技术' | '包装材料' | '供应链管理' | '酒店管理' | '汽车零部件' | '家具';

const regions: ReadonlyArray<readonly [string, number]> = [
  ['上海', 14],
  ['昆山', 1],
  ['嘉善', 1],
  ['苏州', 1],
  ['浙江', 1],
];

const banks = [
  '华亭商业银行股份有限公司上海青浦支行',
  '申江银行股份有限公司上海青浦支行',
  '中国瀚海银行股份有限公司上海青浦支行',
  '中国沪宁实业银行股份有限公司上海市分行',
  '上海泖湖农村商业银行股份有限公司青浦支行',
  '上海泖湖农村商业银行股份有限公司朱家角支行',
  '浦江兴华银行股份有限公司上海青浦支行',
  '江南丰裕银行股份有限公司上海分行',
  '上海市青浦区练塘农村信用合作社',
];
const cardCentres = [
  '华亭商业银行股份有限公司信用卡中心',
  '申江银行股份有限公司信用卡中心',
  '中国瀚海银行股份有限公司信用卡中心',
  '浦江兴华银行股份有限公司信用卡中心',
];
const smallLoanCompanies = ['上海青禾小额贷款股份有限公司', '上海沪泓小额贷款有限公司', '上海市青浦区淀湖小额贷款股份有限公司'];
const consumerFinance = ['申联消费金融有限公司', '瀚越消费金融有限公司'];
const insurers = [
  '华泖财产保险股份有限公司上海分公司',
  '申安财产保险股份有限公司上海市分公司',
  '申禾人寿保险股份有限公司上海分公司',
];

export type FinancialKind = 'bank' | 'card' | 'small_loan' | 'consumer_finance' | 'insurer';

const institutions: Record<FinancialKind, readonly string[]> = {
  bank: banks,
  card: cardCentres,
  small_loan: smallLoanCompanies,
  consumer_finance: consumerFinance,
  insurer: insurers,
};

/** Hands out names, avoiding duplicates within one case and names of the court's own staff. */
export class PartyNames {
  private caseNames = new Set<string>();

  constructor(
    private readonly rng: Rng,
    private readonly reserved: ReadonlySet<string>,
  ) {}

  /** Starts a new case: names may repeat across cases, never within one. */
  startCase(): void {
    this.caseNames.clear();
  }

  person(opts: { gender?: 'm' | 'f'; age?: 'adult' | 'elder' | 'child'; surname?: string } = {}): string {
    for (let attempt = 0; attempt < 100; attempt++) {
      const gender = opts.gender ?? (this.rng.chance(0.55) ? 'm' : 'f');
      const surname = opts.surname ?? this.rng.weighted(surnames);
      let first: string;
      if (opts.age === 'elder') first = this.rng.pick(elderGiven[gender]);
      else if (opts.age === 'child') first = this.rng.pick(childGiven[gender]);
      else if (this.rng.chance(0.25)) first = this.rng.pick(given[gender].single);
      else {
        const a = this.rng.pick(given[gender].first);
        const b = this.rng.pick(given[gender].second);
        if (a === b) continue;
        first = a + b;
      }
      const name = surname + first;
      if (this.accept(name)) return name;
    }
    throw new Error('could not find a free person name');
  }

  /** A surname from the usual distribution (for families). */
  surname(): string {
    return this.rng.weighted(surnames);
  }

  company(industry: Industry, opts: { local?: boolean } = {}): string {
    for (let attempt = 0; attempt < 100; attempt++) {
      const region = opts.local ? '上海' : this.rng.weighted(regions);
      const name = `${region}${this.rng.pick(tradeNames)}${industry}有限公司`;
      if (this.accept(name)) return name;
    }
    throw new Error('could not find a free company name');
  }

  financial(kind: FinancialKind): string {
    const list = institutions[kind];
    for (let attempt = 0; attempt < 20; attempt++) {
      const name = this.rng.pick(list);
      if (this.accept(name)) return name;
    }
    throw new Error('could not find a free institution name');
  }

  private accept(name: string): boolean {
    if (this.caseNames.has(name) || this.reserved.has(name) || famousNames.has(name)) return false;
    this.caseNames.add(name);
    return true;
  }
}

export function party(role: string, name: string, kind: PartyKind = 'natural_person'): Party {
  return { role, name, kind };
}
