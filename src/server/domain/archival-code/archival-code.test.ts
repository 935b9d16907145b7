import { describe, expect, it } from 'vitest';
import { categoryOf, checkTemplate, DEFAULT_ARCHIVAL_CODE_TEMPLATE, formatArchivalCode, seriesOf } from './archival-code.js';

const parts = { fonds: 'J019', year: 2021, retention: 'C60' as const, category: 'MS', seq: 7 };

describe('档号', () => {
  it('fills the default template after DA/T 13 (全宗号-ZY·年度·保管期限·类别-件号)', () => {
    expect(formatArchivalCode(DEFAULT_ARCHIVAL_CODE_TEMPLATE, parts)).toBe('J019-ZY·2021·C60·MS-0007');
    expect(checkTemplate(DEFAULT_ARCHIVAL_CODE_TEMPLATE)).toEqual([]);
  });

  it('numbers within a series: everything before the 件号', () => {
    expect(seriesOf(DEFAULT_ARCHIVAL_CODE_TEMPLATE, parts)).toBe('J019-ZY·2021·C60·MS-');
    expect(seriesOf(DEFAULT_ARCHIVAL_CODE_TEMPLATE, { ...parts, retention: 'Y' })).not.toBe(seriesOf(DEFAULT_ARCHIVAL_CODE_TEMPLATE, parts));
  });

  it('refuses templates that cannot give unique, well-formed numbers', () => {
    expect(checkTemplate('{year}-{category}')).toEqual(expect.arrayContaining(['档号模板必须包含 {fonds}', '档号模板必须包含 {seq}']));
    expect(checkTemplate('{fonds}-{seq}-{year}').join()).toContain('应放在档号最后');
    expect(checkTemplate('{fonds}-{judge}-{seq}').join()).toContain('不认识的字段');
    expect(checkTemplate('{fonds} {seq}').join()).toContain('空格');
  });

  it('derives the 审判类别 from the type code', () => {
    expect(['刑初', '民终', '行初', '执异', '法赔', '司救民', '破', '认台'].map(categoryOf)).toEqual(['XS', 'MS', 'XZ', 'ZX', 'PC', 'SJ', 'PO', 'QT']);
  });
});
