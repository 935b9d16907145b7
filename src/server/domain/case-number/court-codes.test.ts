import { describe, expect, it } from 'vitest';
import { courtByCode, courts, highCourtCodes, isCourtCodeShape, isKnownCourtCode, SUPREME_COURT_CODE } from './court-codes.js';

describe('court codes (DOMAIN.md §5.3)', () => {
  it('lists the SPC and the 33 high courts (31 provinces, 兵团分院 兵, 军事法院 军)', () => {
    expect(courtByCode(SUPREME_COURT_CODE)).toMatchObject({ name: '最高人民法院', level: 'supreme', parentCode: null });
    expect(highCourtCodes.join('')).toBe('京津冀晋内辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔云藏陕甘青宁新兵军');
    expect(courtByCode('沪')).toMatchObject({ name: '上海市高级人民法院', level: 'high', province: '上海' });
    expect(courtByCode('内')?.province).toBe('内蒙古');
    expect(courtByCode('兵')?.name).toBe('新疆维吾尔自治区高级人民法院生产建设兵团分院');
    expect(courtByCode('军')?.name).toBe('中国人民解放军军事法院');
  });

  it('lists every Shanghai court of the SPC table with its full name', () => {
    const shanghai = courts.filter((c) => c.code.startsWith('沪') && c.code !== '沪').map((c) => c.code);
    expect(new Set(shanghai)).toEqual(
      new Set([
        '沪01', '沪02', '沪03', '沪71', '沪7101', '沪72', '沪73', '沪74',
        '沪0101', '沪0104', '沪0105', '沪0106', '沪0107', '沪0109', '沪0110', '沪0112', '沪0113', '沪0114',
        '沪0115', '沪0116', '沪0117', '沪0118', '沪0120', '沪0151',
      ]),
    );
    expect(courtByCode('沪0118')).toEqual({
      code: '沪0118',
      name: '上海市青浦区人民法院',
      level: 'basic',
      parentCode: '沪02',
      internalCode: 1121,
      province: null,
    });
    expect(courtByCode('沪01')?.name).toBe('上海市第一中级人民法院');
    expect(courtByCode('沪74')).toMatchObject({ name: '上海金融法院', level: 'intermediate' });
    expect(courtByCode('沪7101')).toMatchObject({ name: '上海铁路运输法院', parentCode: '沪71' });
  });

  it('lists the other courts DOMAIN.md names', () => {
    expect(courtByCode('京73')?.name).toBe('北京知识产权法院');
    expect(courtByCode('京7101')?.name).toBe('北京铁路运输法院');
    expect(courtByCode('津8601')?.name).toBe('天津铁路运输法院');
    expect(courtByCode('津72')?.name).toBe('天津海事法院');
    expect(courtByCode('冀0191')?.name).toBe('石家庄高新技术产业开发区人民法院');
    expect(courtByCode('粤07')?.name).toBe('广东省江门市中级人民法院');
    expect(courtByCode('粤0703')?.name).toBe('江门市蓬江区人民法院');
    expect(courtByCode('粤0781')?.name).toBe('台山市人民法院');
  });

  it('has unique codes, valid shapes and parents that exist or are of valid shape', () => {
    expect(new Set(courts.map((c) => c.code)).size).toBe(courts.length);
    expect(new Set(courts.map((c) => c.internalCode)).size).toBe(courts.length);
    for (const c of courts) {
      expect(isCourtCodeShape(c.code), c.code).toBe(true);
      if (c.parentCode !== null) expect(isCourtCodeShape(c.parentCode), c.code).toBe(true);
    }
  });

  it('answers unknown codes without guessing', () => {
    expect(isKnownCourtCode('沪0108')).toBe(false);
    expect(courtByCode('沪0108')).toBeUndefined();
    expect(isKnownCourtCode('沪0118')).toBe(true);
  });

  it('checks the shape of a code (法〔2015〕137号 art. 4–5)', () => {
    for (const ok of ['最高法', '沪', '沪01', '沪0118', '兵01', '军0101']) expect(isCourtCodeShape(ok), ok).toBe(true);
    for (const bad of ['', '最高', '最高法01', '沪1', '沪011', '沪01180', 'X01', '嘉', '沪０１']) {
      expect(isCourtCodeShape(bad), bad).toBe(false);
    }
  });
});
