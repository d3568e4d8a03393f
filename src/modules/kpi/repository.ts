/**
 * Storage of catalogs and observations. Writes happen in one transaction each, so a failure
 * leaves the database as it was; every write appends to the audit log in the same transaction.
 */
import { Param, and, asc, eq, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.ts';
import { yieldToEventLoop } from '../../infra/yield.ts';
import { InputError, NotFoundError } from '../../shared/errors.ts';
import { comparePeriods, formatDay, type Period } from '../../shared/periods.ts';
import { appendAudit } from '../audit/index.ts';
import type { Catalog, CatalogKpi, Extra, ObservationFlag, Target } from './domain/catalog.ts';
import { PeriodReader } from '../../shared/field-readers.ts';
import { setInStartOf } from './interchange/field-readers.ts';
import type { ObservationRow } from './interchange/read-observation-table.ts';
import type { KpiRow } from './interchange/read-kpi-table.ts';
import { kpiTargets, kpis, nodes, observations, strategies } from './schema.ts';

const CHUNK = 1000;
// PGlite runs a statement on the main thread: a chunk of 1,000 rows keeps each pause of the event
// loop (other requests) under ~100 ms, at the same throughput as 2,000 or 10,000 (measured).
const OBSERVATION_CHUNK = 1_000;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await insert(rows.slice(i, i + CHUNK));
    await yieldToEventLoop();
  }
}

export interface StrategyListItem {
  id: string;
  name: string;
  owner_code: string;
  kpi_count: number;
  observation_count: number;
  extra: Extra | null;
  updated_at: string;
}

export async function listStrategies(db: Database): Promise<StrategyListItem[]> {
  const rows = await db
    .select({
      id: strategies.id,
      name: strategies.name,
      owner_code: strategies.ownerCode,
      extra: strategies.extra,
      updated_at: strategies.updatedAt,
      // Qualified by hand: Drizzle leaves columns unqualified in a one-table select, which a
      // correlated subquery would read as its own columns.
      kpi_count: sql<number>`(select count(*)::int from ${kpis} k where k.owner_code = "strategies"."owner_code" and k.strategy_id = "strategies"."id" and k.parent_kpi_id is null)`,
      observation_count: sql<number>`(select count(*)::int from ${observations} o where o.owner_code = "strategies"."owner_code" and o.strategy_id = "strategies"."id")`,
    })
    .from(strategies)
    .orderBy(asc(strategies.id));
  return rows.map((r) => ({ ...r, extra: r.extra ?? null, updated_at: r.updated_at.toISOString() }));
}

/** Strategy ids are unique across owners (checked on import), so a URL needs only the id. */
export async function findStrategyOwner(db: Database, strategyId: string): Promise<string | null> {
  const rows = await db.select({ owner: strategies.ownerCode }).from(strategies).where(eq(strategies.id, strategyId)).limit(1);
  return rows[0]?.owner ?? null;
}

/**
 * Owner and a version stamp that changes with every write, or null when the strategy does not
 * exist. The creation time (to the microsecond) is part of the stamp because a strategy deleted
 * and created again starts its revision count anew. One indexed row: cheap.
 */
export async function strategyRevision(db: Database, strategyId: string): Promise<{ owner: string; version: string } | null> {
  const rows = await db
    .select({ owner: strategies.ownerCode, version: sql<string>`${strategies.revision}::text || '@' || ${strategies.createdAt}::text` })
    .from(strategies)
    .where(eq(strategies.id, strategyId))
    .limit(1);
  return rows[0] ?? null;
}

/**
 * Locks a strategy's row for the rest of the transaction. Every write to a strategy takes it
 * first, so the values it reads (the "before" of the audit entry) cannot change under it, and
 * concurrent writers of one strategy queue up. Lock order everywhere: strategy rows (sorted by
 * owner, id), then the audit chain (the per-owner lock the audit trigger takes).
 */
export async function lockStrategies(tx: Pick<Database, 'execute'>, keys: ReadonlyArray<{ owner: string; id: string }>): Promise<void> {
  const sorted = [...keys].sort((a, b) => a.owner.localeCompare(b.owner) || a.id.localeCompare(b.id));
  for (const k of sorted) await tx.execute(sql`select 1 from ${strategies} where ${strategies.ownerCode} = ${k.owner} and ${strategies.id} = ${k.id} for update`);
}

