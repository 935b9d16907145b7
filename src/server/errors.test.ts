import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError, errorCatalog } from './errors.js';

describe('error catalog', () => {
  it('lists every code in docs/errors.md with its HTTP status', () => {
    const doc = fs.readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
    for (const [code, { status }] of Object.entries(errorCatalog)) {
      expect(doc, code).toMatch(new RegExp(`\\| \`${code}\` \\| ${status} \\|`));
    }
    const documented = [...doc.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(Object.keys(errorCatalog).sort());
  });

  it('gives every code a Chinese message and a client or server status', () => {
    for (const { status, message } of Object.values(errorCatalog)) {
      expect(message).toMatch(/[\u4e00-\u9fff]/);
      expect(status).toBeGreaterThanOrEqual(400);
    }
  });

  it('carries the catalog status and message by default', () => {
    const e = new AppError('CASE_NOT_FOUND');
    expect(e.status).toBe(404);
    expect(e.message).toBe('案件不存在或您无权查看');
  });
});
