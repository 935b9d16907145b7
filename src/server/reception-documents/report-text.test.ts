import { describe, expect, it } from 'vitest';
import type { ReportItemOut } from '../../common/reception-api.js';
import { blockingItems, capEvidence, chineseOrdinal, formatBeijingTime, formatBytes, formatDuration, stageLabel } from './report-text.js';

describe('formatBeijingTime', () => {
  it('prints an instant in Beijing time (UTC+8), across midnight and the new year', () => {
    expect(formatBeijingTime('2024-05-01T02:05:00Z')).toBe('2024年5月1日 10:05');
    expect(formatBeijingTime('2024-12-31T16:30:00Z')).toBe('2025年1月1日 00:30');
    expect(formatBeijingTime('2024-05-01T10:05:00+08:00')).toBe('2024年5月1日 10:05');
  });

  it('prints a value that is not a date as given', () => {
    expect(formatBeijingTime('昨天')).toBe('昨天');
  });
});

describe('formatBytes', () => {
  it('prints binary units with the exact count', () => {
    expect(formatBytes(512)).toBe('512 字节');
    expect(formatBytes(2048)).toBe('2 KB（2,048 字节）');
    expect(formatBytes(1_234_567_890)).toBe('1.1 GB（1,234,567,890 字节）');
  });
});

describe('formatDuration', () => {
  it('prints milliseconds, seconds, minutes and hours', () => {
    expect(formatDuration(850)).toBe('850 毫秒');
    expect(formatDuration(3200)).toBe('3.2 秒');
    expect(formatDuration(125_000)).toBe('2 分 5 秒');
    expect(formatDuration(3_780_000)).toBe('1 小时 3 分');
  });
});

describe('stageLabel, chineseOrdinal', () => {
  it('names the checkpoint and numbers the sections', () => {
    expect(stageLabel('GD')).toBe('归档');
    expect(stageLabel('YJ')).toBe('移交接收');
    expect(stageLabel('BC')).toBe('长期保存');
    expect([1, 4, 5, 10, 12].map(chineseOrdinal)).toEqual(['一', '四', '五', '十', '十二']);
  });
});

describe('capEvidence', () => {
  it('keeps the first lines and counts the rest', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `第${i + 1}条`);
    expect(capEvidence(lines, 20)).toEqual({ shown: lines.slice(0, 20), more: 280 });
    expect(capEvidence(lines.slice(0, 20), 20)).toEqual({ shown: lines.slice(0, 20), more: 0 });
  });
});

describe('blockingItems', () => {
  it('is the mandatory items failed or not checked, never an optional one or a not applicable', () => {
    const item = (code: string, result: ReportItemOut['result'], mandatory: boolean): ReportItemOut => ({
      code, property: 'security', stage: 'YJ', clause: '4-1', title: code, result, evidence: [], mandatory, mode: 'automatic',
    });
    const items = [item('a', 'fail', true), item('b', 'not_checked', true), item('c', 'fail', false), item('d', 'not_applicable', true), item('e', 'pass', true)];
    expect(blockingItems(items).map((i) => i.code)).toEqual(['a', 'b']);
  });
});
