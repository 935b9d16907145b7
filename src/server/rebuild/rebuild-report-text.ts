import type { RebuildFinding } from './rebuild-findings.js';
import type { RebuildConflict, RebuildReport } from './rebuild-index.js';

/**
 * The report as `casevault rebuild` prints it: a summary, the series counters, then every error,
 * every conflict and every warning, one a line (`错误 CODE 对象（路径）：说明`, the form of
 * `ocfl validate` and `bagit validate`), and the verdict. Pure.
 */
export function rebuildReportText(report: RebuildReport, storageRoot: string): string {
  const would = report.dryRun ? '将' : '已';
  const lines: string[] = [];
  lines.push(report.dryRun ? '档案索引重建（试运行：只读取和比对，不写入数据库）' : '档案索引重建');
  lines.push(`存储根：${storageRoot}`);
  const notUnderstood = report.objects - report.understood;
  lines.push(`对象 ${report.objects} 个：可识别 ${report.understood} 个${notUnderstood ? `，无法识别 ${notUnderstood} 个` : ''}`);
  lines.push(`档案：${would}恢复 ${report.restored} 个，已在索引中 ${report.alreadyPresent} 个；${would}恢复版本记录 ${report.versionsRestored} 条，${would}关联案件 ${report.casesLinked} 个`);
  if (report.series.length === 0) lines.push('档号序列：计数均不低于存储根中的最大件号，无需调整');
  for (const s of report.series) lines.push(`档号序列 ${s.series}：件号计数${would}${s.from === null ? `设为 ${s.to}（此前没有计数）` : `由 ${s.from} 提高到 ${s.to}`}`);
  const errors = report.findings.filter((f) => f.severity === 'error');
  const warnings = report.findings.filter((f) => f.severity !== 'error');
  for (const f of errors) lines.push(findingLine(f));
  for (const c of report.conflicts) lines.push(conflictLine(c));
  for (const f of warnings) lines.push(findingLine(f));
  lines.push(`错误 ${errors.length} 个、冲突 ${report.conflicts.length} 处、警告 ${warnings.length} 条。`);
  lines.push(
    report.ok
      ? report.dryRun
        ? '所有对象均可识别，与数据库没有冲突；去掉 --dry-run 即写入。'
        : '所有对象均可识别，索引与存储根一致。'
      : '有对象无法识别或与数据库冲突：它们未被恢复或改动，请按上列说明处理后再运行一次。',
  );
  return `${lines.join('\n')}\n`;
}

function findingLine(f: RebuildFinding): string {
  return `${f.severity === 'error' ? '错误' : '警告'} ${f.code} ${f.objectId ?? '（标识符未知）'}（${f.path}）：${f.message}`;
}

function conflictLine(c: RebuildConflict): string {
  const value = (v: string | null) => (v === null ? '无' : v);
  return `冲突 ${c.archivalCode}${c.objectId ? `（${c.objectId}）` : ''} ${c.field}：数据库为 ${value(c.database)}，存储根为 ${value(c.storage)}——${c.message}`;
}
