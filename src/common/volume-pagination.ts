/**
 * 卷内页码 and 分册 (DOMAIN.md §4.2): the materials of a volume are numbered page by page from 1,
 * continuously, in catalogue order; the cover, the catalogue list (卷内目录), the notes sheet
 * (卷内备考表) and the back cover are not numbered. A volume that passes the page limit is bound in
 * several 册, each numbered from 1 again with its own cover, list and notes sheet. A material is
 * never cut between two 册. Recordings (庭审录音录像) have no pages: they take a line in the list
 * with no page numbers.
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

/** Pages of a run of items. */
export function totalPages(items: readonly PagedItem[]): number {
  return items.reduce((sum, i) => sum + Math.max(0, i.pages ?? 0), 0);
}

/**
 * Splits a volume's items, in order, into 册 of at most `limit` pages: each 册 takes items while
 * they fit; an item larger than the limit alone fills a 册 of its own (and passes the limit —
 * the completeness check reports it). @returns the 册 as runs of the items, at least one.
 */
export function splitIntoBooks<T extends PagedItem>(items: readonly T[], limit: number): T[][] {
  if (!(limit > 0)) throw new Error(`每册页数上限必须为正数：${limit}`);
  const books: T[][] = [[]];
  let pagesInBook = 0;
  for (const item of items) {
    const pages = Math.max(0, item.pages ?? 0);
    const current = books[books.length - 1]!;
    if (current.length > 0 && pagesInBook + pages > limit) {
      books.push([item]);
      pagesInBook = pages;
    } else {
      current.push(item);
      pagesInBook += pages;
    }
  }
  return books;
}
