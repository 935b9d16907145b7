/**
 * 案件类型及其代字 (case types and their type codes, 类型代字).
 *
 * Rules: 《最高人民法院关于人民法院案件案号的若干规定》 (法〔2015〕137号, effective 2016-01-01, amended by
 * 法〔2018〕335号) art. 7–8: a type code has at most three Chinese characters and is unique per case type;
 * the companion standard 《人民法院案件类型及其代字标准》 lists the types. The table below is the later
 * revision with 11 大类 (it contains 民保令/民保更 and 刑教…, which postdate the 2015 first edition of
 * 10 大类 / 52 中类 / 131 小类), copied row for row from DOMAIN.md §5.4 (source: xy-daniel/autodeploy
 * `CaseTypeNewUtil.groovy` @ 219ca5f). Rows whose `typeCode` is null are 中类 headings without a code of
 * their own.
 *
 * The table is partial by nature: real data holds codes it lacks (e.g. 民诉前调), so callers must treat an
 * unknown code as a finding, never as a rejection (DOMAIN.md §5.4). It will move to versioned reference
 * data that can be updated without a release; until then this module is the single copy.
 */

/** One row of the case-type table. */
export interface CaseTypeRow {
  /** Four-digit type code of the standard, e.g. '0301'. */
  readonly code: string;
  /** Name of the case type, e.g. '民事一审案件'. */
  readonly name: string;
  /** 类型代字, e.g. '民初'; null for a 中类 heading that has no code of its own. */
  readonly typeCode: string | null;
  /** Name of the 大类, e.g. '民事案件'. */
  readonly category: string;
  /** Code of the 大类, e.g. '0300'. */
  readonly categoryCode: string;
}

/** One 大类 (top class) of the table. */
export interface CaseTypeCategory {
  readonly code: string;
  readonly name: string;
}

/** One distinct 类型代字 with the name under which it is shown. */
export interface CaseTypeCodeInfo {
  /** 类型代字, e.g. '民特'. */
  readonly typeCode: string;
  /**
   * The 小类 name when one row carries this code; otherwise the name of the 中类 heading that groups the
   * rows (e.g. 民特 → '特别程序案件'), or, when that heading is shared with other codes, the row names
   * joined (e.g. 认台 → '认可与执行台湾地区法院裁判、仲裁裁决审查案件').
   */
  readonly name: string;
  readonly category: string;
  readonly categoryCode: string;
  /** Four-digit codes of the table rows that carry this 代字, in table order. */
  readonly tableCodes: readonly string[];
}

/** Where the table comes from, for the reference-data version stamp. */
export const caseTypeTableSource = 'DOMAIN.md §5.4 ← xy-daniel/autodeploy CaseTypeNewUtil.groovy @ 219ca5f (11 大类)';

type RawRow = readonly [code: string, name: string, typeCode: string | null];