async function requireOwner(db: Database, strategyId: string): Promise<string> {
  const owner = await findStrategyOwner(db, strategyId);
  if (!owner) throw new NotFoundError(`戦略「${strategyId}」はありません`);
  return owner;
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
    await tx.insert(strategies).values({ ownerCode: o, id: sid, name: catalog.strategy.name, extra: catalog.strategy.extra ?? null, documentExtra: catalog.extra ?? null, revision });
    await insertChunked(
      catalog.nodes.map((n, i) => ({ ownerCode: o, strategyId: sid, id: n.id, parentId: n.parent, level: n.level, name: n.name, position: i, extra: n.extra ?? null })),
      (c) => tx.insert(nodes).values(c),
    );
    const kpiRows: (typeof kpis.$inferInsert)[] = [];
    const targetRows: (typeof kpiTargets.$inferInsert)[] = [];
    const obsRows: (typeof observations.$inferInsert)[] = [];
    const add = (k: CatalogKpi, parent: string | null, position: number) => {
      kpiRows.push({
        ownerCode: o, strategyId: sid, id: k.id, nodeId: k.node, parentKpiId: parent, position, name: k.name, unit: k.unit, direction: k.direction,
        baselineValue: k.baseline?.value ?? null, baselinePeriod: k.baseline?.period.label ?? null, targetText: k.targetText, isNew: k.isNew, extra: k.extra ?? null,
      });
      k.targets.forEach((t, seq) =>
        targetRows.push({ ownerCode: o, strategyId: sid, kpiId: k.id, seq, value: t.value, period: t.period?.label ?? null, text: t.text, setIn: t.setIn, relativeTo: t.relativeTo, extra: t.extra ?? null }),
      );
      for (const ob of k.observations) {
        obsRows.push({ ownerCode: o, strategyId: sid, kpiId: k.id, period: ob.period.label, periodEnd: formatDay(ob.period.end), value: ob.value, flag: ob.flag, source: ob.source, note: ob.note, recordedBy: opts.actor });
      }
      k.components.forEach((c, j) => add(c, k.id, j));
    };
    catalog.kpis.forEach((k, i) => add(k, null, i));
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

/** The ids of a strategy's KPIs and components, for validating imported rows. */
export async function kpiIdsOf(db: Database, strategyId: string): Promise<Set<string>> {
  const owner = await requireOwner(db, strategyId);
  const rows = await db.select({ id: kpis.id }).from(kpis).where(and(eq(kpis.ownerCode, owner), eq(kpis.strategyId, strategyId)));
  return new Set(rows.map((r) => r.id));
}

export interface ObservationWriteResult {
  inserted: number;
  updated: number;
  unchanged: number;
  skipped_missing: number;
}

/** Adds or revises actual values; the audit entry keeps the previous value of each revised one. */
export async function upsertObservations(db: Database, strategyId: string, rows: ObservationRow[], opts: { actor: string; source?: string; onProgress?: (done: number, total: number) => void }): Promise<ObservationWriteResult> {
  const owner = await requireOwner(db, strategyId);
  return db.transaction(async (tx) => {
    await lockStrategies(tx, [{ owner, id: strategyId }]);
    const existing = await tx
      .select({ kpiId: observations.kpiId, period: observations.period, value: observations.value, flag: observations.flag, source: observations.source, note: observations.note })
      .from(observations)
      .where(and(eq(observations.ownerCode, owner), eq(observations.strategyId, strategyId)));
    const before = new Map(existing.map((e) => [`${e.kpiId}\u0000${e.period}`, e]));
    const result: ObservationWriteResult = { inserted: 0, updated: 0, unchanged: 0, skipped_missing: 0 };
    const changes: Array<{ kpi: string; period: string; from: number | null; to: number }> = [];
    const writes: (typeof observations.$inferInsert)[] = [];
    for (const r of rows) {
      if (r.value === null) {
        result.skipped_missing++;
        continue;
      }
      const prev = before.get(`${r.kpiId}\u0000${r.period.label}`);
      if (prev && prev.value === r.value && prev.flag === r.flag && prev.source === r.source && prev.note === r.note) {
        result.unchanged++;
        continue;
      }
      if (prev) result.updated++;
      else result.inserted++;
      changes.push({ kpi: r.kpiId, period: r.period.label, from: prev?.value ?? null, to: r.value });
      writes.push({ ownerCode: owner, strategyId, kpiId: r.kpiId, period: r.period.label, periodEnd: formatDay(r.period.end), value: r.value, flag: r.flag, source: r.source, note: r.note, recordedBy: opts.actor });
    }
    // Column arrays through unnest: one statement per chunk of thousands of rows, the same SQL
    // on PGlite and PostgreSQL (row-by-row VALUES lists made 200,000 rows take about a minute).
    for (let i = 0; i < writes.length; i += OBSERVATION_CHUNK) {
      const chunk = writes.slice(i, i + OBSERVATION_CHUNK);
      const col = <K extends keyof (typeof chunk)[number]>(k: K) => new Param(chunk.map((w) => w[k] ?? null));
      await tx.execute(sql`
        insert into ${observations} (owner_code, strategy_id, kpi_id, period, period_end, value, flag, source, note, recorded_by)
        select ${owner}, ${strategyId}, * from unnest(${col('kpiId')}::text[], ${col('period')}::text[], ${col('periodEnd')}::date[], ${col('value')}::float8[], ${col('flag')}::text[], ${col('source')}::text[], ${col('note')}::text[], ${col('recordedBy')}::text[])
        on conflict (owner_code, strategy_id, kpi_id, period) do update set
          value = excluded.value, flag = excluded.flag, source = excluded.source, note = excluded.note,
          period_end = excluded.period_end, recorded_at = now(), recorded_by = excluded.recorded_by`);
      opts.onProgress?.(Math.min(writes.length, i + OBSERVATION_CHUNK), writes.length);
      await yieldToEventLoop();
    }
    if (writes.length > 0) {
      await tx.update(strategies).set({ updatedAt: sql`now()`, revision: sql`${strategies.revision} + 1` }).where(and(eq(strategies.ownerCode, owner), eq(strategies.id, strategyId)));
      await appendAudit(tx, {
        ownerCode: owner,
        actor: opts.actor,
        action: 'observations.upsert',
        entityType: 'strategy',
        entityId: strategyId,
        summary: `実績値を登録: 新規 ${result.inserted}件、更新 ${result.updated}件`,
        details: { source: opts.source ?? null, ...result, changes: changes.slice(0, 5000) },
      });
    }
    return result;
  });
}

/** The catalog as stored, with periods parsed, ready for the engine and for export. */
export async function loadCatalog(db: Database, strategyId: string): Promise<Catalog> {
  const owner = await requireOwner(db, strategyId);
  const where = (t: { ownerCode: PgColumn; strategyId: PgColumn }) => and(eq(t.ownerCode, owner), eq(t.strategyId, strategyId));
  const [s] = await db.select().from(strategies).where(and(eq(strategies.ownerCode, owner), eq(strategies.id, strategyId)));
  const [nodeRows, kpiRows, targetRows, obsRows] = await Promise.all([
    db.select().from(nodes).where(where(nodes)).orderBy(asc(nodes.position)),
    db.select().from(kpis).where(where(kpis)).orderBy(asc(kpis.position)),
    db.select().from(kpiTargets).where(where(kpiTargets)).orderBy(asc(kpiTargets.seq)),
    db.select().from(observations).where(where(observations)),
  ]);
  const periods = new PeriodReader();
  const parse = (label: string): Period => {
    const p = periods.read(label, () => undefined);
    if (!p) throw new Error(`stored period cannot be parsed: ${label}`);
    return p;
  };
  const byKpi = new Map<string, CatalogKpi>();
  for (const k of kpiRows) {
    byKpi.set(k.id, {
      id: k.id, node: k.nodeId, name: k.name, unit: k.unit, direction: k.direction,
      baseline: k.baselineValue !== null && k.baselinePeriod !== null ? { value: k.baselineValue, period: parse(k.baselinePeriod) } : null,
      targets: [], targetText: k.targetText, isNew: k.isNew, components: [], observations: [], extra: k.extra ?? undefined,
    });
  }
  for (const t of targetRows) {
    const target: Target = { value: t.value, period: t.period ? parse(t.period) : null, text: t.text, setIn: t.setIn, setInStart: setInStartOf(t.setIn), relativeTo: t.relativeTo, extra: t.extra ?? undefined };
    byKpi.get(t.kpiId)?.targets.push(target);
  }
  for (const ob of obsRows) {
    byKpi.get(ob.kpiId)?.observations.push({ period: parse(ob.period), value: ob.value, flag: ob.flag as ObservationFlag | null, source: ob.source, note: ob.note });
  }
  const top: CatalogKpi[] = [];
  for (const k of kpiRows) {
    const kpi = byKpi.get(k.id)!;
    kpi.observations.sort((a, b) => comparePeriods(a.period, b.period));
    if (k.parentKpiId) byKpi.get(k.parentKpiId)?.components.push(kpi);
    else top.push(kpi);
  }
  return {
    strategy: { id: s!.id, name: s!.name, extra: s!.extra ?? undefined },
    extra: s!.documentExtra ?? undefined,
    nodes: nodeRows.map((n) => ({ id: n.id, parent: n.parentId, level: n.level, name: n.name, extra: n.extra ?? undefined })),
    kpis: top,
  };
}

export interface KpiWriteResult {
  added: number;
  updated: number;
  unchanged: number;
  targets_revised: number;
}

/** Node ids and KPI ids of a strategy, for validating a KPI table. */
export async function strategyKeys(db: Database, strategyId: string): Promise<{ nodeIds: Set<string>; kpiParents: Map<string, string | null> }> {
  const owner = await requireOwner(db, strategyId);
  const [n, k] = await Promise.all([
    db.select({ id: nodes.id }).from(nodes).where(and(eq(nodes.ownerCode, owner), eq(nodes.strategyId, strategyId))),
    db.select({ id: kpis.id, parent: kpis.parentKpiId }).from(kpis).where(and(eq(kpis.ownerCode, owner), eq(kpis.strategyId, strategyId))),
  ]);
  return { nodeIds: new Set(n.map((r) => r.id)), kpiParents: new Map(k.map((r) => [r.id, r.parent])) };
}

/**
 * Adds or updates KPI definitions. A target that differs from the KPI's current one is appended
 * as a revision (set_in defaults to today), never overwritten.
 */
export async function upsertKpiDefinitions(db: Database, strategyId: string, rows: KpiRow[], opts: { actor: string; source?: string; today: string; onProgress?: (done: number, total: number) => void }): Promise<KpiWriteResult> {
  const owner = await requireOwner(db, strategyId);
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
      // Columns the file does not have (undefined) keep their stored values.
      const given = Object.fromEntries(
        Object.entries({
          nodeId: r.node, parentKpiId: r.parentKpi, name: r.name, unit: r.unit, direction: r.direction,
          baselineValue: r.baseline === undefined ? undefined : (r.baseline?.value ?? null),
          baselinePeriod: r.baseline === undefined ? undefined : (r.baseline?.period.label ?? null),
          targetText: r.targetText, isNew: r.isNew,
        }).filter(([, v]) => v !== undefined),
      ) as Partial<typeof kpis.$inferInsert>;
      const prev = byId.get(r.id);
      let changed = false;
      if (!prev) {
        await tx.insert(kpis).values({ ownerCode: owner, strategyId, id: r.id, position: nextPosition++, name: r.name, nodeId: r.node, direction: r.direction, unit: '', ...given });
        result.added++;
        changes.push({ kpi: r.id, change: 'added' });
      } else if (!(Object.keys(given) as Array<keyof typeof given>).every((f) => prev[f as keyof typeof prev] === given[f])) {
        await tx.update(kpis).set(given).where(and(scope(kpis), eq(kpis.id, r.id)));
        result.updated++;
        changed = true;
        changes.push({ kpi: r.id, change: 'updated' });
      }
      const last = lastTarget.get(r.id);
      const t = r.target;
      // A revision is a new value or period; a new wording alone updates the KPI's target_text.
      if (t && (!last || last.value !== t.value || last.period !== (t.period?.label ?? null))) {
        const text = r.targetText ?? null;
        await tx.insert(kpiTargets).values({ ownerCode: owner, strategyId, kpiId: r.id, seq: last ? last.seq + 1 : 0, value: t.value, period: t.period?.label ?? null, text, setIn: t.setIn ?? opts.today });
        if (prev) {
          result.targets_revised++;
          changed = true;
          changes.push({ kpi: r.id, change: `target ${last?.value ?? last?.text ?? '—'} → ${t.value ?? r.targetText}` });
        }
      }
      if (prev && !changed) result.unchanged++;
    }
    if (changes.length > 0) {
      await tx.update(strategies).set({ updatedAt: sql`now()`, revision: sql`${strategies.revision} + 1` }).where(and(eq(strategies.ownerCode, owner), eq(strategies.id, strategyId)));
      await appendAudit(tx, {
        ownerCode: owner, actor: opts.actor, action: 'kpis.upsert', entityType: 'strategy', entityId: strategyId,
        summary: `KPI定義を更新: 追加 ${result.added}件、変更 ${result.updated}件、目標改定 ${result.targets_revised}件`,
        details: { source: opts.source ?? null, ...result, changes },
      });
    }
    return result;
  });
}
