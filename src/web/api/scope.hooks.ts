import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ScopeRule, ScopeRuleSet } from '../../common/scope-rules';
import { api } from './client';

/**
 * The pilot-scope API (试点范围): rule-set versions, drafts, their preview and publication, the
 * re-evaluation job, and coverage per department and month. Response shapes follow
 * src/server/http/routes/scope.routes.ts.
 */

export interface RuleSetVersion {
  version: number;
  status: 'published' | 'draft';
  note: string;
  createdAt: string;
  publishedAt: string | null;
  ruleSet: ScopeRuleSet;
}

/**
 * A finding on a rule set, from the schema or the server's domain checks. The server sends `path`
 * joined with dots for schema issues ('rules.3.condition.of.0.under') and as an array for domain
 * findings; {@link normalizeIssuePath} reads both.
 */
export interface RuleSetIssue {
  code: string;
  severity: 'error' | 'warning' | 'info';
  path: string | Array<string | number>;
  message: string;
}

export interface DraftCreated extends RuleSetVersion {
  /** Warnings and notes on the saved draft (errors would have refused it). */
  findings: RuleSetIssue[];
}

export interface DraftInput {
  ruleSet: { fullCoverageFrom: string | null; rules: ScopeRule[] };
  note?: string;
}

export interface ScopePreview {
  draftVersion: number;
  publishedVersion: number;
  asOf: string;
  total: number;
  entering: number;
  leaving: number;
  departments: Array<{ department: string; total: number; inBefore: number; inAfter: number; entering: number; leaving: number }>;
  samples: Array<{ caseId: string; caseNumber: string; department: string; change: 'enter' | 'leave'; explanation: string }>;
}

export interface JobState {
  id: string;
  name: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  progressDone: number;
  progressTotal: number | null;
  attempts: number;
  error: string | null;
  result: unknown;
  createdAt: string;
  finishedAt: string | null;
}

export interface CoverageQuery {
  /** The archiving date assumed ('YYYY-MM-DD'); absent: each case's stored decision. */
  asOf?: string;
  /** First and last filing month, 'YYYY-MM'. */
  from?: string;
  to?: string;
}

export interface CoverageCell {
  department: string;
  month: string;
  total: number;
  inScope: number;
  byRule: number;
  byFullCoverage: number;
}

export interface CoverageResponse {
  asOf: string | null;
  months: string[];
  departments: string[];
  cells: CoverageCell[];
}

const scopeKey = ['scope'] as const;
const ruleSetsKey = [...scopeKey, 'rule-sets'] as const;

/** Every version, newest first. */
export function useRuleSets() {
  return useQuery({
    queryKey: ruleSetsKey,
    queryFn: () => api.get<RuleSetVersion[]>('/api/v1/scope/rule-sets'),
    staleTime: 0,
  });
}

/** The rule set in force: the published version with the highest number. */
export function ruleSetInForce(versions: readonly RuleSetVersion[] | undefined): RuleSetVersion | undefined {
  return (versions ?? [])
    .filter((v) => v.status === 'published')
    .reduce<RuleSetVersion | undefined>((best, v) => (best && best.version > v.version ? best : v), undefined);
}

/** @throws ApiError SCOPE_RULE_SET_INVALID with `details.issues` */
export function useCreateDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DraftInput) => api.post<DraftCreated>('/api/v1/scope/rule-sets', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ruleSetsKey }),
  });
}

/** What publishing a draft would change, for one archiving date. Computed on demand. */
export function usePreview() {
  return useMutation({
    mutationFn: ({ version, asOf }: { version: number; asOf?: string }) =>
      api.post<ScopePreview>(`/api/v1/scope/rule-sets/${version}/preview`, asOf ? { asOf } : {}),
  });
}

export function usePublish() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => api.post<{ version: number; jobId: string }>(`/api/v1/scope/rule-sets/${version}/publish`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ruleSetsKey }),
  });
}

const jobRunning = (job: JobState | undefined) => job === undefined || job.status === 'queued' || job.status === 'running';

/** A background job, polled every second while it is queued or running. */
export function useJob(id: string | null) {
  return useQuery({
    queryKey: ['jobs', id],
    queryFn: () => api.get<JobState>(`/api/v1/jobs/${encodeURIComponent(id!)}`),
    enabled: id !== null,
    staleTime: 0,
    refetchInterval: (query) => (jobRunning(query.state.data) && query.state.status !== 'error' ? 1000 : false),
  });
}

/** After a re-evaluation: every case's decision may have changed, and with it the coverage. */
export function useRefreshAfterReevaluation() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ruleSetsKey }),
      queryClient.invalidateQueries({ queryKey: ['cases'] }),
      queryClient.invalidateQueries({ queryKey: [...scopeKey, 'coverage'] }),
    ]);
}

export function useCoverage(query: CoverageQuery) {
  return useQuery({
    queryKey: [...scopeKey, 'coverage', query],
    queryFn: ({ signal }) => api.get<CoverageResponse>('/api/v1/scope/coverage', { ...query }, { signal }),
    placeholderData: keepPreviousData,
  });
}
