import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditListResponse, CaseDetail, CaseListQuery, CaseListResponse } from '../../common/api';
import { api } from './client';

export function useCaseList(query: CaseListQuery) {
  return useQuery({
    queryKey: ['cases', 'list', query],
    queryFn: ({ signal }) => api.get<CaseListResponse>('/api/v1/cases', { ...query }, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: string) {
  return useQuery({
    queryKey: ['cases', 'detail', id],
    queryFn: () => api.get<CaseDetail>(`/api/v1/cases/${encodeURIComponent(id)}`),
    enabled: id !== '',
  });
}

/** The case's change history (its audit events), newest first as the server orders them. */
export function useCaseHistory(id: string) {
  return useQuery({
    queryKey: ['cases', 'history', id],
    queryFn: () => api.get<AuditListResponse>(`/api/v1/cases/${encodeURIComponent(id)}/history`),
  });
}

/** Cases matching a case number or a party name, for pickers (e.g. the case of a scan batch). */
export function useCaseSearch(q: string) {
  return useQuery({
    queryKey: ['cases', 'search', q],
    queryFn: ({ signal }) => api.get<CaseListResponse>('/api/v1/cases', { q, limit: 20 }, { signal }),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}
