import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isChinese } from '../../../test/fixtures/formats/fixtures.js';
import { problem, problemCatalogue } from './problems.js';

describe('problem catalogue', () => {
  it('lists every code in docs/file-checks.md with its severity, and nothing else', () => {
    const doc = fs.readFileSync(new URL('../../../docs/file-checks.md', import.meta.url), 'utf8');
    for (const [code, { severity }] of Object.entries(problemCatalogue)) {
      expect(doc, code).toMatch(new RegExp(`\\| \`${code}\` \\| ${severity} \\|`));
    }
    const documented = [...doc.matchAll(/^\| `([A-Z_]+)` \| (?:error|warning|info) \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(Object.keys(problemCatalogue).sort());
  });

  it('gives every code a Chinese message', () => {
    for (const { message } of Object.values(problemCatalogue)) expect(isChinese(message)).toBe(true);
  });

  it('appends the detail after a full-width colon and keeps the catalogue severity', () => {
    expect(problem('IMAGE_NO_DPI')).toEqual({
      code: 'IMAGE_NO_DPI',
      severity: 'warning',
      message: '图像文件未记录分辨率（DPI），无法判断是否符合扫描要求',
    });
    expect(problem('TOOL_UNAVAILABLE', '未找到 ffprobe').message).toBe('检测工具不可用，该项检测未执行：未找到 ffprobe');
  });
});
