import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { AuditListResponse, AuditQuery, AuditVerifyResponse } from '../../common/api';
import { api } from './client';

export function useAuditEvents(query: AuditQuery) {
  return useQuery({
    queryKey: ['audit', 'list', query],
    queryFn: ({ signal }) => api.get<AuditListResponse>('/api/v1/audit-events', { ...query }, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** Recomputes the hash chain on the server; a user action, so a mutation rather than a cached query. */
export function useVerifyAuditChain() {
  return useMutation({
    mutationFn: () => api.get<AuditVerifyResponse>('/api/v1/audit-events/verify'),
  });
}
