import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CatalogueCheckOut, CatalogueIn, CatalogueOut, VolumeKind } from '../../common/catalogue-api';
import { api, ApiError } from './client';

/**
 * The catalogue (卷内目录) of a case: read it, save the whole of it with the version it was based on,
 * and 自动编目 (propose it again). A save refused as stale is an {@link ApiError} with the code
 * `CATALOGUE_VERSION_CONFLICT` and the server's Chinese message naming both versions.
 */

export type { CatalogueCheckOut, CatalogueFindingOut, CatalogueIn, CatalogueOut } from '../../common/catalogue-api';

export const catalogueKeys = {
  forCase: (caseId: string) => ['catalogue', caseId] as const,
  /** The completeness check of the saved catalogue; keyed by the version the page holds, so a save or 自动编目 checks again. */
  check: (caseId: string, version: number) => ['catalogue-check', caseId, version] as const,
  checks: (caseId: string) => ['catalogue-check', caseId] as const,
};

const path = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}/catalogue`;

/** Before the first proposal the case has no catalogue: that is `null` here, not an error. */
export function useCatalogue(caseId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: catalogueKeys.forCase(caseId),
    queryFn: async ({ signal }): Promise<CatalogueOut | null> => {
      try {
        return await api.get<CatalogueOut>(path(caseId), undefined, { signal });
      } catch (error) {
        if (error instanceof ApiError && error.code === 'CATALOGUE_NOT_FOUND') return null;
        throw error;
      }
    },
    enabled: caseId !== '' && options.enabled !== false,
    staleTime: 0,
    // The page keeps a working copy; a background refetch must not pull the base from under it.
    refetchOnWindowFocus: false,
  });
}

/**
 * Saves the whole catalogue. @throws ApiError 409 `CATALOGUE_VERSION_CONFLICT` (someone saved in
 *   between), 409 `CATALOGUE_LOCKED`, 400 `CATALOGUE_INVALID` with `details.issues`.
 */
export function useSaveCatalogue(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CatalogueIn) => api.put<CatalogueOut>(path(caseId), body),
    onSuccess: (saved) => {
      queryClient.setQueryData(catalogueKeys.forCase(caseId), saved);
      void queryClient.invalidateQueries({ queryKey: catalogueKeys.checks(caseId), refetchType: 'none' });
    },
  });
}

/** 自动编目: proposes the catalogue from scratch, replacing the current one. */
export function useAutoCatalogue(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<CatalogueOut>(`${path(caseId)}/auto`),
    onSuccess: (proposed) => {
      queryClient.setQueryData(catalogueKeys.forCase(caseId), proposed);
      void queryClient.invalidateQueries({ queryKey: catalogueKeys.checks(caseId), refetchType: 'none' });
    },
  });
}

/**
 * 完整性检查 of the catalogue as saved (not the page's unsaved working copy). `version` is the version
 * the page holds: a new one (after a save, 自动编目 or 刷新) checks again.
 */
export function useCatalogueCheck(caseId: string, version: number | null) {
  return useQuery({
    queryKey: catalogueKeys.check(caseId, version ?? 0),
    queryFn: ({ signal }) => api.get<CatalogueCheckOut>(`${path(caseId)}/check`, undefined, { signal }),
    enabled: caseId !== '' && version !== null,
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
}

export const volumeDocumentKinds = ['cover', 'catalogue', 'notes', 'volume'] as const;
export type VolumeDocumentKind = (typeof volumeDocumentKinds)[number];

/** The PDF of one 册 (封面, 卷内目录, 备考表 or 整册), generated from the saved catalogue, shown inline. */
export function volumeDocumentUrl(caseId: string, kind: VolumeKind, number: number, document: VolumeDocumentKind): string {
  return `${path(caseId)}/volumes/${kind}/${number}/${document}`;
}
