import { describe, expect, it } from 'vitest';
import { paginate, splitIntoBooks, totalPages } from './volume-pagination.js';

describe('卷内页码', () => {
  it('numbers pages continuously from 1 in catalogue order', () => {
    expect(paginate([{ pages: 3 }, { pages: 1 }, { pages: 12 }])).toEqual([
      { pageStart: 1, pageEnd: 3 },
      { pageStart: 4, pageEnd: 4 },
      { pageStart: 5, pageEnd: 16 },
    ]);
  });

  it('gives a recording (no pages) a line without page numbers, and goes on after it', () => {
    expect(paginate([{ pages: 2 }, { pages: null }, { pages: 0 }, { pages: 5 }])).toEqual([
      { pageStart: 1, pageEnd: 2 },
      { pageStart: null, pageEnd: null },
      { pageStart: null, pageEnd: null },
      { pageStart: 3, pageEnd: 7 },
    ]);
  });

  it('changes every later number when an item moves', () => {
    const items = [{ pages: 2 }, { pages: 10 }, { pages: 1 }];
    const moved = [items[2]!, items[0]!, items[1]!];
    expect(paginate(moved).map((r) => r.pageStart)).toEqual([1, 2, 4]);
  });

  it('counts the pages of a volume', () => {
    expect(totalPages([{ pages: 2 }, { pages: null }, { pages: 7 }])).toBe(9);
  });
});

describe('分册', () => {
  const item = (id: string, pages: number | null) => ({ id, pages });

  it('keeps a volume within the limit in one 册', () => {
    expect(splitIntoBooks([item('a', 100), item('b', 100)], 200).map((b) => b.map((i) => i.id))).toEqual([['a', 'b']]);
  });

  it('starts a new 册 before the item that would pass the limit, never cutting a material', () => {
    const books = splitIntoBooks([item('a', 120), item('b', 70), item('c', 30), item('d', 5)], 200);
    expect(books.map((b) => b.map((i) => i.id))).toEqual([['a', 'b'], ['c', 'd']]);
    expect(books.map((b) => totalPages(b))).toEqual([190, 35]);
  });

  it('gives an item larger than the limit a 册 of its own', () => {
    expect(splitIntoBooks([item('a', 10), item('big', 450), item('c', 10)], 200).map((b) => b.map((i) => i.id))).toEqual([['a'], ['big'], ['c']]);
  });

  it('keeps recordings with the material before them', () => {
    expect(splitIntoBooks([item('a', 200), item('rec', null), item('b', 1)], 200).map((b) => b.map((i) => i.id))).toEqual([['a', 'rec'], ['b']]);
  });

  it('returns one empty 册 for an empty volume and refuses a limit that is not positive', () => {
    expect(splitIntoBooks([], 200)).toEqual([[]]);
    expect(() => splitIntoBooks([item('a', 1)], 0)).toThrow('每册页数上限必须为正数');
  });
});
