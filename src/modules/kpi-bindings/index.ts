/** Public entry of the kpi-bindings module: KPIs fed by statistics series. */
export { kpiBindings } from './schema.ts';
export { bindKpi } from './bind-kpi.ts';
export { unbindKpi } from './unbind-kpi.ts';
export { bindingsOf } from './list-bindings.ts';
export { syncKpiBindings, syncAfterStatisticsImport } from './sync-kpi-bindings.ts';
export type { Binding } from './repository.ts';
export { bindingRoutes } from './http.ts';
export { canBindKpi, assertCanBindKpi } from './permissions.ts';
