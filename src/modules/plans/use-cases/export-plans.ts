/**
 * The machine-readable export of every nationally published plan (public): its header and its
 * *published* version — never a later draft, never an unpublished plan.
 */
import type { PlanContent } from '../domain/plan-content.ts';
import type { PlanType } from '../domain/plan-types.ts';
import { plansToCsv, plansToJson, plansToXlsx, type ExportedPlan } from '../interchange/write-plans.ts';
import { publishedPlans, type Reader } from '../map-repository.ts';
import { headerJson } from './get-plan.ts';

export type ExportFormat = 'json' | 'csv' | 'xlsx';
export type ExportEncoding = 'utf8-bom' | 'utf8' | 'sjis';

export async function exportedPlans(db: Reader, type?: PlanType): Promise<ExportedPlan[]> {
  const rows = await publishedPlans(db, type);
  return rows.map((r) => ({ header: headerJson(r.plan) as ExportedPlan['header'], content: r.content as PlanContent }));
}

export async function exportPlans(
  db: Reader,
  q: { format?: ExportFormat; encoding?: ExportEncoding; type?: PlanType },
): Promise<{ body: string | Uint8Array; format: ExportFormat }> {
  const plans = await exportedPlans(db, q.type);
  const format = q.format ?? 'json';
  if (format === 'csv') return { body: plansToCsv(plans, q.encoding ?? 'utf8-bom'), format };
  if (format === 'xlsx') return { body: await plansToXlsx(plans), format };
  return { body: plansToJson(plans), format };
}
