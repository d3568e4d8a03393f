/**
 * Plans taken through the real workflow use cases (as an operator, who passes every permission
 * check): a B plan from completePlan('B') with the investment projects a test gives, up to any
 * status on the way to national publication.
 */
import type { Database } from '../../src/db/client.ts';
import { operatorPrincipal } from '../../src/modules/auth/index.ts';
import { completePlan } from '../../src/modules/plans/domain/test-plans.ts';
import { REQUIREMENTS } from '../../src/modules/plans/domain/requirements.ts';
import type { PlanContentInput } from '../../src/modules/plans/domain/plan-content.ts';
import { createPlan } from '../../src/modules/plans/use-cases/create-plan.ts';
import { recordVerdicts } from '../../src/modules/plans/use-cases/record-verdicts.ts';
import { transitionPlan } from '../../src/modules/plans/use-cases/transition-plan.ts';

export type Investments = NonNullable<PlanContentInput['investments']>;

const STEPS = ['draft', 'precheck', 'published_local', 'submitted', 'published'] as const;
export type Stage = (typeof STEPS)[number];

/** A B plan of 富山県 (or `owner`) taken to `stage`; returns its id. */
export async function planAt(db: Database, stage: Stage, opts: { title: string; investments: Investments; owner?: string }): Promise<string> {
  const by = operatorPrincipal('test');
  const content = { ...completePlan('B'), title: opts.title, investments: opts.investments };
  const { id } = await createPlan(db, { type: 'B', ownerOrgId: opts.owner ?? '160008', title: opts.title, content }, by);
  const upTo = STEPS.indexOf(stage);
  if (upTo >= 1) await transitionPlan(db, { id, action: 'submit_precheck' }, by);
  if (upTo >= 2) {
    await transitionPlan(db, { id, action: 'complete_precheck' }, by);
    await transitionPlan(db, { id, action: 'publish_local', url: 'https://www.pref.toyama.jp/plan', publishedOn: '2026-10-01' }, by);
  }
  if (upTo >= 3) await transitionPlan(db, { id, action: 'submit_formal' }, by);
  if (upTo >= 4) {
    const verdicts = REQUIREMENTS.B.filter((r) => r.no !== null).map((r) => ({ requirement_no: r.no!, verdict: 'met' as const, evidence: '確認済み' }));
    await recordVerdicts(db, { id, verdicts }, by);
    await transitionPlan(db, { id, action: 'publish_national' }, by);
  }
  return id;
}

/** A project of the shape plan-content.ts reads. */
export function project(id: string, title: string, muniCode: string, amount: number | string, extra: Partial<Investments[number]> = {}): Investments[number] {
  return { id, title, investor_name: '富山製薬工業株式会社', ministry: '経済産業省', amount_yen: amount, invest_date: '2027-06', muni_code: muniCode, ...extra };
}
