import { describe, expect, it } from 'vitest';
import { abbreviateHash, courtDate, formatBytes, formatDate, formatDuration, formatHours, formatPercent, partiesSummary } from './format';

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

  it('prints sizes, durations, ratios and hours for people', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
    expect(formatBytes(null)).toBe('—');
    expect(formatDuration(3)).toBe('0:03');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(null)).toBe('—');
    expect(formatPercent(0.125)).toBe('12.5%');
    expect(formatPercent(Number.NaN)).toBe('—');
    expect(formatHours(1.25)).toBe('1.3 小时');
    expect(formatHours(0.25)).toBe('15 分钟');
    expect(formatHours(0)).toBe('0 分钟');
    expect(formatHours(null)).toBe('—');
  });

  it("gives the court's date, not the browser's", () => {
    expect(courtDate(new Date('2026-11-24T19:50:00Z'))).toBe('2026-11-25');
    expect(courtDate(new Date('2026-11-24T15:59:00Z'))).toBe('2026-11-24');
  });
});
