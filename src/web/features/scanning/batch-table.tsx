import { Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { BatchSummary } from '../../api/scanning.hooks';
import { formatTime } from '../../lib/format';
import { BatchStatusTag } from './scan-tags';

interface Props {
  items: BatchSummary[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPageChange: (page: number) => void;
}

/** The counts of a batch as small coloured numbers: 合格 / 需注意 / 不合格 / 空白 / 待重扫. */
export function BatchCounts({ counts }: { counts: BatchSummary['counts'] }) {
  const unchecked = counts.pages - counts.checked;
  return (
    <Space size={4} wrap data-testid="batch-counts">
      <Tooltip title="合格">
        <Tag color="success">合格 {counts.pass}</Tag>
      </Tooltip>
      {counts.warn > 0 && <Tag color="warning">需注意 {counts.warn}</Tag>}
      {counts.fail > 0 && <Tag color="error">不合格 {counts.fail}</Tag>}
      {counts.blank > 0 && <Tag>空白 {counts.blank}</Tag>}
      {counts.rescan > 0 && <Tag color="magenta">待重扫 {counts.rescan}</Tag>}
      {unchecked > 0 && <Tag color="processing">质检中 {unchecked}</Tag>}
    </Space>
  );
}

export function BatchTable({ items, total, page, pageSize, loading, onPageChange }: Props) {
  const columns: ColumnsType<BatchSummary> = [
    {
      title: '批次',
      dataIndex: 'label',
      render: (label: string, b) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/scanning/batches/${encodeURIComponent(b.id)}`} data-testid="batch-link">
            {label}
          </Link>
          {b.origin === 'hot_folder' && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              来自热文件夹
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { title: '案号', key: 'case', width: 210, render: (_, b) => b.case?.caseNumber ?? <Typography.Text type="secondary">未指定</Typography.Text> },
    { title: '状态', dataIndex: 'status', width: 110, render: (s: BatchSummary['status']) => <BatchStatusTag status={s} /> },
    {
      title: <Tooltip title="不含空白页，与清点的应有页数比较">页数</Tooltip>,
      key: 'pages',
      width: 100,
      render: (_, b) => {
        const pages = b.counts.pages - b.counts.blank;
        const mismatch = b.declaredPages !== null && b.counts.checked === b.counts.pages && pages !== b.declaredPages;
        return (
          <span>
            <Typography.Text type={mismatch ? 'danger' : undefined}>{pages}</Typography.Text>
            {b.declaredPages !== null && <Typography.Text type="secondary"> / 应有 {b.declaredPages}</Typography.Text>}
          </span>
        );
      },
    },
    { title: '质检', key: 'counts', width: 300, render: (_, b) => <BatchCounts counts={b.counts} /> },
    { title: '扫描员', key: 'operator', width: 90, render: (_, b) => b.operator?.name ?? '—' },
    { title: '创建时间', dataIndex: 'createdAt', width: 160, render: formatTime },
  ];

  return (
    <Table<BatchSummary>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={items}
      loading={loading}
      locale={{ emptyText: '还没有批次：点“新建批次”开始扫描，或把一叠页面图像放进热文件夹' }}
      pagination={{ current: page, pageSize, total, showSizeChanger: false, onChange: onPageChange, hideOnSinglePage: true }}
      data-testid="batch-table"
    />
  );
}
