/** PLACEHOLDER until the plan catalog lands (h10-domain-a). */
import type { Catalog } from '../../kpi/index.ts';
import type { PlanContent } from './plan-content.ts';
import type { PlanType } from './plan-types.ts';
export function planCatalog(plan: { id: string; title: string; type: PlanType }, _content: PlanContent, _actuals: { kpi_id: string; period: string; value: number }[]): Catalog {
  return { strategy: { id: plan.id, name: plan.title }, nodes: [], kpis: [] };
}
