import { z } from 'zod';
import { roles } from './roles.js';
import { scopeRuleSet } from './scope-rules.js';
import { archiveStates, caseFlags, partyKinds, scanningCoverages, scopeStatuses } from './vocabulary.js';

/**
 * The HTTP API's request and response schemas, shared by the server (validation, OpenAPI) and the
 * web client (types). JSON is camelCase; dates are 'YYYY-MM-DD', times ISO-8601 UTC.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const id = z.string().min(1);

export const errorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional(), requestId: z.string().optional() }),
});

// ── auth ─────────────────────────────────────────────────────────────────────────────────────────
export const loginRequest = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(256),
});

export const me = z.object({
  id,
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(roles)),
  permissions: z.array(z.string()),
  department: z.object({ id, name: z.string() }).nullable(),
  scanningPoint: z.object({ id, name: z.string() }).nullable(),
});
export type Me = z.infer<typeof me>;

export const loginResponse = z.object({ user: me, csrfToken: z.string() });
export type LoginResponse = z.infer<typeof loginResponse>;

// ── cases ────────────────────────────────────────────────────────────────────────────────────────
export const partyInput = z.object({
  name: z.string().trim().min(1, '当事人名称不能为空').max(200),
  kind: z.enum(partyKinds).default('natural_person'),
  role: z.string().trim().min(1).max(20).default('当事人'),
});

/**
 * A case as the trial system or a clerk sends it. Department and team are given by name, judge
 * and clerk by username, so that an outside system needs none of CaseVault's ids.
 */
export const caseInput = z.object({
  caseNumber: z.string().trim().min(1, '请填写案号').max(64),
  externalId: z.string().trim().min(1).max(128).optional(),
  causeOfAction: z.string().trim().min(1, '请填写案由').max(100),
  department: z.string().trim().min(1, '请填写承办部门'),
  team: z.string().trim().min(1).optional(),
  judge: z.string().trim().min(1).optional(),
  clerk: z.string().trim().min(1).optional(),
  filedAt: isoDate,
  closedAt: isoDate.optional(),
  closingMethod: z.string().trim().min(1).max(40).optional(),
  flags: z.array(z.enum(caseFlags)).default([]),
  parties: z.array(partyInput).max(500).default([]),
});
export type CaseInput = z.input<typeof caseInput>;

/**
 * A change to a case: only the fields given change (no defaults here, so an absent list never
 * empties the parties or flags); null clears an optional field.
 */
export const casePatch = z.object({
  externalId: z.string().trim().min(1).max(128).optional(),
  causeOfAction: z.string().trim().min(1, '请填写案由').max(100).optional(),
  department: z.string().trim().min(1, '请填写承办部门').optional(),
  team: z.string().trim().min(1).nullable().optional(),
  judge: z.string().trim().min(1).nullable().optional(),
  clerk: z.string().trim().min(1).nullable().optional(),
  filedAt: isoDate.optional(),
  closedAt: isoDate.nullable().optional(),
  closingMethod: z.string().trim().min(1).max(40).nullable().optional(),
  flags: z.array(z.enum(caseFlags)).optional(),
  parties: z.array(partyInput).max(500).optional(),
  /** The version the change is based on; a different current version is a conflict (409). */
  version: z.number().int().positive().optional(),
});
export type CasePatch = z.input<typeof casePatch>;

export const caseListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(20),
  offset: z.coerce.number().int().min(0).default(0),
  /** Department id or name. */
  department: z.string().optional(),
  /** Presiding judge: user id or username. */
  judge: z.string().optional(),
  /** Clerk: user id or username. */
  clerk: z.string().optional(),
  typeCode: z.string().optional(),
  year: z.coerce.number().int().min(1949).max(2100).optional(),
  archiveState: z.enum(archiveStates).optional(),
  scope: z.enum(scopeStatuses).optional(),
  q: z.string().trim().max(100).optional(),
});
export type CaseListQuery = z.infer<typeof caseListQuery>;

const personRef = z.object({ id, name: z.string() }).nullable();

export const caseSummary = z.object({
  id,
  caseNumber: z.string(),
  year: z.number(),
  typeCode: z.string(),
  typeName: z.string().nullable(),
  causeOfAction: z.string(),
  department: z.string(),
  departmentId: id,
  judge: z.string().nullable(),
  judgeId: z.string().nullable(),
  clerk: z.string().nullable(),
  clerkId: z.string().nullable(),
  filedAt: z.string(),
  closedAt: z.string().nullable(),
  archiveState: z.enum(archiveStates),
  scopeStatus: z.enum(scopeStatuses),
  parties: z.array(z.string()),
});
export type CaseSummary = z.infer<typeof caseSummary>;

