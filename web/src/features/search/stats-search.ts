/**
 * Areas and statistical indicators found by the words of a search, beside the server's KPI
 * search: areas by name, reading (kana) or 団体コード, indicators by Japanese or English name
 * or code. Both lists are what the statistics pages already load (cached), so matching is done
 * here; names are folded (katakana → hiragana, full width → half) as the area pickers do.
 */
import { getIndicators, listAreas, type AreaSummary, type Indicator } from '../../api/statistics.ts';
import { foldKana } from '../statistics/shared/format.ts';

export interface StatsHits {
  areas: Array<AreaSummary & { prefName: string }>;
  indicators: Indicator[];
}

const MAX_AREAS = 20;
const MAX_INDICATORS = 20;

/** 0 = code or start of the name/reading, 1 = elsewhere in it, -1 = no match. */
function areaScore(a: AreaSummary, f: string, prefName: string): number {
  const name = foldKana(a.name);
  const kana = a.kana ? foldKana(a.kana) : '';
  if (a.code.startsWith(f) || name.startsWith(f) || kana.startsWith(f)) return 0;
  if (name.includes(f) || kana.includes(f) || foldKana(`${prefName}${a.name}`).includes(f)) return 1;
  return -1;
}

export async function searchStatistics(q: string): Promise<StatsHits> {
  const f = foldKana(q.trim());
  if (!f) return { areas: [], indicators: [] };
  const [prefs, munis, catalog] = await Promise.all([listAreas('prefecture'), listAreas('municipality'), getIndicators()]);
  const prefNames = new Map(prefs.areas.map((p) => [p.pref_code ?? p.code.slice(0, 2), p.name]));
  const areas = [...prefs.areas, ...munis.areas]
    .map((a) => {
      const prefName = a.level === 'prefecture' ? '' : (prefNames.get(a.pref_code ?? '') ?? '');
      return { a: { ...a, prefName }, s: areaScore(a, f, prefName) };
    })
    .filter((x) => x.s >= 0)
    .sort((x, y) => x.s - y.s || x.a.code.localeCompare(y.a.code))
    .slice(0, MAX_AREAS)
    .map((x) => x.a);
  const indicators = catalog.indicators.filter((i) => [i.name, i.name_en ?? '', i.code].some((s) => foldKana(s).includes(f))).slice(0, MAX_INDICATORS);
  return { areas, indicators };
}
