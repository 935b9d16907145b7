import { describe, expect, it } from 'vitest';
import { baselineForCentre, spaced, textBlockHeight } from './form-layout.js';

describe('form layout', () => {
  it('spaces out a title the way forms print it', () => {
    expect(spaced('卷内目录')).toBe('卷 内 目 录');
    expect(spaced('诉讼卷宗', '  ')).toBe('诉  讼  卷  宗');
  });

  it('measures a block of wrapped lines', () => {
    expect(textBlockHeight(0, 10)).toBe(0);
    expect(textBlockHeight(1, 10)).toBe(10);
    expect(textBlockHeight(3, 10)).toBeCloseTo(36);
  });

  it('puts the baseline below the centre line, by about a third of the size', () => {
    expect(baselineForCentre(100, 12)).toBeCloseTo(95.68);
  });
});
