import { describe, expect, it } from 'vitest';
import type { BagIssue } from './bag-issues.js';
import { formatTagElements, parseBagDeclaration, parseTagElements } from './tag-file.js';

const codes = (issues: BagIssue[]) => issues.map((i) => i.code);
const bytes = (s: string) => new TextEncoder().encode(s);

describe('bagit.txt (RFC 8493 §2.1.1)', () => {
  it('reads a 1.0 and a 0.97 declaration', () => {
    const issues: BagIssue[] = [];
    expect(parseBagDeclaration(bytes('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n'), issues)).toMatchObject({ version: [1, 0], encoding: 'UTF-8' });
    expect(parseBagDeclaration(bytes('BagIt-Version: 0.97\r\nTag-File-Character-Encoding: UTF-8\r\n'), issues)).toMatchObject({ version: [0, 97] });
    expect(issues).toEqual([]);
  });

  it('tolerates a 0.93 declaration without an encoding line, with a warning', () => {
    const issues: BagIssue[] = [];
    expect(parseBagDeclaration(bytes('BagIt-Version : 0.93\n'), issues)).toMatchObject({ version: [0, 93], encoding: 'UTF-8' });
    expect(codes(issues)).toEqual(['BAG_ENCODING_MISSING']);
  });

  it('rejects a BOM, a missing encoding in 1.0, extra lines and unknown versions', () => {
    const run = (s: string | Uint8Array) => {
      const issues: BagIssue[] = [];
      parseBagDeclaration(typeof s === 'string' ? bytes(s) : s, issues);
      return codes(issues);
    };
    expect(run(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n')]))).toEqual(['BAG_BAGIT_TXT_INVALID']);
    expect(run('BagIt-Version: 1.0\n')).toEqual(['BAG_BAGIT_TXT_INVALID']);
    expect(run('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\nX: y\n')).toEqual(['BAG_BAGIT_TXT_INVALID']);
    expect(run('BagIt-Version: 2.0\nTag-File-Character-Encoding: UTF-8\n')).toEqual(['BAG_VERSION_UNSUPPORTED']);
    expect(run('BagIt-Version: 1.0\nTag-File-Character-Encoding: KLINGON\n')).toEqual(['BAG_ENCODING_UNSUPPORTED']);
    expect(run('BagIt-Version: 1.0\nTag-File-Character-Encoding: GBK\n')).toEqual(['BAG_ENCODING_NOT_UTF8']);
  });
});

describe('label: value elements (RFC 8493 §2.2.2)', () => {
  it('keeps order, joins continuation lines and accepts Chinese labels', () => {
    const issues: BagIssue[] = [];
    const text = 'Source-Organization: 北京市朝阳区人民法院\nExternal-Description: 第一行\n  第二行\n案号: （2024）京0105民初123号\n';
    expect(parseTagElements(text, 'bag-info.txt', issues)).toEqual([
      ['Source-Organization', '北京市朝阳区人民法院'],
      ['External-Description', '第一行 第二行'],
      ['案号', '（2024）京0105民初123号'],
    ]);
    expect(issues).toEqual([]);
  });

  it('reports a line without a label', () => {
    const issues: BagIssue[] = [];
    parseTagElements('  orphan\nno colon here\n', 'bag-info.txt', issues);
    expect(codes(issues)).toEqual(['BAG_INFO_INVALID', 'BAG_INFO_INVALID']);
  });

  it('refuses to write a label or value that would break the format', () => {
    expect(() => formatTagElements([['A:B', 'x']])).toThrow(TypeError);
    expect(() => formatTagElements([['A', 'x\ny']])).toThrow(TypeError);
    expect(formatTagElements([['档号', 'X']])).toBe('档号: X\n');
  });
});
