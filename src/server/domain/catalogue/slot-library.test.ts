import { describe, expect, it } from 'vitest';
import { decisionSlots, generatedSlots, slotLibrary, trialSideVolume, use } from './slot-library.js';

describe('slotLibrary', () => {
  it('keeps generated slots free of words that would classify materials into them', () => {
    for (const [id, s] of Object.entries(slotLibrary)) {
      if (!('generated' in s)) continue;
      expect(s.keywords, id).toEqual([]);
      expect(s.names.length, id).toBeGreaterThan(0);
    }
    expect([...generatedSlots.mainOpening(), ...generatedSlots.mainClosing()].map((s) => s.id)).toEqual(['cover', 'catalogue', 'back-sheet', 'back-cover']);
  });

  it('gives every other slot names and keywords, none ruled out by its own negative words', () => {
    for (const [id, s] of Object.entries(slotLibrary)) {
      if ('generated' in s) continue;
      expect(s.names.length, id).toBeGreaterThan(0);
      const negatives = 'negativeKeywords' in s ? (s.negativeKeywords as string[]) : [];
      for (const name of s.names) expect(negatives.some((n) => name.includes(n)), `${id}: ${name}`).toBe(false);
    }
  });

  it('puts the 副卷 items of DOMAIN.md §4.1 in every trial side volume', () => {
    expect(trialSideVolume().map((s) => s.id)).toEqual([
      'side-cover', 'side-catalogue', 'trial-report', 'deliberation-record', 'judges-meeting-record', 'committee-record',
      'request-reply', 'document-draft', 'internal-approval', 'side-back-sheet', 'side-back-cover',
    ]);
  });

  it('names decisions after the template’s family', () => {
    expect(decisionSlots('刑事').map((s) => [s.id, s.title, s.names])).toEqual([
      ['judgment', '刑事判决书', ['判决书', '刑事判决书']],
      ['ruling', '刑事裁定书', ['裁定书', '刑事裁定书']],
      ['mediation-document', '刑事调解书', ['调解书', '刑事调解书']],
    ]);
  });

  it('lets a template adapt a library slot without changing it', () => {
    const s = use('appeal', { required: true, addNegativeKeywords: ['移送'] });
    expect(s.required).toBe(true);
    expect(s.negativeKeywords).toContain('移送');
    expect(slotLibrary.appeal.negativeKeywords).not.toContain('移送');
  });
});
