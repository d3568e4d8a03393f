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
import { addSampleRound } from './add-sample-round.ts';
import { getPlan } from './get-plan.ts';
import { publishRevision } from './publish-revision.ts';
import { publishSnapshot } from './publish-snapshot.ts';
import { updatePlan } from './update-plan.ts';

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
  const sample = { ...c, title: `${SAMPLE_TITLE_PREFIX}${c.title}` };
  if (type === 'A') return sample;
  if (type === 'B') {
    // B: two projects on the map (the seed's B ④ investment picture), so a revision can change one
    const project = (id: string, title: string, investor: string, amount: number, muni: string, date: string) => ({
      id,
      title,
      investor_name: investor,
      investor_corporate_number: null,
      ministry: '経済産業省',
      department: '中部経済産業局',
      amount_yen: amount,
      invest_date: date,
      operation_date: null,
      muni_code: muni,
      point: null,
      spillover: '域内の部材・物流への発注',
      related: false,
      subsidised: false,
    });
    return {
      ...sample,
      investments: [
        project('inv-b-1', '原薬工場の新設', '富山原薬株式会社（サンプル）', 18_000_000_000, '162019', '2027-04'),
        project('inv-b-2', '製剤ラインの増設', '高岡製剤株式会社（サンプル）', 6_500_000_000, '162027', '2027-10'),
      ],
    };
  }
  // C: a project for the map, and a criterion judged in one round, so one round can show it met
  return {
    ...sample,
    investments: [
      {
        id: 'inv-c-1',
        title: '鋳造・着色工房の共同化',
        investor_name: '高岡銅器協同組合（サンプル）',
        investor_corporate_number: null,
        ministry: '経済産業省',
        department: '中部経済産業局',
        amount_yen: 320_000_000,
        invest_date: '2027-06',
        operation_date: '2028-04',
        muni_code: '162027',
        point: null,
        spillover: '域内の鋳物・着色業者への発注',
        related: false,
        subsidised: false,
      },
    ],
    withdrawal_criteria: sample.withdrawal_criteria.map((w) => ({ ...w, consecutive_rounds: 1, note: '（サンプル）半期の実績で10社を下回ったら販路開拓の方法を見直す' })),
  };
}

async function judgeAll(db: Database, id: string, type: PlanType, by: Principal): Promise<void> {
  const verdicts = REQUIREMENTS[type].filter((r) => r.no !== null).map((r) => ({ requirement_no: r.no!, verdict: 'met' as const, evidence: '（サンプル）計画書の記載による' }));
  await recordVerdicts(db, { id, verdicts }, by);
}

/** Creates a sample plan of the spec and takes it to execution. */
async function samplePlan(db: Database, spec: SamplePlanSpec, by: Principal): Promise<{ id: string; content: PlanContent }> {
  const content = sampleContent(spec.type);
  const { id } = await createPlan(db, { type: spec.type, ownerOrgId: spec.owner, coOwnerOrgIds: spec.coOwners, title: content.title, content, sample: true }, by);
  for (const action of PATH[spec.type === 'A' ? 'A' : 'BC']) {
    if (action === 'publish_national') await judgeAll(db, id, spec.type, by);
    await transitionPlan(db, { id, action, comment: COMMENTS[action], publishedOn: '2026-10-01', url: 'https://example.jp/sample-plan' }, by);
  }
  return { id, content };
}

export interface SamplesAdded {
  plans: Record<PlanType, string>;
  roundId: string;
  snapshots: string[];
}

/** B's revision between the two snapshots: its first project grows, so the comparison shows a change. */
async function reviseSampleB(db: Database, b: { id: string; content: PlanContent }, by: Principal): Promise<void> {
  const [first, ...rest] = b.content.investments;
  if (!first) return;
  const revised = { ...b.content, investments: [{ ...first, amount_yen: Math.round(first.amount_yen * 1.25) }, ...rest] };
  const current = await getPlan(db, b.id, by);
  await updatePlan(db, { id: b.id, baseVersion: current.version, content: revised, note: '（サンプル）設備投資計画の上方修正' }, by);
  await publishRevision(db, b.id, '（サンプル）設備投資計画の上方修正', by);
}

/**
 * The three sample plans taken to execution, two dated snapshots of the investment map (before
 * and after C's publication and B's revision), and a completed progress round in which the C plan
 * meets its withdrawal criterion.
 */
export async function addSamplePlans(db: Database, by: Principal): Promise<SamplesAdded> {
  const made = {} as Record<PlanType, { id: string; content: PlanContent }>;
  const [a, b, c] = SAMPLE_PLANS as [SamplePlanSpec, SamplePlanSpec, SamplePlanSpec];
  made.A = await samplePlan(db, a, by);
  made.B = await samplePlan(db, b, by);
  const first = await publishSnapshot(db, { title: '【サンプル】国内投資マップ 2026年10月', as_of: '2026-10-15', sample: true }, by);
  made.C = await samplePlan(db, c, by);
  await reviseSampleB(db, made.B, by);
  const second = await publishSnapshot(db, { title: '【サンプル】国内投資マップ 2026年11月', as_of: '2026-11-15', sample: true }, by);
  const { roundId } = await addSampleRound(db, made, by);
  return { plans: { A: made.A.id, B: made.B.id, C: made.C.id }, roundId, snapshots: [first.id, second.id] };
}
