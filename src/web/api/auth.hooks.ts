import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LoginResponse, Me } from '../../common/api';
import { api, ApiError, setCsrfToken } from './client';

export const meKey = ['auth', 'me'] as const;

/**
 * The signed-in user, or null when there is no session. GET /auth/me also hands out the session's
 * CSRF token, so a reloaded page can write again.
 */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: async (): Promise<Me | null> => {
      try {
        const res = await api.get<LoginResponse>('/api/v1/auth/me', undefined, { allowUnauthorized: true });
        setCsrfToken(res.csrfToken);
        return res.user;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          setCsrfToken(null);
          return null;
        }
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { username: string; password: string }) =>
      api.post<LoginResponse>('/api/v1/auth/login', input, { allowUnauthorized: true }),
    onSuccess: (res) => {
      setCsrfToken(res.csrfToken);
      // A different user may sign in on the same tab: nothing cached for the last one may remain.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
      queryClient.setQueryData(meKey, res.user);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/api/v1/auth/logout', undefined, { allowUnauthorized: true }),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(meKey, null);
    },
  });
}
