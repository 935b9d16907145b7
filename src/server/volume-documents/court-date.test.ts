import { describe, expect, it } from 'vitest';
import { formatCourtDate } from './court-date.js';

describe('formatCourtDate', () => {
  it('prints 年月日 without leading zeros', () => {
    expect(formatCourtDate('2024-03-05', 'chinese')).toBe('2024年3月5日');
    expect(formatCourtDate('2024-12-31', 'chinese')).toBe('2024年12月31日');
  });

  it('prints ISO dates as they are', () => {
    expect(formatCourtDate('2024-03-05', 'iso')).toBe('2024-03-05');
  });

  it('leaves a blank for a missing date and keeps a text it cannot read', () => {
    expect(formatCourtDate(null, 'chinese')).toBe('');
    expect(formatCourtDate(undefined, 'iso')).toBe('');
    expect(formatCourtDate('不详', 'iso')).toBe('不详');
  });
});
