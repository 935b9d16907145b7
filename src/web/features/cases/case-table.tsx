import { Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { CaseSummary } from '../../../common/api';
import { formatDate, partiesSummary } from '../../lib/format';
import { ArchiveStateTag, ScopeTag } from './case-tags';
import { casePageSize } from './case-list-params';

interface Props {
  items: CaseSummary[];
  total: number;
  page: number;
  loading: boolean;
  /** The list's query string, handed to the detail page so that its breadcrumb can come back. */
  listSearch: string;
  onPageChange: (page: number) => void;
}

export function CaseTable({ items, total, page, loading, listSearch, onPageChange }: Props) {
  const columns: ColumnsType<CaseSummary> = [
    {
      title: '案号',
      dataIndex: 'caseNumber',
      width: 228,
      fixed: 'left',
      onCell: () => ({ style: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } }),
      render: (value: string, row) => (
        <Link to={`/cases/${encodeURIComponent(row.id)}`} state={{ listSearch }} data-testid="case-link">
          {value}
        </Link>
      ),
    },
    { title: '案由', dataIndex: 'causeOfAction', ellipsis: { showTitle: true } },
    {
      title: '当事人',
      dataIndex: 'parties',
      width: 150,
      ellipsis: { showTitle: false },
      render: (names: string[]) => (
        <Tooltip title={names.length > 2 ? names.join('、') : undefined} placement="topLeft">
          <span>{partiesSummary(names)}</span>
        </Tooltip>
      ),
    },
    { title: '承办部门', dataIndex: 'department', width: 100, ellipsis: true },
    { title: '承办法官', dataIndex: 'judge', width: 76, render: (v: string | null) => v ?? '—' },
    { title: '书记员', dataIndex: 'clerk', width: 72, render: (v: string | null) => v ?? '—' },
    { title: '立案日期', dataIndex: 'filedAt', width: 96, render: formatDate },
    { title: '结案日期', dataIndex: 'closedAt', width: 96, render: formatDate },
    {
      title: '归档状态',
      dataIndex: 'archiveState',
      width: 100,
      render: (state: CaseSummary['archiveState']) => <ArchiveStateTag state={state} />,
    },
    {
      title: '试点范围',
      dataIndex: 'scopeStatus',
      width: 108,
      render: (status: CaseSummary['scopeStatus']) => <ScopeTag status={status} />,
    },
  ];

  return (
    <div data-testid="case-table">
      <Table<CaseSummary>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={items}
        loading={loading}
        scroll={{ x: 1120 }}
        pagination={{
          current: page,
          pageSize: casePageSize,
          total,
          showSizeChanger: false,
          showQuickJumper: total > casePageSize * 10,
          showTotal: (t) => <Typography.Text data-testid="case-total">共 {t} 件</Typography.Text>,
          onChange: onPageChange,
        }}
      />
    </div>
  );
}
