import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { AuditEvent } from '../../../common/api';
import { useCaseHistory } from '../../api/cases.hooks';
import { ChangeList } from '../../components/change-list';
import { QueryError } from '../../components/page-state';
import { actionLabel } from '../../../common/audit-vocabulary';
import { formatTime } from '../../lib/format';
import { caseFieldLabels, useCaseValueFormatter } from './case-change-format';

/** 变更记录: who changed what in the case, and when, from the audit trail. */
export function CaseHistory({ caseId }: { caseId: string }) {
  const history = useCaseHistory(caseId);
  const format = useCaseValueFormatter();

  const columns: ColumnsType<AuditEvent> = [
    { title: '时间', dataIndex: 'occurredAt', width: 170, render: formatTime },
    { title: '操作人', dataIndex: 'actorName', width: 120 },
    { title: '操作', dataIndex: 'action', width: 110, render: actionLabel },
    {
      title: '变更内容',
      key: 'diff',
      render: (_, e) => <ChangeList before={e.before} after={e.after} labels={caseFieldLabels} format={format} />,
    },
  ];

  if (history.isError) return <QueryError error={history.error} onRetry={() => void history.refetch()} />;
  const items = history.data?.items ?? [];
  const total = history.data?.total ?? 0;
  return (
    <>
      <Table<AuditEvent>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={items}
        loading={history.isPending}
        pagination={items.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        locale={{ emptyText: '暂无变更记录' }}
        data-testid="case-history"
      />
      {total > items.length && (
        <Typography.Text type="secondary">仅显示最近 {items.length} 条，共 {total} 条。</Typography.Text>
      )}
    </>
  );
}
