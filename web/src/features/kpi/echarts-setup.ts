/**
 * ECharts, tree-shaken: only the line chart, the components the KPI chart uses and the canvas
 * renderer. Loaded with import() by the KPI page only, so it is never in the initial bundle.
 */
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([LineChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, CanvasRenderer]);

export { init };
export type { EChartsType } from 'echarts/core';
