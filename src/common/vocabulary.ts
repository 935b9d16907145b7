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
