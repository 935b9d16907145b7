import { describe, expect, it } from 'vitest';
import { demoCourt } from './demo-court.js';
import { qingpuCourt } from './qingpu-court.js';

describe('demoCourt', () => {
  it('combines the reference data, the accounts and the cases', () => {
    const court = demoCourt();
    expect(court.reference).toEqual(qingpuCourt);
    expect(court.users.some((u) => u.username === 'judge1')).toBe(true);
    expect(court.cases.length).toBeGreaterThanOrEqual(300);
    const usernames = new Set(court.users.map((u) => u.username));
    for (const c of court.cases) {
      expect(usernames.has(c.judge ?? '')).toBe(true);
      expect(usernames.has(c.clerk ?? '')).toBe(true);
    }
  });

  it('is deterministic and does not share the reference constant', () => {
    const a = demoCourt(2021);
    expect(demoCourt(2021)).toEqual(a);
    a.reference.departments.pop();
    expect(demoCourt().reference).toEqual(qingpuCourt);
    expect(qingpuCourt.departments).toHaveLength(12);
  });
});
