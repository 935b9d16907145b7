import { describe, expect, it } from 'vitest';
import { slotsInOrder } from './catalogue-template.js';
import { criminalFirstInstanceTemplate } from './criminal-first-instance.template.js';
import { validateTemplate } from './validate-template.js';

const t = criminalFirstInstanceTemplate();
const ids = (v: 'main' | 'side') => slotsInOrder(t, v).map((s) => s.id);

describe('criminal first-instance template (刑初, DOMAIN.md §4.4)', () => {
  it('is valid', () => {
    expect(validateTemplate(t)).toEqual({ ok: true, issues: [] });
    expect(t.typeCodes).toEqual(['刑初']);
  });

  it('follows the 34-item list (提押票 merged into item 18, 证物袋 left out, 庭审录音录像 after the 庭审笔录)', () => {
    expect(ids('main')).toEqual([
      'cover', 'catalogue', 'case-flow-record', 'indictment', 'indictment-service-receipt', 'defence-counsel', 'arrest',
      'seizure-list', 'sealing-order', 'bail', 'supplementary-materials', 'withdrawal', 'inquiry-record', 'appraisal',
      'interrogation-record', 'confession-register', 'time-limit-extension', 'summons', 'hearing-announcement',
      'hearing-transcript', 'hearing-recording', 'judgment', 'ruling', 'mediation-document', 'pronouncement-record',
      'service-receipt', 'judicial-suggestion', 'protest', 'appeal', 'higher-court-return', 'higher-court-judgment',
      'enforcement-notice', 'exhibit-disposal', 'back-sheet', 'back-cover',
    ]);
  });

  it('keeps 延长审限 papers in the 正卷 and out of the 副卷 approvals', () => {
    const approval = t.slots.find((s) => s.id === 'internal-approval')!;
    expect(approval.volume).toBe('side');
    expect(approval.names).not.toContain('延长审限审批表');
    expect(approval.negativeKeywords).toContain('延长审限');
    expect(t.slots.find((s) => s.id === 'time-limit-extension')!.volume).toBe('main');
  });

  it('requires the 起诉书, the receipts and a judgment or ruling', () => {
    expect(t.slots.filter((s) => s.required).map((s) => s.id)).toEqual(['indictment', 'service-receipt']);
    expect(t.requirementGroups[0]).toEqual({ id: 'decision', title: '裁判文书（判决书或裁定书）', anyOf: ['judgment', 'ruling'], when: 'always' });
  });
});