const table: ReadonlyArray<{ code: string; name: string; rows: readonly RawRow[] }> = [
  {
    code: '0100',
    name: '管辖案件',
    rows: [
      ['0101', '刑事管辖案件', null],
      ['0102', '刑事提级管辖案件', '刑辖'],
      ['0103', '刑事指定管辖案件', '刑辖'],
      ['0104', '民事管辖案件', null],
      ['0105', '民事提级管辖案件', '民辖'],
      ['0106', '民事指定管辖案件', '民辖'],
      ['0107', '民事移交管辖审批案件', '民辖'],
      ['0108', '民事管辖协商案件', '民辖'],
      ['0109', '民事管辖上诉案件', '民辖终'],
      ['0110', '民事管辖监督案件', '民辖监'],
      ['0111', '行政管辖案件', null],
      ['0112', '行政提级管辖案件', '行辖'],
      ['0113', '行政指定管辖案件', '行辖'],
      ['0114', '行政管辖上诉案件', '行辖终'],
      ['0115', '行政赔偿管辖案件', null],
      ['0116', '行政赔偿提级管辖案件', '赔辖'],
      ['0117', '行政赔偿指定管辖案件', '赔辖'],
      ['0118', '行政赔偿管辖协商案件', '赔辖'],
      ['0119', '行政赔偿管辖上诉案件', '赔辖终'],
    ],
  },
  {
    code: '0200',
    name: '刑事案件',
    rows: [
      ['0201', '刑事一审案件', '刑初'],
      ['0202', '刑事二审案件', '刑终'],
      ['0203', '刑事审判监督案件', null],
      ['0204', '刑事依职权再审审查案件', '刑监'],
      ['0205', '刑事申诉再审审查案件', '刑申'],
      ['0206', '刑事抗诉再审审查案件', '刑抗'],
      ['0207', '刑事再审案件', '刑再'],
      ['0208', '申请没收违法所得案件', '刑没'],
      ['0209', '刑事复核案件', null],
      ['0210', '死刑复核案件', '刑核'],
      ['0211', '法定刑以下判处刑罚复核案件', '刑核'],
      ['0212', '特殊假释复核案件', '刑核'],
      ['0213', '强制医疗案件', null],
      ['0214', '申请强制医疗审查案件', '刑医'],
      ['0215', '解除强制医疗审查案件', '刑医解'],
      ['0216', '强制医疗复议案件', '刑医复'],
      ['0217', '强制医疗监督案件', '刑医监'],
      ['0218', '停止执行死刑案件', null],
      ['0219', '停止执行死刑请求审查案件', '刑止'],
      ['0220', '依职权停止执行死刑案件', '刑止'],
      ['0221', '停止执行死刑调查案件', '刑止调'],
      ['0222', '停止执行死刑调查审核案件', '刑止核'],
      ['0223', '刑罚与执行变更案件', null],
      ['0224', '刑罚与执行变更审查案件', '刑更'],
      ['0225', '刑罚与执行变更监督案件', '刑更监'],
      ['0226', '刑罚与执行变更备案案件', '刑更备'],
      ['0227', '其他刑事案件', '刑他'],
      ['0228', '安置教育案件', null],
      ['0229', '申请安置教育审查案件', '刑教'],
      ['0230', '解除安置教育审查案件', '刑教解'],
      ['0231', '安置教育复议案件', '刑教复'],
      ['0232', '安置教育监督案件', '刑教监'],
    ],
  },
  {
    code: '0300',
    name: '民事案件',
    rows: [
      ['0301', '民事一审案件', '民初'],
      ['0302', '民事二审案件', '民终'],
      ['0303', '民事审判监督案件', null],
      ['0304', '民事依职权再审审查案件', '民监'],
      ['0305', '民事申请再审审查案件', '民申'],
      ['0306', '民事抗诉再审审查案件', '民抗'],
      ['0307', '民事再审案件', '民再'],
      ['0308', '第三人撤销之诉案件', '民撤'],
      ['0309', '特别程序案件', null],
      ['0310', '选民资格案件', '民特'],
      ['0311', '宣告失踪、宣告死亡案件', '民特'],
      ['0312', '财产代管人申请变更代管案件', '民特'],
      ['0313', '行为能力认定案件', '民特'],
      ['0314', '监护人指定异议案件', '民特'],
      ['0315', '监护关系变更案件', '民特'],
      ['0316', '认定财产无主案件', '民特'],
      ['0317', '实现担保物权案件', '民特'],
      ['0318', '调解协议司法确认案件', '民特'],
      ['0319', '设立海事赔偿责任限制基金案件', '民特'],
      ['0320', '海事债权登记与受偿案件', '民特'],
      ['0321', '撤销仲裁裁决案件', '民特'],
      ['0322', '申请确认仲裁协议效力案件', '民特'],
      ['0323', '民事特别程序监督案件', '民特监'],
      ['0324', '催告案件', null],
      ['0325', '船舶优先权催告案件', '民催'],
      ['0326', '公示催告案件', '民催'],
      ['0327', '督促案件', null],
      ['0328', '申请支付令审查案件', '民督'],
      ['0329', '支付令监督案件', '民督监'],
      ['0330', '其他民事案件', '民他'],
      ['0331', '人身安全保护令案件', null],
      ['0332', '人身安全保护令申请审查案件', '民保令'],
      ['0333', '人身安全保护令变更案件', '民保更'],
    ],
  },
  {
    code: '0400',
    name: '行政案件',
    rows: [
      ['0401', '行政一审案件', '行初'],
      ['0402', '行政二审案件', '行终'],
      ['0403', '行政审判监督案件', null],
      ['0404', '行政依职权再审审查案件', '行监'],
      ['0405', '行政申请再审审查案件', '行申'],
      ['0406', '行政抗诉再审审查案件', '行抗'],
      ['0407', '行政再审案件', '行再'],
      ['0408', '行政非诉审查案件', null],
      ['0409', '非诉行政行为申请执行审查案件', '行审'],
      ['0410', '非诉行政行为申请执行审查复议案件', '行审复'],
      ['0411', '其他行政案件', '行他'],
    ],
  },
  {
    code: '0500',
    name: '国家赔偿与司法救助案件',
    rows: [
      ['0501', '行政赔偿案件', null],
      ['0502', '行政赔偿一审案件', '行赔初'],
      ['0503', '行政赔偿二审案件', '行赔终'],
      ['0504', '行政赔偿依职权再审审查案件', '行赔监'],
      ['0505', '行政赔偿申请再审审查案件', '行赔申'],
      ['0506', '行政赔偿抗诉再审审查案件', '行赔抗'],
      ['0507', '行政赔偿再审案件', '行赔再'],
      ['0508', '其他行政赔偿案件', '行赔他'],
      ['0509', '司法赔偿案件', null],
      ['0510', '法院作为赔偿义务机关自赔案件', '法赔'],
      ['0511', '赔偿委员会审理赔偿案件', '委赔'],
      ['0512', '司法赔偿监督审查案件', '委赔监'],
      ['0513', '赔偿确认申诉审查案件', '赔确监'],
      ['0514', '司法赔偿监督上级法院赔偿委员会重审案件', '委赔提'],
      ['0515', '司法赔偿监督本院赔偿委员会重审案件', '委赔再'],
      ['0516', '其他赔偿案件', '赔他'],
      ['0517', '司法救助案件', null],
      ['0518', '刑事司法救助案件', '司救刑'],
      ['0519', '民事司法救助案件', '司救民'],
      ['0520', '行政司法救助案件', '司救行'],
      ['0521', '国家赔偿司法救助案件', '司救赔'],
      ['0522', '执行司法救助案件', '司救执'],
      ['0523', '涉诉信访司法救助案件', '司救访'],
      ['0524', '其他司法救助案件', '司救他'],
    ],
  },
  {
    code: '0600',
    name: '区际司法协助案件',
    rows: [
      ['0601', '认可与执行申请审查案件', null],
      ['0602', '认可与执行台湾地区法院裁判审查案件', '认台'],
      ['0603', '认可与执行台湾地区仲裁裁决审查案件', '认台'],
      ['0604', '认可与执行香港特别行政区法院裁判审查案件', '认港'],
      ['0605', '认可与执行香港特别行政区仲裁裁决审查案件', '认港'],
      ['0606', '认可与执行澳门特别行政区法院裁判审查案件', '认澳'],
      ['0607', '认可与执行澳门特别行政区仲裁裁决审查案件', '认澳'],
      ['0608', '认可与执行审查复议案件', '认复'],
      ['0609', '认可与执行审查其他案件', '认他'],
      ['0610', '送达文书案件', null],
      ['0611', '请求台湾地区送达文书审查案件', '请台送'],
      ['0612', '请求香港特别行政区法院送达文书审查案件', '请港送'],
      ['0613', '请求澳门特别行政区法院送达文书审查案件', '请澳送'],
      ['0614', '台湾地区请求送达文书审查案件', '台请送'],
      ['0615', '协助台湾地区送达文书案件', '台请送'],
      ['0616', '香港特别行政区法院请求送达文书审查案件', '港请送'],
      ['0617', '协助香港特别行政区法院送达文书案件', '港请送'],
      ['0618', '澳门特别行政区法院请求送达文书审查案件', '澳请送'],
      ['0619', '协助澳门特别行政区法院送达文书案件', '澳请送'],
      ['0620', '调查取证案件', null],
      ['0621', '请求台湾地区调查取证审查案件', '请台调'],
      ['0622', '请求香港特别行政区调查取证审查案件', '请港调'],
      ['0623', '请求澳门特别行政区法院调查取证审查案件', '请澳调'],
      ['0624', '台湾地区请求调查取证审查案件', '台请调'],
      ['0625', '协助台湾地区调查取证案件', '台请调'],
      ['0626', '香港特别行政区请求调查取证审查案件', '港请调'],
      ['0627', '协助香港特别行政区调查取证案件', '港请调'],
      ['0628', '澳门特别行政区法院请求调查取证审查案件', '澳请调'],
      ['0629', '协助澳门特别行政区法院调查取证案件', '澳请调'],
      ['0630', '被判刑人移管案件', null],
      ['0631', '接收在台湾地区被判刑人案件', '请移管'],
      ['0632', '向台湾地区移管被判刑人案件', '助移管'],
      ['0633', '罪赃移交案件', null],
      ['0634', '接收台湾地区移交罪赃案件', '请移赃'],
      ['0635', '向台湾地区移交罪赃案件', '助移赃'],
    ],
  },
  {
    code: '0700',
    name: '国际司法协助案件',
    rows: [
      ['0701', '承认与执行申请审查案件', null],
      ['0702', '承认与执行外国法院裁判审查案件', '协外认'],
      ['0703', '承认与执行国外仲裁裁决审查案件', '协外认'],
      ['0704', '承认与执行审查其他案件', '协他'],
      ['0705', '送达文书案件', null],
      ['0706', '外国法院请求送达文书审查案件', '协外送'],
      ['0707', '送达外国法院文书案件', '协外送'],
      ['0708', '请求外国法院送达文书审查案件', '请外送'],
      ['0709', '调查取证案件', null],
      ['0710', '外国法院请求调查取证审查案件', '协外调'],
      ['0711', '外国法院请求调查取证实施案件', '协外调'],
      ['0712', '请求外国法院调查取证审查案件', '请外调'],
      ['0713', '被判刑人移管案件', null],
      ['0714', '接收在外国被判刑人案件', '请外移'],
      ['0715', '向外国移管被判刑人案件', '协外移'],
      ['0716', '引渡案件', null],
      ['0717', '请求外国引渡案件', '请外引'],
      ['0718', '协助外国引渡案件', '协外引'],
    ],
  },
  {
    code: '0800',
    name: '司法制裁案件',
    rows: [
      ['0801', '司法制裁审查案件', null],
      ['0802', '司法拘留案件', '司惩'],
      ['0803', '司法罚款案件', '司惩'],
      ['0804', '司法制裁复议案件', '司惩复'],
    ],
  },
  {
    code: '0900',
    name: '非诉保全审查案件',
    rows: [
      ['0901', '非诉财产保全审查案件', '财保'],
      ['0902', '非诉行为保全审查案件', '行保'],
      ['0903', '非诉行为保全复议案件', '行保复'],
      ['0904', '非诉证据保全审查案件', '证保'],
    ],
  },
  {
    code: '1000',
    name: '执行类案件',
    rows: [
      ['1001', '执行实施类案件', null],
      ['1002', '首次执行案件', '执'],
      ['1003', '恢复执行案件', '执恢'],
      ['1004', '财产保全执行案件', '执保'],
      ['1005', '执行审查类案件', null],
      ['1006', '执行异议案件', '执异'],
      ['1007', '执行复议案件', '执复'],
      ['1008', '执行监督案件', '执监'],
      ['1009', '执行协调案件', '执协'],
      ['1010', '其他执行案件', '执他'],
    ],
  },
  {
    code: '1100',
    name: '强制清算与破产案件',
    rows: [
      ['1101', '强制清算与破产清算申请审查案件', null],
      ['1102', '强制清算申请审查案件', '清申'],
      ['1103', '破产申请审查案件', '破申'],
      ['1104', '强制清算与破产上诉案件', null],
      ['1105', '强制清算上诉案件', '清终'],
      ['1106', '破产上诉案件', '破终'],
      ['1107', '强制清算与破产监督案件', null],
      ['1108', '强制清算监督案件', '清监'],
      ['1109', '破产监督案件', '破监'],
      ['1110', '强制清算案件', '强清'],
      ['1111', '破产案件', null],
      ['1112', '破产清算案件', '破'],
      ['1113', '破产重整案件', '破'],
      ['1114', '破产和解案件', '破'],
    ],
  },
];

