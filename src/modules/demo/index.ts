/** Public entry of the demo module: add and remove the sample data of a first run. */
export { addDemo, type DemoAdded } from './add-demo.ts';
export { removeDemo, type DemoRemoved } from './remove-demo.ts';
export { DEMO_AS_OF, DEMO_OWNER, DEMO_STRATEGY_ID, DEMO_USER, NATIONAL_SAMPLES } from './demo-data.ts';
export { canManageDemo } from './permissions.ts';
