import { Button, Card, Flex, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useNavigate } from 'react-router';
import { useReceptionQueue, type ReceptionQueueItem } from '../../api/reception.hooks';
import { QueryError } from '../../components/page-state';
import { formatTime } from '../../lib/format';
import { ReportSummaryText } from './report-summary-text';
import { VerdictTag } from './result-tags';

const receptionPath = (caseId: string) => `/cases/${encodeURIComponent(caseId)}/reception`;

/** 接收归档: the case files the judges approved, waiting for the archivist to check and receive them. */
export default function ReceptionQueuePage() {
  const queue = useReceptionQueue();
  const navigate = useNavigate();
  const columns: ColumnsType<ReceptionQueueItem> = [
    {
      title: '案号',
      dataIndex: 'caseNumber',
      width: 215,
      render: (v: string, r) => (
        <Link to={`/cases/${encodeURIComponent(r.caseId)}`} data-testid="reception-queue-case">
          {v}
        </Link>
      ),
    },
    { title: '案由', dataIndex: 'causeOfAction', ellipsis: true, render: (v: string | null) => v ?? '—' },
    { title: '部门', dataIndex: 'department', width: 110 },
    { title: '承办法官', dataIndex: 'judge', width: 90, render: (v: string | null) => v ?? '—' },
    { title: '书记员', dataIndex: 'clerk', width: 90, render: (v: string | null) => v ?? '—' },
    { title: '审核通过', dataIndex: 'approvedAt', width: 150, render: (v: string | null) => formatTime(v) },
    {
      title: '最近检测',
      key: 'lastReport',
      width: 150,
      render: (_, r) =>
        r.lastReport ? (
          <Tooltip title={`检测于 ${formatTime(r.lastReport.generatedAt)}`}>
            <Flex vertical gap={0} data-testid="reception-queue-check" data-passed={r.lastReport.passed}>
              <span>
                <VerdictTag passed={r.lastReport.passed} />
              </span>
              <ReportSummaryText summary={r.lastReport.summary} />
            </Flex>
          </Tooltip>
        ) : (
          <VerdictTag passed={null} />
        ),
    },
    {
      title: '拒收',
      dataIndex: 'rejections',
      width: 85,
      render: (n: number) => (n > 0 ? <Tag color="volcano">曾拒收 {n} 次</Tag> : <Typography.Text type="secondary">—</Typography.Text>),
    },
    {
      title: '操作',
      key: 'action',
      width: 110,
      render: (_, r) => (
        <Button size="small" type="primary" ghost onClick={() => void navigate(receptionPath(r.caseId))} data-testid="reception-queue-open">
          检测并接收
        </Button>
      ),
    },
  ];
  const count = queue.data?.items.length ?? 0;
  return (
    <Flex vertical gap={12}>
      <Space align="baseline">
        <Typography.Title level={4} style={{ margin: 0 }}>
          接收归档
        </Typography.Title>
        {count > 0 && <Typography.Text type="secondary">{count} 卷待接收</Typography.Text>}
      </Space>
      {queue.isError && <QueryError error={queue.error} onRetry={() => void queue.refetch()} />}
      <Card size="small">
        <Typography.Paragraph type="secondary">
          法官审核通过、移交档案部门的案卷。逐卷运行四性检测（DA/T 70—2018 移交接收环节），必检项全部通过后接收归档，赋予档号和保管期限；不符合要求的拒收，写明理由退回书记员。
        </Typography.Paragraph>
        <Table<ReceptionQueueItem>
          rowKey="caseId"
          size="small"
          columns={columns}
          dataSource={queue.data?.items ?? []}
          loading={queue.isPending}
          pagination={false}
          locale={{ emptyText: '没有待接收的案卷' }}
          data-testid="reception-queue"
        />
      </Card>
    </Flex>
  );
}
