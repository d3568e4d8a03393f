/** Public entry of the kpi-bindings module: KPIs fed by statistics series. */
export { kpiBindings, kpiReferenceBindings } from './schema.ts';
export { bindReference } from './bind-reference.ts';
export { unbindReference } from './unbind-reference.ts';
export { syncReferenceBindings } from './sync-reference-bindings.ts';
export { bindKpi } from './bind-kpi.ts';
export { unbindKpi } from './unbind-kpi.ts';
export { bindingsOf, referenceBindingsOf } from './list-bindings.ts';
export { syncKpiBindings, syncAfterStatisticsImport } from './sync-kpi-bindings.ts';
export type { Binding } from './repository.ts';
export { bindingRoutes } from './http.ts';
export { canBindKpi, assertCanBindKpi } from './permissions.ts';
