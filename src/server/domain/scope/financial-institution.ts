/**
 * Recognises a financial institution (金融机构) from a party's name, for pilot rule 4 (涉金融机构的借款
 * 合同纠纷) when the party's kind was not recorded as 'financial_institution'.
 *
 * What counts. Licensed institutions of the central regulators — banks of every kind, rural credit
 * co-operatives, insurers and insurance intermediaries, trust companies, securities and futures firms,
 * fund managers, consumer-finance and auto-finance companies, financial-leasing companies, finance
 * companies of enterprise groups (财务公司) and the financial asset-management companies — and, by
 * choice, the seven kinds of local financial organisations. 小额贷款公司, 融资担保公司, 典当行,
 * 融资租赁公司 and 商业保理公司 are not licensed by the PBoC/CBIRC, but the Supreme People's Court's
 * 《关于新民间借贷司法解释适用范围问题的批复》 (法释〔2020〕27号, 2020-12-29) holds that these
 * organisations, supervised by local financial regulators, "属于经金融监管部门批准设立的金融机构",
 * and Shanghai's 《上海市地方金融监督管理条例》 (2020) lists the same seven (M: secondary sources).
 * The issue itself counts 小额贷款 as a financial institution; the only authority for that is the
 * same reply, so 融资租赁, 典当, 融资担保 and 商业保理 are counted too, for consistency. 区域性股权市场
 * and 地方资产管理公司 cannot be told from ordinary companies by name (“XX资产管理有限公司” is mostly
 * not financial): those need the party kind. Payment institutions (支付宝、财付通 …) are not counted.
 *
 * How. A keyword alone is not enough: '上海银行路餐饮有限公司' (a street), '上海保险柜制造有限公司'
 * (safes), '上海市青浦区食物银行' (a food bank) are not institutions. The keyword must be followed by
 * the end of the name, by a legal form (股份有限公司, 有限公司, 公司, 集团 …) — optionally after a
 * keyword-specific infix such as 保险 + 经纪 — or, for institutions with branches, by a place and a
 * branch suffix (支行, 分行, 分公司, 支公司, 营业部, 信用卡中心 …) with no other company in between.
 * Parenthesised parts ('汇丰银行（中国）有限公司') are ignored.
 */

export interface FinancialInstitutionRecognition {
  match: boolean;
  /** The keyword that matched, e.g. '农村商业银行', '小额贷款'; null when there is no match. */
  keyword: string | null;
}

interface Keyword {
  /** Returned to the caller and shown in explanations. */
  keyword: string;
  /** Where the keyword stands; defaults to the literal keyword. */
  pattern?: RegExp;
  /** Words allowed between the keyword and the legal form, e.g. 保险 + 经纪 + 有限公司. */
  infix?: readonly string[];
  /** Whether a place + branch suffix may follow (a bank's 支行, an insurer's 分公司). */
  branches: boolean;
  /** Whether the name may end with the keyword ('中国银行'); false: a legal form must follow. */
  atEnd: boolean;
  /** Words that, right before the keyword, show it is something else ('食物' + 银行). */
  notAfter?: readonly string[];
}

const notABank = ['食物', '时间', '人才', '数据', '种子', '精子', '血液', '母乳', '爱心', '道德', '积分', '知识', '衣物', '图书'];

/**
 * The keywords, most specific first (the first that matches is reported). Exported so that the docs
 * and the rule editor can show what the recogniser counts.
 */
