/**
 * 卷内页码 on the client, so that a move renumbers the 册 at once while the clerk drags. The same
 * rule as the server's `src/server/domain/volume-pagination.ts` (DOMAIN.md §4.2; docs/catalogue.md
 * “页码”), copied because the web bundle never imports server code: pages run continuously from 1
 * in each 册, in catalogue order; a recording (no pages) takes a line without page numbers.
 */

export interface PagedItem {
  /** Pages of the material; null or 0 for a recording (no pages). */
  pages: number | null;
}

export interface PageRange {
  pageStart: number | null;
  pageEnd: number | null;
}

/** The page range of each item, numbered continuously from 1 (items without pages get none). */
export function paginate(items: readonly PagedItem[]): PageRange[] {
  let next = 1;
  return items.map((item) => {
    const pages = item.pages ?? 0;
    if (pages <= 0) return { pageStart: null, pageEnd: null };
    const range = { pageStart: next, pageEnd: next + pages - 1 };
    next += pages;
    return range;
  });
}

/** Pages of a run of items (a 册). */
export function totalPages(items: readonly PagedItem[]): number {
  return items.reduce((sum, i) => sum + Math.max(0, i.pages ?? 0), 0);
}

/** 页号 as shown in the catalogue: “3–5”, “4”, or “—” for a recording. */
export function pageLabel(range: PageRange): string {
  if (range.pageStart === null || range.pageEnd === null) return '—';
  return range.pageStart === range.pageEnd ? String(range.pageStart) : `${range.pageStart}–${range.pageEnd}`;
}
