import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { rescanReasonLabels, type RescanReason } from '../../../common/vocabulary';
import { pageThumbnailUrl, useRescanQueue, type RescanQueueItem } from '../../api/scanning.hooks';
import { QueryError } from '../../components/page-state';
import { formatTime } from '../../lib/format';
import { ReplacePageButton } from './replace-page-button';

/** 待重扫: pages sent back and not yet replaced, oldest first, each with its re-scan upload. */
export function RescanQueue({ pointId }: { pointId: string | undefined }) {
  const queue = useRescanQueue(pointId);

  const columns: ColumnsType<RescanQueueItem> = [
    {
      title: '',
      key: 'thumb',
      width: 64,
      render: (_, p) =>
        p.hasThumbnail ? <img src={pageThumbnailUrl(p.id)} alt={`第 ${p.position} 页`} style={{ height: 56, maxWidth: 48, objectFit: 'contain' }} /> : null,
    },
    {
      title: '批次',
      dataIndex: 'batchLabel',
      width: 160,
      render: (label: string, p) => (
        <Link to={`/scanning/batches/${encodeURIComponent(p.batchId)}?page=${encodeURIComponent(p.id)}`} data-testid="rescan-batch-link">
          {label}
        </Link>
      ),
    },
    { title: '案号', dataIndex: 'caseNumber', width: 160, render: (v: string | null) => v ?? '—' },
    { title: '页', dataIndex: 'position', width: 60, render: (n: number) => `第 ${n} 页` },
    { title: '文件', dataIndex: 'originalName', width: 120, ellipsis: true },
    {
      title: '退回原因',
      dataIndex: 'rescanReason',
      width: 130,
      render: (r: string | null) => (r ? (rescanReasonLabels[r as RescanReason] ?? r) : '—'),
    },
    { title: '说明', dataIndex: 'rescanNote', ellipsis: true, render: (v: string | null) => v || '—' },
    { title: '退回时间', dataIndex: 'rescanRequestedAt', width: 150, render: formatTime },
    { title: '', key: 'replace', width: 140, render: (_, p) => <ReplacePageButton batchId={p.batchId} pageId={p.id} type="default" data-testid="queue-replace-file" /> },
  ];

  if (queue.isError) return <QueryError error={queue.error} onRetry={() => void queue.refetch()} />;
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        按退回时间排列。重扫后上传的页面自动放回原来的位置，原页面标记为“已重扫替换”。
      </Typography.Paragraph>
      <Table<RescanQueueItem>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={queue.data?.items ?? []}
        loading={queue.isPending}
        pagination={false}
        locale={{ emptyText: '没有待重扫的页面' }}
        data-testid="rescan-queue"
      />
    </>
  );
}