export const caseListResponse = z.object({ items: z.array(caseSummary), total: z.number() });
export type CaseListResponse = z.infer<typeof caseListResponse>;

export const partyOut = z.object({ id, seq: z.number(), role: z.string(), name: z.string(), kind: z.enum(partyKinds) });

export const caseDetail = caseSummary.extend({
  externalId: z.string().nullable(),
  courtCode: z.string(),
  court: z.string(),
  specialCode: z.string().nullable(),
  sequence: z.number(),
  legacyNumber: z.boolean(),
  team: personRef,
  closingMethod: z.string().nullable(),
  flags: z.array(z.enum(caseFlags)),
  scopeExplanation: z.string().nullable(),
  scopeRuleId: z.string().nullable(),
  scopeRuleSetVersion: z.number().nullable(),
  partyList: z.array(partyOut),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseDetail = z.infer<typeof caseDetail>;

// ── audit ────────────────────────────────────────────────────────────────────────────────────────
export const auditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  actor: z.string().optional(),
  action: z.string().optional(),
  entityType: z.string().optional(),
  entityId: z.string().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditEvent = z.object({
  seq: z.number(),
  id,
  occurredAt: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string().nullable(),
  hash: z.string(),
});
export type AuditEvent = z.infer<typeof auditEvent>;

export const auditListResponse = z.object({ items: z.array(auditEvent), total: z.number() });
export type AuditListResponse = z.infer<typeof auditListResponse>;

export const auditVerifyResponse = z.object({
  ok: z.boolean(),
  checked: z.number(),
  headSeq: z.number(),
  problem: z.object({ seq: z.number(), eventId: z.string().nullable(), reason: z.string() }).nullable(),
});
export type AuditVerifyResponse = z.infer<typeof auditVerifyResponse>;

// ── users ────────────────────────────────────────────────────────────────────────────────────────
export const userOut = z.object({
  id,
  username: z.string(),
  displayName: z.string(),
  kind: z.enum(['person', 'service']),
  roles: z.array(z.enum(roles)),
  department: personRef,
  team: personRef,
  scanningPoint: personRef,
  active: z.boolean(),
  createdAt: z.string(),
});
export type UserOut = z.infer<typeof userOut>;

export const userListQuery = z.object({
  role: z.enum(roles).optional(),
  department: z.string().optional(),
  q: z.string().trim().max(50).optional(),
});

const password = z
  .string()
  .min(8, '密码至少 8 位')
  .max(128)
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), '密码须同时包含字母和数字');

export const userCreate = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_.-]{2,31}$/, '用户名须以小写字母开头，3–32 位小写字母、数字、点、下划线或连字符'),
  displayName: z.string().trim().min(1, '请填写姓名').max(50),
  password,
  departmentId: z.string().optional(),
  teamId: z.string().optional(),
  scanningPointId: z.string().optional(),
});

export const userPatch = z.object({
  displayName: z.string().trim().min(1).max(50).optional(),
  departmentId: z.string().nullable().optional(),
  teamId: z.string().nullable().optional(),
  scanningPointId: z.string().nullable().optional(),
  active: z.boolean().optional(),
  password: password.optional(),
});

export const userRolesInput = z.object({ roles: z.array(z.enum(roles)).max(10) });

export const serviceAccountCreate = z.object({
  username: z.string().trim().regex(/^[a-z][a-z0-9_.-]{2,31}$/, '用户名须以小写字母开头，3–32 位'),
  displayName: z.string().trim().min(1).max(50),
  tokenName: z.string().trim().min(1).max(50).default('默认令牌'),
});

export const tokenCreated = z.object({ user: userOut, token: z.string(), tokenId: z.string() });

export const roleInfo = z.object({
  role: z.enum(roles),
  label: z.string(),
  permissions: z.array(z.object({ code: z.string(), label: z.string() })),
});

// ── reference data ───────────────────────────────────────────────────────────────────────────────
export const referenceResponse = z.object({
  court: z.object({ id, code: z.string(), name: z.string(), fondsCode: z.string() }),
  departments: z.array(
    z.object({ id, name: z.string(), kind: z.string(), teams: z.array(z.object({ id, name: z.string() })) }),
  ),
  scanningPoints: z.array(
    z.object({
      id,
      name: z.string(),
      description: z.string(),
      departments: z.array(z.object({ id, name: z.string(), coverage: z.enum(scanningCoverages) })),
    }),
  ),
  caseTypes: z.array(z.object({ code: z.string(), name: z.string(), category: z.string() })),
});
export type ReferenceResponse = z.infer<typeof referenceResponse>;

