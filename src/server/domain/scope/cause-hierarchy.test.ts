import { describe, expect, it } from 'vitest';
import { demoCases, labourCauses, loanCauses, supportCauses } from '../../demo/demo-cases.js';
import { canonicalCause, causePath, isCauseUnder, isKnownCause, knownCauses, subCauses } from './cause-hierarchy.js';

describe('cause hierarchy', () => {
  it('puts the loan causes under 借款合同纠纷, as the 2020 rules list them', () => {
    expect(subCauses('借款合同纠纷')).toEqual([
      '金融借款合同纠纷',
      '同业拆借纠纷',
      '民间借贷纠纷',
      '小额借款合同纠纷',
      '金融不良债权转让合同纠纷',
      '金融不良债权追偿纠纷',
      '企业借贷纠纷',
    ]);
    for (const cause of loanCauses) expect(isCauseUnder(cause, '借款合同纠纷'), cause).toBe(true);
    expect(causePath('金融借款合同纠纷')).toEqual(['合同、准合同纠纷', '合同纠纷', '借款合同纠纷', '金融借款合同纠纷']);
  });

  it('puts 信用卡纠纷 under 银行卡纠纷, not under 借款合同纠纷', () => {
    expect(causePath('信用卡纠纷')).toEqual(['合同、准合同纠纷', '合同纠纷', '银行卡纠纷', '信用卡纠纷']);
    expect(isCauseUnder('信用卡纠纷', '借款合同纠纷')).toBe(false);
  });

  it('takes 劳动争议纠纷 (the plan’s words) as 劳动争议 with all its sub-causes, and 劳务合同纠纷 as a contract dispute', () => {
    expect(canonicalCause('劳动争议纠纷')).toBe('劳动争议');
    for (const cause of [...labourCauses, '集体合同纠纷', '劳务派遣合同纠纷', '福利待遇纠纷', '养老保险待遇纠纷']) {
      expect(isCauseUnder(cause, '劳动争议纠纷'), cause).toBe(true);
      expect(isCauseUnder(cause, '劳动争议'), cause).toBe(true);
    }
    expect(subCauses('劳动合同纠纷')).toEqual([
      '确认劳动关系纠纷', '集体合同纠纷', '劳务派遣合同纠纷', '非全日制用工纠纷', '追索劳动报酬纠纷', '经济补偿金纠纷', '竞业限制纠纷',
    ]);
    expect(causePath('工伤保险待遇纠纷')).toEqual(['劳动争议、人事争议', '劳动争议', '社会保险纠纷', '工伤保险待遇纠纷']);
    for (const notLabour of ['劳务合同纠纷', '提供劳务者受害责任纠纷', '聘用合同纠纷', '劳务派遣工作人员侵权责任纠纷']) {
      expect(isCauseUnder(notLabour, '劳动争议纠纷'), notLabour).toBe(false);
    }
    expect(causePath('劳务合同纠纷')).toEqual(['合同、准合同纠纷', '合同纠纷', '劳务合同纠纷']);
  });

  it('groups the three support disputes with their 费 and 变更 sub-causes, apart from other family disputes', () => {
    for (const cause of supportCauses) {
      expect(['抚养纠纷', '赡养纠纷', '扶养纠纷'].some((a) => isCauseUnder(cause, a)), cause).toBe(true);
    }
    expect(subCauses('抚养纠纷')).toEqual(['抚养费纠纷', '变更抚养关系纠纷']);
    expect(subCauses('扶养纠纷')).toEqual(['扶养费纠纷', '变更扶养关系纠纷']);
    expect(subCauses('赡养纠纷')).toEqual(['赡养费纠纷', '变更赡养关系纠纷']);
    // 同居关系子女抚养纠纷 says 抚养 but belongs to 同居关系纠纷.
    for (const other of ['离婚纠纷', '离婚后财产纠纷', '探望权纠纷', '婚约财产纠纷', '同居关系子女抚养纠纷', '遗赠扶养协议纠纷']) {
      expect(['抚养纠纷', '赡养纠纷', '扶养纠纷'].some((a) => isCauseUnder(other, a)), other).toBe(false);
    }
    expect(isCauseUnder('抚养费纠纷', '婚姻家庭纠纷')).toBe(true);
  });

  it('has the two 执行异议之诉 under it, and the other objection suits beside it', () => {
    expect(subCauses('执行异议之诉')).toEqual(['案外人执行异议之诉', '申请执行人执行异议之诉']);
    expect(isCauseUnder('申请执行人执行异议之诉', '案外人执行异议之诉')).toBe(false);
    expect(isCauseUnder('执行分配方案异议之诉', '执行异议之诉')).toBe(false);
    expect(isCauseUnder('执行分配方案异议之诉', '执行程序中的异议之诉')).toBe(true);
  });

  it('treats an unknown cause as under nothing but itself', () => {
    expect(isKnownCause('盗窃罪')).toBe(false);
    expect(causePath('盗窃罪')).toEqual(['盗窃罪']);
    expect(isCauseUnder('盗窃罪', '盗窃罪')).toBe(true);
    expect(isCauseUnder('盗窃罪', '侵权责任纠纷')).toBe(false);
    expect(isCauseUnder('借款合同纠纷', '盗窃罪')).toBe(false);
    expect(subCauses('盗窃罪')).toEqual([]);
  });

  it('never puts a parent under its child', () => {
    expect(isCauseUnder('借款合同纠纷', '金融借款合同纠纷')).toBe(false);
    expect(isCauseUnder('劳动争议', '劳动合同纠纷')).toBe(false);
  });

  it('accepts variant spellings real data uses', () => {
    expect(canonicalCause(' 劳动争议纠纷 ')).toBe('劳动争议');
    expect(canonicalCause('网络购物合同纠纷')).toBe('信息网络买卖合同纠纷');
    expect(isCauseUnder('网络购物合同纠纷', '买卖合同纠纷')).toBe(true);
    expect(canonicalCause('生命权,身体权,健康权纠纷')).toBe('生命权、身体权、健康权纠纷');
    expect(canonicalCause('生命权，身体权，健康权纠纷')).toBe('生命权、身体权、健康权纠纷');
    expect(isKnownCause('生命权、健康权、身体权纠纷')).toBe(true);
  });

  it('names every cause once and lists parents before children', () => {
    const all = knownCauses();
    expect(new Set(all).size).toBe(all.length);
    const position = new Map(all.map((c, i) => [c, i]));
    for (const cause of all) {
      const path = causePath(cause);
      expect(path[path.length - 1]).toBe(cause);
      for (let i = 1; i < path.length; i++) expect(position.get(path[i - 1]!)! < position.get(path[i]!)!).toBe(true);
    }
  });

  it('knows every civil cause of the demo cases (criminal charges and 司法救助 are not civil causes)', () => {
    const civil = new Set(
      demoCases()
        .filter((c) => !/刑|司救/.test(c.caseNumber))
        .map((c) => c.causeOfAction),
    );
    expect(civil.size).toBeGreaterThan(30);
    for (const cause of civil) {
      expect(isKnownCause(cause), cause).toBe(true);
      expect(causePath(cause).length, cause).toBeGreaterThan(1);
    }
  });
});
