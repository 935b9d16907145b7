import { describe, expect, it } from 'vitest';
import { classifyMaterial } from '../domain/catalogue/classifier.js';
import { templateForTypeCode } from '../domain/catalogue/templates.js';
import { parseCaseNumber } from '../domain/case-number/index.js';
import { demoCourt } from './demo-court.js';

describe('demo materials (编目演示)', () => {
  const court = demoCourt();
  const plan = court.materials ?? [];
  const cases = [...new Set(plan.map((m) => m.caseNumber))];

  it('gives closed cases of clerk1 and of the first clerk of every department a set of materials', () => {
    expect(plan.filter((m) => m.clerk === 'clerk1').map((m) => m.caseNumber).filter((v, i, a) => a.indexOf(v) === i)).toHaveLength(2);
    const departments = new Set(cases.map((n) => court.cases.find((c) => c.caseNumber === n)!.department));
    expect(departments.size).toBeGreaterThanOrEqual(5);
    for (const n of cases) {
      const c = court.cases.find((x) => x.caseNumber === n)!;
      expect(c.closedAt, n).toBeTruthy();
      expect(c.clerk).toBe(plan.find((m) => m.caseNumber === n)!.clerk);
    }
  });

  it('includes scans and hearing recordings, and every case one untitled scan', () => {
    expect(plan.some((m) => m.kind === 'recording')).toBe(true);
    for (const n of cases) expect(plan.filter((m) => m.caseNumber === n && m.kind === 'scan')).toHaveLength(1);
  });

  it('is catalogued automatically except for the untitled scans, which the clerk places by hand', () => {
    for (const m of plan) {
      const parsed = parseCaseNumber(m.caseNumber);
      if (!parsed.ok) throw new Error(m.caseNumber);
      const template = templateForTypeCode(parsed.value.typeCode)!;
      const text = m.kind === 'pdf' ? [m.heading ?? '', ...(m.lines ?? [])].join('\n') : undefined;
      const c = classifyMaterial({ title: m.title, category: m.category, source: m.source, text, caseTypeCode: parsed.value.typeCode }, template);
      if (m.kind === 'scan') expect(c.slotId, m.title).toBeNull();
      else expect(c.slotId, `${m.caseNumber} ${m.title}: ${c.reasons.join('；')}`).not.toBeNull();
    }
  });
});
