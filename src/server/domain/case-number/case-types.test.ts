import { describe, expect, it } from 'vitest';
import {
  caseTypeCategories,
  caseTypeCodes,
  caseTypeFamilies,
  caseTypes,
  isKnownTypeCode,
  typeCodeFamily,
  typeCodeInfo,
} from './case-types.js';

describe('case-type table (DOMAIN.md §5.4)', () => {
  it('has the 11 大类 in order', () => {
    expect(caseTypeCategories).toEqual([
      { code: '0100', name: '管辖案件' },
      { code: '0200', name: '刑事案件' },
      { code: '0300', name: '民事案件' },
      { code: '0400', name: '行政案件' },
      { code: '0500', name: '国家赔偿与司法救助案件' },
      { code: '0600', name: '区际司法协助案件' },
      { code: '0700', name: '国际司法协助案件' },
      { code: '0800', name: '司法制裁案件' },
      { code: '0900', name: '非诉保全审查案件' },
      { code: '1000', name: '执行类案件' },
      { code: '1100', name: '强制清算与破产案件' },
    ]);
  });

  it('has as many rows per 大类 as DOMAIN.md (204 rows, 37 中类 headings)', () => {
    const counts: Record<string, number> = {};
    for (const row of caseTypes) counts[row.categoryCode] = (counts[row.categoryCode] ?? 0) + 1;
    expect(counts).toEqual({
      '0100': 19,
      '0200': 32,
      '0300': 33,
      '0400': 11,
      '0500': 24,
      '0600': 35,
      '0700': 18,
      '0800': 4,
      '0900': 4,
      '1000': 10,
      '1100': 14,
    });
    expect(caseTypes).toHaveLength(204);
    expect(caseTypes.filter((r) => r.typeCode === null)).toHaveLength(37);
  });

  it('numbers each row uniquely inside its 大类, in order', () => {
    expect(new Set(caseTypes.map((r) => r.code)).size).toBe(caseTypes.length);
    for (const c of caseTypeCategories) {
      const rows = caseTypes.filter((r) => r.categoryCode === c.code);
      rows.forEach((row, i) => {
        expect(row.category).toBe(c.name);
        expect(row.code).toBe(c.code.slice(0, 2) + String(i + 1).padStart(2, '0'));
      });
    }
  });

  it('keeps every 类型代字 to at most three Chinese characters (法〔2015〕137号 art. 7)', () => {
    for (const row of caseTypes) {
      if (row.typeCode !== null) expect(row.typeCode).toMatch(/^\p{Script=Han}{1,3}$/u);
    }
  });

  it('copies rows exactly', () => {
    const byCode = (code: string) => caseTypes.find((r) => r.code === code);
    expect(byCode('0301')).toEqual({ code: '0301', name: '民事一审案件', typeCode: '民初', category: '民事案件', categoryCode: '0300' });
    expect(byCode('0309')).toEqual({ code: '0309', name: '特别程序案件', typeCode: null, category: '民事案件', categoryCode: '0300' });
    expect(byCode('0311')?.name).toBe('宣告失踪、宣告死亡案件');
    expect(byCode('0332')?.typeCode).toBe('民保令');
    expect(byCode('0229')?.typeCode).toBe('刑教');
    expect(byCode('0513')).toMatchObject({ name: '赔偿确认申诉审查案件', typeCode: '赔确监' });
    expect(byCode('0514')).toMatchObject({ name: '司法赔偿监督上级法院赔偿委员会重审案件', typeCode: '委赔提' });
    expect(byCode('0632')).toMatchObject({ name: '向台湾地区移管被判刑人案件', typeCode: '助移管' });
    expect(byCode('1002')).toMatchObject({ name: '首次执行案件', typeCode: '执', category: '执行类案件' });
    expect(byCode('1110')).toMatchObject({ name: '强制清算案件', typeCode: '强清' });
    expect(byCode('1114')).toMatchObject({ name: '破产和解案件', typeCode: '破', category: '强制清算与破产案件', categoryCode: '1100' });
  });
});

