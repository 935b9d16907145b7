import { describe, expect, it } from 'vitest';
import { formatReasonMeasure, formatReasonValue, suggestedRescanReason } from './scan-reasons';

describe('scan reasons', () => {
  it('prints measured values and limits for people', () => {
    expect(formatReasonValue(150)).toBe('150');
    expect(formatReasonValue(3.0312)).toBe('3.03');
    expect(formatReasonValue(0.0003)).toBe('0.0003');
    expect(formatReasonValue(['grey', 'colour'])).toBe('灰度、彩色');
    expect(formatReasonValue('bitonal')).toBe('黑白二值');
    expect(formatReasonValue(null)).toBe('—');
  });

  it('adds the unit of the check', () => {
    expect(formatReasonMeasure('SKEWED', 3.0312)).toBe('3.03°');
    expect(formatReasonMeasure('LOW_DPI', 150)).toBe('150 dpi');
    expect(formatReasonMeasure('BLACK_BORDER', 0.07)).toBe('7%');
    expect(formatReasonMeasure('BLANK', 0.0003)).toBe('0.03%');
    expect(formatReasonMeasure('UNREADABLE', 77)).toBe('77');
    expect(formatReasonMeasure('COLOUR_MODE', 'bitonal')).toBe('黑白二值');
  });

  it('suggests the re-scan reason of the failing check', () => {
    expect(suggestedRescanReason([{ code: 'FORMAT', severity: 'warn' }, { code: 'SKEWED', severity: 'fail' }])).toBe('skewed');
    expect(suggestedRescanReason([{ code: 'LOW_DPI', severity: 'fail' }])).toBe('low_dpi');
    expect(suggestedRescanReason([{ code: 'UNREADABLE', severity: 'fail' }])).toBe('blurred');
    expect(suggestedRescanReason([])).toBe('other');
  });
});
