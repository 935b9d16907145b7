import { Button, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { checkResultLabels } from '../../../common/reception-api';
import type { ConfirmationOut, ReportItemOut } from '../../api/reception.hooks';
import { formatTime } from '../../lib/format';
import { CheckResultTag } from './result-tags';

/** The latest confirmation of each item code. */
export function latestConfirmations(confirmations: readonly ConfirmationOut[]): Map<string, ConfirmationOut> {
  const byCode = new Map<string, ConfirmationOut>();
  for (const c of confirmations) {
    const seen = byCode.get(c.code);
    if (!seen || Date.parse(c.confirmedAt) >= Date.parse(seen.confirmedAt)) byCode.set(c.code, c);
  }
  return byCode;
}

function ItemDetails({ item, confirmation }: { item: ReportItemOut; confirmation?: ConfirmationOut }) {
  return (
    <Flex vertical gap={2}>
      <Typography.Text>{item.title}</Typography.Text>
      {item.evidence.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="check-evidence">
          {item.evidence.map((line, i) => (
            <li key={i}>
              <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
                {line}
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
      {item.advice && (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          建议：{item.advice}
        </Typography.Text>
      )}
      {confirmation && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="check-confirmation">
          人工确认：{checkResultLabels[confirmation.result]} · {confirmation.confirmedBy ?? '—'} · {formatTime(confirmation.confirmedAt)}
          {confirmation.note && `（${confirmation.note}）`}
        </Typography.Text>
      )}
    </Flex>
  );
}

/**
 * The items of one property: code, what is checked with the evidence and advice, result, 必检. A
 * manual item (载体, 环境, 过程) shows who confirmed it and, for the archivist, a 确认 button.
 */
export function ReportItemsTable({
  items,
  confirmations,
  onConfirm,
}: {
  items: ReportItemOut[];
  confirmations: Map<string, ConfirmationOut>;
  /** Absent when the user may not confirm. */
  onConfirm?: (item: ReportItemOut) => void;
}) {
  const columns: ColumnsType<ReportItemOut> = [
    { title: '编号', dataIndex: 'code', width: 84, render: (v: string) => <Typography.Text className="mono">{v}</Typography.Text> },
    { title: '检测项目与依据', key: 'title', render: (_, i) => <ItemDetails item={i} confirmation={confirmations.get(i.code)} /> },
    {
      title: '方式',
      dataIndex: 'mode',
      width: 64,
      render: (m: ReportItemOut['mode']) => (m === 'manual' ? <Tag color="purple">人工</Tag> : <Typography.Text type="secondary">自动</Typography.Text>),
    },
    { title: '必检', dataIndex: 'mandatory', width: 56, render: (v: boolean) => (v ? <Tag color="blue">必检</Tag> : <Typography.Text type="secondary">—</Typography.Text>) },
    { title: '结果', dataIndex: 'result', width: 76, render: (r: ReportItemOut['result']) => <CheckResultTag result={r} /> },
  ];
  if (onConfirm) {
    columns.push({
      title: '操作',
      key: 'confirm',
      width: 64,
      render: (_, i) =>
        i.mode === 'manual' ? (
          <Button size="small" type="link" onClick={() => onConfirm(i)} data-testid="check-confirm" data-code={i.code}>
            确认
          </Button>
        ) : null,
    });
  }
  return (
    <Table<ReportItemOut>
      size="small"
      rowKey="code"
      columns={columns}
      dataSource={items}
      pagination={false}
      onRow={(i) => ({ 'data-testid': 'check-item', 'data-code': i.code, 'data-result': i.result }) as never}
    />
  );
}
