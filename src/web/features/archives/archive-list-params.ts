/** Rows per page of the archive list. */
export const archivePageSize = 20;

/** The archive list's search and page as they live in the URL (shareable; Back works). */
export interface ArchiveListParams {
  q?: string;
  page: number;
}

/** Reads the search (档号 or 案号, at most 100 characters) and page; anything else is dropped. */
export function parseArchiveParams(params: URLSearchParams): ArchiveListParams {
  const q = params.get('q')?.trim().slice(0, 100);
  const page = Number(params.get('page'));
  return { q: q ? q : undefined, page: Number.isInteger(page) && page > 1 ? page : 1 };
}

/** Writes them back; an empty search and page 1 are left out. */
export function toArchiveParams({ q, page }: ArchiveListParams): URLSearchParams {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (page > 1) params.set('page', String(page));
  return params;
}
