import { Card, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useReviewQueue, type ReviewQueueItem } from '../../api/review.hooks';
import { QueryError } from '../../components/page-state';
import { formatTime } from '../../lib/format';

/** 待我审核: the files submitted to the judge (a 庭长: to his division), the longest waiting first. */
export default function ReviewQueuePage() {
  const queue = useReviewQueue();
  const columns: ColumnsType<ReviewQueueItem> = [
    {
      title: '案号',
      dataIndex: 'caseNumber',
      width: 220,
      render: (v: string, r) => (
        <Link to={`/cases/${encodeURIComponent(r.caseId)}/review`} data-testid="review-queue-link">
          {v}
        </Link>
      ),
    },
    { title: '案由', dataIndex: 'causeOfAction', render: (v: string | null) => v ?? '—' },
    { title: '部门', dataIndex: 'department', width: 120 },
    { title: '承办法官', dataIndex: 'judge', width: 90, render: (v: string | null) => v ?? '—' },
    { title: '书记员', dataIndex: 'clerk', width: 90, render: (v: string | null) => v ?? '—' },
    { title: '提交', key: 'submitted', width: 200, render: (_, r) => `第 ${r.round} 次 · ${formatTime(r.submittedAt)}` },
  ];
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        待我审核
      </Typography.Title>
      {queue.isError && <QueryError error={queue.error} onRetry={() => void queue.refetch()} />}
      <Card size="small">
        <Typography.Paragraph type="secondary">书记员提交的案卷，按提交时间排列。打开后可逐条阅看材料、写意见，审核通过时用本人的签名证书签名。</Typography.Paragraph>
        <Table<ReviewQueueItem>
          rowKey="caseId"
          size="small"
          columns={columns}
          dataSource={queue.data?.items ?? []}
          loading={queue.isPending}
          pagination={false}
          locale={{ emptyText: '没有待审核的案卷' }}
          data-testid="review-queue"
        />
      </Card>
    </Flex>
  );
}
