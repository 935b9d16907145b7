import { describe, expect, it } from 'vitest';
import { criminalHearingTranscriptPatch, criminalSlots, criminalSummonsPatch } from './criminal-slots.js';
import { use } from './slot-library.js';

describe('criminalSlots', () => {
  it('gives every slot names, none ruled out by its own negative words', () => {
    for (const [id, s] of Object.entries(criminalSlots)) {
      expect(s.names.length, id).toBeGreaterThan(0);
      const negatives: readonly string[] = 'negativeKeywords' in s ? s.negativeKeywords : [];
      for (const name of s.names) expect(negatives.some((n) => name.includes(n)), `${id}: ${name}`).toBe(false);
    }
  });

  it('tells the 起诉书送达回证 by both words, in any order', () => {
    expect(criminalSlots['indictment-service-receipt'].keywords).toContain('送达回证+起诉书');
    expect(criminalSlots.indictment.negativeKeywords).toContain('送达');
  });

  it('files 公诉词 and 辩护词 with the 庭审笔录, and 提押票 with the summons but not the 开庭公告', () => {
    const transcript = use('hearing-transcript', criminalHearingTranscriptPatch);
    expect(transcript.names).toEqual(expect.arrayContaining(['公诉意见书', '辩护词']));
    const summons = use('summons', criminalSummonsPatch);
    expect(summons.names).toContain('提押票');
    expect(summons.names).not.toContain('开庭公告');
    expect(summons.negativeKeywords).toContain('开庭公告');
    expect(summons.negativeKeywords).not.toContain('笔录');
  });
});
