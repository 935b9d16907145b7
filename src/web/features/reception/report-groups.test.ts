import { describe, expect, it } from 'vitest';
import type { FourPropertyReportOut, ReportItemOut } from '../../api/reception.hooks';
import { confirmationsNotInReport, groupReport, openGroups, unconfirmedManualItems } from './report-groups';

const item = (code: string, property: ReportItemOut['property'], result: ReportItemOut['result'], extra: Partial<ReportItemOut> = {}): ReportItemOut => ({
  code,
  property,
  stage: 'YJ',
  clause: code.slice(3),
  title: code,
  result,
  evidence: [],
  mandatory: true,
  mode: 'automatic',
  ...extra,
});

const report = (items: ReportItemOut[]): FourPropertyReportOut => ({
  id: 'r1',
  caseId: 'c1',
  caseNumber: '（2021）沪0118民初1号',
  stage: 'YJ',
  items,
  summary: { pass: 0, fail: 0, not_applicable: 0, not_checked: 0 },
  passed: false,
  generatedAt: '2025-03-01T08:00:00.000Z',
  checkedBy: '档案员',
  durationMs: 1200,
  files: 3,
  bytes: 1000,
});

describe('四性检测 report groups', () => {
  it('groups items in the order 真实性, 完整性, 可用性, 安全性 and counts what blocks reception', () => {
    const groups = groupReport([
      item('YJ-4-1', 'security', 'pass'),
      item('YJ-1-1', 'authenticity', 'fail'),
      item('YJ-1-2', 'authenticity', 'not_checked', { mandatory: false }),
      item('YJ-3-1', 'usability', 'not_applicable'),
    ]);
    expect(groups.map((g) => g.label)).toEqual(['真实性', '可用性', '安全性']);
    expect(groups[0]!.counts).toEqual({ pass: 0, fail: 1, not_applicable: 0, not_checked: 1 });
    expect(groups[0]!.blocking).toBe(1);
    expect(openGroups(groups)).toEqual(['authenticity']);
  });

  it('opens the first group when everything passed', () => {
    expect(openGroups(groupReport([item('YJ-2-1', 'integrity', 'pass'), item('YJ-4-1', 'security', 'pass')]))).toEqual(['integrity']);
  });

  it('finds manual items still to confirm, and confirmations the report does not show yet', () => {
    const r = report([item('YJ-4-7', 'security', 'not_checked', { mode: 'manual' }), item('YJ-3-5', 'usability', 'not_checked', { mode: 'manual' })]);
    const confirmation = { code: 'YJ-4-7', result: 'pass' as const, note: null, confirmedBy: '档案员', confirmedAt: '2025-03-01T09:00:00.000Z' };
    expect(unconfirmedManualItems(r, [confirmation]).map((i) => i.code)).toEqual(['YJ-3-5']);
    expect(confirmationsNotInReport(r, [confirmation]).map((c) => c.code)).toEqual(['YJ-4-7']);
    expect(confirmationsNotInReport(r, [{ ...confirmation, confirmedAt: '2025-03-01T07:00:00.000Z' }])).toEqual([]);
  });
});
