/**
 * 法院代字 (court codes) — reference data for validating the court part of a 案号.
 *
 * Rules: 《最高人民法院关于人民法院案件案号的若干规定》 (法〔2015〕137号) art. 4–6 as amended by 法〔2018〕335号:
 * the Supreme People's Court is 最高法; a high court is its province's one-character abbreviation (内蒙古 内,
 * 兵团分院 兵, 军事法院 军); an intermediate or basic court is its high court's character plus a 2- or 4-digit
 * code (basic courts follow the last four digits of the administrative-division code; 71–99 are special
 * courts). Digits carry no reliable meaning (上海金融法院 is 沪74 although 74 means oilfield), so facts about
 * a court come from this table, never from its code.
 *
 * PARTIAL TABLE. Source: the SPC court-code table (法院代码, FYB/T 51202-2016, 2018-07-24 revision) as copied in
 * xy-daniel/autodeploy `CourtJurisdictionsAndCodesUtil.groovy` @ 219ca5f (DOMAIN.md §5.3). Only the SPC,
 * the 33 high courts, every Shanghai court and the courts DOMAIN.md names or uses as test vectors are
 * here. The full table (~3,500 rows; courts merge and are renamed) will be imported later as versioned
 * reference data with its internal codes; until then a code of valid shape that is missing here is accepted
 * by the parser with the warning COURT_CODE_UNKNOWN, not rejected.
 */

/** Level of a court. Maritime, IP, financial and railway intermediate courts are 'intermediate'. */
export type CourtLevel = 'supreme' | 'high' | 'intermediate' | 'basic';

/** One court of the reference table. */
export interface CourtRecord {
  /** 法院代字, e.g. '沪0118'. */
  readonly code: string;
  /** Full name as in the SPC table, e.g. '上海市青浦区人民法院'. */
  readonly name: string;
  readonly level: CourtLevel;
  /** 法院代字 of the court above it in the table (上级代码), null for the SPC. */
  readonly parentCode: string | null;
  /** 内部代码 of the SPC table (to be stored as court_internal_code, DOMAIN.md §5.3). */
  readonly internalCode: number;
  /** Province, region or system of a high court (e.g. '上海', '兵团分院'); null below high-court level. */
  readonly province: string | null;
}

/** Where the table comes from, for the reference-data version stamp. */
export const courtTableSource =
  'DOMAIN.md §5.3 ← xy-daniel/autodeploy CourtJurisdictionsAndCodesUtil.groovy @ 219ca5f (法院代码 2018-07-24), partial';

/** The code of the Supreme People's Court. */
export const SUPREME_COURT_CODE = '最高法';

type RawHigh = readonly [code: string, province: string, name: string, internalCode: number];

const highCourts: readonly RawHigh[] = [
  ['京', '北京', '北京市高级人民法院', 1],
  ['津', '天津', '天津市高级人民法院', 51],
  ['冀', '河北', '河北省高级人民法院', 100],
  ['晋', '山西', '山西省高级人民法院', 300],
  ['内', '内蒙古', '内蒙古自治区高级人民法院', 451],
  ['辽', '辽宁', '辽宁省高级人民法院', 600],
  ['吉', '吉林', '吉林省高级人民法院', 750],
  ['黑', '黑龙江', '黑龙江省高级人民法院', 850],
  ['沪', '上海', '上海市高级人民法院', 1100],
  ['苏', '江苏', '江苏省高级人民法院', 1150],
  ['浙', '浙江', '浙江省高级人民法院', 1300],
  ['皖', '安徽', '安徽省高级人民法院', 1451],
  ['闽', '福建', '福建省高级人民法院', 1600],
  ['赣', '江西', '江西省高级人民法院', 1700],
  ['鲁', '山东', '山东省高级人民法院', 1850],
  ['豫', '河南', '河南省高级人民法院', 2050],
  ['鄂', '湖北', '湖北省高级人民法院', 2250],
  ['湘', '湖南', '湖南省高级人民法院', 2400],
  ['粤', '广东', '广东省高级人民法院', 2550],
  ['桂', '广西', '广西壮族自治区高级人民法院', 2750],
  ['琼', '海南', '海南省高级人民法院', 2900],
  ['渝', '重庆', '重庆市高级人民法院', 2950],
  ['川', '四川', '四川省高级人民法院', 3000],
  ['黔', '贵州', '贵州省高级人民法院', 3250],
  ['云', '云南', '云南省高级人民法院', 3350],
  ['藏', '西藏', '西藏自治区高级人民法院', 3500],
  ['陕', '陕西', '陕西省高级人民法院', 3600],
  ['甘', '甘肃', '甘肃省高级人民法院', 3750],
  ['青', '青海', '青海省高级人民法院', 3900],
  ['宁', '宁夏', '宁夏回族自治区高级人民法院', 4000],
  ['新', '新疆', '新疆维吾尔自治区高级人民法院', 4050],
  ['兵', '兵团分院', '新疆维吾尔自治区高级人民法院生产建设兵团分院', 4166],
  ['军', '军事法院', '中国人民解放军军事法院', 4500],
];

type RawCourt = readonly [code: string, name: string, level: 'intermediate' | 'basic', parentCode: string, internalCode: number];

