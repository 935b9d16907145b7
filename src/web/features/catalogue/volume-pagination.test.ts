import { describe, expect, it } from 'vitest';
import { pageLabel, paginate, totalPages } from './volume-pagination';

// The same cases as the server's rule (src/server/domain/volume-pagination.test.ts): both must agree.
describe('卷内页码 on the client', () => {
  it('numbers pages continuously from 1 in catalogue order', () => {
    expect(paginate([{ pages: 3 }, { pages: 1 }, { pages: 12 }])).toEqual([
      { pageStart: 1, pageEnd: 3 },
      { pageStart: 4, pageEnd: 4 },
      { pageStart: 5, pageEnd: 16 },
    ]);
  });

  it('gives a recording a line without page numbers, and goes on after it', () => {
    expect(paginate([{ pages: 2 }, { pages: null }, { pages: 0 }, { pages: 5 }])).toEqual([
      { pageStart: 1, pageEnd: 2 },
      { pageStart: null, pageEnd: null },
      { pageStart: null, pageEnd: null },
      { pageStart: 3, pageEnd: 7 },
    ]);
  });

  it('changes every later number when an item moves', () => {
    const items = [{ pages: 2 }, { pages: 10 }, { pages: 1 }];
    expect(paginate([items[2]!, items[0]!, items[1]!]).map((r) => r.pageStart)).toEqual([1, 2, 4]);
  });

  it('counts the pages of a 册', () => {
    expect(totalPages([{ pages: 2 }, { pages: null }, { pages: 7 }])).toBe(9);
    expect(totalPages([])).toBe(0);
  });

  it('writes 页号 as a range, a single page, or a dash for a recording', () => {
    expect(pageLabel({ pageStart: 3, pageEnd: 5 })).toBe('3–5');
    expect(pageLabel({ pageStart: 4, pageEnd: 4 })).toBe('4');
    expect(pageLabel({ pageStart: null, pageEnd: null })).toBe('—');
  });
});
