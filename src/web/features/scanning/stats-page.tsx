import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Descriptions, Empty, Flex, Row, Skeleton, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useScanningPoints, useScanStats, type ScanningPointOut, type ScanStatsResponse } from '../../api/scanning.hooks';
import { QueryError } from '../../components/page-state';
import { courtDate, formatHours, formatPercent } from '../../lib/format';
import { colourModeLabels } from './scan-reasons';
import { formatLabels } from './threshold-values';
import { ThresholdsModal } from './thresholds-modal';

const ReasonChart = lazy(() => import('./reason-chart'));

type PointRow = ScanStatsResponse['points'][number];
type OperatorRow = ScanStatsResponse['operators'][number];

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The period in force: from the URL, or the last 30 days. */
export function statsPeriod(params: URLSearchParams, today: string): { from: string; to: string } {
  const from = params.get('from');
  const to = params.get('to');
  if (from && to && isoDate.test(from) && isoDate.test(to)) return { from, to };
  return { from: dayjs(today).subtract(29, 'day').format('YYYY-MM-DD'), to: today };
}

function statsColumns<T extends PointRow>(first: ColumnsType<T>): ColumnsType<T> {
  return [
    ...first,
    { title: '页数', dataIndex: 'pages', width: 80, align: 'right' },
    { title: '不合格', dataIndex: 'failed', width: 80, align: 'right' },
    {
      title: '不合格率',
      dataIndex: 'rejectionRate',
      width: 90,
      align: 'right',
      render: (r: number, row) => <Typography.Text type={row.pages > 0 && r > 0.05 ? 'danger' : undefined}>{row.pages ? formatPercent(r) : '—'}</Typography.Text>,
    },
    { title: '退回重扫', dataIndex: 'rescans', width: 90, align: 'right', render: (n: number) => <span data-testid="stats-rescans">{n}</span> },
    { title: '已重扫', dataIndex: 'rescansDone', width: 80, align: 'right' },
    { title: '重扫周转（中位）', dataIndex: 'turnaroundHoursMedian', width: 130, align: 'right', render: formatHours },
    { title: '重扫周转（最长）', dataIndex: 'turnaroundHoursMax', width: 130, align: 'right', render: formatHours },
    {
      title: '主要原因',
      dataIndex: 'byReason',
      render: (reasons: PointRow['byReason']) =>
        reasons.length === 0 ? (
          '—'
        ) : (
          <Space size={[0, 4]} wrap>
            {[...reasons]
              .sort((a, b) => b.count - a.count)
              .slice(0, 4)
              .map((r) => (
                <Tag key={r.code}>
                  {r.label} {r.count}
                </Tag>
              ))}
          </Space>
        ),
    },
  ];
}

function ThresholdsCard({ point, onEdit }: { point: ScanningPointOut; onEdit: () => void }) {
  const t = point.thresholds;
  return (
    <Card
      size="small"
      type="inner"
      title={
        <Space>
          {point.name}
          {point.customThresholds ? <Tag color="blue">自定义</Tag> : <Tag>默认</Tag>}
        </Space>
      }
      extra={
        <Button size="small" icon={<EditOutlined />} onClick={onEdit} data-testid="threshold-edit">
          修改
        </Button>
      }
      data-testid="threshold-card"
    >
      <Descriptions
        size="small"
        column={2}
        items={[
          { key: 'dpi', label: '最低分辨率', children: `${t.minDpi} dpi` },
          { key: 'missing', label: '未记录分辨率', children: t.missingDpi === 'fail' ? '不合格' : '提示' },
          { key: 'colour', label: '色彩模式', children: t.allowedColourModes.map((m) => colourModeLabels[m] ?? m).join('、') },
          { key: 'format', label: '存储格式', children: t.allowedFormats ? t.allowedFormats.map((f) => formatLabels[f] ?? f).join('、') : '不检查' },
          { key: 'skew', label: '最大歪斜', children: `${t.maxSkewDegrees}°` },
          { key: 'border', label: '最大黑边', children: formatPercent(t.maxBlackBorderRatio, 2) },
          { key: 'blank', label: '空白页墨迹', children: `< ${formatPercent(t.blankInkRatio, 3)}` },
          { key: 'paper', label: '纸面亮度', children: `≥ ${t.minPaperLevel}` },
          { key: 'contrast', label: '对比度', children: `≥ ${t.minContrast}` },
          { key: 'sharp', label: '清晰度', children: `≥ ${t.minSharpness}` },
        ]}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        服务部门：{point.departments.map((d) => d.name).join('、') || '—'}
      </Typography.Text>
    </Card>
  );
}

