import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { ArchiveListItem } from '../../api/archives.hooks';
import { formatTime } from '../../lib/format';
import { archivePageSize } from './archive-list-params';
import { RetentionTag, SourceTag } from './archive-tags';

export const archivePath = (code: string) => `/archives/${encodeURIComponent(code)}`;

/** The archives, newest received first as the server orders them, paginated by the server. */
export function ArchiveTable({
  items,
  total,
  page,
  loading,
  onPageChange,
}: {
  items: ArchiveListItem[];
  total: number;
  page: number;
  loading: boolean;
  onPageChange: (page: number) => void;
}) {
  const columns: ColumnsType<ArchiveListItem> = [
    {
      title: '档号',
      dataIndex: 'archivalCode',
      width: 230,
      render: (v: string) => (
        <Link to={archivePath(v)} className="mono" data-testid="archive-link">
          {v}
        </Link>
      ),
    },
    {
      title: '案号',
      dataIndex: 'caseNumber',
      width: 220,
      render: (v: string, a) => (a.caseId ? <Link to={`/cases/${encodeURIComponent(a.caseId)}`}>{v}</Link> : v),
    },
    { title: '案由', dataIndex: 'causeOfAction', render: (v: string | null) => v ?? '—' },
    { title: '部门', dataIndex: 'department', width: 110, render: (v: string | null) => v ?? '—' },
    { title: '保管期限', dataIndex: 'retentionPeriod', width: 110, render: (v: ArchiveListItem['retentionPeriod']) => <RetentionTag retention={v} /> },
    { title: '来源', dataIndex: 'source', width: 100, render: (v: ArchiveListItem['source']) => <SourceTag source={v} /> },
    { title: '版本', dataIndex: 'headVersion', width: 56 },
    {
      title: '接收',
      key: 'received',
      width: 170,
      render: (_, a) => (
        <>
          {formatTime(a.receivedAt)}
          {a.receivedBy && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {a.receivedBy}
            </Typography.Text>
          )}
        </>
      ),
    },
  ];
  return (
    <Table<ArchiveListItem>
      rowKey="archivalCode"
      size="small"
      columns={columns}
      dataSource={items}
      loading={loading}
      locale={{ emptyText: '没有档案' }}
      data-testid="archive-table"
      pagination={{
        current: page,
        pageSize: archivePageSize,
        total,
        showSizeChanger: false,
        hideOnSinglePage: false,
        showTotal: (t) => <Typography.Text data-testid="archive-total">共 {t} 卷</Typography.Text>,
        onChange: onPageChange,
      }}
    />
  );
}
