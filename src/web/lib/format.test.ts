import { describe, expect, it } from 'vitest';
import { abbreviateHash, formatDate, partiesSummary } from './format';

describe('format', () => {
  it('names at most two parties, then 等', () => {
    expect(partiesSummary([])).toBe('—');
    expect(partiesSummary(['张三'])).toBe('张三');
    expect(partiesSummary(['张三', '李四'])).toBe('张三、李四');
    expect(partiesSummary(['张三', '李四', '王五'])).toBe('张三、李四 等');
  });

  it('shows a dash for a missing date', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDate('2025-06-01')).toBe('2025-06-01');
  });

  it('shortens long hashes only', () => {
    expect(abbreviateHash('a'.repeat(64))).toBe(`${'a'.repeat(10)}…${'a'.repeat(6)}`);
    expect(abbreviateHash('abc')).toBe('abc');
  });
});