/**
 * 扫描质量统计 (办公室, 院领导, 档案管理员): for a period, pages, rejection rate, re-scans and their
 * turnaround per scanning point and per operator; the reasons; each point's thresholds.
 */
export default function StatsPage() {
  const [params, setParams] = useSearchParams();
  const today = dayjs(courtDate());
  const period = statsPeriod(params, today.format('YYYY-MM-DD'));
  const stats = useScanStats(period);
  const points = useScanningPoints();
  const [editing, setEditing] = useState<ScanningPointOut | null>(null);
  const data = stats.data;
  const anyReasons = !!data?.points.some((p) => p.byReason.some((r) => r.count > 0));

  const pointColumns = statsColumns<PointRow>([{ title: '扫描点', dataIndex: 'name', width: 170 }]);
  const operatorColumns = statsColumns<OperatorRow>([
    { title: '扫描员', dataIndex: 'name', width: 100 },
    { title: '扫描点', dataIndex: 'scanningPoint', width: 170, render: (v: string | null) => v ?? '—' },
  ]);

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          扫描质量统计
        </Typography.Title>
        <Space>
          <Typography.Text>统计期间</Typography.Text>
          <DatePicker.RangePicker
            value={[dayjs(period.from), dayjs(period.to)]}
            allowClear={false}
            onChange={(range) => {
              if (range?.[0] && range[1]) setParams({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') }, { replace: true });
            }}
            presets={[
              { label: '最近 7 天', value: [today.subtract(6, 'day'), today] },
              { label: '最近 30 天', value: [today.subtract(29, 'day'), today] },
              { label: '本月', value: [today.startOf('month'), today] },
              { label: '本年', value: [today.startOf('year'), today] },
            ]}
            data-testid="stats-period"
          />
        </Space>
      </Flex>
      {stats.isError && <QueryError error={stats.error} onRetry={() => void stats.refetch()} />}
      {stats.isPending && (
        <Card size="small">
          <Skeleton active />
        </Card>
      )}
      {data && (
        <>
          <Card size="small" title="各扫描点" styles={{ body: { padding: 0 } }}>
            <Table<PointRow>
              rowKey="id"
              size="small"
              columns={pointColumns}
              dataSource={data.points}
              pagination={false}
              scroll={{ x: 1100 }}
              locale={{ emptyText: '所选期间没有扫描' }}
              data-testid="stats-points"
            />
          </Card>
          <Card size="small" title="各扫描员" styles={{ body: { padding: 0 } }}>
            <Table<OperatorRow>
              rowKey={(r) => `${r.id}-${r.scanningPoint ?? ''}`}
              size="small"
              columns={operatorColumns}
              dataSource={data.operators}
              pagination={data.operators.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
              scroll={{ x: 1200 }}
              locale={{ emptyText: '所选期间没有扫描' }}
              data-testid="stats-operators"
            />
          </Card>
          <Card size="small" title="不合格与退回重扫原因">
            {anyReasons ? (
              <Suspense fallback={<Skeleton active />}>
                <ReasonChart data={data} />
              </Suspense>
            ) : (
              <Empty description="所选期间没有不合格或退回重扫的页面" />
            )}
          </Card>
        </>
      )}
      <Card size="small" title="各扫描点质检阈值" extra={<Typography.Text type="secondary">依据 DA/T 31-2017；修改后对之后上传的页面生效</Typography.Text>}>
        {points.isError && <QueryError error={points.error} onRetry={() => void points.refetch()} />}
        <Row gutter={[12, 12]}>
          {(points.data?.items ?? []).map((p) => (
            <Col span={12} key={p.id}>
              <ThresholdsCard point={p} onEdit={() => setEditing(p)} />
            </Col>
          ))}
        </Row>
      </Card>
      <ThresholdsModal point={editing} onClose={() => setEditing(null)} />
    </Flex>
  );
}
