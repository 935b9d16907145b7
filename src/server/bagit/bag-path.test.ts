import { describe, expect, it } from 'vitest';
import { checkManifestPath, decodeManifestPath, encodeManifestPath, payloadName } from './bag-path.js';

describe('manifest paths (RFC 8493 §2.1.3)', () => {
  it('percent-encodes only CR, LF and % and decodes them back in one pass', () => {
    const name = 'data/a%0A\r\nb%.txt';
    const encoded = encodeManifestPath(name);
    expect(encoded).toBe('data/a%250A%0D%0Ab%25.txt');
    expect(decodeManifestPath(encoded, [1, 0])).toBe(name);
    expect(decodeManifestPath('data/%41%0a', [1, 0])).toBe('data/%41\n');
  });

  it('leaves % literal in bags older than 1.0, which did not encode', () => {
    expect(decodeManifestPath('data/100%25.txt', [0, 97])).toBe('data/100%25.txt');
  });

  it('refuses paths that could leave the bag', () => {
    for (const p of ['../x', 'data/../../etc/passwd', '/etc/passwd', 'C:/x', 'c:x', '~root/x', 'data\\..\\x']) {
      expect(checkManifestPath(p).problem, p).toBe('escapes');
    }
    expect(checkManifestPath('data/a\\b').problem).toBe('invalid');
    expect(checkManifestPath('').problem).toBe('invalid');
    expect(checkManifestPath('./data//a.pdf')).toEqual({ path: 'data/a.pdf', problem: 'not-normalized' });
    expect(checkManifestPath('data/卷宗/判决书.pdf')).toEqual({ path: 'data/卷宗/判决书.pdf' });
  });

  it('gives writeBag names in NFC and refuses bad ones', () => {
    expect(payloadName('Cafe\u0301.pdf')).toBe('Café.pdf');
    expect(() => payloadName('../x')).toThrow(TypeError);
    expect(() => payloadName('a/./b')).toThrow(TypeError);
  });
});
