import { describe, expect, it } from 'vitest';
import { slotsInOrder } from './catalogue-template.js';
import { stateCompensationAndJudicialAidTemplate } from './state-compensation-and-judicial-aid.template.js';
import { validateTemplate } from './validate-template.js';

const t = stateCompensationAndJudicialAidTemplate();

describe('state compensation and judicial aid template (法赔, 委赔…, 司救…)', () => {
  it('is valid and serves every 司救 code', () => {
    expect(validateTemplate(t)).toEqual({ ok: true, issues: [] });
    expect(t.typeCodes.filter((c) => c.startsWith('司救'))).toEqual(['司救刑', '司救民', '司救行', '司救赔', '司救执', '司救访', '司救他']);
  });

  it('runs 申请 · 原案文书 · 受理 · 证据 · 调查 · 质证 · 决定 · 支付 · 送达', () => {
    expect(slotsInOrder(t, 'main').map((s) => s.id)).toEqual([
      'cover', 'catalogue', 'filing-registration', 'application', 'original-decision', 'acceptance-notice', 'party-identity',
      'applicant-evidence', 'inquiry-record', 'summons', 'hearing-transcript', 'hearing-recording', 'decision', 'payment',
      'service-receipt', 'back-sheet', 'back-cover',
    ]);
    expect(t.slots.filter((s) => s.required).map((s) => s.id)).toEqual(['application', 'decision', 'service-receipt']);
  });

  it('keeps aid approvals in the 副卷', () => {
    const approval = t.slots.find((s) => s.id === 'internal-approval')!;
    expect(approval.volume).toBe('side');
    expect(approval.names).toContain('司法救助审批表');
  });
});
