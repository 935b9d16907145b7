import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CoverageQuery, CoverageResponse, DraftCreated, JobState, RuleSetVersion, ScopePreview } from '../../common/api';
import type { ScopeRule } from '../../common/scope-rules';
import { api } from './client';

/**
 * The pilot-scope API (试点范围): rule-set versions, drafts, their preview and publication, the
 * re-evaluation job, and coverage per department and month. Response shapes are the shared
 * schemas in src/common/api.ts.
 */

export type { CoverageCell, CoverageQuery, CoverageResponse, DraftCreated, JobState, RuleSetIssue, RuleSetVersion, ScopePreview } from '../../common/api';

export interface DraftInput {
  ruleSet: { fullCoverageFrom: string | null; rules: ScopeRule[] };
  note?: string;
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
