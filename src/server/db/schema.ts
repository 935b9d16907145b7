import type { Insertable, Selectable, Updateable } from 'kysely';

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
