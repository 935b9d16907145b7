import { describe, expect, it } from 'vitest';
import { judgeBatch } from './judge-batch.js';
import type { PageVerdictKind } from './judge-page.js';

const stack = (...verdicts: PageVerdictKind[]) => verdicts.map((verdict) => ({ verdict }));

describe('judgeBatch', () => {
  it('counts the verdicts and passes a batch whose content pages match the declared count', () => {
    const result = judgeBatch(stack('pass', 'pass', 'blank', 'pass', 'blank'), 3);
    expect(result).toEqual({ verdict: 'pass', counts: { scanned: 5, content: 3, pass: 3, warn: 0, fail: 0, blank: 2 }, reasons: [] });
  });

  it('reports a missing page (漏页)', () => {
    const result = judgeBatch(stack('pass', 'pass', 'blank'), 3);
    expect(result.verdict).toBe('fail');
    expect(result.reasons).toEqual([
      {
        code: 'PAGE_COUNT_MISMATCH',
        severity: 'fail',
        message: '声明页数 3，实际扫描 2 页（不含空白页 1 页），缺少 1 页',
        measure: 'content',
        measured: 2,
        limit: 3,
      },
    ]);
  });

  it('reports a doubled page (重页)', () => {
    expect(judgeBatch(stack('pass', 'pass', 'pass'), 2).reasons[0]!.message).toBe('声明页数 2，实际扫描 3 页，多出 1 页');
  });

  it('can count blank pages when the declared count includes them', () => {
    expect(judgeBatch(stack('pass', 'blank'), 2, { countBlankPages: true }).reasons).toEqual([]);
    expect(judgeBatch(stack('pass', 'blank'), 2).reasons[0]!.code).toBe('PAGE_COUNT_MISMATCH');
  });

  it('makes no comparison when nothing was declared', () => {
    expect(judgeBatch(stack('pass'), null).reasons).toEqual([]);
  });

  it('fails when a page fails and warns when a page warns', () => {
    expect(judgeBatch(stack('pass', 'fail'), null).verdict).toBe('fail');
    expect(judgeBatch(stack('pass', 'warn'), null).verdict).toBe('warn');
    expect(judgeBatch([], null)).toMatchObject({ verdict: 'pass', counts: { scanned: 0, content: 0 } });
  });
});
