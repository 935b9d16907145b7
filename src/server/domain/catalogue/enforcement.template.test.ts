import { describe, expect, it } from 'vitest';
import { slotsInOrder } from './catalogue-template.js';
import { enforcementTemplate } from './enforcement.template.js';
import { validateTemplate } from './validate-template.js';

const t = enforcementTemplate();
const ids = (v: 'main' | 'side') => slotsInOrder(t, v).map((s) => s.id);

describe('enforcement template (执, 执恢, 执保; DOMAIN.md §4.5, L)', () => {
  it('is valid, serves 执, 执恢 and 执保, and says its order is to be confirmed', () => {
    expect(validateTemplate(t)).toEqual({ ok: true, issues: [] });
    expect(t.typeCodes).toEqual(['执', '执恢', '执保']);
    expect(t.source).toMatch(/L/);
  });

  it('follows the reconstructed order, with 执行笔录 after the property investigation', () => {
    expect(ids('main')).toEqual([
      'cover', 'catalogue', 'filing-registration', 'enforcement-application', 'enforcement-basis', 'party-identity',
      'enforcement-notice', 'property-report', 'property-investigation', 'enforcement-record', 'seizure-ruling', 'auction',
      'settlement', 'payment', 'credit-sanctions', 'closing-ruling', 'closing-approval', 'service-receipt', 'back-sheet', 'back-cover',
    ]);
    expect(ids('side')).toEqual(['side-cover', 'side-catalogue', 'enforcement-plan', 'deliberation-record', 'committee-record', 'request-reply', 'internal-approval', 'side-back-sheet', 'side-back-cover']);
  });

  it('requires the application, the 执行依据, the receipts and a closing document', () => {
    expect(t.slots.filter((s) => s.required).map((s) => s.id)).toEqual(['enforcement-application', 'enforcement-basis', 'service-receipt']);
    expect(t.requirementGroups).toEqual([{ id: 'closing', title: '结案文书（终结、中止裁定或结案通知书）', anyOf: ['closing-ruling', 'closing-approval'], when: 'always' }]);
  });

  it('recognises the 执行依据 by the number of the decision it enforces', () => {
    expect(t.slots.find((s) => s.id === 'enforcement-basis')!.caseNumberTypes).toEqual(expect.arrayContaining(['民初', '民终', '刑初', '行初']));
  });
});