describe('caseTypeCodes', () => {
  it('has 129 distinct 类型代字, one entry each', () => {
    expect(caseTypeCodes).toHaveLength(129);
    expect(new Set(caseTypeCodes.map((t) => t.typeCode)).size).toBe(129);
    const fromRows = new Set(caseTypes.flatMap((r) => (r.typeCode === null ? [] : [r.typeCode])));
    expect(new Set(caseTypeCodes.map((t) => t.typeCode))).toEqual(fromRows);
  });

  it('names a code carried by one row after that row', () => {
    expect(typeCodeInfo('民初')).toEqual({
      typeCode: '民初',
      name: '民事一审案件',
      category: '民事案件',
      categoryCode: '0300',
      tableCodes: ['0301'],
    });
    expect(typeCodeInfo('执')?.name).toBe('首次执行案件');
    expect(typeCodeInfo('执异')?.name).toBe('执行异议案件');
    expect(typeCodeInfo('民辖终')?.name).toBe('民事管辖上诉案件');
  });

  it('names a shared code after the 中类 heading that groups its rows', () => {
    expect(typeCodeInfo('民特')).toMatchObject({ name: '特别程序案件', category: '民事案件', categoryCode: '0300' });
    expect(typeCodeInfo('民特')?.tableCodes).toHaveLength(13);
    expect(typeCodeInfo('刑辖')).toMatchObject({ name: '刑事管辖案件', category: '管辖案件', categoryCode: '0100' });
    expect(typeCodeInfo('破')).toMatchObject({ name: '破产案件', tableCodes: ['1112', '1113', '1114'] });
    expect(typeCodeInfo('刑核')?.name).toBe('刑事复核案件');
    expect(typeCodeInfo('刑止')?.name).toBe('停止执行死刑案件');
    expect(typeCodeInfo('民催')?.name).toBe('催告案件');
    expect(typeCodeInfo('司惩')?.name).toBe('司法制裁审查案件');
    expect(typeCodeInfo('民辖')?.name).toBe('民事管辖案件');
    expect(typeCodeInfo('赔辖')?.name).toBe('行政赔偿管辖案件');
  });

  it('joins row names when the heading would not identify the code', () => {
    // 0601 groups 认台, 认港 and 认澳.
    expect(typeCodeInfo('认台')?.name).toBe('认可与执行台湾地区法院裁判、仲裁裁决审查案件');
    expect(typeCodeInfo('认港')?.name).toBe('认可与执行香港特别行政区法院裁判、仲裁裁决审查案件');
    // '调查取证案件' heads both 0620 and 0709.
    expect(typeCodeInfo('协外调')?.name).toBe('外国法院请求调查取证审查、实施案件');
    expect(typeCodeInfo('台请送')?.name).toBe('台湾地区请求送达文书审查、协助台湾地区送达文书案件');
  });

  it('gives every distinct code a distinct name', () => {
    expect(new Set(caseTypeCodes.map((t) => t.name)).size).toBe(caseTypeCodes.length);
  });

  it('does not know codes outside the table', () => {
    expect(typeCodeInfo('民诉前调')).toBeUndefined();
    expect(typeCodeInfo('商初')).toBeUndefined();
    expect(typeCodeInfo('')).toBeUndefined();
    expect(isKnownTypeCode('民诉前调')).toBe(false);
    expect(isKnownTypeCode('执恢')).toBe(true);
  });
});

describe('typeCodeFamily', () => {
  it('finds a family for every code in the table, and every family is used', () => {
    const used = new Set<string>();
    for (const t of caseTypeCodes) {
      const family = typeCodeFamily(t.typeCode);
      expect(family, t.typeCode).toBeDefined();
      used.add(family!);
    }
    expect(used).toEqual(new Set(caseTypeFamilies.map((f) => f.family)));
  });

  it('prefers the longer family', () => {
    expect(typeCodeFamily('行初')).toBe('行');
    expect(typeCodeFamily('行审复')).toBe('行');
    expect(typeCodeFamily('行赔初')).toBe('行赔');
    expect(typeCodeFamily('行保复')).toBe('行保');
    expect(typeCodeFamily('赔辖')).toBe('赔');
    expect(typeCodeFamily('法赔')).toBe('法赔');
    expect(typeCodeFamily('委赔监')).toBe('委赔');
    expect(typeCodeFamily('司救民')).toBe('司救');
    expect(typeCodeFamily('司惩复')).toBe('司惩');
    expect(typeCodeFamily('强清')).toBe('强清');
    expect(typeCodeFamily('清申')).toBe('清');
    expect(typeCodeFamily('破申')).toBe('破');
    expect(typeCodeFamily('执异')).toBe('执');
    expect(typeCodeFamily('台请送')).toBe('台请');
    expect(typeCodeFamily('请台送')).toBe('请');
    expect(typeCodeFamily('协外认')).toBe('协');
  });

  it('works for codes the table lacks', () => {
    expect(typeCodeFamily('民诉前调')).toBe('民');
    expect(typeCodeFamily('司救新')).toBe('司救');
    expect(typeCodeFamily('商初')).toBeUndefined();
    expect(typeCodeFamily('')).toBeUndefined();
  });

  it('supports rules over families, e.g. every 司法救助 code', () => {
    const siJiu = caseTypeCodes.filter((t) => typeCodeFamily(t.typeCode) === '司救').map((t) => t.typeCode);
    expect(siJiu).toEqual(['司救刑', '司救民', '司救行', '司救赔', '司救执', '司救访', '司救他']);
    expect(caseTypeCodes.filter((t) => typeCodeFamily(t.typeCode) === '司救').every((t) => t.categoryCode === '0500')).toBe(true);
  });
});
