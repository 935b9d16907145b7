import type { PageRange } from '../../../common/volume-pagination';

/** 页号 as the editor shows it: "5", "5–8", or "—" for a recording (no pages). */
export function pageLabel(range: PageRange): string {
  if (range.pageStart === null || range.pageEnd === null) return '—';
  return range.pageStart === range.pageEnd ? String(range.pageStart) : `${range.pageStart}–${range.pageEnd}`;
}
