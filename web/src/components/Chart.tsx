/**
 * The one ECharts chart of the web application (KPI charts, statistics maps and charts), loaded
 * on demand (echarts.ts); until then a status line says so. The chart is an image to assistive technology
 * (role="img" with a summary in words, and aria-describedby pointing at a longer description or
 * the data table); the figures themselves are always in a table on the same page.
 */
import { useEffect, useRef, useState } from 'react';
import { ErrorMessage } from './ErrorMessage.tsx';
import { Loading } from './Loading.tsx';
import type { EChartsCoreOption, EChartsType } from './echarts.ts';
import './Chart.css';

export type ChartSetup = typeof import('./echarts.ts');
export type { EChartsCoreOption, EChartsType } from './echarts.ts';

export interface ChartProps {
  /** builds the option once ECharts is loaded (map registration happens here) */
  option: (echarts: ChartSetup) => EChartsCoreOption | null;
  /** what the chart shows, in words (its accessible name) */
  label: string;
  /** the status line while ECharts loads */
  loadingLabel: string;
  describedBy?: string;
  /** class of the chart's area (its size) */
  className: string;
  onClick?: (name: string, data: unknown) => void;
  onReady?: (chart: EChartsType | null) => void;
  /** offer the chart as a PNG image: the file's name (without .png) and the button's text */
  png?: { fileName: string; label: string };
}

/** The chart as a PNG file, at twice its size on a white ground (ECharts draws it; no new code). */
function downloadPng(c: EChartsType, fileName: string) {
  const url = c.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
  const bytes = Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (ch) => ch.charCodeAt(0));
  const href = URL.createObjectURL(new Blob([bytes], { type: 'image/png' }));
  const a = document.createElement('a');
  a.href = href;
  a.download = `${fileName.replace(/[\\/:*?"<>|]/g, '_')}.png`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

export function Chart({ option, label, loadingLabel, describedBy, className, onClick, onReady, png }: ChartProps) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');
  const [error, setError] = useState<unknown>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;
  const readyRef = useRef(onReady);
  readyRef.current = onReady;

  // The instance lives as long as the element.
  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | null = null;
    import('./echarts.ts').then(
      (echarts) => {
        if (disposed || !el.current) return;
        const c = echarts.init(el.current, null, { renderer: 'canvas' });
        chart.current = c;
        c.on('click', (p) => {
          const params = p as { name?: string; data?: unknown };
          if (params.name) clickRef.current?.(params.name, params.data);
        });
        observer = new ResizeObserver(() => c.resize());
        observer.observe(el.current);
        setState('ready');
        readyRef.current?.(c);
      },
      (err: unknown) => {
        if (disposed) return;
        setError(err);
        setState('error');
      },
    );
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
      readyRef.current?.(null);
    };
  }, []);

  // New option whenever the builder changes (new data, language).
  useEffect(() => {
    if (state !== 'ready' || !chart.current) return;
    let cancelled = false;
    void import('./echarts.ts').then((echarts) => {
      if (cancelled || !chart.current) return;
      const opt = option(echarts);
      if (opt) chart.current.setOption(opt, { notMerge: true });
      else chart.current.clear();
    });
    return () => {
      cancelled = true;
    };
  }, [option, state]);

  return (
    <div className="chart-wrap">
      {state === 'loading' ? <Loading label={loadingLabel} /> : null}
      {state === 'error' ? <ErrorMessage error={error} /> : null}
      <div ref={el} className={className} role="img" aria-label={label} aria-describedby={describedBy} />
      {png && state === 'ready' ? (
        <p className="chart-png no-print">
          <button type="button" className="button button-secondary button-small" onClick={() => chart.current && downloadPng(chart.current, png.fileName)}>
            {png.label}
          </button>
        </p>
      ) : null}
    </div>
  );
}
