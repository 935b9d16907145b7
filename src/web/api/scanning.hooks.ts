import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  attachRequest,
  attachResponse,
  batchCreate,
  batchListQuery,
  batchListResponse,
  rescanQueueItem,
  rescanQueueResponse,
  rescanRequest,
  scanStatsQuery,
  splitProposal,
  BatchDetail,
  ScanPageOut,
  ScanningPointOut,
  ScanStatsResponse,
  ScanThresholdsIn,
} from '../../common/capture-api';
import { api, sendForm, type UploadProgress } from './client';
import { materialKeys } from './materials.hooks';

/**
 * The scanning API (扫描): points and their thresholds, batches and their pages, quality verdicts,
 * re-scans, the split proposal, attaching materials to a case, and the statistics. Shapes are the
 * shared schemas in src/common/capture-api.ts.
 */

export type { BatchDetail, BatchSummary, ScanPageOut, ScanningPointOut, ScanStatsResponse, ScanThresholdsIn } from '../../common/capture-api';
export type BatchListQuery = Partial<z.infer<typeof batchListQuery>>;
export type BatchListResponse = z.infer<typeof batchListResponse>;
export type BatchCreateInput = z.infer<typeof batchCreate>;
export type SplitProposal = z.infer<typeof splitProposal>;
export type AttachRequest = z.input<typeof attachRequest>;
export type AttachResponse = z.infer<typeof attachResponse>;
export type RescanRequest = z.infer<typeof rescanRequest>;
export type RescanQueueItem = z.infer<typeof rescanQueueItem>;
export type RescanQueueResponse = z.infer<typeof rescanQueueResponse>;
export type ScanStatsQuery = z.infer<typeof scanStatsQuery>;
export type PageReason = ScanPageOut['reasons'][number];

const scanKey = ['scanning'] as const;
const batchesKey = [...scanKey, 'batches'] as const;
const batchKey = (id: string) => [...scanKey, 'batch', id] as const;
const rescansKey = [...scanKey, 'rescans'] as const;

const POLL_MS = 2000;
const base = '/api/v1/scanning';
const enc = encodeURIComponent;

export function useScanningPoints() {
  return useQuery({
    queryKey: [...scanKey, 'points'],
    queryFn: ({ signal }) => api.get<{ items: ScanningPointOut[] }>(`${base}/points`, undefined, { signal }),
  });
}

export function useUpdateThresholds() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ pointId, thresholds }: { pointId: string; thresholds: ScanThresholdsIn }) =>
      api.put<ScanningPointOut>(`${base}/points/${enc(pointId)}/thresholds`, thresholds),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...scanKey, 'points'] }),
  });
}

const batchBusy = (status: string) => status === 'receiving' || status === 'checking';

/** The batches of a point, newest first; polled while any is still being received or checked. */
export function useBatches(query: BatchListQuery, enabled = true) {
  return useQuery({
    queryKey: [...batchesKey, query],
    queryFn: ({ signal }) => api.get<BatchListResponse>(`${base}/batches`, { ...query }, { signal }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 0,
    refetchInterval: (q) => (q.state.data?.items.some((b) => batchBusy(b.status)) && q.state.status !== 'error' ? 5000 : false),
  });
}

/** A page whose quality check has not finished yet (verdict null), among the pages in use. */
export const pageUnchecked = (p: ScanPageOut) => p.status !== 'replaced' && p.verdict === null;

/** One batch with its pages (by position); polled every 2 s while any page is still being checked. */
export function useBatch(id: string) {
  return useQuery({
    queryKey: batchKey(id),
    queryFn: ({ signal }) => api.get<BatchDetail>(`${base}/batches/${enc(id)}`, undefined, { signal }),
    staleTime: 0,
    refetchInterval: (q) => {
      const b = q.state.data;
      if (!b || q.state.status === 'error') return false;
      return b.pages.some(pageUnchecked) || b.status === 'checking' ? POLL_MS : false;
    },
  });
}

function useBatchUpdate(batchId: string) {
  const queryClient = useQueryClient();
  return {
    set: (detail: BatchDetail) => queryClient.setQueryData(batchKey(batchId), detail),
    refresh: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: batchKey(batchId) }),
        queryClient.invalidateQueries({ queryKey: batchesKey }),
        queryClient.invalidateQueries({ queryKey: rescansKey }),
      ]),
  };
}

