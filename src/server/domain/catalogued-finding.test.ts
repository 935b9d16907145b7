import { describe, expect, it } from 'vitest';
import { cataloguedFinding } from './catalogued-finding.js';

describe('cataloguedFinding', () => {
  const catalogue = { A_BROKEN: { severity: 'error', message: '文件已损坏' }, B_ODD: { severity: 'warning', message: '格式少见' } } as const;
  it('takes the severity and message of the code, and appends the detail after a full-width colon', () => {
    expect(cataloguedFinding(catalogue, 'A_BROKEN')).toEqual({ code: 'A_BROKEN', severity: 'error', message: '文件已损坏' });
    expect(cataloguedFinding(catalogue, 'B_ODD', '第 3 页')).toEqual({ code: 'B_ODD', severity: 'warning', message: '格式少见：第 3 页' });
  });
});
