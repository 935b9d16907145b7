import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Table types for Kysely. One schema for SQLite and PostgreSQL: ids are text (UUID), times are
 * ISO-8601 text in UTC, calendar dates are 'YYYY-MM-DD' text, booleans are integers 0/1 and lists
 * are JSON text, so that every query runs unchanged on both dialects.
 */
export interface Database {
  app_meta: AppMetaTable;
  court: CourtTable;
  department: DepartmentTable;
  team: TeamTable;
  scanning_point: ScanningPointTable;
  scanning_point_department: ScanningPointDepartmentTable;
  app_user: AppUserTable;
  user_role: UserRoleTable;
  api_token: ApiTokenTable;
  auth_session: AuthSessionTable;
  login_failure: LoginFailureTable;
  court_case: CourtCaseTable;
  party: PartyTable;
  case_search_token: CaseSearchTokenTable;
  audit_event: AuditEventTable;
  audit_head: AuditHeadTable;
  scope_rule_set: ScopeRuleSetTable;
  job: JobTable;
  blob: BlobTable;
  material: MaterialTable;
  material_file: MaterialFileTable;
  material_text: MaterialTextTable;
  quarantine_file: QuarantineFileTable;
  scan_batch: ScanBatchTable;
  scan_group: ScanGroupTable;
  scan_page: ScanPageTable;
  hot_folder_claim: HotFolderClaimTable;
  case_event: CaseEventTable;
  catalogue: CatalogueTable;
  catalogue_entry: CatalogueEntryTable;
  catalogue_waiver: CatalogueWaiverTable;
  catalogue_template: CatalogueTemplateTable;
  catalogue_duplicate: CatalogueDuplicateTable;
  scan_request: ScanRequestTable;
  pki_authority: PkiAuthorityTable;
  user_key: UserKeyTable;
  court_seal: CourtSealTable;
  court_seal_user: CourtSealUserTable;
  review: ReviewTable;
  review_comment: ReviewCommentTable;
  approval: ApprovalTable;
  document_signature: DocumentSignatureTable;
  four_property_report: FourPropertyReportTable;
  four_property_confirmation: FourPropertyConfirmationTable;
  reception_decision: ReceptionDecisionTable;
  archival_code_series: ArchivalCodeSeriesTable;
  archive: ArchiveTable;
  archive_version: ArchiveVersionTable;
}

export interface AppMetaTable {
  key: string;
  value: string;
}

export interface CourtTable {
  id: string;
  code: string;
  name: string;
  fonds_code: string;
  created_at: string;
}

export interface DepartmentTable {
  id: string;
  court_id: string;
  name: string;
  kind: string;
  sort_order: number;
}

export interface TeamTable {
  id: string;
  department_id: string;
  name: string;
}

export interface ScanningPointTable {
  id: string;
  court_id: string;
  name: string;
  description: string;
  /** Short code, also the name of the point's hot folder. */
  code: string | null;
  /** The point's scan quality thresholds (ScanQcThresholds), or null for the defaults. */
  qc_thresholds_json: string | null;
}

export interface ScanningPointDepartmentTable {
  scanning_point_id: string;
  department_id: string;
  /** 'filing' = filing-stage materials only; 'all' = every stage of the case. */
  coverage: string;
}

export interface AppUserTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string | null;
  /** 'person' or 'service' (a system such as the trial system, using bearer tokens). */
  kind: string;
  department_id: string | null;
  team_id: string | null;
  scanning_point_id: string | null;
  is_active: number;
  created_at: string;
  updated_at: string;
}

export interface UserRoleTable {
  user_id: string;
  role: string;
}

export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AuthSessionTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface LoginFailureTable {
  id: string;
  username: string;
  ip: string;
  occurred_at: string;
}