const lowerCourts: readonly RawCourt[] = [
  // Shanghai: every row of the SPC table. Note the districts split between 沪01 and 沪02 (沪0118 青浦 is under 沪02).
  ['沪01', '上海市第一中级人民法院', 'intermediate', '沪', 1101],
  ['沪0104', '上海市徐汇区人民法院', 'basic', '沪01', 1104],
  ['沪0105', '上海市长宁区人民法院', 'basic', '沪01', 1105],
  ['沪0112', '上海市闵行区人民法院', 'basic', '沪01', 1106],
  ['沪0115', '上海市浦东新区人民法院', 'basic', '沪01', 1107],
  ['沪0120', '上海市奉贤区人民法院', 'basic', '沪01', 1109],
  ['沪0117', '上海市松江区人民法院', 'basic', '沪01', 1110],
  ['沪0116', '上海市金山区人民法院', 'basic', '沪01', 1111],
  ['沪02', '上海市第二中级人民法院', 'intermediate', '沪', 1112],
  ['沪0101', '上海市黄浦区人民法院', 'basic', '沪02', 1113],
  ['沪0106', '上海市静安区人民法院', 'basic', '沪02', 1114],
  ['沪0107', '上海市普陀区人民法院', 'basic', '沪02', 1115],
  ['沪0109', '上海市虹口区人民法院', 'basic', '沪02', 1117],
  ['沪0110', '上海市杨浦区人民法院', 'basic', '沪02', 1118],
  ['沪0113', '上海市宝山区人民法院', 'basic', '沪02', 1119],
  ['沪0114', '上海市嘉定区人民法院', 'basic', '沪02', 1120],
  ['沪0118', '上海市青浦区人民法院', 'basic', '沪02', 1121],
  ['沪0151', '上海市崇明区人民法院', 'basic', '沪02', 1122],
  ['沪71', '上海铁路运输中级法院', 'intermediate', '沪', 1123],
  ['沪7101', '上海铁路运输法院', 'basic', '沪71', 1124],
  ['沪72', '上海海事法院', 'intermediate', '沪', 1129],
  ['沪03', '上海市第三中级人民法院', 'intermediate', '沪', 1131],
  ['沪73', '上海知识产权法院', 'intermediate', '沪', 1132],
  ['沪74', '上海金融法院', 'intermediate', '沪', 5014],
  // Other courts DOMAIN.md §5.1/§5.3 names.
  ['京73', '北京知识产权法院', 'intermediate', '京', 30],
  ['京7101', '北京铁路运输法院', 'basic', '京04', 23],
  ['津72', '天津海事法院', 'intermediate', '津', 72],
  ['津8601', '天津铁路运输法院', 'basic', '津01', 24],
  ['冀0191', '石家庄高新技术产业开发区人民法院', 'basic', '冀01', 125],
  ['粤07', '广东省江门市中级人民法院', 'intermediate', '粤', 2604],
  ['粤0703', '江门市蓬江区人民法院', 'basic', '粤07', 2606],
  ['粤0781', '台山市人民法院', 'basic', '粤07', 2608],
  // Courts of the test vectors in DOMAIN.md §5.4/§5.5.
  ['粤03', '广东省深圳市中级人民法院', 'intermediate', '粤', 2577],
  ['浙0102', '杭州市上城区人民法院', 'basic', '浙01', 1302],
  ['浙02', '浙江省宁波市中级人民法院', 'intermediate', '浙', 1315],
  ['苏0691', '南通经济技术开发区人民法院', 'basic', '苏06', 1276],
  ['川0104', '成都市锦江区人民法院', 'basic', '川01', 3002],
  ['川0322', '富顺县人民法院', 'basic', '川03', 3028],
];

/** The courts of the (partial) reference table: SPC, high courts, then lower courts. */
export const courts: readonly CourtRecord[] = [
  { code: SUPREME_COURT_CODE, name: '最高人民法院', level: 'supreme', parentCode: null, internalCode: 0, province: null },
  ...highCourts.map(([code, province, name, internalCode]): CourtRecord => ({
    code,
    name,
    level: 'high',
    parentCode: SUPREME_COURT_CODE,
    internalCode,
    province,
  })),
  ...lowerCourts.map(([code, name, level, parentCode, internalCode]): CourtRecord => ({
    code,
    name,
    level,
    parentCode,
    internalCode,
    province: null,
  })),
];

/**
 * The 33 one-character high-court codes (31 provinces + 兵 + 军), in table order. A lower court's code
 * starts with one of them (法〔2015〕137号 art. 5).
 */
export const highCourtCodes: readonly string[] = highCourts.map(([code]) => code);

const byCode: ReadonlyMap<string, CourtRecord> = new Map(courts.map((c) => [c.code, c]));

/** The court with this 法院代字, or undefined when the (partial) table does not list it. */
export function courtByCode(code: string): CourtRecord | undefined {
  return byCode.get(code);
}

/** Whether the (partial) table lists this 法院代字. A false answer is a finding, not proof of a bad code. */
export function isKnownCourtCode(code: string): boolean {
  return byCode.has(code);
}

/**
 * Whether a string has the shape of a 法院代字: '最高法', or a high-court character optionally followed by
 * two or four ASCII digits (法〔2015〕137号 art. 4–5).
 */
export function isCourtCodeShape(code: string): boolean {
  if (code === SUPREME_COURT_CODE) return true;
  const m = /^(.)(\d{2}|\d{4})?$/u.exec(code);
  return m !== null && highCourtCodes.includes(m[1]!);
}
