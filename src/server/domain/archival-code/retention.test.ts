import { describe, expect, it } from 'vitest';
import { longer, retentionCodeOf, retentionFor } from './retention.js';

describe('retentionFor (保管期限)', () => {
  it('keeps decided civil and administrative cases long', () => {
    expect(retentionFor({ typeCode: '民初', closingMethod: '判决' }).period.label).toBe('长期（60年）');
    expect(retentionFor({ typeCode: '行初', closingMethod: '调解' }).period.code).toBe('C60');
  });

  it('keeps withdrawn and rejected cases short, whatever the family', () => {
    expect(retentionFor({ typeCode: '民初', closingMethod: '准予撤诉' }).period.code).toBe('D30');
    expect(retentionFor({ typeCode: '刑初', closingMethod: '终止审理' }).period.code).toBe('D30');
    expect(retentionFor({ typeCode: '民初', closingMethod: '驳回起诉' }).explanation).toContain('驳回起诉');
  });

  it('keeps state compensation permanently, and takes the longest of several rules', () => {
    expect(retentionFor({ typeCode: '法赔', closingMethod: '决定' }).period.code).toBe('Y');
    expect(retentionFor({ typeCode: '委赔', closingMethod: null }).period.label).toBe('永久');
  });

  it('flags criminal judgments for a person (sentence-dependent permanence) and unknown facts', () => {
    const criminal = retentionFor({ typeCode: '刑初', closingMethod: '判决' });
    expect(criminal).toMatchObject({ period: { code: 'C60' }, needsReview: true });
    const unknown = retentionFor({ typeCode: '民初', closingMethod: null });
    expect(unknown).toMatchObject({ period: { code: 'C60' }, rules: [], needsReview: true });
    expect(unknown.explanation).toContain('请档案管理员核定');
  });

  it('tells enforcement closed for now (终本, may resume) from enforcement completed', () => {
    expect(retentionFor({ typeCode: '执', closingMethod: '终结本次执行程序' }).period.code).toBe('C60');
    expect(retentionFor({ typeCode: '执', closingMethod: '执行完毕' }).period.code).toBe('D30');
  });

  it('orders periods', () => {
    expect(longer('D30', 'Y')).toBe('Y');
    expect(longer('C60', 'D10')).toBe('C60');
  });

  it('reads a 保管期限 written by another system', () => {
    expect(['Y', '永久', '长期（60年）', '短期（30年）', '定期10年', '随便'].map(retentionCodeOf)).toEqual(['Y', 'Y', 'C60', 'D30', 'D10', null]);
  });
});
