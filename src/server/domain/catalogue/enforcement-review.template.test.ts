import { describe, expect, it } from 'vitest';
import { slotsInOrder } from './catalogue-template.js';
import { enforcementReviewTemplate } from './enforcement-review.template.js';
import { validateTemplate } from './validate-template.js';

const t = enforcementReviewTemplate();

describe('enforcement objection and review template (执异, 执复; inferred, L)', () => {
  it('is valid and serves both codes', () => {
    expect(validateTemplate(t)).toEqual({ ok: true, issues: [] });
    expect(t.typeCodes).toEqual(['执异', '执复']);
  });

  it('puts the application and the act under review first, the ruling and receipts last', () => {
    const main = slotsInOrder(t, 'main').map((s) => s.id);
    expect(main.slice(2, 5)).toEqual(['filing-registration', 'objection-application', 'reviewed-act']);
    expect(main.slice(-4)).toEqual(['ruling', 'service-receipt', 'back-sheet', 'back-cover']);
    expect(t.slots.filter((s) => s.required).map((s) => s.id)).toEqual(['objection-application', 'ruling', 'service-receipt']);
  });

  it('claims enforcement and 执异 numbers for the act under review, so a 执复 file tells it from its own ruling', () => {
    expect(t.slots.find((s) => s.id === 'reviewed-act')!.caseNumberTypes).toEqual(['执', '执恢', '执保', '执异']);
  });
});
