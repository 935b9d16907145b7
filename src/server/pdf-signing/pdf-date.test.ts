import { describe, expect, it } from 'vitest';
import { formatPdfDate, parsePdfDate } from './pdf-date.js';

describe('formatPdfDate and parsePdfDate', () => {
  const instant = new Date('2025-03-03T07:45:07Z');

  it("writes China Standard Time by default, whatever the machine's zone", () => {
    expect(formatPdfDate(instant)).toBe("D:20250303154507+08'00'");
    expect(formatPdfDate(instant, 0)).toBe('D:20250303074507Z');
    expect(formatPdfDate(instant, -330)).toBe("D:20250303021507-05'30'");
  });

  it('reads back the same instant', () => {
    for (const offset of [480, 0, -330]) expect(parsePdfDate(formatPdfDate(instant, offset))).toEqual(instant);
  });

  it('fills in what a writer left out (ISO 32000-1 §7.9.4) and rejects what is not a date', () => {
    expect(parsePdfDate('D:2025')).toEqual(new Date('2025-01-01T00:00:00Z'));
    expect(parsePdfDate("D:20250303154507+08")).toEqual(instant);
    expect(parsePdfDate('yesterday')).toBeUndefined();
  });
});