/** The 11 大类, in table order. */
export const caseTypeCategories: readonly CaseTypeCategory[] = table.map(({ code, name }) => ({ code, name }));

/** Every row of the table (204 rows, 37 of them 中类 headings), in table order. */
export const caseTypes: readonly CaseTypeRow[] = table.flatMap((c) =>
  c.rows.map(([code, name, typeCode]) => ({ code, name, typeCode, category: c.name, categoryCode: c.code })),
);

/**
 * One entry per distinct 类型代字 (129 in this revision), in order of first appearance in the table.
 * Feeds pick lists and the parser's lookup.
 */
export const caseTypeCodes: readonly CaseTypeCodeInfo[] = buildTypeCodes(caseTypes);

const byTypeCode: ReadonlyMap<string, CaseTypeCodeInfo> = new Map(caseTypeCodes.map((t) => [t.typeCode, t]));

/** The entry for a 类型代字, or undefined when the table does not know it (e.g. '民诉前调'). */
export function typeCodeInfo(typeCode: string): CaseTypeCodeInfo | undefined {
  return byTypeCode.get(typeCode);
}

/** Whether the table knows a 类型代字. */
export function isKnownTypeCode(typeCode: string): boolean {
  return byTypeCode.has(typeCode);
}

/**
 * The families of type codes: the leading character(s) that say which kind of proceeding a code belongs
 * to, longest first where one family is a prefix of another. Derived from the table: every code in it
 * starts with exactly one family. Note 行保 (非诉行为保全, "行为") is not a 行 (行政) code, and 行赔 is
 * 行政赔偿 (大类 0500), not 行政 (0400).
 */
