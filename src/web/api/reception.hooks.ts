import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseReceptionOut, ConfirmationIn, FourPropertyReportOut, ReceiveIn, ReceiveOut, ReceptionQueueItem } from '../../common/reception-api';
import { archiveKeys } from './archives.hooks';
import { api, ApiError } from './client';

/**
 * 接收归档: the archivist's queue of approved case files, one case's reception (四性检测 report,
 * manual confirmations, earlier decisions, the proposed 档号 and 保管期限), running the check,
 * confirming manual items, and the decision — accept (the file becomes an archive) or reject.
 */

export type {
  CaseReceptionOut,
  ConfirmationOut,
  FourPropertyReportOut,
  ReceptionDecisionOut,
  ReceptionProposalOut,
  ReceptionQueueItem,
  ReportItemOut,
} from '../../common/reception-api';

export const receptionKeys = {
  all: ['reception'] as const,
  queue: ['reception', 'queue'] as const,
  forCase: (caseId: string) => ['reception', 'case', caseId] as const,
};

const enc = encodeURIComponent;

export function useReceptionQueue() {
  return useQuery({
    queryKey: receptionKeys.queue,
    queryFn: ({ signal }) => api.get<{ items: ReceptionQueueItem[] }>('/api/v1/reception/queue', undefined, { signal }),
  });
}

export function useCaseReception(caseId: string, enabled = true) {
  return useQuery({
    queryKey: receptionKeys.forCase(caseId),
    queryFn: ({ signal }) => api.get<CaseReceptionOut>(`/api/v1/cases/${enc(caseId)}/reception`, undefined, { signal }),
    enabled: enabled && caseId !== '',
  });
}

/** After any step the case's reception, the queue (its last result) and the case (its state) are stale. */
function useRefresh(caseId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: receptionKeys.forCase(caseId) });
    void queryClient.invalidateQueries({ queryKey: receptionKeys.queue });
    void queryClient.invalidateQueries({ queryKey: ['cases'] });
  };
}

/** 运行四性检测 (移交接收 stage); takes seconds, the server gathers and hashes every file. */
export function useRunFourPropertyCheck(caseId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefresh(caseId);
  return useMutation({
    mutationFn: () => api.post<FourPropertyReportOut>(`/api/v1/cases/${enc(caseId)}/four-property-check`, undefined, { query: { stage: 'reception' } }),
    onSuccess: (report) => {
      queryClient.setQueryData<CaseReceptionOut>(receptionKeys.forCase(caseId), (old) => (old ? { ...old, report } : old));
      refresh();
    },
  });
}

/** 人工确认 of a manual item (载体, 软硬件环境, 过程). */
export function useConfirmItem(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConfirmationIn) => api.post<CaseReceptionOut>(`/api/v1/cases/${enc(caseId)}/four-property-confirmations`, body),
    onSuccess: (state) => {
      queryClient.setQueryData(receptionKeys.forCase(caseId), state);
      void queryClient.invalidateQueries({ queryKey: receptionKeys.queue });
    },
  });
}

/**
 * 接收归档 or 拒绝接收.
 * @throws ApiError RECEPTION_CHECK_FAILED (409: the server's own re-run of the check failed; the
 *   report shown is then refreshed), and the validation errors of receiveIn.
 */
export function useReceive(caseId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefresh(caseId);
  return useMutation({
    mutationFn: (body: ReceiveIn) => api.post<ReceiveOut>(`/api/v1/cases/${enc(caseId)}/receive`, body),
    onSuccess: () => {
      refresh();
      void queryClient.invalidateQueries({ queryKey: archiveKeys.all });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'RECEPTION_CHECK_FAILED') refresh();
    },
  });
}

/** The report as a PDF, to print (opened in a new tab). */
export function reportPdfUrl(reportId: string): string {
  return `/api/v1/four-property-reports/${enc(reportId)}/pdf`;
}

/** The report as JSON, to download. */
export function reportJsonUrl(reportId: string): string {
  return `/api/v1/four-property-reports/${enc(reportId)}/json`;
}
