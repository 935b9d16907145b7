import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it('sorts keys at every level and leaves out whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: '案' } })).toBe('{"a":{"c":"案","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it('gives the same bytes whatever order the keys were built in', () => {
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });

  it('NFC-normalises strings, so a decomposed name signs like the composed one', () => {
    expect(canonicalJson({ t: 'e\u0301' })).toBe(canonicalJson({ t: '\u00e9' }));
  });

  it('refuses numbers that could print differently', () => {
    expect(() => canonicalJson({ n: 1.5 })).toThrow(TypeError);
    expect(() => canonicalJson({ n: 2 ** 60 })).toThrow(TypeError);
  });
});
