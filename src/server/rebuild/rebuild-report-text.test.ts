import { describe, expect, it } from 'vitest';
import { rebuildFinding } from './rebuild-findings.js';
import type { RebuildReport } from './rebuild-index.js';
import { rebuildReportText } from './rebuild-report-text.js';

const clean: RebuildReport = { dryRun: false, objects: 3, understood: 3, restored: 3, alreadyPresent: 0, versionsRestored: 5, casesLinked: 2, series: [{ series: 'J019-ZY·2021·C60·MS-', from: null, to: 2 }, { series: 'J019-ZY·2021·Y·MS-', from: 1, to: 4 }], conflicts: [], findings: [], ok: true };

describe('the rebuild report as printed', () => {
  it('summarises what was restored and how each counter moved', () => {
    const text = rebuildReportText(clean, '/data/ocfl');
    expect(text.split('\n')).toEqual([
      '档案索引重建',
      '存储根：/data/ocfl',
      '对象 3 个：可识别 3 个',
      '档案：已恢复 3 个，已在索引中 0 个；已恢复版本记录 5 条，已关联案件 2 个',
      '档号序列 J019-ZY·2021·C60·MS-：件号计数已设为 2（此前没有计数）',
      '档号序列 J019-ZY·2021·Y·MS-：件号计数已由 1 提高到 4',
      '错误 0 个、冲突 0 处、警告 0 条。',
      '所有对象均可识别，索引与存储根一致。',
      '',
    ]);
  });

  it('says "将" in a dry run, and prints errors, then conflicts, then warnings, each naming its object', () => {
    const where = { path: 'abc/def', objectId: 'urn:casevault:沪0118:（2021）沪0118民初1号' };
    const report: RebuildReport = {
      ...clean,
      dryRun: true,
      understood: 2,
      ok: false,
      findings: [rebuildFinding('REBUILD_USER_UNKNOWN', where, 'v2：外部系统'), rebuildFinding('REBUILD_CATALOGUE_INVALID', { path: 'x/y', objectId: null }, '（根）：不是对象')],
      conflicts: [{ archivalCode: 'J019-1', objectId: 'urn:x', field: 'head_version', database: 'v1', storage: 'v2', message: '数据库中的 head_version 与对象不符' }],
    };
    const lines = rebuildReportText(report, '/data/ocfl').split('\n');
    expect(lines[0]).toContain('试运行');
    expect(lines).toContain('档案：将恢复 3 个，已在索引中 0 个；将恢复版本记录 5 条，将关联案件 2 个');
    const body = lines.filter((l) => /^(错误 REBUILD_|警告 REBUILD_|冲突 )/.test(l));
    expect(body).toEqual([
      expect.stringMatching(/^错误 REBUILD_CATALOGUE_INVALID （标识符未知）（x\/y）：/),
      '冲突 J019-1（urn:x） head_version：数据库为 v1，存储根为 v2——数据库中的 head_version 与对象不符',
      expect.stringMatching(/^警告 REBUILD_USER_UNKNOWN urn:casevault:沪0118:（2021）沪0118民初1号（abc\/def）：.*v2：外部系统$/),
    ]);
    expect(lines.at(-2)).toContain('未被恢复或改动');
  });
});
