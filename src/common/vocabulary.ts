/**
 * Controlled vocabularies shared by server and web: codes in English (docs/glossary.md), labels in
 * Chinese for the UI.
 */

/** Archive state of a case file (DESIGN.md §3). */
export const archiveStates = [
  'collecting',
  'cataloguing',
  'awaiting_review',
  'awaiting_reception',
  'archived',
  'transferred',
  'disposed',
] as const;
export type ArchiveState = (typeof archiveStates)[number];

export const archiveStateLabels: Record<ArchiveState, string> = {
  collecting: '随案收集中',
  cataloguing: '待编目',
  awaiting_review: '待法官审核',
  awaiting_reception: '待档案接收',
  archived: '已归档',
  transferred: '已移交进馆',
  disposed: '已销毁',
};

/** Pilot-scope status of a case (试点范围). */
export const scopeStatuses = ['in', 'out', 'pending'] as const;
export type ScopeStatus = (typeof scopeStatuses)[number];

export const scopeStatusLabels: Record<ScopeStatus, string> = {
  in: '纳入单套制',
  out: '未纳入单套制',
  pending: '尚未评估',
};

/** Kind of a party (当事人类型). */
export const partyKinds = [
  'natural_person',
  'legal_person',
  'financial_institution',
  'other_organization',
  'public_authority',
] as const;
export type PartyKind = (typeof partyKinds)[number];

export const partyKindLabels: Record<PartyKind, string> = {
  natural_person: '自然人',
  legal_person: '法人',
  financial_institution: '金融机构',
  other_organization: '非法人组织',
  public_authority: '国家机关',
};

/** Department kinds of the court. */
export const departmentKinds = ['filing', 'trial', 'enforcement', 'supervision', 'administration'] as const;
export type DepartmentKind = (typeof departmentKinds)[number];

/** Case flags (案件标识). */
export const caseFlags = ['pre_litigation_mediation', 'financial_institution_involved', 'hearing_record_reform'] as const;
export type CaseFlag = (typeof caseFlags)[number];

export const caseFlagLabels: Record<CaseFlag, string> = {
  pre_litigation_mediation: '诉前调解成功',
  financial_institution_involved: '涉金融机构',
  hearing_record_reform: '庭审记录改革',
};

/** Scope of a scanning point for a department: filing-stage materials only, or every stage. */
export const scanningCoverages = ['filing', 'all'] as const;
export type ScanningCoverage = (typeof scanningCoverages)[number];

export const scanningCoverageLabels: Record<ScanningCoverage, string> = {
  filing: '立案阶段材料',
  all: '全部诉讼材料',
};

/** Where a material came from (材料来源), shown in the case's material timeline. */
export const materialSources = ['born_digital', 'scanned', 'recording'] as const;
export type MaterialSource = (typeof materialSources)[number];
export const materialSourceLabels: Record<MaterialSource, string> = {
  born_digital: '原生电子',
  scanned: '扫描',
  recording: '庭审录音录像',
};

/** What kind of document a material is, as the trial system and the operators classify it. */
export const materialCategories = [
  'court_document',
  'efiling',
  'service_receipt',
  'hearing_recording',
  'hearing_record',
  'evidence',
  'party_submission',
  'other',
] as const;
export type MaterialCategory = (typeof materialCategories)[number];
export const materialCategoryLabels: Record<MaterialCategory, string> = {
  court_document: '法院制作文书',
  efiling: '网上立案及电子诉讼材料',
  service_receipt: '电子送达回证',
  hearing_recording: '庭审录音录像',
  hearing_record: '庭审笔录及相关记录',
  evidence: '证据材料',
  party_submission: '当事人提交材料',
  other: '其他材料',
};

/** How a material entered CaseVault. */
export const materialOrigins = ['upload', 'integration', 'scanning', 'hot_folder'] as const;
export type MaterialOrigin = (typeof materialOrigins)[number];
export const materialOriginLabels: Record<MaterialOrigin, string> = {
  upload: '页面上传',
  integration: '审判系统推送',
  scanning: '扫描点',
  hot_folder: '扫描点热文件夹',
};

