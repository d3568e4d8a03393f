/**
 * 類似団体 (method population_structure): the municipalities of the same type and population
 * band closest in 高齢化率 and 5-year 人口増減率 (the ranking itself is similar.ts, pure).
 */
import { NotFoundError } from '../../../shared/errors.ts';
import { areaCode, bad } from './lookup.ts';
import { isSimilarType, rankSimilar, SimilarError, similarMethodDescription, type SimilarCandidate, type SimilarType } from './similar.ts';
import type { AreaIndex, Catalog } from './catalog.ts';
import { attributionFor, type StatisticsReader } from './statistics-reader.ts';

type Snapshot = Awaited<ReturnType<StatisticsReader['current']>>;

/** The latest population year with municipal values, and five years before it. */
function periodsOf(catalog: Catalog): { period: string; past: string } {
  const pop = catalog.byCode.get('population');
  const period = pop?.levels.includes('municipality') ? pop.latest_period : null;
  const past = period && /^\d{4}$/.test(period) ? String(Number(period) - 5) : null;
  if (!pop || !period || !past || !pop.periodEnds.has(past)) throw new NotFoundError('類似団体の計算に必要な人口データ（最新年と5年前）がありません');
  return { period, past };
}

/** Every municipality of the type, with the figures the ranking needs. */
async function candidatesOf(
  reader: StatisticsReader,
  snap: Snapshot,
  catalog: Catalog,
  index: AreaIndex,
  type: SimilarType,
  period: string,
  past: string,
): Promise<SimilarCandidate[]> {
  const load = async (ind: string, p: string | null) => {
    const i = catalog.byCode.get(ind);
    if (!i || !p || !i.periodEnds.has(p) || !i.levels.includes('municipality')) return new Map<string, number | null>();
    const m = await reader.mapData(i, p, 'municipality', null, snap);
    return new Map(m.rows.map((r) => [r.code, r.value]));
  };
  const fci = catalog.byCode.get('fiscal_capability_index');
  const [popNow, popPast, ageing, old, fiscal] = await Promise.all([
    load('population', period),
    load('population', past),
    load('ageing_rate', period),
    load('age_65_plus', period),
    load('fiscal_capability_index', fci?.latest_period ?? null),
  ]);
  return index.current.municipality
    .filter((a) => a.type === type)
    .map((a) => {
      const population = popNow.get(a.code) ?? null;
      const o = old.get(a.code) ?? null;
      const rate = ageing.get(a.code) ?? (o !== null && population ? Math.round((o / population) * 1000) / 10 : null);
      return {
        code: a.code,
        name: a.name,
        prefName: a.prefName,
        type,
        population,
        populationPast: popPast.get(a.code) ?? null,
        ageingRate: rate,
        extra: fci ? { fiscal_capability_index: fiscal.get(a.code) ?? null } : ({} as Record<string, number | null>),
      };
    });
}

/** The `count` municipalities most like the one with this 団体コード, as the API answers it. */
export async function findSimilarAreas(reader: StatisticsReader, rawCode: string, count: number) {
  const code = areaCode(rawCode, 'code');
  const snap = await reader.current();
  const [catalog, index] = await Promise.all([snap.catalog, snap.areas]);
  const area = index.byCode.get(code);
  if (!area) throw new NotFoundError(`団体コード「${code}」の地域はありません`);
  if (area.level !== 'municipality' || !isSimilarType(area.type))
    throw bad(
      'code',
      `類似団体は市区町村（政令指定都市・中核市・特別区・市・町・村）について求めます（「${area.name}」は${area.level === 'ward' ? '政令指定都市の区' : area.type}）`,
      'not_a_municipality',
    );
  const { period, past } = periodsOf(catalog);
  const candidates = await candidatesOf(reader, snap, catalog, index, area.type, period, past);
  const target = candidates.find((x) => x.code === area.code)!;
  let result: ReturnType<typeof rankSimilar>;
  try {
    result = rankSimilar(target, candidates, count);
  } catch (e) {
    if (e instanceof SimilarError) throw new NotFoundError(e.message);
    throw e;
  }
  const typeLabel = area.type;
  const groupLabel = result.band.code === 'all' ? `${typeLabel}（全団体・人口区分なし）` : `${typeLabel}・${result.band.label}`;
  const fci = catalog.byCode.get('fiscal_capability_index');
  const used = ['population', 'ageing_rate', ...(fci ? ['fiscal_capability_index'] : [])].flatMap((c) => catalog.byCode.get(c) ?? []);
  return {
    method: { code: 'population_structure' as const, label: '団体種別・人口規模・年齢構造による類似団体', description: similarMethodDescription(period, past) },
    area: {
      code: area.code,
      name: area.name,
      type: area.type,
      pref_name: area.prefName,
      population: result.target.population,
      ageing_rate: result.target.ageing_rate,
      population_change_5y: result.target.population_change_5y,
      ...target.extra,
    },
    group: { label: `${groupLabel}（住民基本台帳 ${period}年）`, type: area.type, band: result.band, size: result.groupSize, period, past_period: past },
    comparators: result.comparators,
    attribution: attributionFor(used),
  };
}
