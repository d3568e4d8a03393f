/**
 * Adds or updates KPI definitions of a stored strategy from a KPI table: one transaction under
 * the strategy's row lock, with one audit entry. A target that differs from the KPI's current
 * one is appended as a revision (set_in defaults to today), never overwritten. The caller has
 * checked permissions.canWriteStrategy and passes the audit name.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../../../db/client.ts';
import { yieldToEventLoop } from '../../../infra/yield.ts';
import { appendAudit } from '../../audit/index.ts';
import type { KpiRow } from '../interchange/read-kpi-table.ts';
import { lockStrategies, strategyOwnerOrNotFound } from '../repository.ts';
import { kpiTargets, kpis, strategies } from '../schema.ts';

export interface KpiWriteResult {
  added: number;
  updated: number;
  unchanged: number;
  targets_revised: number;
}

/** The KPI columns a row gives; those the file does not have (undefined) keep their stored values. */
function givenColumns(r: KpiRow): Partial<typeof kpis.$inferInsert> {
  const all = {
    nodeId: r.node,
    parentKpiId: r.parentKpi,
    name: r.name,
    unit: r.unit,
    direction: r.direction,
    baselineValue: r.baseline === undefined ? undefined : (r.baseline?.value ?? null),
    baselinePeriod: r.baseline === undefined ? undefined : (r.baseline?.period.label ?? null),
    targetText: r.targetText,
    isNew: r.isNew,
  };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)) as Partial<typeof kpis.$inferInsert>;
}

/**
 * Adds or updates KPI definitions. A target that differs from the KPI's current one is appended
 * as a revision (set_in defaults to today), never overwritten.
 */
export async function upsertKpiDefinitions(
  db: Database,
  strategyId: string,
  rows: KpiRow[],
  opts: { actor: string; source?: string; today: string; onProgress?: (done: number, total: number) => void },
): Promise<KpiWriteResult> {
  const owner = await strategyOwnerOrNotFound(db, strategyId);
  const scope = (t: { ownerCode: PgColumn; strategyId: PgColumn }) => and(eq(t.ownerCode, owner), eq(t.strategyId, strategyId));
  return db.transaction(async (tx) => {
    await lockStrategies(tx, [{ owner, id: strategyId }]);
    const [existing, targets] = await Promise.all([tx.select().from(kpis).where(scope(kpis)), tx.select().from(kpiTargets).where(scope(kpiTargets)).orderBy(asc(kpiTargets.seq))]);
    const byId = new Map(existing.map((k) => [k.id, k]));
    const lastTarget = new Map<string, (typeof targets)[number]>();
    for (const t of targets) lastTarget.set(t.kpiId, t);
    let nextPosition = existing.reduce((m, k) => Math.max(m, k.position), -1) + 1;
    const result: KpiWriteResult = { added: 0, updated: 0, unchanged: 0, targets_revised: 0 };
    const changes: Array<{ kpi: string; change: string }> = [];
    // Parents first, so a component row can reference a KPI added in the same file.
    const ordered = [...rows].sort((a, b) => Number(Boolean(a.parentKpi)) - Number(Boolean(b.parentKpi)));
    for (const [i, r] of ordered.entries()) {
      if (i % 100 === 0) {
        opts.onProgress?.(i, ordered.length);
        await yieldToEventLoop();
      }
      const given = givenColumns(r);
      const prev = byId.get(r.id);
      let changed = false;
      if (!prev) {
        await tx
          .insert(kpis)
          .values({ ownerCode: owner, strategyId, id: r.id, position: nextPosition++, name: r.name, nodeId: r.node, direction: r.direction, unit: '', ...given });
        result.added++;
        changes.push({ kpi: r.id, change: 'added' });
      } else if (!(Object.keys(given) as Array<keyof typeof given>).every((f) => prev[f as keyof typeof prev] === given[f])) {
        await tx
          .update(kpis)
          .set(given)
          .where(and(scope(kpis), eq(kpis.id, r.id)));
        result.updated++;
        changed = true;
        changes.push({ kpi: r.id, change: 'updated' });
      }
      const last = lastTarget.get(r.id);
      const t = r.target;
      // A revision is a new value or period; a new wording alone updates the KPI's target_text.
      if (t && (!last || last.value !== t.value || last.period !== (t.period?.label ?? null))) {
        const text = r.targetText ?? null;
        await tx
          .insert(kpiTargets)
          .values({ ownerCode: owner, strategyId, kpiId: r.id, seq: last ? last.seq + 1 : 0, value: t.value, period: t.period?.label ?? null, text, setIn: t.setIn ?? opts.today });
        if (prev) {
          result.targets_revised++;
          changed = true;
          changes.push({ kpi: r.id, change: `target ${last?.value ?? last?.text ?? '—'} → ${t.value ?? r.targetText}` });
        }
      }
      if (prev && !changed) result.unchanged++;
    }
    if (changes.length > 0) await recordRevision(tx, { owner, strategyId, actor: opts.actor, source: opts.source, result, changes });
    return result;
  });
}

/** Bumps the strategy's revision and appends the audit entry of a KPI table that changed something. */
async function recordRevision(
  tx: Pick<Database, 'update' | 'insert'>,
  w: { owner: string; strategyId: string; actor: string; source?: string; result: KpiWriteResult; changes: Array<{ kpi: string; change: string }> },
): Promise<void> {
  await tx
    .update(strategies)
    .set({ updatedAt: sql`now()`, revision: sql`${strategies.revision} + 1` })
    .where(and(eq(strategies.ownerCode, w.owner), eq(strategies.id, w.strategyId)));
  await appendAudit(tx, {
    ownerCode: w.owner,
    actor: w.actor,
    action: 'kpis.upsert',
    entityType: 'strategy',
    entityId: w.strategyId,
    summary: `KPI定義を更新: 追加 ${w.result.added}件、変更 ${w.result.updated}件、目標改定 ${w.result.targets_revised}件`,
    details: { source: w.source ?? null, ...w.result, changes: w.changes },
  });
}
