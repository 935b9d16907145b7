import { describe, expect, it } from 'vitest';
import { addDays, dayOfYear, isWorkday, nextWorkday, workdays } from './demo-calendar.js';

describe('demo calendar', () => {
  it('knows weekends, public holidays and the weekend days worked in exchange', () => {
    expect(isWorkday('2021-08-02')).toBe(true); // Monday
    expect(isWorkday('2021-07-31')).toBe(false); // Saturday
    expect(isWorkday('2021-10-04')).toBe(false); // 国庆节
    expect(isWorkday('2021-10-09')).toBe(true); // Saturday, 调休上班
    expect(isWorkday('2022-01-03')).toBe(false); // 元旦
    expect(isWorkday('2022-01-30')).toBe(true); // Sunday, 调休上班
    expect(isWorkday('2022-02-03')).toBe(false); // 春节
  });

  it('rolls forward to the next working day', () => {
    expect(nextWorkday('2021-09-30')).toBe('2021-09-30');
    expect(nextWorkday('2021-10-01')).toBe('2021-10-08');
    expect(nextWorkday('2021-12-31')).toBe('2021-12-31');
    expect(nextWorkday('2022-01-01')).toBe('2022-01-04');
  });

  it('does date arithmetic across months and years', () => {
    expect(addDays('2021-12-30', 3)).toBe('2022-01-02');
    expect(dayOfYear('2021-01-01')).toBe(1);
    expect(dayOfYear('2021-12-31')).toBe(365);
    expect(workdays('2021-10-01', '2021-10-10')).toEqual(['2021-10-08', '2021-10-09']);
  });
});
