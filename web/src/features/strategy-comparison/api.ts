/** The strategy-comparison API (/api/v1/strategy-comparison…) and its types. */
import { query, request } from '../../api/client.ts';
import type { components } from '../../api/schema.gen.ts';

export type Comparison = components['schemas']['StrategyComparison'];
export type ComparedKpi = components['schemas']['ComparedKpi'];
export type ComparisonPeer = components['schemas']['ComparisonPeer'];
export interface ComparableIndicator {
  code: string;
  name: string;
  unit: string;
  category_label: string;
  kpi_count: number;
  government_count: number;
}

const V1 = '/api/v1/strategy-comparison';

export const comparisonPaths = {
  page: (indicator = '', area = '') => `/strategies/compare${query({ indicator, area })}`,
  xlsx: (indicator: string, area: string) => `${V1}${query({ indicator, area, format: 'xlsx' })}`,
};

export const listComparableIndicators = (signal?: AbortSignal) => request<{ indicators: ComparableIndicator[] }>(`${V1}/indicators`, { signal });
export const getComparison = (indicator: string, area: string, signal?: AbortSignal) => request<Comparison>(`${V1}${query({ indicator, area })}`, { signal });
