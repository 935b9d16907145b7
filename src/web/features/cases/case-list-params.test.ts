import { describe, expect, it } from 'vitest';
import { parseCaseParams, toCaseListQuery, toCaseParams } from './case-list-params';

describe('case list URL parameters', () => {
  it('round-trips every filter and the page through the query string', () => {
    const filters = {
      department: 'd3',
      judge: 'u1',
      clerk: 'u2',
      typeCode: '民初',
      year: 2024,
      archiveState: 'archived' as const,
      scope: 'in' as const,
      q: '张三',
    };
    const params = toCaseParams(filters, 3);
    expect(parseCaseParams(new URLSearchParams(params.toString()))).toEqual({ filters, page: 3 });
  });

  it('leaves out empty filters and page 1, so that URLs stay short', () => {
    expect(toCaseParams({ department: undefined, q: '' }, 1).toString()).toBe('');
  });

  it('drops values the server would reject', () => {
    const { filters, page } = parseCaseParams(new URLSearchParams('archiveState=bogus&scope=x&year=abc&page=-2&q=%20%20'));
    expect(filters).toEqual({
      department: undefined,
      judge: undefined,
      clerk: undefined,
      typeCode: undefined,
      year: undefined,
      archiveState: undefined,
      scope: undefined,
      q: undefined,
    });
    expect(page).toBe(1);
  });

  it('turns the page into limit and offset of 20 rows', () => {
    expect(toCaseListQuery({ q: 'x' }, 3)).toEqual({ q: 'x', limit: 20, offset: 40 });
  });
});
