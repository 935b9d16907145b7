import { useMemo } from 'react';
import type { ScanStatsResponse } from '../../api/scanning.hooks';
import { EChart, type ChartOption } from '../../components/echart';

const palette = ['#1f4e8c', '#d46b08', '#389e0d', '#9254de', '#cf1322', '#08979c'];

/** Totals per reason across points, most frequent first, with each point's share. */
export function reasonMatrix(points: ScanStatsResponse['points']): { labels: string[]; series: Array<{ name: string; data: number[] }> } {
  const totals = new Map<string, number>();
  for (const p of points) for (const r of p.byReason) totals.set(r.label, (totals.get(r.label) ?? 0) + r.count);
  const labels = [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([l]) => l);
  const series = points
    .filter((p) => p.byReason.some((r) => r.count > 0))
    .map((p) => ({ name: p.name, data: labels.map((l) => p.byReason.filter((r) => r.label === l).reduce((s, r) => s + r.count, 0)) }));
  return { labels, series };
}

/**
 * 退回与不合格原因: horizontal stacked bars, one bar per reason, a colour per scanning point.
 * Loaded on its own chunk (ECharts).
 */
export default function ReasonChart({ data }: { data: ScanStatsResponse }) {
  const { labels, series } = useMemo(() => reasonMatrix(data.points), [data]);
  const option = useMemo<ChartOption>(
    () => ({
      color: palette,
      textStyle: { fontFamily: 'inherit' },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, name: '次数' },
      yAxis: { type: 'category', data: [...labels].reverse(), axisLabel: { width: 180, overflow: 'truncate' } },
      series: series.map((s) => ({ name: s.name, type: 'bar', stack: 'reasons', barMaxWidth: 22, data: [...s.data].reverse() })),
    }),
    [labels, series],
  );
  const summary = labels.map((l, i) => `${l}：${series.reduce((s, x) => s + (x.data[i] ?? 0), 0)}`).join('；');
  return (
    <EChart
      option={option}
      style={{ height: Math.max(180, labels.length * 34 + 60), width: '100%' }}
      ariaLabel={`退回与不合格原因：${summary}`}
      data-testid="reason-chart"
    />
  );
}