export const financialInstitutionKeywords: readonly Keyword[] = [
  { keyword: '农村商业银行', branches: true, atEnd: true },
  { keyword: '农村合作银行', branches: true, atEnd: true },
  { keyword: '村镇银行', branches: true, atEnd: true },
  { keyword: '农商银行', branches: true, atEnd: true },
  { keyword: '农商行', branches: true, atEnd: true },
  { keyword: '银行', branches: true, atEnd: true, notAfter: notABank },
  { keyword: '信用合作联社', branches: true, atEnd: true },
  { keyword: '信用合作社', branches: true, atEnd: true },
  { keyword: '信用联社', branches: true, atEnd: true },
  { keyword: '信用社', branches: true, atEnd: true },
  { keyword: '小额贷款', branches: true, atEnd: false },
  { keyword: '消费金融', branches: true, atEnd: false },
  { keyword: '汽车金融', branches: true, atEnd: false },
  { keyword: '金融租赁', branches: true, atEnd: false },
  { keyword: '融资租赁', branches: true, atEnd: false },
  { keyword: '保险', infix: ['经纪', '代理', '公估', '资产管理', '销售'], branches: true, atEnd: true, notAfter: ['社会', '劳动'] },
  { keyword: '信托', infix: ['投资'], branches: true, atEnd: false },
  { keyword: '证券', infix: ['资产管理', '经纪'], branches: true, atEnd: true },
  { keyword: '基金管理', branches: true, atEnd: false },
  { keyword: '期货', infix: ['经纪'], branches: true, atEnd: true },
  { keyword: '金融资产管理', pattern: /金融资产(?:管理|投资)/g, branches: true, atEnd: false },
  { keyword: '资产管理', pattern: /中国(?:华融|长城|东方|信达|银河)资产管理/g, branches: true, atEnd: false },
  { keyword: '财务公司', pattern: /财务/g, branches: false, atEnd: false },
  { keyword: '典当', pattern: /典当(?:行)?/g, branches: true, atEnd: true },
  { keyword: '融资担保', branches: true, atEnd: false },
  { keyword: '商业保理', branches: true, atEnd: false },
];

const legalForm = /^(?:集团)?(?:股份有限公司|有限责任公司|有限公司|股份公司|公司)|^集团/;
const branchSuffix = /(?:支行|分行|分理处|营业部|营业室|营业所|储蓄所|分公司|支公司|中心支公司|营销服务部|信用卡中心|信用卡部|分社|办事处)$/;
/** Words of another line of business: '小额贷款' + '咨询' + '分公司' is a broker, not a lender. */
const otherBusiness = /公司|有限|厂|店|咨询|服务|科技|信息|贸易|餐饮|设备|制造|技术|网络|投资|管理|工程|广告|文化|传媒|物流|中介|代理|经纪/;
/** Words that right after the keyword make it part of an address, not an institution. */
const addressWords = /^(?:路|街|大街|大道|弄|巷|里|村|新村|小区|大厦|大楼|广场|花园|公寓|站)/;

/**
 * Whether a party name names a financial institution, and by which keyword. Pure; total (any string,
 * including '', gives an answer).
 */
export function recognizeFinancialInstitution(name: string): FinancialInstitutionRecognition {
  const normal = normaliseName(name);
  if (normal === '') return { match: false, keyword: null };
  for (const k of financialInstitutionKeywords) {
    for (const [at, length] of occurrences(normal, k)) {
      const before = normal.slice(0, at);
      if (k.notAfter?.some((w) => before.endsWith(w))) continue;
      const rest = normal.slice(at + length);
      // A name that is only a surname and the keyword ('王银行') is a person's name.
      if (rest === '' && at < 2) continue;
      if (tailFits(rest, k)) return { match: true, keyword: k.keyword };
    }
  }
  return { match: false, keyword: null };
}

/** Drops spaces and parenthesised parts: '汇丰银行（中国）有限公司' → '汇丰银行有限公司'. */
function normaliseName(name: string): string {
  return name.replace(/\s+/g, '').replace(/[（(][^（）()]*[）)]/g, '');
}

function* occurrences(text: string, k: Keyword): Generator<[number, number]> {
  if (k.pattern) {
    const re = new RegExp(k.pattern.source, 'g');
    for (let m = re.exec(text); m !== null; m = re.exec(text)) yield [m.index, m[0].length];
    return;
  }
  for (let at = text.indexOf(k.keyword); at !== -1; at = text.indexOf(k.keyword, at + 1)) yield [at, k.keyword.length];
}

function tailFits(rest: string, k: Keyword): boolean {
  if (rest === '') return k.atEnd;
  if (addressWords.test(rest)) return false;
  for (const infix of ['', ...(k.infix ?? [])]) {
    if (!rest.startsWith(infix)) continue;
    const after = rest.slice(infix.length);
    if (after === '' && infix !== '') return true;
    if (legalForm.test(after)) return true;
  }
  if (!k.branches) return false;
  const m = branchSuffix.exec(rest);
  if (!m) return false;
  // Between the keyword and the branch suffix: a place ('上海市青浦', '淮海中路'), never another company.
  const middle = rest.slice(0, m.index);
  return middle.length <= 20 && !otherBusiness.test(middle);
}