export const staffQuery = z.object({ role: z.enum(roles).optional(), department: z.string().optional() });
export const staffResponse = z.array(
  z.object({ id, displayName: z.string(), username: z.string(), departmentId: z.string().nullable(), roles: z.array(z.enum(roles)) }),
);
export type StaffMember = z.infer<typeof staffResponse>[number];

// ── health ───────────────────────────────────────────────────────────────────────────────────────
export const toolStatus = z.object({ available: z.boolean(), version: z.string().nullable(), detail: z.string().nullable() });
export const healthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({ ok: z.boolean(), dialect: z.string(), detail: z.string().nullable() }),
  dataDir: z.object({ ok: z.boolean(), writable: z.boolean(), detail: z.string().nullable() }),
  tools: z.record(z.string(), toolStatus),
});
export type HealthResponse = z.infer<typeof healthResponse>;

// ── pilot scope ──────────────────────────────────────────────────────────────────────────────────
/** A case description for POST /api/v1/scope/evaluate (nothing is stored). Judge by display name. */
export const scopeEvaluateRequest = z.object({
  caseNumber: z.string().trim().min(1, '请填写案号'),
  department: z.string().trim().min(1, '请填写承办部门'),
  team: z.string().trim().min(1).nullish(),
  judge: z.string().trim().min(1).nullish(),
  causeOfAction: z.string().trim().min(1, '请填写案由'),
  parties: z.array(z.object({ name: z.string().trim().min(1), kind: z.enum(partyKinds).optional() })).max(500).default([]),
  flags: z.array(z.enum(caseFlags)).default([]),
  filedAt: isoDate,
  /** The date the file is archived (default: today) — phase 5 depends on it. */
  asOf: isoDate.optional(),
});

export const scopeDecision = z.object({
  inScope: z.boolean(),
  ruleId: z.string().nullable(),
  ruleNumber: z.number().nullable(),
  ruleSetVersion: z.number(),
  basis: z.enum(['rule', 'full_coverage', 'none']),
  explanation: z.string(),
});
export type ScopeDecisionOut = z.infer<typeof scopeDecision>;

export const ruleSetVersion = z.object({
  version: z.number(),
  status: z.enum(['published', 'draft']),
  note: z.string(),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
  ruleSet: scopeRuleSet,
});
export type RuleSetVersion = z.infer<typeof ruleSetVersion>;

/** A finding on a rule set, from its schema or the domain checks; `path` points into the rule set. */
export const ruleSetIssue = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type RuleSetIssue = z.infer<typeof ruleSetIssue>;

export const draftCreated = ruleSetVersion.extend({ findings: z.array(ruleSetIssue) });
export type DraftCreated = z.infer<typeof draftCreated>;

export const scopePreview = z.object({
  draftVersion: z.number(),
  publishedVersion: z.number(),
  asOf: z.string(),
  total: z.number(),
  entering: z.number(),
  leaving: z.number(),
  departments: z.array(
    z.object({ department: z.string(), total: z.number(), inBefore: z.number(), inAfter: z.number(), entering: z.number(), leaving: z.number() }),
  ),
  samples: z.array(
    z.object({ caseId: z.string(), caseNumber: z.string(), department: z.string(), change: z.enum(['enter', 'leave']), explanation: z.string() }),
  ),
});
export type ScopePreview = z.infer<typeof scopePreview>;

export const jobState = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  progressDone: z.number(),
  progressTotal: z.number().nullable(),
  attempts: z.number(),
  error: z.string().nullable(),
  result: z.unknown(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type JobState = z.infer<typeof jobState>;

export const coverageQuery = z.object({
  asOf: isoDate.optional(),
  from: z.string().regex(/^\d{4}-\d{2}$/, '月份格式应为 YYYY-MM').optional(),
  to: z.string().regex(/^\d{4}-\d{2}$/, '月份格式应为 YYYY-MM').optional(),
});
export type CoverageQuery = z.infer<typeof coverageQuery>;

export const coverageCell = z.object({
  department: z.string(),
  month: z.string(),
  total: z.number(),
  inScope: z.number(),
  byRule: z.number(),
  byFullCoverage: z.number(),
});
export type CoverageCell = z.infer<typeof coverageCell>;

export const coverageResponse = z.object({
  asOf: z.string().nullable(),
  months: z.array(z.string()),
  departments: z.array(z.string()),
  cells: z.array(coverageCell),
});
export type CoverageResponse = z.infer<typeof coverageResponse>;
