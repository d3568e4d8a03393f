/**
 * The sample progress round of `sousei demo add`: the first half of FY2026 for every type, a report
 * per sample plan (each 5W1H item and KPI), submitted and accepted, so the acceptance evaluates the
 * withdrawal criteria — the C plan's buyers stay below its threshold and it shows 「撤退基準に該当」
 * until its owner decides — and the round is published. Marked `sample`.
 */
import type { Database } from '../../../db/client.ts';
import type { Principal } from '../../auth/index.ts';
import type { PlanContent } from '../domain/plan-content.ts';
import type { PlanType } from '../domain/plan-types.ts';
import { openRound } from './open-round.ts';
import { publishRound } from './publish-round.ts';
import { reviewReport } from './review-report.ts';
import { saveReport } from './save-report.ts';
import { submitReport } from './submit-report.ts';

export const SAMPLE_ROUND = { title: '【サンプル】2026年度上期 進捗確認', periodStart: '2026-04-01', periodEnd: '2026-09-30', deadline: '2026-10-31' } as const;

/** Actuals for the first half: on their way for A and B; C's buyers well below its withdrawal threshold. */
function kpiValue(type: PlanType, k: { id: string; baseline_value: number | null; target_value: number | null }): number {
  if (type === 'C' && k.id === 'kpi-buyers') return 6;
  const base = k.baseline_value ?? 0;
  const target = k.target_value ?? base;
  return Math.round((base + (target - base) * 0.15) * 100) / 100;
}

export async function addSampleRound(db: Database, plans: Record<PlanType, { id: string; content: PlanContent }>, by: Principal): Promise<{ roundId: string }> {
  const { id: roundId } = await openRound(db, { ...SAMPLE_ROUND, planTypes: ['A', 'B', 'C'], sample: true }, by);
  for (const type of ['A', 'B', 'C'] as const) {
    const { id, content } = plans[type];
    const items = content.measures.flatMap((m) =>
      m.actions.map((a) => ({ action_id: a.id, status: 'in_progress' as const, done: '（サンプル）協議会を開催し、課題と対応策を整理した' })),
    );
    const kpiValues = [...content.kpis].map((k) => ({ kpi_id: k.id, value: kpiValue(type, k) }));
    const saved = await saveReport(db, { planId: id, roundId, lockVersion: null, items, kpiValues }, by);
    const submitted = await submitReport(db, { planId: id, roundId, lockVersion: saved.report.lock_version }, by);
    await reviewReport(db, { planId: id, roundId, lockVersion: submitted.report.lock_version, decision: 'accept' }, by);
  }
  await publishRound(db, roundId, by);
  return { roundId };
}
