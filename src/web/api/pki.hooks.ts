import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AuthorityOut, ImportCaIn, SealOut, UserCertificateOut, sealIn, userKeyStatuses } from '../../common/signature-api';
import { api } from './client';

/**
 * Signing certificates, the court CA and electronic seals (docs/signatures.md). The actor's own
 * certificates for everyone who signs; the rest for the 安全保密管理员 (pki.manage), except the CA
 * certificates, which are public.
 */

export type UserKeyStatus = (typeof userKeyStatuses)[number];
export type SealInput = z.input<typeof sealIn>;

export interface CertificateFilter {
  userId?: string;
  status?: UserKeyStatus;
}

const myKey = ['me', 'certificates'] as const;
const certificatesKey = ['pki', 'certificates'] as const;
const authoritiesKey = ['pki', 'authorities'] as const;
const sealsKey = ['seals'] as const;

interface Items<T> {
  items: T[];
}

export function useMyCertificates() {
  return useQuery({
    queryKey: myKey,
    queryFn: () => api.get<Items<UserCertificateOut>>('/api/v1/me/certificates').then((r) => r.items),
  });
}

/** 设置签名口令: issues the actor's SM2 and ECDSA P-256 certificates; earlier ones become replaced. @throws PKI_PIN_WEAK, PERMISSION_DENIED */
export function useEnrol() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (pin: string) => api.post<Items<UserCertificateOut>>('/api/v1/me/certificates', { pin }).then((r) => r.items),
    onSuccess: (items) => queryClient.setQueryData(myKey, items),
  });
}

/** 修改签名口令. @throws PKI_PIN_INCORRECT, PKI_PIN_WEAK, SIGNING_KEY_MISSING */
export function useChangePin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { oldPin: string; newPin: string }) =>
      api.put<Items<UserCertificateOut>>('/api/v1/me/certificates/pin', input).then((r) => r.items),
    onSuccess: (items) => queryClient.setQueryData(myKey, items),
  });
}

/** The court's CA certificates (root and issuing, per algorithm, active or retired), with PEM. */
export function useAuthorities() {
  return useQuery({
    queryKey: authoritiesKey,
    queryFn: () => api.get<Items<AuthorityOut>>('/api/v1/pki/authorities').then((r) => r.items),
    staleTime: 10 * 60_000,
  });
}

/** 导入本院 CA. @throws PKI_CERT_INVALID, PKI_KEY_INVALID, PKI_KEY_CERT_MISMATCH, PKI_PKCS12_INVALID */
export function useImportCa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ImportCaIn) => api.post<Items<AuthorityOut>>('/api/v1/pki/authorities/import', input).then((r) => r.items),
    onSuccess: (items) => queryClient.setQueryData(authoritiesKey, items),
  });
}

/** Every user's certificates (安全保密管理员). */
export function useCertificates(filter: CertificateFilter = {}) {
  return useQuery({
    queryKey: [...certificatesKey, filter],
    queryFn: () => api.get<Items<UserCertificateOut>>('/api/v1/pki/certificates', { ...filter }).then((r) => r.items),
  });
}

function useCertificateMutation<TInput, TResult>(fn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: certificatesKey });
      await queryClient.invalidateQueries({ queryKey: myKey });
    },
  });
}

/** 签发证书 for a user with an initial PIN; his earlier certificates become replaced. @throws PKI_PIN_WEAK, USER_NOT_FOUND */
export function useIssueCertificate() {
  return useCertificateMutation((input: { userId: string; pin: string }) =>
    api.post<Items<UserCertificateOut>>('/api/v1/pki/certificates', input).then((r) => r.items),
  );
}

/** 吊销: signatures made with the certificate no longer verify. @throws SIGNING_CERT_NOT_FOUND */
export function useRevokeCertificate() {
  return useCertificateMutation(({ id, reason }: { id: string; reason: string }) =>
    api.post<UserCertificateOut>(`/api/v1/pki/certificates/${encodeURIComponent(id)}/revoke`, { reason }),
  );
}

/** Every seal (安全保密管理员), or those the actor may use. */
export function useSeals(enabled = true) {
  return useQuery({
    queryKey: sealsKey,
    queryFn: () => api.get<Items<SealOut>>('/api/v1/seals').then((r) => r.items),
    enabled,
  });
}

function useSealMutation<TInput>(fn: (input: TInput) => Promise<SealOut>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sealsKey }),
  });
}

/** 新建电子印章. @throws SEAL_IMAGE_INVALID, USER_NOT_FOUND, SIGNING_CA_MISSING */
export function useCreateSeal() {
  return useSealMutation((input: SealInput) => api.post<SealOut>('/api/v1/seals', input));
}

export function useSetSealUsers() {
  return useSealMutation(({ id, userIds }: { id: string; userIds: string[] }) =>
    api.put<SealOut>(`/api/v1/seals/${encodeURIComponent(id)}/users`, { userIds }),
  );
}

/** 停用: the seal can no longer be used, and its signatures report a revoked certificate. */
export function useRevokeSeal() {
  return useSealMutation(({ id, reason }: { id: string; reason: string }) =>
    api.post<SealOut>(`/api/v1/seals/${encodeURIComponent(id)}/revoke`, { reason }),
  );
}

/** The seal's image (PNG), for an <img>: the session cookie goes along with it. */
export function sealImageUrl(id: string): string {
  return `/api/v1/seals/${encodeURIComponent(id)}/image`;
}
