import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, type CSSProperties } from 'react';

// Only what the charts of this app draw: the bundle stays a fraction of full ECharts.
echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

/** The options these charts may use (bars, lines, a grid, a tooltip, a legend). */
export type ChartOption = echarts.ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;

interface Props {
  option: ChartOption;
  className?: string;
  style?: CSSProperties;
  /** Read by screen readers in place of the canvas. */
  ariaLabel: string;
  'data-testid'?: string;
}

/**
 * An ECharts chart in a div: created on mount, disposed on unmount, resized with its container, and
 * given the whole option again whenever it changes (`notMerge`, so removed series disappear).
 */
export function EChart({ option, className, style, ariaLabel, 'data-testid': testId }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={ref} className={className} style={style} role="img" aria-label={ariaLabel} data-testid={testId} />;
}
