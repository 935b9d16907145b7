import { useQuery } from '@tanstack/react-query';
import type { ReferenceResponse, StaffMember } from '../../common/api';
import type { Role } from '../../common/roles';
import { api } from './client';

/** Court, departments with teams, scanning points and case types; changes rarely. */
export function useReference(enabled = true) {
  return useQuery({
    queryKey: ['reference'],
    queryFn: () => api.get<ReferenceResponse>('/api/v1/reference'),
    staleTime: 30 * 60_000,
    enabled,
  });
}

/** Staff of one role, optionally of one department, for the filter selects. */
export function useStaff(role: Role, department?: string) {
  return useQuery({
    queryKey: ['staff', role, department ?? null],
    queryFn: () => api.get<StaffMember[]>('/api/v1/staff', { role, department }),
    staleTime: 10 * 60_000,
  });
}
