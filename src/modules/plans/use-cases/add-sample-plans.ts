/**
 * Sample plans for a first run (`sousei demo add`): one plan of each type taken through its
 * whole workflow by the same use cases people use — each step its own event and audit entry —
 * and marked `sample`, so every page shows them as 「サンプル」 and `removeSamplePlans` takes
 * exactly them away. Operators only (the demo module checks).
 */
import type { Database } from '../../../db/client.ts';
import type { Principal } from '../../auth/index.ts';
import type { PlanContent } from '../domain/plan-content.ts';
import type { PlanType } from '../domain/plan-types.ts';
import { REQUIREMENTS } from '../domain/requirements.ts';
import { completePlan } from '../domain/test-plans.ts';
import type { PlanAction } from '../domain/workflow.ts';
import { createPlan } from './create-plan.ts';
import { recordVerdicts } from './record-verdicts.ts';
import { transitionPlan } from './transition-plan.ts';

export const SAMPLE_TITLE_PREFIX = '【サンプル】';

interface SamplePlanSpec {
  type: PlanType;
  owner: string;
  coOwners: string[];
}

export const SAMPLE_PLANS: readonly SamplePlanSpec[] = [
  { type: 'A', owner: 'meti-hokkaido', coOwners: ['010006'] },
  { type: 'B', owner: '160008', coOwners: [] },
  { type: 'C', owner: '162027', coOwners: [] },
];

const PATH: Record<'A' | 'BC', PlanAction[]> = {
  A: ['open_proposals', 'formulate', 'publish_national', 'start_execution'],
  BC: ['submit_precheck', 'advise', 'submit_precheck', 'complete_precheck', 'publish_local', 'submit_formal', 'publish_national', 'start_execution'],
};

const COMMENTS: Partial<Record<PlanAction, string>> = {
  advise: '（サンプル）勝ち筋の記載と域内への波及の根拠を、数値で示してください。',
};

export function sampleContent(type: PlanType): PlanContent {
  const c = completePlan(type);
  return { ...c, title: `${SAMPLE_TITLE_PREFIX}${c.title}` };
}

async function judgeAll(db: Database, id: string, type: PlanType, by: Principal): Promise<void> {
  const verdicts = REQUIREMENTS[type].filter((r) => r.no !== null).map((r) => ({ requirement_no: r.no!, verdict: 'met' as const, evidence: '（サンプル）計画書の記載による' }));
  await recordVerdicts(db, { id, verdicts }, by);
}

/** Creates the three sample plans and takes each to execution; returns their ids by type. */
export async function addSamplePlans(db: Database, by: Principal): Promise<Record<PlanType, string>> {
  const ids = {} as Record<PlanType, string>;
  for (const spec of SAMPLE_PLANS) {
    const content = sampleContent(spec.type);
    const { id } = await createPlan(db, { type: spec.type, ownerOrgId: spec.owner, coOwnerOrgIds: spec.coOwners, title: content.title, content, sample: true }, by);
    for (const action of PATH[spec.type === 'A' ? 'A' : 'BC']) {
      if (action === 'publish_national') await judgeAll(db, id, spec.type, by);
      await transitionPlan(db, { id, action, comment: COMMENTS[action], publishedOn: '2026-10-01', url: 'https://example.jp/sample-plan' }, by);
    }
    ids[spec.type] = id;
  }
  return ids;
}
