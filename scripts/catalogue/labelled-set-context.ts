/**
 * The imagined case a labelled material comes from: parties, courts, numbers and dates, drawn from a
 * seeded generator. Courts and numbers follow 法〔2015〕137号 (沪0118 青浦, 沪02 二中院, 沪 高院).
 */
import type { TemplateKind } from '../../src/server/domain/catalogue/index.js';
import type { Rng } from './prng.js';

export interface Court {
  code: string;
  name: string;
}

export const courts = {
  qingpu: { code: '沪0118', name: '上海市青浦区人民法院' },
  songjiang: { code: '沪0117', name: '上海市松江区人民法院' },
  jiading: { code: '沪0114', name: '上海市嘉定区人民法院' },
  second: { code: '沪02', name: '上海市第二中级人民法院' },
  first: { code: '沪01', name: '上海市第一中级人民法院' },
  high: { code: '沪', name: '上海市高级人民法院' },
} satisfies Record<string, Court>;

const surnames = '张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文'.split('');
const given = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚', '桂英', '建华', '志强', '海燕', '晓东', '文杰', '春梅', '国庆', '玉兰', '思远', '佳怡', '浩然', '雨桐'];
const places = ['青浦', '松江', '嘉定', '浦东', '闵行', '金山', '奉贤'];
const brands = ['华鑫', '盛达', '永安', '恒通', '金桥', '汇丰', '中联', '新源', '宏远', '申城', '佳禾', '瑞丰', '同创', '联拓'];
const trades = ['贸易', '物流', '建设工程', '科技', '实业', '房地产开发', '电子商务', '餐饮管理', '物业管理', '汽车销售'];
const authorities = ['上海市青浦区市场监督管理局', '上海市青浦区人力资源和社会保障局', '上海市公安局青浦分局', '上海市青浦区规划和自然资源局', '上海市青浦区城市管理行政执法局', '上海市青浦区人民政府朱家角镇人民政府'];
const banks = ['中国工商银行股份有限公司上海市青浦支行', '中国农业银行股份有限公司上海青浦支行', '上海农村商业银行股份有限公司青浦支行', '招商银行股份有限公司上海分行'];
const civilCauses = ['民间借贷纠纷', '买卖合同纠纷', '机动车交通事故责任纠纷', '劳动争议', '房屋租赁合同纠纷', '离婚纠纷', '金融借款合同纠纷', '物业服务合同纠纷', '信用卡纠纷', '建设工程施工合同纠纷', '服务合同纠纷', '追偿权纠纷'];
const crimes = ['盗窃罪', '危险驾驶罪', '诈骗罪', '故意伤害罪', '帮助信息网络犯罪活动罪', '开设赌场罪', '交通肇事罪', '掩饰、隐瞒犯罪所得罪', '寻衅滋事罪'];
const adminCauses = ['行政处罚', '工伤认定', '政府信息公开', '行政强制', '行政登记', '行政复议'];

export interface CaseContext {
  rng: Rng;
  kind: TemplateKind;
  typeCode: string;
  court: Court;
  year: number;
  caseNo: string;
  /** Family word used in document names: 民事, 刑事, 行政, 执行, 国家赔偿, 司法救助. */
  prefix: string;
  cause: string;
  party1: string;
  party2: string;
  role1: string;
  role2: string;
  judge: string;
  clerk: string;
  /** The lower-court (or underlying) case and its court. */
  originalCourt: Court;
  originalCaseNo: string;
  /** For a first-instance case: its appeal at the 中院. */
  higherCaseNo: string;
  /** A date in the case's year, e.g. '2023年5月12日'. */
  date: () => string;
  person: () => string;
  company: () => string;
  bank: () => string;
}

export function caseNumber(rng: Rng, year: number, court: Court, typeCode: string): string {
  return `（${year}）${court.code}${typeCode}${rng.int(1, 28000)}号`;
}

