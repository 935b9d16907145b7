import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ScanRequestIn, ScanRequestList, ScanRequestOut } from '../../common/scan-request-api';
import { api } from './client';

/**
 * 补扫申请: the clerk's requests for a case (from the catalogue editor) and the scanning point's
 * queue. Starting one opens a scan batch; attaching that batch's pages fulfils it.
 */

export type { ScanRequestIn, ScanRequestOut } from '../../common/scan-request-api';

export const scanRequestKeys = {
  all: ['scan-requests'] as const,
  forCase: (caseId: string) => ['scan-requests', 'case', caseId] as const,
  queue: (point: string | undefined) => ['scan-requests', 'queue', point ?? ''] as const,
};

const enc = encodeURIComponent;
const POLL_MS = 5000;

/** Open, or fulfilled with a material still being assembled (PDF, OCR). */
const stillComing = (r: ScanRequestOut) => r.status === 'requested' || r.status === 'scanning' || r.materials.some((m) => m.status === 'processing');

/** The case's requests, newest first; polled while one is still coming, so the editor sees it arrive. */
export function useCaseScanRequests(caseId: string, enabled = true) {
  return useQuery({
    queryKey: scanRequestKeys.forCase(caseId),
    queryFn: ({ signal }) => api.get<ScanRequestList>(`/api/v1/cases/${enc(caseId)}/scan-requests`, undefined, { signal }),
    enabled: enabled && caseId !== '',
    refetchInterval: (q) => (q.state.data?.items.some(stillComing) ? POLL_MS : false),
  });
}

export function useCreateScanRequest(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ScanRequestIn) => api.post<ScanRequestOut>(`/api/v1/cases/${enc(caseId)}/scan-requests`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: scanRequestKeys.all }),
  });
}

/** 撤销 (clerk) or 退回 (scanning point) with the reason. */
export function useCancelScanRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => api.post<ScanRequestOut>(`/api/v1/scan-requests/${enc(id)}/cancel`, { reason }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: scanRequestKeys.all }),
  });
}

/** The scanning point's open requests, oldest first. */
export function useScanRequestQueue(point: string | undefined, enabled = true) {
  return useQuery({
    queryKey: scanRequestKeys.queue(point),
    queryFn: ({ signal }) => api.get<ScanRequestList>('/api/v1/scan-requests', point ? { point } : undefined, { signal }),
    enabled,
    refetchInterval: 30_000,
  });
}

/** 开始扫描: opens a batch for the request. @returns the batch to go to. */
export function useStartScanRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<{ request: ScanRequestOut; batchId: string }>(`/api/v1/scan-requests/${enc(id)}/start`),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: scanRequestKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['scanning'] });
    },
  });
}
