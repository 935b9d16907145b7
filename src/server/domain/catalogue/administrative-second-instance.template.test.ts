import { describe, expect, it } from 'vitest';
import { administrativeSecondInstanceTemplate } from './administrative-second-instance.template.js';
import { slotsInOrder } from './catalogue-template.js';
import { validateTemplate } from './validate-template.js';

const t = administrativeSecondInstanceTemplate();

describe('administrative second-instance template (行终, 行赔终)', () => {
  it('is valid and serves 行终 and 行赔终', () => {
    expect(validateTemplate(t)).toEqual({ ok: true, issues: [] });
    expect(t.typeCodes).toEqual(['行终', '行赔终']);
  });

  it('opens like the civil second-instance file and claims 行初 numbers for the 原审 decision', () => {
    expect(slotsInOrder(t, 'main').map((s) => s.id).slice(2, 6)).toEqual(['case-flow-record', 'appeal-transfer', 'original-judgment', 'appeal']);
    expect(t.slots.find((s) => s.id === 'original-judgment')!.caseNumberTypes).toEqual(['行初', '行赔初', '行审']);
    expect(t.slots.filter((s) => s.required).map((s) => s.id)).toEqual(['original-judgment', 'appeal', 'service-receipt']);
  });
});
