import { describe, expect, it } from 'vitest';
import { pageLabel } from './page-label';

describe('页号 label', () => {
  it('shows a range, a single page, or a dash for a recording', () => {
    expect(pageLabel({ pageStart: 5, pageEnd: 8 })).toBe('5–8');
    expect(pageLabel({ pageStart: 3, pageEnd: 3 })).toBe('3');
    expect(pageLabel({ pageStart: null, pageEnd: null })).toBe('—');
  });
});
