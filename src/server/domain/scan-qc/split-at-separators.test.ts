import { describe, expect, it } from 'vitest';
import type { PageVerdictKind } from './judge-page.js';
import { splitAtSeparators } from './split-at-separators.js';

/** A stack written as a string: p pass, w warn, f fail, _ blank. */
function stack(s: string) {
  const kinds: Record<string, PageVerdictKind> = { p: 'pass', w: 'warn', f: 'fail', _: 'blank' };
  return [...s].map((c, i) => ({ id: i, verdict: kinds[c]! }));
}

/** Materials as page index ranges. */
const split = (s: string) => splitAtSeparators(stack(s)).map((m) => ({ first: m.first, last: m.last, ids: m.pages.map((p) => p.id) }));

describe('splitAtSeparators', () => {
  it('keeps a stack without separators as one material', () => {
    expect(split('ppp')).toEqual([{ first: 0, last: 2, ids: [0, 1, 2] }]);
  });

  it('splits at a blank separator sheet, which belongs to neither material', () => {
    expect(split('pp_p')).toEqual([
      { first: 0, last: 1, ids: [0, 1] },
      { first: 3, last: 3, ids: [3] },
    ]);
  });

  it('treats blanks in a row as one separator (a separator with an empty back)', () => {
    expect(split('p__p')).toHaveLength(2);
    expect(split('p___pp')).toEqual([
      { first: 0, last: 0, ids: [0] },
      { first: 4, last: 5, ids: [4, 5] },
    ]);
  });

  it('drops leading and trailing blanks', () => {
    expect(split('__pp__')).toEqual([{ first: 2, last: 3, ids: [2, 3] }]);
  });

  it('keeps failed and warned pages in their material', () => {
    expect(split('pfw_p')).toEqual([
      { first: 0, last: 2, ids: [0, 1, 2] },
      { first: 4, last: 4, ids: [4] },
    ]);
  });

  it('finds no material in an empty or all-blank stack', () => {
    expect(split('')).toEqual([]);
    expect(split('___')).toEqual([]);
  });

  it('returns the callers own page objects', () => {
    const pages = stack('p_p');
    const [a, b] = splitAtSeparators(pages);
    expect(a!.pages[0]).toBe(pages[0]);
    expect(b!.pages[0]).toBe(pages[2]);
  });
});
