import { Card, Flex, Typography } from 'antd';
import { useLocation, useSearchParams } from 'react-router';
import { useCaseList } from '../../api/cases.hooks';
import { QueryError } from '../../components/page-state';
import { DeadlineReminder } from '../deadlines/deadline-reminder';
import { CaseFilters } from './case-filters';
import { parseCaseParams, toCaseListQuery, toCaseParams, type CaseFilters as Filters } from './case-list-params';
import { CaseTable } from './case-table';

/** 案件列表: filters in the URL, server-side pagination. */
export default function CaseListPage() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const { filters, page } = parseCaseParams(params);
  const list = useCaseList(toCaseListQuery(filters, page));

  // Changes merge into the URL as it is now, not as this render saw it: two quick changes (a select,
  // then Enter in the search box) must not lose the first. A filter change starts again at page 1;
  // each change is a history entry, so Back undoes it.
  const current = () => parseCaseParams(new URLSearchParams(window.location.search));
  const onFilters = (patch: Partial<Filters>) => setParams(toCaseParams({ ...current().filters, ...patch }));
  const onPage = (next: number) => setParams(toCaseParams(current().filters, next));

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        案件
      </Typography.Title>
      <DeadlineReminder />
      <Card size="small">
        <CaseFilters filters={filters} onChange={onFilters} onReset={() => setParams(new URLSearchParams())} />
      </Card>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <CaseTable
          items={list.data?.items ?? []}
          total={list.data?.total ?? 0}
          page={page}
          loading={list.isFetching}
          listSearch={location.search}
          onPageChange={onPage}
        />
      </Card>
    </Flex>
  );
}