export function makeContext(rng: Rng, kind: TemplateKind, typeCode: string): CaseContext {
  const person = () => rng.pick(surnames) + rng.pick(given);
  const company = () => `上海${rng.pick(places)}${rng.pick(brands)}${rng.pick(trades)}有限公司`;
  const year = rng.int(2021, 2024);
  const date = () => `${year}年${rng.int(1, 12)}月${rng.int(1, 28)}日`;
  const basic = rng.pick([courts.qingpu, courts.qingpu, courts.songjiang, courts.jiading]);
  const middle = rng.pick([courts.second, courts.second, courts.first]);
  const party = () => (rng.chance(0.35) ? company() : person());

  const civilLower = () => caseNumber(rng, year - 1, basic, rng.pick(['民初', '民初', '民初', '民终']));
  let court = basic;
  let prefix = '民事';
  let cause = rng.pick(civilCauses);
  let [role1, role2] = ['原告', '被告'];
  let party1 = party();
  let party2 = party();
  let originalCourt = basic;
  let originalCaseNo = caseNumber(rng, year - 1, basic, '民初');
  switch (kind) {
    case 'civil_first_instance':
      break;
    case 'civil_second_instance':
      court = middle;
      [role1, role2] = ['上诉人', '被上诉人'];
      originalCaseNo = caseNumber(rng, year, basic, '民初');
      break;
    case 'criminal_first_instance':
      prefix = '刑事';
      cause = rng.pick(crimes);
      [role1, role2] = ['公诉机关', '被告人'];
      party1 = basic.name.replace('人民法院', '人民检察院');
      party2 = person();
      break;
    case 'criminal_second_instance':
      court = middle;
      prefix = '刑事';
      cause = rng.pick(crimes);
      [role1, role2] = ['上诉人（原审被告人）', '原公诉机关'];
      party1 = person();
      party2 = basic.name.replace('人民法院', '人民检察院');
      originalCaseNo = caseNumber(rng, year, basic, '刑初');
      break;
    case 'enforcement':
      prefix = '执行';
      [role1, role2] = ['申请执行人', '被执行人'];
      originalCaseNo = civilLower();
      break;
    case 'enforcement_review':
      prefix = '执行';
      [role1, role2] = typeCode === '执复' ? ['复议申请人', '申请执行人'] : ['异议人', '申请执行人'];
      if (typeCode === '执复') court = middle;
      originalCaseNo = typeCode === '执复' ? caseNumber(rng, year, basic, '执异') : caseNumber(rng, year, basic, '执');
      break;
    case 'administrative_first_instance':
      prefix = '行政';
      cause = rng.pick(adminCauses);
      party2 = rng.pick(authorities);
      party1 = rng.chance(0.7) ? person() : company();
      break;
    case 'administrative_second_instance':
      court = middle;
      prefix = '行政';
      cause = rng.pick(adminCauses);
      [role1, role2] = ['上诉人', '被上诉人'];
      party2 = rng.pick(authorities);
      party1 = person();
      originalCaseNo = caseNumber(rng, year, basic, typeCode === '行赔终' ? '行赔初' : '行初');
      break;
    case 'state_compensation_and_judicial_aid':
      if (typeCode.startsWith('司救')) {
        prefix = '司法救助';
        cause = '司法救助';
        [role1, role2] = ['救助申请人', '原案当事人'];
        party1 = person();
        originalCaseNo = caseNumber(rng, year - 1, basic, rng.pick(['刑初', '民初', '执']));
      } else {
        prefix = '国家赔偿';
        cause = rng.pick(['刑事赔偿', '非刑事司法赔偿', '错误执行赔偿']);
        [role1, role2] = ['赔偿请求人', '赔偿义务机关'];
        party1 = person();
        party2 = rng.pick([basic.name, '上海市公安局青浦分局', basic.name.replace('人民法院', '人民检察院')]);
        court = typeCode === '法赔' ? basic : middle;
        originalCaseNo = caseNumber(rng, year - 2, basic, rng.pick(['刑初', '刑初', '执']));
      }
      break;
    case 'supervision_and_retrial':
      court = middle;
      [role1, role2] = typeCode.endsWith('再') ? ['申诉人（原审被告）', '被申诉人（原审原告）'] : ['再审申请人（一审被告、二审上诉人）', '被申请人（一审原告、二审被上诉人）'];
      if (typeCode.startsWith('刑')) {
        prefix = '刑事';
        cause = rng.pick(crimes);
        [role1, role2] = ['申诉人', '原公诉机关'];
      } else if (typeCode.startsWith('行')) {
        prefix = '行政';
        cause = rng.pick(adminCauses);
        party2 = rng.pick(authorities);
      } else if (typeCode === '执监') {
        prefix = '执行';
        [role1, role2] = ['申诉人', '申请执行人'];
      }
      originalCourt = rng.chance(0.5) ? basic : middle;
      {
        const lowerType = prefix === '刑事' ? '刑初' : prefix === '行政' ? '行终' : prefix === '执行' ? '执异' : rng.pick(['民初', '民终']);
        originalCaseNo = caseNumber(rng, year - 1, lowerType.endsWith('终') ? middle : basic, lowerType);
      }
      break;
  }
  const higherType = prefix === '刑事' ? '刑终' : prefix === '行政' ? '行终' : '民终';
  return {
    rng,
    kind,
    typeCode,
    court,
    year,
    caseNo: caseNumber(rng, year, court, typeCode),
    prefix,
    cause,
    party1,
    party2,
    role1,
    role2,
    judge: person(),
    clerk: person(),
    originalCourt,
    originalCaseNo,
    higherCaseNo: caseNumber(rng, year + 1 > 2025 ? year : year + 1, middle, higherType),
    date,
    person,
    company,
    bank: () => rng.pick(banks),
  };
}