export function useCreateBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BatchCreateInput) => api.post<BatchDetail>(`${base}/batches`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: batchesKey }),
  });
}

export interface PagesUploadInput {
  files: readonly File[];
  onProgress?: (progress: UploadProgress) => void;
}

/** Files per request: a big stack goes up in several requests, one after the other, in page order. */
const FILES_PER_REQUEST = 20;

/**
 * Uploads page images in the order given (the order is the page order). Progress covers all of them.
 * @throws ApiError; pages sent before a failing request stay in the batch.
 */
export function useUploadPages(batchId: string) {
  const update = useBatchUpdate(batchId);
  return useMutation({
    mutationFn: async ({ files, onProgress }: PagesUploadInput) => {
      const totalBytes = files.reduce((sum, f) => sum + f.size, 0) || 1;
      let doneBytes = 0;
      let detail: BatchDetail | undefined;
      for (let i = 0; i < files.length; i += FILES_PER_REQUEST) {
        const chunk = files.slice(i, i + FILES_PER_REQUEST);
        const chunkBytes = chunk.reduce((sum, f) => sum + f.size, 0);
        const form = new FormData();
        for (const f of chunk) form.append('page', f, f.name);
        detail = await sendForm<BatchDetail>(`${base}/batches/${enc(batchId)}/pages`, form, {
          onProgress: (p) => onProgress?.({ loaded: doneBytes + (p.total ? (p.loaded / p.total) * chunkBytes : 0), total: totalBytes }),
        });
        doneBytes += chunkBytes;
        update.set(detail);
      }
      onProgress?.({ loaded: totalBytes, total: totalBytes });
      return detail!;
    },
    onSettled: update.refresh,
  });
}

export function useRescanPage(batchId: string) {
  const update = useBatchUpdate(batchId);
  return useMutation({
    mutationFn: ({ pageId, ...body }: RescanRequest & { pageId: string }) => api.post<ScanPageOut>(`${base}/pages/${enc(pageId)}/rescan`, body),
    onSettled: update.refresh,
  });
}

/** Uploads the re-scanned page: it takes the old page's position; the old one becomes 'replaced'. */
export function useReplacePage(batchId: string) {
  const update = useBatchUpdate(batchId);
  return useMutation({
    mutationFn: ({ pageId, file, onProgress }: { pageId: string; file: File; onProgress?: (p: UploadProgress) => void }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return sendForm<ScanPageOut>(`${base}/pages/${enc(pageId)}/replace`, form, { onProgress });
    },
    onSettled: update.refresh,
  });
}

/** Fetched on demand, when the operator asks for it: groups split at blank separator sheets. */
export function useSplitProposal(batchId: string) {
  return useMutation({
    mutationFn: () => api.get<SplitProposal>(`${base}/batches/${enc(batchId)}/split-proposal`),
  });
}

/**
 * Creates one material per group in the case; they are assembled (PDF, OCR) in the background.
 * @throws ApiError 409 SCAN_PAGES_NOT_ACCEPTABLE with `details.pageIds`
 */
export function useAttach(batchId: string) {
  const update = useBatchUpdate(batchId);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AttachRequest) => api.post<AttachResponse>(`${base}/batches/${enc(batchId)}/attach`, input),
    onSuccess: (res) => {
      for (const m of res.materials) queryClient.setQueryData(materialKeys.one(m.id), m);
      return queryClient.invalidateQueries({ queryKey: materialKeys.all });
    },
    onSettled: update.refresh,
  });
}

/** Pages sent back for re-scan and not yet replaced. */
export function useRescanQueue(point: string | undefined) {
  return useQuery({
    queryKey: [...rescansKey, point ?? ''],
    queryFn: ({ signal }) => api.get<RescanQueueResponse>(`${base}/rescans`, { point }, { signal }),
    staleTime: 0,
    // While the point is being resolved the list stays as it was, never flashing “没有待重扫的页面”.
    placeholderData: keepPreviousData,
  });
}

export function useScanStats(query: ScanStatsQuery) {
  return useQuery({
    queryKey: [...scanKey, 'stats', query],
    queryFn: ({ signal }) => api.get<ScanStatsResponse>(`${base}/stats`, { ...query }, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export const pageThumbnailUrl = (pageId: string) => `${base}/pages/${enc(pageId)}/thumbnail`;
export const pageImageUrl = (pageId: string) => `${base}/pages/${enc(pageId)}/image`;
