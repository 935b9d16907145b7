import { describe, expect, it } from 'vitest';
import { containsWord, maskPartyRoles, normalizeText, withinOneEdit } from './normalize-text.js';

describe('normalizeText', () => {
  it('unifies widths and brackets, drops whitespace, lower-cases ASCII', () => {
    expect(normalizeText('（２０２３）沪0118民初1234号 民 事 判 决 书')).toBe('(2023)沪0118民初1234号民事判决书');
    expect(normalizeText('〔2021〕【附件】［一］')).toBe('(2021)(附件)(一)');
    expect(normalizeText('ＥＭＳ回执\t')).toBe('ems回执');
  });

  it('undoes the 辨/辩 confusion', () => {
    expect(normalizeText('民事答辨状')).toBe('民事答辩状');
    expect(normalizeText('辨护词')).toBe('辩护词');
  });
});

describe('containsWord', () => {
  it('matches plain words and A+B conjunctions in any order', () => {
    expect(containsWord('送达回证-起诉书副本-被告人王五', '送达回证+起诉书')).toBe(true);
    expect(containsWord('起诉书副本送达回证', '送达回证+起诉书')).toBe(true);
    expect(containsWord('送达回证-判决书', '送达回证+起诉书')).toBe(false);
    expect(containsWord('ems回执', 'EMS')).toBe(true);
  });

  it('never matches an empty word', () => {
    expect(containsWord('anything', '')).toBe(false);
    expect(containsWord('anything', 'any+')).toBe(false);
  });

  it('masks words like the text when asked', () => {
    expect(containsWord(maskPartyRoles('上诉人证据'), '上诉人证据', true)).toBe(true);
    expect(containsWord(maskPartyRoles('委托书-上诉人唐艳'), '上诉', true)).toBe(false);
  });
});

describe('maskPartyRoles', () => {
  it('reads 诉讼地位 as parties, longest first', () => {
    expect(maskPartyRoles('委托书-被上诉人张三')).toBe('委托书-◇张三');
    expect(maskPartyRoles('原告身份证(申请执行人邓明)')).toBe('原告身份证(◇邓明)');
    expect(maskPartyRoles('再审申请人证据')).toBe('◇证据');
    expect(maskPartyRoles('上诉状')).toBe('上诉状');
  });
});

describe('withinOneEdit', () => {
  it('accepts one substitution, insertion or deletion', () => {
    expect(withinOneEdit('刑事裁走书', '刑事裁定书')).toBe(true);
    expect(withinOneEdit('送达回', '送达回证')).toBe(true);
    expect(withinOneEdit('送达回证书', '送达回证')).toBe(true);
    expect(withinOneEdit('判决书', '判决书')).toBe(true);
  });

  it('rejects two edits', () => {
    expect(withinOneEdit('送回达证', '送达回证')).toBe(false);
    expect(withinOneEdit('判决', '判决书书')).toBe(false);
  });
});
