import { describe, expect, it } from 'vitest';
import { parseArchiveParams, toArchiveParams } from './archive-list-params';

describe('archive list params', () => {
  it('reads the search and page from the URL, dropping what is not valid', () => {
    expect(parseArchiveParams(new URLSearchParams('q=%20J001·2025 &page=3'))).toEqual({ q: 'J001·2025', page: 3 });
    expect(parseArchiveParams(new URLSearchParams('q=&page=-2'))).toEqual({ q: undefined, page: 1 });
    expect(parseArchiveParams(new URLSearchParams('page=1.5'))).toEqual({ q: undefined, page: 1 });
  });

  it('writes them back without empty values or page 1', () => {
    expect(toArchiveParams({ q: '（2021）沪0118民初1号', page: 1 }).toString()).toBe('q=%EF%BC%882021%EF%BC%89%E6%B2%AA0118%E6%B0%91%E5%88%9D1%E5%8F%B7');
    expect(toArchiveParams({ page: 2 }).toString()).toBe('page=2');
    expect(toArchiveParams({ page: 1 }).toString()).toBe('');
  });
});
