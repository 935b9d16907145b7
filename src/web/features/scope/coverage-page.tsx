import { Alert, Card, DatePicker, Empty, Flex, Radio, Select, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCoverage, type CoverageQuery } from '../../api/scope.hooks';
import { QueryError } from '../../components/page-state';
import { parseCoverageParams, toCoverageParams } from './coverage-params';
import { CoverageTable } from './coverage-table';

/** The archiving date offered when switching to an assumed date: the last day before full coverage. */
const DEFAULT_AS_OF = '2021-12-31';

const CoverageChart = lazy(() => import('./coverage-chart'));

/**
 * 试点覆盖 (院领导, 档案管理员): per department and filing month, cases in scope over all cases — as
 * decided now, or recomputed as if every file were archived on one date. Filters are in the URL.
 */
export default function CoveragePage() {
  const [params, setParams] = useSearchParams();
  const query = parseCoverageParams(params);
  const coverage = useCoverage(query);
  const [department, setDepartment] = useState<string>();
  const data = coverage.data;

  const update = (patch: Partial<CoverageQuery>) => setParams(toCoverageParams({ ...parseCoverageParams(new URLSearchParams(window.location.search)), ...patch }));

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        试点覆盖
      </Typography.Title>
      <Card size="small">
        <Flex gap={16} wrap align="center">
          <Space>
            <Typography.Text>归档日期</Typography.Text>
            <Radio.Group
              optionType="button"
              value={query.asOf ? 'date' : 'stored'}
              onChange={(e) => update({ asOf: e.target.value === 'date' ? DEFAULT_AS_OF : undefined })}
              options={[
                { value: 'stored', label: '按各案当前认定' },
                { value: 'date', label: '假定归档日期' },
              ]}
              data-testid="coverage-asof-mode"
            />
            {query.asOf && (
              <DatePicker
                value={dayjs(query.asOf)}
                allowClear={false}
                onChange={(d) => d && update({ asOf: d.format('YYYY-MM-DD') })}
                style={{ width: 140 }}
                data-testid="coverage-asof"
              />
            )}
          </Space>
          <Space>
            <Typography.Text>立案月份</Typography.Text>
            <DatePicker.RangePicker
              picker="month"
              allowEmpty={[true, true]}
              value={[query.from ? dayjs(`${query.from}-01`) : null, query.to ? dayjs(`${query.to}-01`) : null]}
              onChange={(range) => update({ from: range?.[0]?.format('YYYY-MM'), to: range?.[1]?.format('YYYY-MM') })}
              placeholder={['起始月份', '截止月份']}
              style={{ width: 240 }}
              data-testid="coverage-months"
            />
          </Space>
          <Space>
            <Typography.Text>图表范围</Typography.Text>
            <Select<string>
              allowClear
              placeholder="全院"
              value={department}
              onChange={setDepartment}
              options={(data?.departments ?? []).map((d) => ({ value: d, label: d }))}
              style={{ width: 150 }}
              data-testid="coverage-department"
            />
          </Space>
        </Flex>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 13 }}>
          {query.asOf
            ? `按假定 ${query.asOf} 归档重新计算每个案件（不保存）。2022-01-01 起归档的案件全部实行单套制，选择此前的日期可看出各部门试点规则的覆盖。`
            : '按各案件保存的认定统计：未归档的案件按今天归档认定，已归档的保持归档时的认定。'}
        </Typography.Paragraph>
      </Card>

      {coverage.isError && <QueryError error={coverage.error} onRetry={() => void coverage.refetch()} />}
      {coverage.isPending && (
        <Card size="small">
          <Skeleton active />
        </Card>
      )}
      {data && data.months.length === 0 && (
        <Card size="small">
          <Empty description="所选月份没有案件" />
        </Card>
      )}
      {data && data.months.length > 0 && (
        <>
          {coverage.isFetching && <Alert type="info" showIcon title="正在重新统计…" />}
          <Card size="small" title={`每月纳入情况 · ${department ?? '全院'}`}>
            <Suspense fallback={<Skeleton active style={{ height: 340 }} />}>
              <CoverageChart data={data} department={department} />
            </Suspense>
          </Card>
          <Card size="small" title="各部门 × 立案月份：纳入 / 案件数（比例）" styles={{ body: { padding: 0 } }}>
            <CoverageTable data={data} />
          </Card>
        </>
      )}
    </Flex>
  );
}
