/**
 * Strategies compared across governments: every KPI bound to one indicator (any government's
 * strategy — strategies are public), each evaluated by the engine at the evaluation date, beside
 * the indicator's own figures for the asking government and its 類似団体 (statistics'
 * findSimilarAreas). Read-only; the ordering and shapes are comparison.ts (pure).
 */
import type { Database } from '../../db/client.ts';
import { InputError, NotFoundError } from '../../shared/errors.ts';
import { formatDay } from '../../shared/periods.ts';
import { NATIONAL_CODE } from '../../shared/local-gov-code.ts';
import { evaluateCatalog, type CatalogCache, type KpiEvaluation } from '../kpi/index.ts';
import { attributionFor, findSimilarAreas, seriesKey, type AreaIndex, type StatisticsReader } from '../statistics/index.ts';
import { comparedEvaluation, latestAndEarlier, orderBindings, relationOf, type Group } from './comparison.ts';
import { bindingsOfIndicators } from './repository.ts';

/** At most this many KPIs are evaluated per answer (the nearest governments first). */
export const MAX_COMPARED = 300;
/** 類似団体 shown beside the asking government. */
export const SIMILAR_COUNT = 10;
/** The change is read over this many published figures back (5 years for yearly series). */
const CHANGE_SPAN = 5;

export interface CompareInput {
  indicator: string;
  /** the asking government (団体コード, normalised); its 類似団体 come first */
  area: string | null;
  asOf: number;
  limit?: number;
}

const nameOf = (index: AreaIndex, code: string) => (code === NATIONAL_CODE ? '国' : (index.byCode.get(code)?.name ?? null));

/** The asking government's 類似団体, or none with the reason (a prefecture, no population data). */
async function groupOf(stats: StatisticsReader, area: string | null): Promise<{ group: Group; label: string | null; note: string | null }> {
  if (area === null) return { group: { area: null, similar: [] }, label: null, note: null };
  try {
    const r = await findSimilarAreas(stats, area, SIMILAR_COUNT);
    return { group: { area, similar: r.comparators.map((c) => c.code) }, label: r.group.label, note: null };
  } catch (e) {
    // Not a municipality, or no population data: the comparison still answers, without 類似団体.
    if (e instanceof NotFoundError || e instanceof InputError) return { group: { area, similar: [] }, label: null, note: `類似団体は示せません：${e.message}` };
    throw e;
  }
}

async function evaluationsOf(catalogs: CatalogCache, strategyIds: readonly string[], asOf: number) {
  const out = new Map<string, { name: string; kpis: Map<string, KpiEvaluation> }>();
  for (const id of strategyIds) {
    const catalog = await catalogs.get(id);
    const ev = evaluateCatalog(catalog, asOf);
    const kpis = new Map<string, KpiEvaluation>();
    for (const k of ev.kpis) for (const x of [k, ...(k.components ?? [])]) kpis.set(x.id, x);
    out.set(id, { name: catalog.strategy.name, kpis });
  }
  return out;
}

export async function compareStrategies(db: Database, catalogs: CatalogCache, stats: StatisticsReader, input: CompareInput) {
  const snap = await stats.current();
  const [catalog, index] = await Promise.all([snap.catalog, snap.areas]);
  const indicator = catalog.byCode.get(input.indicator);
  if (!indicator) throw InputError.single({ column: 'indicator', code: 'unknown_indicator', reason: `指標「${input.indicator}」はありません` });
  if (input.area !== null && !index.byCode.has(input.area))
    throw InputError.single({ column: 'area', code: 'unknown_area', reason: `団体コード「${input.area}」の地域はありません` });

  const { group, label, note } = await groupOf(stats, input.area);
  const all = (await bindingsOfIndicators(db, [indicator.code])).map((b) => ({ ownerCode: b.ownerCode, strategyId: b.strategyId, kpiId: b.kpiId, areaCode: b.areaCode }));
  const ordered = orderBindings(all, group).slice(0, Math.min(input.limit ?? MAX_COMPARED, MAX_COMPARED));
  const evaluations = await evaluationsOf(catalogs, [...new Set(ordered.map((b) => b.strategyId))], input.asOf);

  const rows = ordered.flatMap((b) => {
    const s = evaluations.get(b.strategyId);
    const ev = s?.kpis.get(b.kpiId);
    if (!s || !ev) return []; // a binding whose KPI went with a re-import: nothing to compare
    return [
      {
        owner_code: b.ownerCode,
        owner_name: nameOf(index, b.ownerCode),
        ...relationOf(group, b.ownerCode),
        strategy_id: b.strategyId,
        strategy_name: s.name,
        kpi_id: b.kpiId,
        kpi_name: ev.name,
        unit: ev.unit,
        direction: ev.direction,
        series_area: { code: b.areaCode, name: nameOf(index, b.areaCode) },
        evaluation: comparedEvaluation(ev),
      },
    ];
  });

  const peerCodes = group.area === null ? [] : [group.area, ...group.similar];
  const series = await stats.series([indicator.code], peerCodes);
  const peers = peerCodes.map((code) => {
    const a = index.byCode.get(code);
    const points = (series.get(seriesKey(indicator.code, code)) ?? []).map((p) => ({ period: p.period, value: p.value, flag: p.flag }));
    return {
      code,
      name: a?.name ?? null,
      pref_name: a?.prefName ?? null,
      ...relationOf(group, code),
      ...latestAndEarlier(points, CHANGE_SPAN),
      kpi_count: all.filter((b) => b.ownerCode === code).length,
    };
  });

  return {
    indicator: { code: indicator.code, name: indicator.name, unit: indicator.unit, category_label: indicator.category_label, latest_period: indicator.latest_period },
    as_of: formatDay(input.asOf),
    area: input.area === null ? null : { code: input.area, name: nameOf(index, input.area) },
    similar: { label, note, method: label ? '団体種別・人口規模・年齢構造による類似団体' : null },
    total: all.length,
    truncated: all.length > ordered.length,
    rows,
    peers,
    attribution: attributionFor([indicator]),
  };
}

export type StrategyComparison = Awaited<ReturnType<typeof compareStrategies>>;
