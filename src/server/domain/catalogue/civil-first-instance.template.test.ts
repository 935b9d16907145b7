import { describe, expect, it } from 'vitest';
import { slotsInOrder } from './catalogue-template.js';
import { civilFirstInstanceTemplate } from './civil-first-instance.template.js';
import { validateTemplate } from './validate-template.js';

const t = civilFirstInstanceTemplate();
const ids = (v: 'main' | 'side') => slotsInOrder(t, v).map((s) => s.id);

describe('civil first-instance template (民初, DOMAIN.md §4.3)', () => {
  it('is valid and serves 民初 and 民撤', () => {
    expect(validateTemplate(t)).toEqual({ ok: true, issues: [] });
    expect(t.typeCodes).toEqual(['民初', '民撤']);
    expect(t.version).toBe(1);
  });

  it('orders the 正卷 after the modern 32-item list, completed from the 1991 list', () => {
    expect(ids('main')).toEqual([
      'cover', 'catalogue', 'case-flow-record', 'filing-registration', 'complaint', 'plaintiff-evidence', 'party-identity',
      'acceptance-notice', 'litigation-fee', 'transfer-form', 'response-notice', 'defence', 'defendant-evidence', 'summons',
      'interim-ruling', 'appraisal', 'inquiry-record', 'pretrial-conference', 'hearing-transcript', 'hearing-recording',
      'mediation-record', 'agent-statement', 'withdrawal', 'judgment', 'ruling', 'mediation-document', 'pronouncement-record',
      'service-receipt', 'appeal', 'higher-court-return', 'higher-court-judgment', 'effective-transfer', 'evidence-disposal',
      'back-sheet', 'back-cover',
    ]);
  });

  it('keeps the 1991 list’s 案情报告, 评议笔录 and 审委会记录 in the 副卷 (§4.1)', () => {
    expect(ids('side')).toEqual(expect.arrayContaining(['trial-report', 'deliberation-record', 'committee-record', 'request-reply']));
    expect(ids('main')).not.toContain('deliberation-record');
  });

  it('requires 起诉状, 受理案件通知书, 送达回证, one decision, and a hearing record when there was a hearing', () => {
    expect(t.slots.filter((s) => s.required).map((s) => s.id)).toEqual(['complaint', 'acceptance-notice', 'service-receipt']);
    expect(t.requirementGroups.map((g) => [g.id, g.when, g.anyOf])).toEqual([
      ['decision', 'always', ['judgment', 'ruling', 'mediation-document']],
      ['hearing-record', 'hearing_held', ['hearing-transcript', 'hearing-recording']],
      ['deliberation', 'collegial_panel', ['deliberation-record']],
    ]);
  });

  it('recognises the 二审 decision and the 退卷函 by the 民终 number they carry', () => {
    expect(t.slots.filter((s) => s.caseNumberTypes).map((s) => [s.id, s.caseNumberTypes])).toEqual([
      ['higher-court-return', ['民终']],
      ['higher-court-judgment', ['民终']],
    ]);
  });
});
