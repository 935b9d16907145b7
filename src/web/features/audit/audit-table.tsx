import { Flex, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { AuditEvent } from '../../../common/api';
import { JsonBlock } from '../../components/json-block';
import { actionLabel, entityTypeLabel } from '../../../common/audit-vocabulary';
import { abbreviateHash, formatTime } from '../../lib/format';
import { auditPageSize } from './audit-params';

const columns: ColumnsType<AuditEvent> = [
  { title: '序号', dataIndex: 'seq', width: 80, align: 'right' },
  { title: '时间', dataIndex: 'occurredAt', width: 168, render: formatTime },
  {
    title: '操作人',
    dataIndex: 'actorName',
    width: 120,
    ellipsis: true,
    render: (name: string, e) => <Tooltip title={e.actorId ? `用户编号：${e.actorId}` : '系统'}>{name}</Tooltip>,
  },
  {
    title: '操作',
    dataIndex: 'action',
    width: 150,
    render: (code: string) => (
      <Tooltip title={code}>
        <span>{actionLabel(code)}</span>
      </Tooltip>
    ),
  },
  {
    title: '对象',
    key: 'entity',
    ellipsis: true,
    render: (_, e) => (
      <>
        {entityTypeLabel(e.entityType)}
        {e.entityId && (
          <Typography.Text className="mono" type="secondary">
            {' '}
            {e.entityId}
          </Typography.Text>
        )}
      </>
    ),
  },
  {
    title: '请求编号',
    dataIndex: 'requestId',
    width: 170,
    ellipsis: true,
    render: (v: string | null) => (v ? <span className="mono">{v}</span> : '—'),
  },
  {
    title: '哈希',
    dataIndex: 'hash',
    width: 170,
    render: (hash: string) => (
      <Tooltip title={<span className="mono">{hash}</span>}>
        <Typography.Text className="mono" copyable={{ text: hash, tooltips: ['复制完整哈希', '已复制'] }}>
          {abbreviateHash(hash)}
        </Typography.Text>
      </Tooltip>
    ),
  },
];

interface Props {
  items: AuditEvent[];
  total: number;
  page: number;
  loading: boolean;
  onPageChange: (page: number) => void;
}

export function AuditTable({ items, total, page, loading, onPageChange }: Props) {
  return (
    <div data-testid="audit-table">
      <Table<AuditEvent>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={items}
        loading={loading}
        expandable={{
          expandedRowRender: (e) => (
            <Flex gap={12}>
              <JsonBlock title="变更前" value={e.before} />
              <JsonBlock title="变更后" value={e.after} />
            </Flex>
          ),
          rowExpandable: (e) => e.before !== null || e.after !== null,
        }}
        pagination={{
          current: page,
          pageSize: auditPageSize,
          total,
          showSizeChanger: false,
          showQuickJumper: total > auditPageSize * 10,
          showTotal: (t) => `共 ${t} 条`,
          onChange: onPageChange,
        }}
      />
    </div>
  );
}
