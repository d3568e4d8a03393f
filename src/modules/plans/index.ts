/** Public entry of the plans module: 地域未来戦略's plan types, their workflow, rounds and the 国内投資マップ. */
export { plans, planVersions, planInvestments, planRounds, planReports, investmentMapSnapshots } from './schema.ts';
export { PLAN_TYPES, PLAN_TYPE_LABELS, STRATEGIC_FIELDS, type PlanType } from './domain/plan-types.ts';
export { STATUS_LABELS, ACTION_LABELS, type PlanStatus, type PlanAction } from './domain/workflow.ts';
export { parsePlanContent } from './domain/parse-plan-content.ts';
export { createPlan, type NewPlan } from './use-cases/create-plan.ts';
export { updatePlan, type PlanEdit } from './use-cases/update-plan.ts';
export { transitionPlan, type PlanTransition } from './use-cases/transition-plan.ts';
export { recordVerdicts } from './use-cases/record-verdicts.ts';
export { getPlan } from './use-cases/get-plan.ts';
export { listPlans, type PlanListQuery } from './use-cases/list-plans.ts';
export { addSamplePlans, sampleContent, SAMPLE_PLANS, SAMPLE_TITLE_PREFIX } from './use-cases/add-sample-plans.ts';
export { removeSamplePlans } from './use-cases/remove-sample-plans.ts';
// Types only, for the web's plan pages (the web imports a module's index.ts as types).
export type { ActionItem, CoreEntity, Investment, Kgi, Measure, PlanContent, PlanKpi, WithdrawalCriterion } from './domain/plan-content.ts';
