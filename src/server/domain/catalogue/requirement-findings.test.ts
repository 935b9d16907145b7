import { describe, expect, it } from 'vitest';
import { requirementFindings } from './requirement-findings.js';
import { templateForTypeCode } from './templates.js';

const civil = templateForTypeCode('民初')!;
const complete = ['complaint', 'acceptance-notice', 'service-receipt', 'judgment', 'hearing-transcript', 'deliberation-record'];

describe('requirementFindings', () => {
  it('accepts a complete civil file', () => {
    expect(requirementFindings(civil, complete, { hearingHeld: true, collegialPanel: true })).toEqual({ ok: true, issues: [] });
  });

  it('lets any one of 判决书, 裁定书, 调解书 satisfy the decision requirement', () => {
    for (const decision of ['judgment', 'ruling', 'mediation-document']) {
      const filled = complete.filter((s) => s !== 'judgment').concat(decision);
      expect(requirementFindings(civil, filled, { hearingHeld: true, collegialPanel: true }).ok).toBe(true);
    }
  });

  it('lets a recording stand in for the transcript (法释〔2017〕5号 art. 8), and asks for neither without a hearing', () => {
    const withRecording = complete.filter((s) => s !== 'hearing-transcript').concat('hearing-recording');
    expect(requirementFindings(civil, withRecording, { hearingHeld: true, collegialPanel: true }).ok).toBe(true);
    const neither = complete.filter((s) => s !== 'hearing-transcript');
    expect(requirementFindings(civil, neither, { hearingHeld: false, collegialPanel: true }).ok).toBe(true);
    expect(requirementFindings(civil, neither, { hearingHeld: true, collegialPanel: true }).issues).toEqual([
      { code: 'CATALOGUE_REQUIREMENT_UNMET', severity: 'error', path: ['requirementGroups', 'hearing-record'], message: '缺少庭审笔录或庭审录音录像（开庭（听证）审理的案件）' },
    ]);
  });

  it('asks for the 合议庭评议笔录 only when a collegial panel tried the case', () => {
    const sole = complete.filter((s) => s !== 'deliberation-record');
    expect(requirementFindings(civil, sole, { hearingHeld: true, collegialPanel: false }).ok).toBe(true);
    expect(requirementFindings(civil, sole, { hearingHeld: true, collegialPanel: true }).issues.map((i) => i.path)).toEqual([['requirementGroups', 'deliberation']]);
  });

  it('names every missing required slot in Chinese', () => {
    const f = requirementFindings(civil, [], { hearingHeld: false, collegialPanel: false });
    expect(f.ok).toBe(false);
    expect(f.issues.map((i) => i.message)).toEqual(['正卷缺少必备材料“起诉状”', '正卷缺少必备材料“受理案件通知书”', '正卷缺少必备材料“送达回证”', '缺少裁判文书（判决书、裁定书或调解书）']);
  });
});
