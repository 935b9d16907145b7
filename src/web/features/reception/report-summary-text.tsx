import { Typography } from 'antd';
import type { FourPropertyReportOut } from '../../api/reception.hooks';

/** 通过 n · 不通过 n · 不适用 n · 未检测 n, the zero counts left out except 通过. */
export function ReportSummaryText({ summary }: { summary: FourPropertyReportOut['summary'] }) {
  const parts = [`通过 ${summary.pass}`];
  if (summary.fail) parts.push(`不通过 ${summary.fail}`);
  if (summary.not_applicable) parts.push(`不适用 ${summary.not_applicable}`);
  if (summary.not_checked) parts.push(`未检测 ${summary.not_checked}`);
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {parts.join(' · ')}
    </Typography.Text>
  );
}
