import { describe, expect, it } from 'vitest';
import { caseSearchTokens, normaliseForSearch, searchTokens } from './search-tokens.js';

describe('search tokens', () => {
  it('normalises full-width characters, case and brackets', () => {
    expect(normaliseForSearch('（２０２１）沪0118民初1234号')).toBe('2021沪0118民初1234号');
    expect(normaliseForSearch('ABC 银行')).toBe('abc银行');
  });

  it('makes overlapping bigrams', () => {
    expect(searchTokens('张三丰')).toEqual(['张三', '三丰']);
    expect(searchTokens('银行银行')).toEqual(['银行', '行银']);
  });

  it('keeps a single character as its own token and ignores empty text', () => {
    expect(searchTokens('张')).toEqual(['张']);
    expect(searchTokens(' （）')).toEqual([]);
  });

  it('indexes the case number and every party name without duplicates', () => {
    const tokens = caseSearchTokens('(2021)沪0118民初12号', ['张三', '张三']);
    expect(tokens).toContain('沪0');
    expect(tokens).toContain('民初');
    expect(tokens).toContain('张三');
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('every bigram of a query taken from a name is among that name’s tokens', () => {
    const name = '中国农业银行股份有限公司上海青浦支行';
    const tokens = new Set(searchTokens(name));
    for (const q of ['农业银行', '青浦支行', '股份有限']) {
      for (const t of searchTokens(q)) expect(tokens.has(t)).toBe(true);
    }
  });
});
