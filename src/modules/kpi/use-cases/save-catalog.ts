/**
 * Stores a whole strategy from a catalog, or replaces one of the same id (operators, through the
 * CLI, and the reference data): one transaction with its audit entry, so a failure leaves the
 * database as it was. The caller has decided who may do this (permissions.canCreateStrategy).
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { yieldToEventLoop } from '../../../infra/yield.ts';
import { InputError } from '../../../shared/errors.ts';
import { formatDay } from '../../../shared/periods.ts';
import { appendAudit } from '../../audit/index.ts';
import type { Catalog, CatalogKpi } from '../domain/catalog.ts';
import { kpiTargets, kpis, nodes, observations, strategies } from '../schema.ts';

const CHUNK = 1000;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await insert(rows.slice(i, i + CHUNK));
    await yieldToEventLoop();
  }
}

type Rows = { kpiRows: (typeof kpis.$inferInsert)[]; targetRows: (typeof kpiTargets.$inferInsert)[]; obsRows: (typeof observations.$inferInsert)[] };

/** The catalog's KPIs (components after their parent), targets and observations as table rows. */
function catalogRows(catalog: Catalog, ownerCode: string, actor: string): Rows {
  const o = ownerCode;
  const sid = catalog.strategy.id;
  const rows: Rows = { kpiRows: [], targetRows: [], obsRows: [] };
  const add = (k: CatalogKpi, parent: string | null, position: number) => {
    rows.kpiRows.push({
      ownerCode: o,
      strategyId: sid,
      id: k.id,
      nodeId: k.node,
      parentKpiId: parent,
      position,
      name: k.name,
      unit: k.unit,
      direction: k.direction,
      baselineValue: k.baseline?.value ?? null,
      baselinePeriod: k.baseline?.period.label ?? null,
      targetText: k.targetText,
      isNew: k.isNew,
      extra: k.extra ?? null,
    });
    for (const [seq, t] of k.targets.entries()) {
      rows.targetRows.push({
        ownerCode: o,
        strategyId: sid,
        kpiId: k.id,
        seq,
        value: t.value,
        period: t.period?.label ?? null,
        text: t.text,
        setIn: t.setIn,
        relativeTo: t.relativeTo,
        extra: t.extra ?? null,
      });
    }
    for (const ob of k.observations) {
      rows.obsRows.push({
        ownerCode: o,
        strategyId: sid,
        kpiId: k.id,
        period: ob.period.label,
        periodEnd: formatDay(ob.period.end),
        value: ob.value,
        flag: ob.flag,
        source: ob.source,
        note: ob.note,
        recordedBy: actor,
      });
    }
    for (const [j, c] of k.components.entries()) add(c, k.id, j);
  };
  for (const [i, k] of catalog.kpis.entries()) add(k, null, i);
  return rows;
}

export interface SaveCatalogOptions {
  ownerCode: string;
  actor: string;
  /** replace an existing strategy of the same id (its rows, observations included, are replaced) */
  replace?: boolean;
  source?: string;
}

export async function saveCatalog(db: Database, catalog: Catalog, opts: SaveCatalogOptions): Promise<{ created: boolean; kpis: number; observations: number }> {
  const sid = catalog.strategy.id;
  return db.transaction(async (tx) => {
    // Strategy ids are unique across owners: serialise creations and replacements of one id.
    await tx.execute(sql`select pg_advisory_xact_lock(1096107338, hashtext(${sid}))`);
    const existing = await tx.select({ owner: strategies.ownerCode, revision: strategies.revision }).from(strategies).where(eq(strategies.id, sid)).for('update');
    if (existing.length > 0 && !opts.replace) {
      throw InputError.single({ file: opts.source, code: 'strategy_exists', reason: `戦略「${sid}」は既に登録されています（置き換える場合は --replace を指定してください）` });
    }
    if (existing.length > 0 && existing[0]!.owner !== opts.ownerCode) {
      throw InputError.single({ file: opts.source, code: 'strategy_owner', reason: `戦略「${sid}」は別の団体（${existing[0]!.owner}）のものです` });
    }
    const o = opts.ownerCode;
    if (existing.length > 0) await tx.delete(strategies).where(and(eq(strategies.ownerCode, o), eq(strategies.id, sid)));
    // A replaced strategy continues its revision count, so caches keyed by revision see the change.
    const revision = existing.length > 0 ? existing[0]!.revision + 1 : 0;
    await tx
      .insert(strategies)
      .values({ ownerCode: o, id: sid, name: catalog.strategy.name, extra: catalog.strategy.extra ?? null, documentExtra: catalog.extra ?? null, revision });
    await insertChunked(
      catalog.nodes.map((n, i) => ({ ownerCode: o, strategyId: sid, id: n.id, parentId: n.parent, level: n.level, name: n.name, position: i, extra: n.extra ?? null })),
      (c) => tx.insert(nodes).values(c),
    );
    const { kpiRows, targetRows, obsRows } = catalogRows(catalog, o, opts.actor);
    await insertChunked(kpiRows, (c) => tx.insert(kpis).values(c));
    await insertChunked(targetRows, (c) => tx.insert(kpiTargets).values(c));
    await insertChunked(obsRows, (c) => tx.insert(observations).values(c));
    await appendAudit(tx, {
      ownerCode: o,
      actor: opts.actor,
      action: existing.length > 0 ? 'catalog.replace' : 'catalog.create',
      entityType: 'strategy',
      entityId: sid,
      summary: `${existing.length > 0 ? '戦略を置き換え' : '戦略を登録'}: ${catalog.strategy.name}（KPI ${kpiRows.length}件（構成指標を含む）、実績値 ${obsRows.length}件）`,
      details: { source: opts.source ?? null, kpis: kpiRows.length, observations: obsRows.length },
    });
    return { created: existing.length === 0, kpis: kpiRows.length, observations: obsRows.length };
  });
}
