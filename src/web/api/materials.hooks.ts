import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MaterialListResponse, MaterialOut, MaterialUploadFields, QuarantineOut } from '../../common/capture-api';
import { api, sendForm, withQuery, type UploadProgress } from './client';

/**
 * Materials of a case (诉讼材料): the timeline, one material, uploads with progress, and the case's
 * quarantine. A material that is still being processed (a scanned material's PDF and OCR are made
 * in the background) is polled every 2 s until it is ready or failed.
 */

export type { FileProblemOut, MaterialFileOut, MaterialOut, QuarantineOut } from '../../common/capture-api';

export const materialKeys = {
  all: ['materials'] as const,
  forCase: (caseId: string) => ['materials', 'case', caseId] as const,
  one: (id: string) => ['materials', 'one', id] as const,
  quarantine: (caseId: string) => ['materials', 'quarantine', caseId] as const,
};

const POLL_MS = 2000;

export const isProcessing = (m: Pick<MaterialOut, 'status'>) => m.status === 'processing';

/** The case's materials, oldest first; polled while any is being processed. */
export function useCaseMaterials(caseId: string) {
  return useQuery({
    queryKey: materialKeys.forCase(caseId),
    queryFn: ({ signal }) => api.get<MaterialListResponse>(`/api/v1/cases/${encodeURIComponent(caseId)}/materials`, undefined, { signal }),
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.items.some(isProcessing) && query.state.status !== 'error' ? POLL_MS : false),
  });
}

/** One material; polled while it is being processed. */
export function useMaterial(id: string | null) {
  return useQuery({
    queryKey: materialKeys.one(id ?? ''),
    queryFn: ({ signal }) => api.get<MaterialOut>(`/api/v1/materials/${encodeURIComponent(id!)}`, undefined, { signal }),
    enabled: id !== null && id !== '',
    staleTime: 0,
    refetchInterval: (query) => (query.state.data && isProcessing(query.state.data) && query.state.status !== 'error' ? POLL_MS : false),
  });
}

/** The URL of a material's file: the main one (a scanned material's PDF) unless `seq` is given. */
export function materialContentUrl(id: string, options: { seq?: number; download?: boolean } = {}): string {
  return withQuery(`/api/v1/materials/${encodeURIComponent(id)}/content`, { seq: options.seq, download: options.download ? '1' : undefined });
}

export function quarantineContentUrl(id: string): string {
  return `/api/v1/quarantine/${encodeURIComponent(id)}/content`;
}

export interface MaterialUploadInput {
  file: File;
  fields: MaterialUploadFields;
  onProgress?: (progress: UploadProgress) => void;
}

/**
 * Uploads one file as a material of the case.
 * @throws ApiError 422 (file refused; `details.quarantineId`, `details.problems`) — the file is kept in
 *   the case's quarantine, so the quarantine list is refreshed too.
 */
export function useUploadMaterial(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, fields, onProgress }: MaterialUploadInput) => {
      const form = new FormData();
      for (const [key, value] of Object.entries(fields)) {
        if (value !== undefined && value !== null && value !== '') form.append(key, String(value));
      }
      form.append('file', file, file.name);
      return sendForm<MaterialOut>(`/api/v1/cases/${encodeURIComponent(caseId)}/materials`, form, { onProgress });
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: materialKeys.forCase(caseId) }),
        queryClient.invalidateQueries({ queryKey: materialKeys.quarantine(caseId) }),
      ]),
  });
}

/** Files of the case that failed the format checks and wait in quarantine. */
export function useCaseQuarantine(caseId: string) {
  return useQuery({
    queryKey: materialKeys.quarantine(caseId),
    queryFn: ({ signal }) =>
      api.get<{ items: QuarantineOut[] }>(`/api/v1/cases/${encodeURIComponent(caseId)}/quarantine`, undefined, { signal }),
    staleTime: 0,
  });
}

export function useResolveQuarantine(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, resolution }: { id: string; resolution: string }) =>
      api.post<QuarantineOut>(`/api/v1/quarantine/${encodeURIComponent(id)}/resolve`, { resolution }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: materialKeys.quarantine(caseId) }),
  });
}
