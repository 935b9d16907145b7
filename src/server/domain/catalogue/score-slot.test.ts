import { describe, expect, it } from 'vitest';
import { readMaterial, type MaterialInput } from './read-material.js';
import { classifierWeights, knownNamesOf, scoreSlot, type CaseNumberContext } from './score-slot.js';
import { templateForTypeCode } from './templates.js';

const civil = templateForTypeCode('民初')!;
const slot = (id: string) => civil.slots.find((s) => s.id === id)!;
const none: CaseNumberContext = { foreignType: null, caseNumber: null, claimed: false };
const score = (id: string, input: MaterialInput, caseNumber = none) =>
  scoreSlot(slot(id), input, readMaterial(input), caseNumber, { knownNames: knownNamesOf(civil.slots) });

describe('scoreSlot', () => {
  it('scores an exact standard name highest, a contained name next, a keyword last', () => {
    expect(score('judgment', { title: '民事判决书' }).score).toBe(classifierWeights.exact.title);
    expect(score('judgment', { title: '民事判决书（正本）' }).score).toBe(10);
    expect(score('judgment', { title: '民事判决书张三' }).score).toBeCloseTo(6 + 0.5);
    expect(score('service-receipt', { title: '送达回证-判决书' }).score).toBeCloseTo(6 + 0.4);
    expect(score('summons', { title: '到庭通知' }).score).toBe(classifierWeights.keyword.title);
  });

  it('subtracts negative words: a 判决书送达回证 is no 判决书', () => {
    const s = score('judgment', { title: '判决书送达回证' });
    expect(s.score).toBeLessThan(0);
    expect(s.reasons).toContain('题名含排除词“送达回证”');
  });

  it('counts title, document type and heading that agree once in full and the rest at 25%', () => {
    const s = score('judgment', { title: '民事判决书', externalType: '民事判决书', text: '民事判决书\n（2023）沪0118民初1号' });
    expect(s.score).toBe(10 + 0.25 * (8 + 8));
  });

  it('lets a negative word in the title or body cancel the generic type and heading evidence', () => {
    const s = score('ruling', { title: '管辖权异议裁定书', externalType: '民事裁定书', text: '民事裁定书\n被告在提交答辩状期间对管辖权提出异议' });
    expect(s.reasons.some((r) => r.startsWith('审判系统文书类型'))).toBe(false);
    expect(s.score).toBeLessThan(0);
  });

  it('rewards the slot that claims another case’s number and penalises the others', () => {
    const foreign: CaseNumberContext = { foreignType: '民终', caseNumber: '（2024）沪02民终8号', claimed: true };
    expect(score('higher-court-judgment', { title: '民事判决书' }, foreign).score).toBe(classifierWeights.caseNumberMatch);
    expect(score('judgment', { title: '民事判决书' }, foreign).score).toBe(10 + classifierWeights.foreignCaseNumber);
  });

  it('counts body phrases up to a cap and only in the first 2,000 characters', () => {
    const s = score('judgment', { title: '', text: '本院认为\n判决如下\n如不服本判决\n本判决' });
    expect(s.score).toBe(3 * classifierWeights.bodyKeyword);
  });

  it('reads a near-miss heading only when it is no other slot’s name', () => {
    expect(score('acceptance-notice', { title: '', text: '受理案件通知栽\n……' }).reasons).toEqual(['正文标题“受理案件通知栽”近似“受理案件通知书”']);
    expect(score('mediation-record', { title: '', text: '调查笔录\n……' }).score).toBe(0);
  });

  it('takes the source and category as hints', () => {
    expect(score('hearing-recording', { title: 'VID_1', source: 'recording' }).score).toBe(classifierWeights.source);
    expect(score('judgment', { title: 'VID_1', source: 'recording' }).score).toBe(classifierWeights.notRecording);
    expect(score('service-receipt', { title: 'x', category: 'service_receipt' }).score).toBe(classifierWeights.specificCategory);
    expect(score('judgment', { title: 'x', category: 'court_document' }).score).toBe(classifierWeights.category);
  });
});
