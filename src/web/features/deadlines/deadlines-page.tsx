import { Badge, Card, Flex, Segmented, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useSearchParams } from 'react-router';
import { deadlineScopeLabels, deadlineScopeValues, fileHolderLabels } from '../../../common/deadline-api';
import { useDeadlines, useDeadlineSummary, type DeadlineItem, type DeadlineScopeValue } from '../../api/deadlines.hooks';
import { QueryError } from '../../components/page-state';
import { formatDate } from '../../lib/format';
import { ArchiveStateTag } from '../cases/case-tags';
import { DeadlineStatusTag } from './deadline-tags';

const PAGE_SIZE = 50;
type StatusFilter = 'all' | 'overdue' | 'due_soon';
const statusFilters: Array<{ value: StatusFilter; label: string }> = [
  { value: 'all', label: '全部' },
  { value: 'overdue', label: '已超期' },
  { value: 'due_soon', label: '即将到期' },
];

function isScope(v: string | null): v is DeadlineScopeValue {
  return (deadlineScopeValues as readonly string[]).includes(v ?? '');
}

/** The table's columns; the department only for the whole court (in 我的 and 本庭 it is always the reader's). */
const columnsFor = (scope: DeadlineScopeValue | undefined): ColumnsType<DeadlineItem> => [
  {
    title: '案号',
    dataIndex: 'caseNumber',
    width: 210,
    fixed: 'left',
    onCell: () => ({ style: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } }),
    render: (value: string, row) => (
      <Link to={`/cases/${encodeURIComponent(row.caseId)}`} data-testid="deadline-case-link">
        {value}
      </Link>
    ),
  },
  { title: '案由', dataIndex: 'causeOfAction', ellipsis: { showTitle: true } },
  ...(scope === 'court' ? [{ title: '承办部门', dataIndex: 'department', width: 100, ellipsis: true }] : []),
  { title: '承办法官', dataIndex: 'judge', width: 76, render: (p: DeadlineItem['judge']) => p?.name ?? '—' },
  { title: '书记员', dataIndex: 'clerk', width: 72, render: (p: DeadlineItem['clerk']) => p?.name ?? '—' },
  { title: '结案日期', dataIndex: 'closedAt', width: 96, render: formatDate },
  { title: '归档期限', dataIndex: 'dueAt', width: 96, render: formatDate },
  { title: '状态', dataIndex: 'status', width: 150, render: (_: unknown, row) => <DeadlineStatusTag status={row.status} days={row.days} /> },
  { title: '归档状态', dataIndex: 'archiveState', width: 100, render: (s: DeadlineItem['archiveState']) => <ArchiveStateTag state={s} /> },
  {
    title: '当前经办',
    dataIndex: 'holder',
    width: 140,
    render: (_: unknown, row) => (
      <span>
        {row.holderName ?? '—'}
        <Typography.Text type="secondary">（{fileHolderLabels[row.holder]}）</Typography.Text>
      </span>
    ),
  },
  {
    title: '操作',
    key: 'actions',
    width: 60,
    fixed: 'right',
    render: (_: unknown, row) => (
      <Link to={`/cases/${encodeURIComponent(row.caseId)}/catalogue`} data-testid="deadline-catalogue-link">
        编目
      </Link>
    ),
  },
];

/**
 * 归档期限: the closed case files due soon or overdue for handing to the archives, most urgent
 * first — 我的, 本庭, and 全院 for who reads every case. Scope, status and page live in the URL.
 */
export default function DeadlinesPage() {
  const [params, setParams] = useSearchParams();
  const summary = useDeadlineSummary();
  const allowed = summary.data?.scopes.map((s) => s.scope) ?? [];
  const asked = params.get('scope');
  const scope: DeadlineScopeValue | undefined = isScope(asked) && allowed.includes(asked) ? asked : summary.data?.defaultScope;
  const statusParam = params.get('status');
  const status: StatusFilter = statusParam === 'overdue' || statusParam === 'due_soon' ? statusParam : 'all';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useDeadlines({ scope, status, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, { enabled: !!scope });

  const update = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(window.location.search);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined) next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };

  const data = list.data;
  const rule = summary.data?.rule;
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="baseline" wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          归档期限
        </Typography.Title>
        {rule && (
          <Typography.Text type="secondary" data-testid="deadline-rule">
            结案后 {rule.months} 个月内将电子卷宗交档案部门接收；到期前 {rule.warnDays} 天起提示“即将到期”。今天：{summary.data!.today}
          </Typography.Text>
        )}
      </Flex>
      {summary.isError && <QueryError error={summary.error} onRetry={() => void summary.refetch()} />}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Card size="small" styles={{ body: { paddingTop: 0 } }}>
        <Tabs
          activeKey={scope}
          onChange={(k) => update({ scope: k, page: undefined })}
          items={(summary.data?.scopes ?? []).map((s) => ({
            key: s.scope,
            label: (
              <Space size={6} data-testid={`deadline-tab-${s.scope}`}>
                {deadlineScopeLabels[s.scope]}
                {s.overdue > 0 && <Badge count={s.overdue} overflowCount={999} title="已超期" />}
                {s.dueSoon > 0 && <Badge count={s.dueSoon} overflowCount={999} color="orange" title="即将到期" />}
              </Space>
            ),
          }))}
        />
        <Flex vertical gap={8}>
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Segmented<StatusFilter>
              value={status}
              onChange={(v) => update({ status: v === 'all' ? undefined : v, page: undefined })}
              options={statusFilters.map((f) => ({
                value: f.value,
                label: f.value === 'all' || !data ? f.label : `${f.label} ${f.value === 'overdue' ? data.counts.overdue : data.counts.dueSoon}`,
              }))}
              data-testid="deadline-status-filter"
            />
            {scope === 'court' && summary.data?.byDepartment && summary.data.byDepartment.length > 0 && (
              <Space size={[0, 4]} wrap data-testid="deadline-by-department">
                {summary.data.byDepartment.map((d) => (
                  <Tag key={d.departmentId}>
                    {d.department}：超期 {d.overdue}
                    {d.dueSoon > 0 ? `，将到期 ${d.dueSoon}` : ''}
                  </Tag>
                ))}
              </Space>
            )}
          </Flex>
          <div data-testid="deadline-table">
            <Table<DeadlineItem>
              rowKey="caseId"
              size="small"
              columns={columnsFor(scope)}
              dataSource={data?.items ?? []}
              loading={list.isFetching || summary.isLoading}
              scroll={{ x: scope === 'court' ? 1180 : 1080 }}
              locale={{ emptyText: '没有即将到期或已超期的案卷' }}
              pagination={{
                current: page,
                pageSize: PAGE_SIZE,
                total: data?.total ?? 0,
                showSizeChanger: false,
                showTotal: (t) => <Typography.Text data-testid="deadline-total">共 {t} 件</Typography.Text>,
                onChange: (p) => update({ page: p === 1 ? undefined : String(p) }),
              }}
            />
          </div>
        </Flex>
      </Card>
    </Flex>
  );
}
