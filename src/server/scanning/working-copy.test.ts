import { describe, expect, it } from 'vitest';
import { atMostTwoLevels } from './working-copy.js';

describe('atMostTwoLevels', () => {
  it('holds for one or two distinct levels and fails at the third', () => {
    expect(atMostTwoLevels(Uint8Array.from([255, 255]))).toBe(true);
    expect(atMostTwoLevels(Uint8Array.from([0, 255, 0, 255]))).toBe(true);
    expect(atMostTwoLevels(Uint8Array.from([0, 255, 0, 254]))).toBe(false);
  });

  it('looks only at the first channel of interleaved pixels', () => {
    expect(atMostTwoLevels(Uint8Array.from([0, 7, 255, 8, 0, 9]), 2)).toBe(true);
  });
});
