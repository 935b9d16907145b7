import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { roleInfo, serviceAccountCreate, tokenCreated, UserOut, userCreate, userPatch } from '../../common/api';
import type { Role } from '../../common/roles';
import { api } from './client';

export type UserCreateInput = z.input<typeof userCreate>;
export type UserPatchInput = z.input<typeof userPatch>;
export type ServiceAccountInput = z.input<typeof serviceAccountCreate>;
export type TokenCreated = z.infer<typeof tokenCreated>;
export type RoleInfo = z.infer<typeof roleInfo>;

export interface UserFilter {
  role?: Role;
  department?: string;
  q?: string;
}

const usersKey = ['users'] as const;

export function useUsers(filter: UserFilter = {}) {
  return useQuery({
    queryKey: [...usersKey, filter],
    queryFn: () => api.get<UserOut[]>('/api/v1/users', { ...filter }),
  });
}

export function useRoles() {
  return useQuery({
    queryKey: ['roles'],
    queryFn: () => api.get<RoleInfo[]>('/api/v1/roles'),
    staleTime: 30 * 60_000,
  });
}

function useUserMutation<TInput, TResult>(fn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useCreateUser() {
  return useUserMutation((input: UserCreateInput) => api.post<UserOut>('/api/v1/users', input));
}

export function useUpdateUser() {
  return useUserMutation(({ id, patch }: { id: string; patch: UserPatchInput }) =>
    api.patch<UserOut>(`/api/v1/users/${encodeURIComponent(id)}`, patch),
  );
}

export function useSetUserRoles() {
  return useUserMutation(({ id, roles }: { id: string; roles: Role[] }) =>
    api.put<UserOut>(`/api/v1/users/${encodeURIComponent(id)}/roles`, { roles }),
  );
}

export function useCreateServiceAccount() {
  return useUserMutation((input: ServiceAccountInput) => api.post<TokenCreated>('/api/v1/service-accounts', input));
}

export function useIssueToken() {
  return useUserMutation(({ id, name }: { id: string; name: string }) =>
    api.post<TokenCreated>(`/api/v1/users/${encodeURIComponent(id)}/tokens`, { name }),
  );
}
