import { describe, expect, it } from 'vitest';
import { Base64LineEncoder, Base64StreamDecoder } from './base64-lines.js';

const data = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 7) % 256));

function encode(pieces: number[]): string {
  const enc = new Base64LineEncoder();
  let out = '';
  let at = 0;
  for (const size of pieces) {
    out += enc.push(data.subarray(at, at + size)).toString('latin1');
    at += size;
  }
  return out + enc.end().toString('latin1');
}

describe('Base64LineEncoder', () => {
  it('gives the same 76-character lines however the input is chunked', () => {
    const whole = encode([1000]);
    expect(whole.split('\n').slice(0, -2).every((l) => l.length === 76)).toBe(true);
    expect(whole.endsWith('\n')).toBe(true);
    expect(Buffer.from(whole, 'base64').equals(data)).toBe(true);
    expect(encode([1, 56, 57, 58, 3, 825])).toBe(whole);
    expect(encode(Array.from({ length: 1000 }, () => 1))).toBe(whole);
  });

  it('writes nothing for an empty file', () => {
    expect(encode([0])).toBe('');
  });
});

describe('Base64StreamDecoder', () => {
  const decode = (pieces: string[]) => {
    const dec = new Base64StreamDecoder();
    const out = Buffer.concat([...pieces.map((p) => dec.push(p)), dec.end()]);
    return { out, error: dec.error };
  };

  it('decodes text split anywhere, skipping line breaks', () => {
    const text = encode([1000]);
    const pieces = text.match(/[\s\S]{1,5}/g)!;
    expect(decode(pieces)).toEqual({ out: data, error: null });
  });

  it('reports characters outside the alphabet, data after padding and a dangling quantum', () => {
    expect(decode(['QUJD', 'R*==']).error).toMatch(/非法字符/);
    expect(decode(['QQ==', 'QUJD']).error).toMatch(/填充符/);
    expect(decode(['QUJDR']).error).toMatch(/4 的倍数/);
  });
});
