// Types only, for the web's plan pages (the web imports a module's index.ts as types).
export type { ActionItem, CoreEntity, Investment, Kgi, Measure, PlanContent, PlanKpi, WithdrawalCriterion } from './domain/plan-content.ts';
