import { describe, expect, it } from 'vitest';
import { assertNonConflicting, contentPathFor, normaliseLogicalPath, safeElement } from './ocfl-paths.js';

describe('logical paths', () => {
  it('keeps Chinese names and normalises them to NFC', () => {
    const decomposed = 'e\u0301'; // é as e + combining acute (macOS file names)
    expect(normaliseLogicalPath(`正卷/${decomposed}.pdf`)).toBe('正卷/\u00e9.pdf');
    expect(normaliseLogicalPath('正卷/（2021）起诉状.pdf')).toBe('正卷/（2021）起诉状.pdf');
  });

  it('refuses ., .., empty elements and leading or trailing slashes (OCFL E052/E053)', () => {
    for (const bad of ['../etc/passwd', 'a/../b', 'a/./b', 'a//b', '/a', 'a/', '', 'a\\b', 'a\u0000b']) {
      expect(() => normaliseLogicalPath(bad), bad).toThrow(expect.objectContaining({ code: 'OCFL_LOGICAL_PATH_INVALID' }));
    }
  });

  it('refuses duplicate paths and a file that is also a directory (E095)', () => {
    expect(() => assertNonConflicting(['a.pdf', 'a.pdf'])).toThrow(/more than once/);
    expect(() => assertNonConflicting(['正卷', '正卷/1.pdf'])).toThrow(/also a directory/);
    expect(() => assertNonConflicting(['正卷/1.pdf', '正卷/2.pdf'])).not.toThrow();
  });
});

describe('content paths', () => {
  it('are ASCII-safe, injective, and keep the extension', () => {
    expect(safeElement('scan_01.pdf')).toBe('scan_01.pdf');
    expect(safeElement('起诉状.pdf')).toBe('%E8%B5%B7%E8%AF%89%E7%8A%B6.pdf');
    expect(safeElement('100%.pdf')).toBe('100%25.pdf');
    expect(safeElement('.hidden')).toBe('%2Ehidden');
    expect(decodeURIComponent(safeElement('（2021）沪0118民初1002号 判决书.pdf'))).toBe('（2021）沪0118民初1002号 判决书.pdf');
  });

  it('shorten long names with a hash so that two long names stay distinct', () => {
    const a = safeElement(`${'很长的文件名'.repeat(20)}甲.pdf`);
    const b = safeElement(`${'很长的文件名'.repeat(20)}乙.pdf`);
    expect(a.length).toBeLessThanOrEqual(120);
    expect(a).toMatch(/~[0-9a-f]{16}\.pdf$/);
    expect(a).not.toBe(b);
  });

  it('live under <version>/content/', () => {
    expect(contentPathFor('v2', '正卷/a.pdf')).toBe('v2/content/%E6%AD%A3%E5%8D%B7/a.pdf');
  });
});
