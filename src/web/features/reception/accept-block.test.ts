import { describe, expect, it } from 'vitest';
import type { CaseReceptionOut, FourPropertyReportOut } from '../../api/reception.hooks';
import { acceptBlockReason } from './accept-block';

const report = { passed: true } as FourPropertyReportOut;
const proposal = { retentionPeriod: { code: 'Y', label: '永久' }, retentionReasons: [], series: 'A', nextArchivalCode: 'A·1' } as CaseReceptionOut['proposal'];
const ready: Pick<CaseReceptionOut, 'archiveState' | 'report' | 'proposal' | 'mayDecide'> = { archiveState: 'awaiting_reception', report, proposal, mayDecide: true };

describe('接收归档 availability', () => {
  it('allows acceptance once the latest report passed', () => {
    expect(acceptBlockReason(ready)).toBeNull();
  });

  it('says why it is not possible', () => {
    expect(acceptBlockReason({ ...ready, report: null })).toBe('请先运行四性检测');
    expect(acceptBlockReason({ ...ready, report: { ...report, passed: false } })).toContain('未通过');
    expect(acceptBlockReason({ ...ready, archiveState: 'cataloguing' })).toBe('案卷不在待档案接收状态');
    expect(acceptBlockReason({ ...ready, archiveState: 'archived' })).toBe('案卷已归档');
  });
});