export const caseTypeFamilies: ReadonlyArray<{ readonly family: string; readonly name: string }> = [
  { family: '行赔', name: '行政赔偿' },
  { family: '行保', name: '非诉行为保全' },
  { family: '法赔', name: '法院作为赔偿义务机关自赔' },
  { family: '委赔', name: '赔偿委员会审理赔偿' },
  { family: '司救', name: '司法救助' },
  { family: '司惩', name: '司法制裁' },
  { family: '财保', name: '非诉财产保全' },
  { family: '证保', name: '非诉证据保全' },
  { family: '强清', name: '强制清算' },
  { family: '台请', name: '台湾地区请求司法协助' },
  { family: '港请', name: '香港特别行政区请求司法协助' },
  { family: '澳请', name: '澳门特别行政区请求司法协助' },
  { family: '刑', name: '刑事' },
  { family: '民', name: '民事' },
  { family: '行', name: '行政' },
  { family: '赔', name: '赔偿（管辖、确认及其他）' },
  { family: '认', name: '认可与执行（区际）' },
  { family: '请', name: '请求司法协助（区际、国际）' },
  { family: '助', name: '协助移管、移交（区际）' },
  { family: '协', name: '协助外国（国际司法协助）' },
  { family: '执', name: '执行' },
  { family: '清', name: '强制清算（申请审查、上诉、监督）' },
  { family: '破', name: '破产' },
];

