import { describe, expect, it } from 'vitest';
import { courtDate } from './court-calendar.js';

describe('court calendar day', () => {
  it('is the date in China Standard Time', () => {
    expect(courtDate(new Date('2021-12-31T15:59:59Z'))).toBe('2021-12-31');
    expect(courtDate(new Date('2021-12-31T16:00:00Z'))).toBe('2022-01-01');
  });
});
