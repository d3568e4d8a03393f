/**
 * ECharts, tree-shaken: the map (choropleth; geo for the investment map's markers), line, bar and scatter charts and the components
 * they use, on the canvas renderer. Loaded with import() by Chart.tsx only (the KPI and the
 * statistics pages), so it is a chunk of its own, never in the initial bundle.
 */
import { BarChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { init, registerMap, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([MapChart, LineChart, BarChart, ScatterChart, GridComponent, GeoComponent, TooltipComponent, LegendComponent, MarkLineComponent, CanvasRenderer]);

export { init, registerMap };
export type { EChartsType, EChartsCoreOption } from 'echarts/core';
