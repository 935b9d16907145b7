import { describe, expect, it } from 'vitest';
import { demoCourt } from './demo-court.js';

describe('demo reviews (审核演示)', () => {
  const court = demoCourt();
  const reviews = court.reviews ?? [];

  it('gives every judge, division heads included, a closed case of his own to review', () => {
    for (const u of court.users.filter((x) => x.roles.includes('judge'))) {
      expect(reviews.some((r) => r.judge === u.username && r.outcome === 'awaiting_review'), u.username).toBe(true);
    }
    for (const r of reviews) {
      const c = court.cases.find((x) => x.caseNumber === r.caseNumber)!;
      expect(c.closedAt, r.caseNumber).toBeTruthy();
      expect([c.judge, c.clerk]).toEqual([r.judge, r.clerk]);
      expect(r.materials.every((m) => m.caseNumber === r.caseNumber && m.clerk === r.clerk)).toBe(true);
    }
  });

  it('approves a few files across departments, and leaves clerk1’s cataloguing cases alone', () => {
    const approved = reviews.filter((r) => r.outcome === 'approved');
    expect(approved.length).toBeGreaterThanOrEqual(4);
    expect(new Set(approved.map((r) => court.cases.find((c) => c.caseNumber === r.caseNumber)!.department)).size).toBe(approved.length);
    const reviewed = new Set(reviews.map((r) => r.caseNumber));
    expect(new Set(reviews.map((r) => r.caseNumber)).size).toBe(reviews.length);
    const clerk1 = (court.materials ?? []).filter((m) => m.clerk === 'clerk1');
    expect(new Set(clerk1.map((m) => m.caseNumber)).size).toBe(2);
    for (const m of court.materials ?? []) expect(reviewed.has(m.caseNumber), m.caseNumber).toBe(false);
  });
});
