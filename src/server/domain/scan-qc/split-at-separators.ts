import type { PageVerdictKind } from './judge-page.js';

/** One material (诉讼材料) found in a scanned stack: consecutive pages with content. */
export interface SeparatedMaterial<T> {
  /** Index in the scanned stack of the material's first and last page (inclusive). */
  first: number;
  last: number;
  pages: T[];
}

/**
 * Splits a scanned stack into materials, using blank pages as separator sheets (分隔页): a scanning
 * operator feeds several documents at once with a blank sheet between them. The separators belong
 * to no material; a run of blanks (a separator with an empty back side) is one separator; blanks
 * before the first or after the last material are dropped. Failed and warned pages stay in their
 * material — only `blank` separates.
 */
export function splitAtSeparators<T extends { verdict: PageVerdictKind }>(pages: readonly T[]): Array<SeparatedMaterial<T>> {
  const materials: Array<SeparatedMaterial<T>> = [];
  let current: SeparatedMaterial<T> | null = null;
  pages.forEach((page, i) => {
    if (page.verdict === 'blank') {
      current = null;
      return;
    }
    if (!current) {
      current = { first: i, last: i, pages: [] };
      materials.push(current);
    }
    current.pages.push(page);
    current.last = i;
  });
  return materials;
}
