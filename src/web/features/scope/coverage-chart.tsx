import { useMemo } from 'react';
import type { CoverageResponse } from '../../api/scope.hooks';
import { EChart, type ChartOption } from '../../components/echart';
import { monthTallies, percent } from './coverage-params';
import styles from './scope.module.css';

const colors = { byRule: '#1f4e8c', byFullCoverage: '#7fa7d9', out: '#d9dde3', ratio: '#d46b08' };

/**
 * Per filing month: stacked bars of cases in scope by a rule, in scope by full coverage, and out;
 * a line of the share in scope (right axis). Loaded on its own (ECharts is a large chunk), so the
 * table shows while the chart is still on its way.
 */
export default function CoverageChart({ data, department }: { data: CoverageResponse; department?: string }) {
  const months = useMemo(() => monthTallies(data, department), [data, department]);
  const option = useMemo<ChartOption>(
    () => ({
      color: [colors.byRule, colors.byFullCoverage, colors.out, colors.ratio],
      textStyle: { fontFamily: 'inherit' },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (v) => (v === null || v === undefined ? '—' : String(v)),
      },
      legend: { top: 0 },
      grid: { left: 48, right: 56, top: 40, bottom: 28 },
      xAxis: { type: 'category', data: months.map((m) => m.month) },
      yAxis: [
        { type: 'value', name: '案件数', minInterval: 1 },
        { type: 'value', name: '纳入比例', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
      ],
      series: [
        { name: '按规则纳入', type: 'bar', stack: 'cases', barMaxWidth: 36, data: months.map((m) => m.byRule) },
        { name: '全面实行纳入', type: 'bar', stack: 'cases', barMaxWidth: 36, data: months.map((m) => m.byFullCoverage) },
        { name: '未纳入', type: 'bar', stack: 'cases', barMaxWidth: 36, data: months.map((m) => m.total - m.inScope) },
        {
          name: '纳入比例',
          type: 'line',
          yAxisIndex: 1,
          smooth: false,
          symbolSize: 6,
          data: months.map((m) => percent(m.inScope, m.total)),
          tooltip: { valueFormatter: (v) => (v === null || v === undefined ? '—' : `${String(v)}%`) },
        },
      ],
    }),
    [months],
  );
  const summary = months.map((m) => `${m.month}：${m.inScope}/${m.total}`).join('；');
  return <EChart option={option} className={styles.chart} ariaLabel={`每月纳入单套制的案件数：${summary}`} data-testid="coverage-chart" />;
}