export interface CourtCaseTable {
  id: string;
  court_id: string;
  external_id: string | null;
  case_number: string;
  case_number_key: string;
  year: number;
  court_code: string;
  special_code: string | null;
  type_code: string;
  sequence: number;
  is_legacy: number;
  cause_of_action: string;
  department_id: string;
  team_id: string | null;
  judge_id: string | null;
  clerk_id: string | null;
  filed_on: string;
  closed_on: string | null;
  closing_method: string | null;
  flags: string;
  archive_state: string;
  scope_status: string;
  scope_explanation: string | null;
  /** Normalised case number and party names (search_tokens.normaliseForSearch), for exact matching. */
  search_text: string;
  /** The stored pilot-scope decision: rule, rule-set version, basis and the archiving date assumed. */
  scope_rule_id: string | null;
  scope_rule_set_version: number | null;
  scope_basis: string | null;
  scope_as_of: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PartyTable {
  id: string;
  case_id: string;
  seq: number;
  role: string;
  name: string;
  kind: string;
}

export interface CaseSearchTokenTable {
  case_id: string;
  token: string;
}

export interface AuditEventTable {
  seq: number;
  id: string;
  occurred_at: string;
  actor_id: string | null;
  actor_name: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface ScopeRuleSetTable {
  version: number;
  /** 'published' or 'draft'. The newest published version is in force. */
  status: string;
  rule_set_json: string;
  note: string;
  created_by: string | null;
  created_at: string;
  published_by: string | null;
  published_at: string | null;
}

export interface JobTable {
  id: string;
  /** Dotted job name, e.g. 'scope.reevaluate'. */
  name: string;
  payload_json: string;
  /** 'queued' | 'running' | 'done' | 'failed'. */
  status: string;
  attempts: number;
  max_attempts: number;
  run_after: string;
  locked_by: string | null;
  /** A running job whose lease has expired (its worker died) is claimed again and resumes. */
  locked_until: string | null;
  progress_done: number;
  progress_total: number | null;
  /** Where a resumed run continues (handler-defined). */
  checkpoint_json: string | null;
  result_json: string | null;
  error: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export type JobRow = Selectable<JobTable>;

export type CourtCaseRow = Selectable<CourtCaseTable>;
export type NewCourtCaseRow = Insertable<CourtCaseTable>;
export type CourtCaseUpdate = Updateable<CourtCaseTable>;
export type PartyRow = Selectable<PartyTable>;
export type AppUserRow = Selectable<AppUserTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
export type DepartmentRow = Selectable<DepartmentTable>;
export type TeamRow = Selectable<TeamTable>;
export type ScanningPointRow = Selectable<ScanningPointTable>;
export type CourtRow = Selectable<CourtTable>;

export interface BlobTable {
  sha256: string;
  sm3: string;
  size: number | string;
  created_at: string;
}

export interface MaterialTable {
  id: string;
  case_id: string;
  external_id: string | null;
  title: string;
  /** MaterialSource: born_digital | scanned | recording. */
  source: string;
  category: string;
  /** upload | integration | scanning | hot_folder. */
  origin: string;
  /** MaterialStatus: processing | ready | failed. */
  status: string;
  author: string | null;
  document_date: string | null;
  pages: number | null;
  ocr_status: string | null;
  hearing_date: string | null;
  courtroom: string | null;
  duration_seconds: number | null;
  scan_batch_id: string | null;
  problems_json: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface MaterialFileTable {
  id: string;
  material_id: string;
  seq: number;
  role: string;
  sha256: string;
  sm3: string;
  size: number | string;
  original_name: string;
  format: string;
  mime: string;
  facts_json: string;
  created_at: string;
}

export interface MaterialTextTable {
  material_id: string;
  text: string;
}

export interface QuarantineFileTable {
  id: string;
  case_id: string | null;
  scan_batch_id: string | null;
  scanning_point_id: string | null;
  original_name: string;
  sha256: string;
  size: number | string;
  format: string;
  problems_json: string;
  origin: string;
  uploaded_by: string | null;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  resolution: string | null;
}

export interface ScanBatchTable {
  id: string;
  scanning_point_id: string;
  case_id: string | null;
  label: string;
  declared_pages: number | null;
  origin: string;
  /** receiving | checking | checked | done. */
  status: string;
  operator_id: string | null;
  thresholds_json: string;
  created_at: string;
  updated_at: string;
}

export interface ScanGroupTable {
  id: string;
  batch_id: string;
  seq: number;
  title: string;
  category: string;
  material_id: string | null;
}

export interface ScanPageTable {
  id: string;
  batch_id: string;
  seq: number;
  sha256: string;
  original_name: string;
  format: string;
  width: number | null;
  height: number | null;
  dpi: number | null;
  colour_mode: string | null;
  thumb_sha256: string | null;
  measures_json: string | null;
  /** pass | warn | fail | blank, or null until checked. */
  verdict: string | null;
  reasons_json: string | null;
  /** active | rescan (sent back) | replaced. */
  status: string;
  group_id: string | null;
  rescan_reason: string | null;
  rescan_note: string | null;
  rescan_requested_by: string | null;
  rescan_requested_at: string | null;
  replaces_page_id: string | null;
  operator_id: string | null;
  created_at: string;
  checked_at: string | null;
}

export interface HotFolderClaimTable {
  scanning_point_id: string;
  folder_name: string;
  batch_id: string;
  claimed_at: string;
}

export interface CaseEventTable {
  seq: Generated<number>;
  case_id: string;
  external_id: string | null;
  type: string;
  payload_json: string;
  created_at: string;
}

export type MaterialRow = Selectable<MaterialTable>;
export type MaterialFileRow = Selectable<MaterialFileTable>;
export type QuarantineFileRow = Selectable<QuarantineFileTable>;
export type ScanBatchRow = Selectable<ScanBatchTable>;
export type ScanGroupRow = Selectable<ScanGroupTable>;
export type ScanPageRow = Selectable<ScanPageTable>;

/** A case file's catalogue (卷内目录); `version` grows with every edit (optimistic locking). */
export interface CatalogueTable {
  case_id: string;
  version: number;
  template_kind: string;
  template_version: number;
  /** Pages per 册 before a volume is split. */
  book_page_limit: number;
  proposed_at: string;
  updated_at: string;
  updated_by: string | null;
}

/** One material's line in the catalogue: volume kind (main 正卷 | side 副卷), 册, position. */
export interface CatalogueEntryTable {
  id: string;
  case_id: string;
  material_id: string;
  volume_kind: string;
  book: number;
  seq: number;
  /** The template slot it fills; null when placed by hand outside any slot. */
  slot_id: string | null;
  title: string;
  /** 责任者. */
  responsible: string | null;
  document_date: string | null;
  remarks: string | null;
  /** The classifier's confidence when placed automatically. */
  confidence: number | null;
  /** 'auto' | 'clerk'. */
  placed_by: string;
}

/** A required slot the clerk marked "none in this case" (本案无), with the reason. */
export interface CatalogueWaiverTable {
  case_id: string;
  slot_id: string;
  reason: string;
  created_by: string | null;
  created_at: string;
}

/** A material set aside as a duplicate of another that stays in the catalogue (合并重复材料). */
export interface CatalogueDuplicateTable {
  case_id: string;
  material_id: string;
  kept_material_id: string;
  reason: string;
  created_by: string | null;
  created_at: string;
}

/** A scan request (补扫申请) from the catalogue editor to a scanning point. */
export interface ScanRequestTable {
  id: string;
  case_id: string;
  scanning_point_id: string;
  title: string;
  /** The template slot the material is wanted for. */
  slot_id: string | null;
  note: string | null;
  /** requested | scanning | done | cancelled. */
  status: string;
  requested_by: string | null;
  requested_at: string;
  /** The batch the scanning point opened for it. */
  batch_id: string | null;
  started_by: string | null;
  started_at: string | null;
  closed_by: string | null;
  closed_at: string | null;
  cancel_reason: string | null;
}

export interface CatalogueTemplateTable {
  kind: string;
  version: number;
  template_json: string;
  created_by: string | null;
  created_at: string;
}

export type CatalogueRow = Selectable<CatalogueTable>;
export type CatalogueEntryRow = Selectable<CatalogueEntryTable>;
export type CatalogueWaiverRow = Selectable<CatalogueWaiverTable>;
export type CatalogueDuplicateRow = Selectable<CatalogueDuplicateTable>;
export type ScanRequestRow = Selectable<ScanRequestTable>;

/** A certificate authority of the court (root or issuing), per algorithm. */
export interface PkiAuthorityTable {
  id: string;
  algorithm: string;
  kind: string;
  /** Base64 DER. */
  certificate: string;
  /** The private key sealed with the server's key (JSON); null for a root imported without its key. */
  key_envelope: string | null;
  serial: string;
  subject: string;
  not_before: string;
  not_after: string;
  origin: string;
  active: number;
  created_at: string;
}

/** A user's signing key and certificate; the private key sealed with the user's signing PIN. */
export interface UserKeyTable {
  id: string;
  user_id: string;
  algorithm: string;
  certificate: string;
  key_envelope: string;
  serial: string;
  issuer_id: string;
  not_before: string;
  not_after: string;
  /** active | revoked | replaced. */
  status: string;
  created_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
  revoke_reason: string | null;
}

/** A court seal (电子印章): image, the seal's certificate and server-sealed key. */
export interface CourtSealTable {
  id: string;
  name: string;
  image_sha256: string;
  algorithm: string;
  certificate: string;
  key_envelope: string;
  serial: string;
  /** active | revoked. */
  status: string;
  created_by: string | null;
  created_at: string;
  revoked_at: string | null;
  revoke_reason: string | null;
}

export interface CourtSealUserTable {
  seal_id: string;
  user_id: string;
}

/** One review round of a case file: submitted by the clerk, decided by the presiding judge. */
export interface ReviewTable {
  id: string;
  case_id: string;
  round: number;
  catalogue_version: number;
  submitted_by: string | null;
  submitted_at: string;
  reviewer_id: string | null;
  /** approve | return; null while awaiting review. */
  decision: string | null;
  comments: string | null;
  decided_by: string | null;
  decided_at: string | null;
}

/** A reviewer's comment on one catalogue entry (material) or on the whole file. */
export interface ReviewCommentTable {
  id: string;
  review_id: string;
  case_id: string;
  material_id: string | null;
  text: string;
  author_id: string | null;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
}

/** The signed approval of a case file: manifest bytes (canonical JSON) and a detached CMS. */
export interface ApprovalTable {
  id: string;
  case_id: string;
  review_id: string;
  manifest: string;
  signature: string;
  algorithm: string;
  signer_id: string;
  user_key_id: string;
  /** current | superseded. */
  status: string;
  created_at: string;
}

/** One signing step of an issued document (拟稿 draft, 核稿 review, 签发 issue). */
export interface DocumentSignatureTable {
  id: string;
  material_id: string;
  step: string;
  /** The material_file holding the PDF as signed at this step. */
  file_id: string;
  signer_id: string;
  user_key_id: string | null;
  seal_id: string | null;
  signed_at: string;
}

export type PkiAuthorityRow = Selectable<PkiAuthorityTable>;
export type UserKeyRow = Selectable<UserKeyTable>;
export type CourtSealRow = Selectable<CourtSealTable>;
export type ReviewRow = Selectable<ReviewTable>;
export type ReviewCommentRow = Selectable<ReviewCommentTable>;
export type ApprovalRow = Selectable<ApprovalTable>;
export type DocumentSignatureRow = Selectable<DocumentSignatureTable>;

/** A 四性检测 report (DA/T 70-2018) as the engine produced it, with what was measured. */
export interface FourPropertyReportTable {
  id: string;
  case_id: string;
  /** GD | YJ | BC. */
  stage: string;
  passed: number;
  /** The engine's Report, JSON. */
  report: string;
  files: number;
  bytes: number | string;
  duration_ms: number;
  created_by: string | null;
  created_at: string;
}

/** A person's confirmation of a manual check item (载体, 环境, 过程). */
export interface FourPropertyConfirmationTable {
  id: string;
  case_id: string;
  stage: string;
  code: string;
  /** pass | fail | not_applicable. */
  result: string;
  note: string | null;
  confirmed_by: string;
  confirmed_at: string;
}

/** The archivist's decision on a case file awaiting reception. */
export interface ReceptionDecisionTable {
  id: string;
  case_id: string;
  /** accept | reject. */
  decision: string;
  reasons: string | null;
  report_id: string | null;
  decided_by: string;
  decided_at: string;
}

/** The last 件号 given in a 档号 series. */
export interface ArchivalCodeSeriesTable {
  series: string;
  last_seq: number;
  updated_at: string;
}

/** An archive: one OCFL object per case file (or imported bag). */
export interface ArchiveTable {
  archival_code: string;
  case_id: string | null;
  case_number: string;
  object_id: string;
  series: string;
  seq: number;
  /** Y | C60 | D30 | D10. */
  retention_code: string;
  retention_reason: string | null;
  /** reception | import. */
  source: string;
  head_version: string;
  received_by: string | null;
  received_at: string;
}

/** One OCFL version of an archive: v1 the reception, later ones 补充归档 or a retention change. */
export interface ArchiveVersionTable {
  archival_code: string;
  version: string;
  /** reception | supplement | retention | import. */
  kind: string;
  reason: string | null;
  files: number;
  bytes: number | string;
  created_by: string | null;
  created_at: string;
}

export type FourPropertyReportRow = Selectable<FourPropertyReportTable>;
export type FourPropertyConfirmationRow = Selectable<FourPropertyConfirmationTable>;
export type ReceptionDecisionRow = Selectable<ReceptionDecisionTable>;
export type ArchiveRow = Selectable<ArchiveTable>;
export type ArchiveVersionRow = Selectable<ArchiveVersionTable>;
