import type { PageVerdictKind } from './judge-page.js';
import type { ScanQcReason } from './reasons.js';

export interface BatchCounts {
  /** Images scanned, blank ones included. */
  scanned: number;
  /** Pages with content (not blank). */
  content: number;
  pass: number;
  warn: number;
  fail: number;
  blank: number;
}

export interface BatchVerdict {
  /** fail when a page fails or the page count is off; warn when a page warns. */
  verdict: 'pass' | 'warn' | 'fail';
  counts: BatchCounts;
  /** Batch-level findings (PAGE_COUNT_MISMATCH); page findings stay on the pages. */
  reasons: ScanQcReason[];
}

export interface JudgeBatchOptions {
  /** Whether the declared count includes blank pages. Default false: blank sheets carry no 页号
   * (DOMAIN.md §7, practice) and separator sheets are the scanning point's own, so the declared
   * count is compared with the pages that have content. */
  countBlankPages?: boolean;
}

/**
 * Judges a scanned batch: counts the page verdicts and compares the pages with the count declared
 * for the paper (声明页数, e.g. from the catalogue or the hand-over slip) — a missing or doubled
 * page (漏页/重页) shows up here. `declaredPageCount` null: nothing declared, no comparison.
 */
export function judgeBatch(
  pages: ReadonlyArray<{ verdict: PageVerdictKind }>,
  declaredPageCount: number | null,
  options: JudgeBatchOptions = {},
): BatchVerdict {
  const counts: BatchCounts = { scanned: pages.length, content: 0, pass: 0, warn: 0, fail: 0, blank: 0 };
  for (const p of pages) counts[p.verdict]++;
  counts.content = counts.scanned - counts.blank;

  const reasons: ScanQcReason[] = [];
  const actual = options.countBlankPages ? counts.scanned : counts.content;
  if (declaredPageCount !== null && declaredPageCount !== actual) {
    const blankNote = options.countBlankPages || counts.blank === 0 ? '' : `（不含空白页 ${counts.blank} 页）`;
    const gap = actual < declaredPageCount ? `，缺少 ${declaredPageCount - actual} 页` : `，多出 ${actual - declaredPageCount} 页`;
    reasons.push({
      code: 'PAGE_COUNT_MISMATCH',
      severity: 'fail',
      message: `声明页数 ${declaredPageCount}，实际扫描 ${actual} 页${blankNote}${gap}`,
      measure: options.countBlankPages ? 'scanned' : 'content',
      measured: actual,
      limit: declaredPageCount,
    });
  }

  const verdict = counts.fail > 0 || reasons.length > 0 ? 'fail' : counts.warn > 0 ? 'warn' : 'pass';
  return { verdict, counts, reasons };
}
