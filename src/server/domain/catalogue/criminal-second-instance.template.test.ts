import { describe, expect, it } from 'vitest';
import { slotsInOrder } from './catalogue-template.js';
import { criminalSecondInstanceTemplate } from './criminal-second-instance.template.js';
import { validateTemplate } from './validate-template.js';

const t = criminalSecondInstanceTemplate();

describe('criminal second-instance template (刑终, inferred, L)', () => {
  it('is valid and says its order is an inference', () => {
    expect(validateTemplate(t)).toEqual({ ok: true, issues: [] });
    expect(t.source).toMatch(/推定（L）/);
  });

  it('opens with the transfer letter and the 原审 decision, and needs an appeal or a protest', () => {
    expect(slotsInOrder(t, 'main').map((s) => s.id).slice(2, 7)).toEqual(['case-flow-record', 'appeal-transfer', 'original-judgment', 'appeal', 'protest']);
    expect(t.requirementGroups.find((g) => g.id === 'appeal-or-protest')!.anyOf).toEqual(['appeal', 'protest']);
    expect(t.slots.find((s) => s.id === 'original-judgment')!.caseNumberTypes).toEqual(['刑初']);
  });
});
