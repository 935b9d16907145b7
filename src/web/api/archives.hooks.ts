import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ArchiveListItem, ArchiveOut, ArchiveFileOut, ExportFormat, RetentionChangeIn } from '../../common/reception-api';
import { api, sendForm, withQuery, type UploadProgress } from './client';

/**
 * 档案: the archives received (or imported), each an OCFL object whose versions are never
 * overwritten — its files per version, export (EEP, BagIt), 补充归档 (a new version), 调整保管期限,
 * and importing a BagIt bag from another system.
 */

export type { ArchiveFileOut, ArchiveListItem, ArchiveOut, ArchiveVersionOut, ExportFormat } from '../../common/reception-api';

export interface ArchiveListQuery {
  q?: string;
  page: number;
  pageSize: number;
}

export const archiveKeys = {
  all: ['archives'] as const,
  list: (query: ArchiveListQuery) => ['archives', 'list', query] as const,
  detail: (code: string) => ['archives', 'detail', code] as const,
  files: (code: string, version: string) => ['archives', 'files', code, version] as const,
};

const enc = encodeURIComponent;
/** The 档号 contains `·`: always encoded in a path. */
const base = (code: string) => `/api/v1/archives/${enc(code)}`;

export function useArchiveList(query: ArchiveListQuery) {
  return useQuery({
    queryKey: archiveKeys.list(query),
    queryFn: ({ signal }) => api.get<{ items: ArchiveListItem[]; total: number }>('/api/v1/archives', { ...query }, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useArchive(code: string) {
  return useQuery({
    queryKey: archiveKeys.detail(code),
    queryFn: ({ signal }) => api.get<ArchiveOut>(base(code), undefined, { signal }),
    enabled: code !== '',
  });
}

/** The files of one version (its OCFL logical state); a version never changes, so never stale. */
export function useArchiveFiles(code: string, version: string | null) {
  return useQuery({
    queryKey: archiveKeys.files(code, version ?? ''),
    queryFn: ({ signal }) => api.get<{ version: string; files: ArchiveFileOut[] }>(`${base(code)}/versions/${enc(version ?? '')}/files`, undefined, { signal }),
    enabled: code !== '' && !!version,
    staleTime: Infinity,
  });
}

/** A file of a version (its logical path), to open or download. */
export function archiveContentUrl(code: string, version: string, path: string): string {
  return withQuery(`${base(code)}/versions/${enc(version)}/content`, { path });
}

/** The archive as an EEP (DA/T 48, .xml) or a BagIt bag (.tar). */
export function archiveExportUrl(code: string, format: ExportFormat): string {
  return withQuery(`${base(code)}/export`, { format });
}

function useStore() {
  const queryClient = useQueryClient();
  return (archive: ArchiveOut) => {
    queryClient.setQueryData(archiveKeys.detail(archive.archivalCode), archive);
    void queryClient.invalidateQueries({ queryKey: ['archives', 'list'] });
  };
}

/** 补充归档: the reason and the files become a new version; earlier versions stay as they were. */
export function useSupplementArchive(code: string) {
  const store = useStore();
  return useMutation({
    mutationFn: ({ reason, files, onProgress }: { reason: string; files: File[]; onProgress?: (p: UploadProgress) => void }) => {
      const form = new FormData();
      form.append('reason', reason);
      for (const f of files) form.append('file', f, f.name);
      return sendForm<ArchiveOut>(`${base(code)}/supplement`, form, { onProgress });
    },
    onSuccess: store,
  });
}

/** 调整保管期限, with the reason. */
export function useChangeRetention(code: string) {
  const store = useStore();
  return useMutation({ mutationFn: (body: RetentionChangeIn) => api.post<ArchiveOut>(`${base(code)}/retention`, body), onSuccess: store });
}

/**
 * 导入 BagIt: a bag (.tar) from another system becomes an archive.
 * @throws ApiError 422 with `details.findings` when the bag is not valid (see bagFindingsOf).
 */
export function useImportBag() {
  const store = useStore();
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress?: (p: UploadProgress) => void }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return sendForm<ArchiveOut>('/api/v1/archives/import', form, { onProgress });
    },
    onSuccess: store,
  });
}
