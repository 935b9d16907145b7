import { describe, expect, it } from 'vitest';
import { slotsInOrder } from './catalogue-template.js';
import { supervisionAndRetrialTemplate } from './supervision-and-retrial.template.js';
import { validateTemplate } from './validate-template.js';

const t = supervisionAndRetrialTemplate();

describe('supervision and retrial template (…申, …监, …抗, …再, 执监)', () => {
  it('is valid and serves the codes the brief names', () => {
    expect(validateTemplate(t)).toEqual({ ok: true, issues: [] });
    expect(t.typeCodes).toEqual(expect.arrayContaining(['民申', '民再', '刑申', '刑再', '行申', '行再', '执监']));
  });

  it('opens with the petition, the attacked decision and the retrial order', () => {
    expect(slotsInOrder(t, 'main').map((s) => s.id).slice(2, 7)).toEqual(['case-flow-record', 'filing-registration', 'petition', 'original-judgment', 'retrial-order']);
  });

  it('does not require a petition, since 依职权 reviews (民监, 刑监) have none', () => {
    expect(t.slots.find((s) => s.id === 'petition')!.required).toBe(false);
    expect(t.slots.filter((s) => s.required).map((s) => s.id)).toEqual(['original-judgment', 'service-receipt']);
  });

  it('accepts a 驳回申诉通知书 or a retrial order as the outcome, and tells a retrial order by its …申 number', () => {
    expect(t.requirementGroups[0]!.anyOf).toEqual(['ruling', 'judgment', 'mediation-document', 'rejection-notice', 'retrial-order']);
    expect(t.slots.find((s) => s.id === 'retrial-order')!.caseNumberTypes).toEqual(expect.arrayContaining(['民申', '刑申', '行申']));
  });
});
