import { describe, expect, it } from 'vitest';
import { changedFields, displayValue } from './change-diff';

describe('changedFields', () => {
  it('lists only the fields whose values differ', () => {
    expect(changedFields({ a: 1, b: [1, 2], c: 'x' }, { a: 1, b: [1, 3], c: 'y' })).toEqual([
      { field: 'b', before: [1, 2], after: [1, 3] },
      { field: 'c', before: 'x', after: 'y' },
    ]);
  });

  it('treats a creation as every field of after, and a deletion as every field of before', () => {
    expect(changedFields(null, { a: 1 })).toEqual([{ field: 'a', before: undefined, after: 1 }]);
    expect(changedFields({ a: 1 }, null)).toEqual([{ field: 'a', before: 1, after: undefined }]);
  });

  it('includes fields present on one side only', () => {
    expect(changedFields({ a: 1 }, { b: 2 }).map((c) => c.field)).toEqual(['a', 'b']);
  });

  it('compares non-object values as one unnamed field', () => {
    expect(changedFields('x', 'y')).toEqual([{ field: '', before: 'x', after: 'y' }]);
    expect(changedFields([1], [1])).toEqual([]);
    expect(changedFields(null, null)).toEqual([]);
  });
});

describe('displayValue', () => {
  it('renders empty values, lists and objects readably', () => {
    expect(displayValue(null)).toBe('（空）');
    expect(displayValue('')).toBe('（空）');
    expect(displayValue([])).toBe('（无）');
    expect(displayValue(['甲', '乙'])).toBe('甲、乙');
    expect(displayValue(false)).toBe('false');
    expect(displayValue({ a: 1 })).toBe('{"a":1}');
  });
});