/**
 * The family a type code belongs to ('民初' → '民', '行赔初' → '行赔', '司救民' → '司救', '执异' → '执'),
 * or undefined when it starts with no known family (e.g. the pre-2016 local code '商初'). Works for codes
 * the table lacks, so rules such as "every 司救… code" also catch new codes of a known family.
 */
export function typeCodeFamily(typeCode: string): string | undefined {
  return caseTypeFamilies.find((f) => typeCode.startsWith(f.family))?.family;
}

/**
 * Builds the distinct-code list. A code carried by several rows is named after the 中类 heading that
 * precedes those rows (the heading groups them, as the vendor source's own lookup does: 民特 → 0309), unless
 * that heading name would not identify the code — it groups other shared codes too (0601 groups 认台, 认港
 * and 认澳) or the same heading name occurs twice in the table (送达文书案件 in 0600 and 0700) — in which
 * case the row names are joined around their common prefix and suffix.
 */
function buildTypeCodes(rows: readonly CaseTypeRow[]): CaseTypeCodeInfo[] {
  const groups = new Map<string, { rows: CaseTypeRow[]; heading: CaseTypeRow | undefined }>();
  let heading: CaseTypeRow | undefined;
  for (const row of rows) {
    if (row.typeCode === null) {
      heading = row;
      continue;
    }
    if (heading && heading.categoryCode !== row.categoryCode) heading = undefined;
    const g = groups.get(row.typeCode);
    if (g) {
      g.rows.push(row);
      if (g.heading !== heading) g.heading = undefined;
    } else {
      groups.set(row.typeCode, { rows: [row], heading });
    }
  }
  const headingNameCount = new Map<string, number>();
  for (const row of rows) if (row.typeCode === null) headingNameCount.set(row.name, (headingNameCount.get(row.name) ?? 0) + 1);
  const headingUse = new Map<string, number>();
  for (const g of groups.values()) {
    if (g.rows.length > 1 && g.heading) headingUse.set(g.heading.code, (headingUse.get(g.heading.code) ?? 0) + 1);
  }

  return [...groups.entries()].map(([typeCode, g]) => {
    const first = g.rows[0]!;
    let name: string;
    if (g.rows.length === 1) name = first.name;
    else if (g.heading && headingUse.get(g.heading.code) === 1 && headingNameCount.get(g.heading.name) === 1) name = g.heading.name;
    else name = joinNames(g.rows.map((r) => r.name));
    return {
      typeCode,
      name,
      category: first.category,
      categoryCode: first.categoryCode,
      tableCodes: g.rows.map((r) => r.code),
    };
  });
}

/** '认可与执行台湾地区法院裁判审查案件' + '…仲裁裁决审查案件' → '认可与执行台湾地区法院裁判、仲裁裁决审查案件'. */
function joinNames(names: readonly string[]): string {
  const chars = names.map((n) => Array.from(n));
  const shortest = Math.min(...chars.map((c) => c.length));
  let prefix = 0;
  while (prefix < shortest && chars.every((c) => c[prefix] === chars[0]![prefix])) prefix++;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    chars.every((c) => c[c.length - 1 - suffix] === chars[0]![chars[0]!.length - 1 - suffix])
  ) {
    suffix++;
  }
  const middles = chars.map((c) => c.slice(prefix, c.length - suffix).join(''));
  if (middles.some((m) => m === '')) return names.join('、');
  const first = chars[0]!;
  return first.slice(0, prefix).join('') + middles.join('、') + first.slice(first.length - suffix).join('');
}
