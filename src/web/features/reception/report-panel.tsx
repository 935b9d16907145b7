import { Alert, Collapse, Flex, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { ConfirmationOut, FourPropertyReportOut, ReportItemOut } from '../../api/reception.hooks';
import { ConfirmItemModal } from './confirm-item-modal';
import { confirmationsNotInReport, groupReport, openGroups, unconfirmedManualItems } from './report-groups';
import { latestConfirmations, ReportItemsTable } from './report-items-table';
import { ReportVerdict } from './report-verdict';

/**
 * 四性检测报告: the verdict, then the items grouped by 真实性, 完整性, 可用性, 安全性 (groups with a
 * problem open). The archivist confirms the manual items here; a confirmation counts in the next run.
 */
export function ReportPanel({
  caseId,
  report,
  confirmations,
  mayConfirm,
}: {
  caseId: string;
  report: FourPropertyReportOut;
  confirmations: ConfirmationOut[];
  mayConfirm: boolean;
}) {
  const groups = useMemo(() => groupReport(report.items), [report.items]);
  const latest = useMemo(() => latestConfirmations(confirmations), [confirmations]);
  const [confirming, setConfirming] = useState<ReportItemOut | null>(null);
  const unconfirmed = unconfirmedManualItems(report, confirmations);
  const pending = confirmationsNotInReport(report, [...latest.values()]);
  return (
    <Flex vertical gap={8} data-testid="report-panel">
      <ReportVerdict report={report} />
      {mayConfirm && unconfirmed.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={`${unconfirmed.length} 个人工检测项待确认：${unconfirmed.map((i) => i.code).join('、')}`}
          description="载体、软硬件环境和过程安全须由档案管理员核实后确认，确认后重新运行四性检测即计入报告。"
        />
      )}
      {pending.length > 0 && (
        <Alert type="info" showIcon title={`检测后又确认了 ${pending.length} 项（${pending.map((c) => c.code).join('、')}），请重新运行四性检测，报告才会计入。`} />
      )}
      <Collapse
        key={report.id}
        size="small"
        defaultActiveKey={openGroups(groups)}
        items={groups.map((g) => ({
          key: g.property,
          label: (
            <Space size={8} data-testid="report-group" data-property={g.property}>
              <Typography.Text strong>{g.label}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {g.items.length} 项 · 通过 {g.counts.pass}
                {g.counts.not_applicable > 0 && ` · 不适用 ${g.counts.not_applicable}`}
              </Typography.Text>
              {g.counts.fail > 0 && <Tag color="red">不通过 {g.counts.fail}</Tag>}
              {g.counts.not_checked > 0 && <Tag color="orange">未检测 {g.counts.not_checked}</Tag>}
            </Space>
          ),
          styles: { body: { padding: 0 } },
          children: <ReportItemsTable items={g.items} confirmations={latest} onConfirm={mayConfirm ? setConfirming : undefined} />,
        }))}
      />
      <ConfirmItemModal caseId={caseId} item={confirming} current={confirming ? latest.get(confirming.code) : undefined} onClose={() => setConfirming(null)} />
    </Flex>
  );
}