export const materialStatuses = ['processing', 'ready', 'failed'] as const;
export type MaterialStatus = (typeof materialStatuses)[number];
export const materialStatusLabels: Record<MaterialStatus, string> = {
  processing: '处理中',
  ready: '可查阅',
  failed: '处理失败',
};

/** Whether OCR produced a text layer for a scanned material. */
export const ocrStatuses = ['done', 'not_run', 'unavailable', 'failed'] as const;
export type OcrStatus = (typeof ocrStatuses)[number];
export const ocrStatusLabels: Record<OcrStatus, string> = {
  done: '已识别文字',
  not_run: '未进行文字识别',
  unavailable: '文字识别工具不可用',
  failed: '文字识别失败',
};

/** Quality verdict of one scanned page (DA/T 31-2017). */
export const pageVerdicts = ['pass', 'warn', 'fail', 'blank'] as const;
export type PageVerdict = (typeof pageVerdicts)[number];
export const pageVerdictLabels: Record<PageVerdict, string> = {
  pass: '合格',
  warn: '需注意',
  fail: '不合格',
  blank: '空白页',
};

/** A scanned page is in use, sent back for re-scan, or replaced by its re-scan. */
export const pageStatuses = ['active', 'rescan', 'replaced'] as const;
export type PageStatus = (typeof pageStatuses)[number];
export const pageStatusLabels: Record<PageStatus, string> = {
  active: '在用',
  rescan: '待重扫',
  replaced: '已重扫替换',
};

/** A scan request (补扫申请) from the catalogue editor to a scanning point. */
export const scanRequestStatuses = ['requested', 'scanning', 'done', 'cancelled'] as const;
export type ScanRequestStatus = (typeof scanRequestStatuses)[number];
export const scanRequestStatusLabels: Record<ScanRequestStatus, string> = {
  requested: '待扫描',
  scanning: '扫描中',
  done: '已扫描挂接',
  cancelled: '已撤销',
};

export const batchStatuses = ['receiving', 'checking', 'checked', 'done'] as const;
export type BatchStatus = (typeof batchStatuses)[number];
export const batchStatusLabels: Record<BatchStatus, string> = {
  receiving: '接收中',
  checking: '质检中',
  checked: '待拆分挂接',
  done: '已挂接',
};

/** Reasons an operator gives when sending a page back for re-scan (扫描退回原因). */
export const rescanReasons = ['blurred', 'skewed', 'low_dpi', 'colour_mode', 'black_border', 'missing_page', 'wrong_order', 'other'] as const;
export type RescanReason = (typeof rescanReasons)[number];
export const rescanReasonLabels: Record<RescanReason, string> = {
  blurred: '图像模糊或过淡',
  skewed: '页面歪斜',
  low_dpi: '分辨率不足',
  colour_mode: '色彩模式不当（红头、印章须彩色）',
  black_border: '黑边',
  missing_page: '漏页或重页',
  wrong_order: '页序错误',
  other: '其他',
};

/**
 * Standard material titles (标准题名) offered when splitting a scan batch, after the civil and
 * criminal first-instance filing orders (DOMAIN.md §4.3–4.5). Free text stays possible.
 */
export const standardMaterialTitles = [
  '起诉状',
  '立案登记表',
  '受理案件通知书',
  '诉讼费票据',
  '应诉通知书',
  '答辩状',
  '授权委托书',
  '法定代表人身份证明书',
  '营业执照',
  '身份证明',
  '原告证据材料',
  '被告证据材料',
  '举证通知书',
  '传票',
  '开庭公告',
  '出庭通知书',
  '调查笔录',
  '询问笔录',
  '谈话笔录',
  '庭审笔录',
  '调解笔录',
  '司法鉴定意见书',
  '代理词',
  '撤诉申请书',
  '判决书',
  '裁定书',
  '调解书',
  '宣判笔录',
  '送达回证',
  '上诉状',
  '申请执行书',
  '执行通知书',
  '财产报告',
  '备考表',
] as const;
