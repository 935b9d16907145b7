import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DeadlineListQuery, DeadlineListResponse, DeadlineSummary } from '../../common/deadline-api';
import { api } from './client';

/**
 * 归档期限 (docs/deadlines.md): the files due soon or overdue and the counts reminders show. Shapes
 * are the shared schemas in src/common/deadline-api.ts.
 */

export type { DeadlineCounts, DeadlineItem, DeadlineListResponse, DeadlineScopeValue, DeadlineSummary } from '../../common/deadline-api';

const deadlinesKey = ['deadlines'] as const;
const base = '/api/v1/deadlines';

export function useDeadlineSummary(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...deadlinesKey, 'summary'],
    queryFn: ({ signal }) => api.get<DeadlineSummary>(`${base}/summary`, undefined, { signal }),
    enabled: options.enabled ?? true,
    staleTime: 60_000,
  });
}

export function useDeadlines(query: Partial<DeadlineListQuery>, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...deadlinesKey, 'list', query],
    queryFn: ({ signal }) => api.get<DeadlineListResponse>(base, { ...query }, { signal }),
    enabled: options.enabled ?? true,
    placeholderData: keepPreviousData,
  });
}
