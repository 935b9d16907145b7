import type { CaseListQuery } from '../../../common/api';
import { archiveStates, scopeStatuses, type ArchiveState, type ScopeStatus } from '../../../common/vocabulary';

/** Rows per page of the case list. */
export const casePageSize = 20;

/** The case list's filters as they live in the URL query string (shareable; the back button works). */
export interface CaseFilters {
  department?: string;
  judge?: string;
  clerk?: string;
  typeCode?: string;
  year?: number;
  archiveState?: ArchiveState;
  scope?: ScopeStatus;
  q?: string;
}

export const caseFilterKeys = ['department', 'judge', 'clerk', 'typeCode', 'year', 'archiveState', 'scope', 'q'] as const;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

function text(value: string | null): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}

/** Reads filters and page from the URL, dropping values the server would reject. */
export function parseCaseParams(params: URLSearchParams): { filters: CaseFilters; page: number } {
  const year = Number(params.get('year'));
  const page = Number(params.get('page'));
  return {
    filters: {
      department: text(params.get('department')),
      judge: text(params.get('judge')),
      clerk: text(params.get('clerk')),
      typeCode: text(params.get('typeCode')),
      year: Number.isInteger(year) && year >= 1949 && year <= 2100 ? year : undefined,
      archiveState: oneOf(archiveStates, params.get('archiveState')),
      scope: oneOf(scopeStatuses, params.get('scope')),
      q: text(params.get('q'))?.slice(0, 100),
    },
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Writes filters and page back to a query string; empty values and page 1 are left out. */
export function toCaseParams(filters: CaseFilters, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of caseFilterKeys) {
    const value = filters[key];
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  if (page > 1) params.set('page', String(page));
  return params;
}

export function toCaseListQuery(filters: CaseFilters, page: number): CaseListQuery {
  return { ...filters, limit: casePageSize, offset: (page - 1) * casePageSize };
}
