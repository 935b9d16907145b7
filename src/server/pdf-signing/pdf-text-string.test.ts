import { PDFHexString, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { encodeTextString } from './pdf-text-string.js';

/** What a reader makes of the written string. */
function decode(written: string): string {
  return written.startsWith('<') ? PDFHexString.of(written.slice(1, -1)).decodeText() : PDFString.of(written.slice(1, -1)).decodeText();
}

describe('encodeTextString', () => {
  it('writes ASCII as a literal string, escaping what would end it', () => {
    expect(encodeTextString('Approved (final)')).toBe('(Approved \\(final\\))');
    expect(decode(encodeTextString('a\\b (c)'))).toBe('a\\b (c)');
  });

  it('writes Chinese as UTF-16BE with a byte order mark', () => {
    expect(encodeTextString('签发')).toBe('<FEFF7B7E53D1>');
    for (const text of ['核稿（审核人：王五）', '某某市中级人民法院', '𠀀 outside the BMP']) expect(decode(encodeTextString(text))).toBe(text);
  });
});
