/**
 * 類似団体 (similar municipalities), pure. Modelled on 総務省's 類似団体区分 as far as the shipped
 * data allows: the official grouping is 団体種別 × 人口 × 産業構造 (第2次・第3次産業就業者比率, from the
 * census); we have no industry data, so the groups are 団体種別 × 人口区分 only, and the members of
 * a group are ranked by how close their 高齢化率 and 5-year 人口増減率 are to the target's.
 */

/** Municipality types that form comparison groups (areas.type of level 'municipality'). */
export const SIMILAR_TYPES = ['政令指定都市', '中核市', '特別区', '市', '町', '村'] as const;
export type SimilarType = (typeof SIMILAR_TYPES)[number];

export interface PopulationBand {
  /** stable id, e.g. 'shi-2' */
  code: string;
  /** e.g. 「人口5万〜10万人」 */
  label: string;
  /** inclusive lower bound (persons) */
  min: number;
  /** exclusive upper bound (persons); null = no upper bound */
  max: number | null;
}

const band = (code: string, min: number, max: number | null): PopulationBand => ({ code, min, max, label: bandLabel(min, max) });

function people(n: number): string {
  if (n >= 10_000) return `${n / 10_000}万`;
  if (n >= 1_000) return `${n / 1_000}千`;
  return String(n);
}

function bandLabel(min: number, max: number | null): string {
  if (max === null) return min === 0 ? '人口区分なし' : `人口${people(min)}人以上`;
  if (min === 0) return `人口${people(max)}人未満`;
  return `人口${people(min)}〜${people(max)}人`;
}

/**
 * 総務省-style population bands: 一般市 I–IV (5万・10万・15万), 町村 I–V (5千・1万・1.5万・2万).
 * 政令指定都市・中核市・特別区 are one group each, as in the official classification.
 */
export function populationBands(type: SimilarType): PopulationBand[] {
  switch (type) {
    case '市':
      return [band('shi-1', 0, 50_000), band('shi-2', 50_000, 100_000), band('shi-3', 100_000, 150_000), band('shi-4', 150_000, null)];
    case '町':
    case '村': {
      const p = type === '町' ? 'cho' : 'son';
      return [band(`${p}-1`, 0, 5_000), band(`${p}-2`, 5_000, 10_000), band(`${p}-3`, 10_000, 15_000), band(`${p}-4`, 15_000, 20_000), band(`${p}-5`, 20_000, null)];
    }
    default:
      return [band('all', 0, null)];
  }
}

export function bandOf(type: SimilarType, population: number): PopulationBand {
  const bands = populationBands(type);
  return bands.find((b) => population >= b.min && (b.max === null || population < b.max)) ?? bands[bands.length - 1]!;
}

export function isSimilarType(t: string): t is SimilarType {
  return (SIMILAR_TYPES as readonly string[]).includes(t);
}

export interface SimilarCandidate {
  code: string;
  name: string;
  prefName: string | null;
  type: SimilarType;
  /** latest population (住民基本台帳) */
  population: number | null;
  /** population five years earlier */
  populationPast: number | null;
  /** 高齢化率 (%) at the latest period */
  ageingRate: number | null;
  /** further indicators passed through to the output (e.g. 財政力指数) */
  extra?: Record<string, number | null>;
}

export interface RankedComparator {
  code: string;
  name: string;
  pref_name: string | null;
  type: SimilarType;
  population: number;
  ageing_rate: number;
  population_change_5y: number;
  /** 100 / (1 + distance), one decimal; 100 = identical on both measures */
  score: number;
  /** standardised Euclidean distance on (高齢化率, 5年人口増減率) */
  distance: number;
  /** false when taken from a neighbouring population band to fill the list */
  same_band: boolean;
  [extra: string]: number | string | boolean | null;
}

export interface SimilarResult {
  target: { code: string; population: number; ageing_rate: number; population_change_5y: number };
  band: PopulationBand;
  /** members of the target's group (same type and band) with data, excluding the target */
  groupSize: number;
  /** the spreads used to standardise */
  scale: { ageing_rate: number; population_change_5y: number };
  comparators: RankedComparator[];
}

export class SimilarError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SimilarError';
  }
}

/** (now − five years before) / five years before × 100, or null. */
export function changeRate(now: number | null, past: number | null): number | null {
  if (now === null || past === null || past <= 0) return null;
  return ((now - past) / past) * 100;
}

function sd(xs: number[]): number {
  if (xs.length < 2) return 0;
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
}

const round = (x: number, digits: number) => {
  const f = 10 ** digits;
  return (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
};

interface Measured {
  c: SimilarCandidate;
  population: number;
  ageing: number;
  change: number;
  band: PopulationBand;
}

function measure(c: SimilarCandidate): Measured | null {
  const change = changeRate(c.population, c.populationPast);
  if (c.population === null || c.population <= 0 || c.ageingRate === null || change === null) return null;
  return { c, population: c.population, ageing: c.ageingRate, change, band: bandOf(c.type, c.population) };
}

/**
 * Ranks `candidates` (any municipalities; those of another type, the target itself and those
 * without data are ignored) by similarity to `target`:
 *  1. same type and same population band (the group);
 *  2. distance d = √(((高齢化率 − 高齢化率₀) / s₁)² + ((増減率 − 増減率₀) / s₂)²), where s₁, s₂ are the
 *     standard deviations within the group (target included; 1 when undefined or 0);
 *  3. ties by closeness of population (|log(pop / pop₀)|), then by code.
 * When the group has fewer than `count` members, the list is filled from the same type's other
 * bands, nearest band first, marked same_band = false.
 */
export function rankSimilar(target: SimilarCandidate, candidates: SimilarCandidate[], count: number): SimilarResult {
  const t = measure(target);
  if (!t) throw new SimilarError(`「${target.name}」の人口・高齢化率・5年前の人口がそろっていないため、類似団体を選べません`);
  const others = candidates
    .filter((c) => c.code !== target.code && c.type === target.type)
    .map(measure)
    .filter((m): m is Measured => m !== null);
  const group = others.filter((m) => m.band.code === t.band.code);
  const s1 = sd([t.ageing, ...group.map((m) => m.ageing)]) || 1;
  const s2 = sd([t.change, ...group.map((m) => m.change)]) || 1;
  const bands = populationBands(target.type);
  const bandIndex = (b: PopulationBand) => bands.findIndex((x) => x.code === b.code);
  const ti = bandIndex(t.band);
  const scored = others.map((m) => {
    const d = Math.sqrt(((m.ageing - t.ageing) / s1) ** 2 + ((m.change - t.change) / s2) ** 2);
    return { m, d, bandGap: Math.abs(bandIndex(m.band) - ti), popGap: Math.abs(Math.log(m.population / t.population)) };
  });
  scored.sort((a, b) => a.bandGap - b.bandGap || a.d - b.d || a.popGap - b.popGap || (a.m.c.code < b.m.c.code ? -1 : a.m.c.code > b.m.c.code ? 1 : 0));
  // The group first (bandGap 0); others only to fill up to `count`.
  const chosen = scored.slice(0, Math.max(0, count));
  return {
    target: { code: target.code, population: t.population, ageing_rate: t.ageing, population_change_5y: round(t.change, 2) },
    band: t.band,
    groupSize: group.length,
    scale: { ageing_rate: round(s1, 3), population_change_5y: round(s2, 3) },
    comparators: chosen.map(({ m, d, bandGap }) => ({
      code: m.c.code,
      name: m.c.name,
      pref_name: m.c.prefName,
      type: m.c.type,
      population: m.population,
      ageing_rate: m.ageing,
      population_change_5y: round(m.change, 2),
      score: round(100 / (1 + d), 1),
      distance: round(d, 3),
      same_band: bandGap === 0,
      ...(m.c.extra ?? {}),
    })),
  };
}

/** The Japanese explanation returned as method.description. */
export function similarMethodDescription(period: string, pastPeriod: string): string {
  return [
    '総務省の「類似団体区分」（市町村を人口と産業構造で区分したもの）を参考に、次の手順で比較対象を選んでいます。',
    '① 団体種別（政令指定都市・中核市・特別区・市・町・村）が同じ団体を候補とします（政令指定都市・中核市・特別区は公式の区分と同じく、それぞれ一つのグループです）。',
    '② そのうち人口区分が同じ団体をグループとします。人口区分は総務省の区分に合わせ、市は5万人未満／5万〜10万人／10万〜15万人／15万人以上、町・村は5千人未満／5千〜1万人／1万〜1.5万人／1.5万〜2万人／2万人以上です。',
    `③ グループ内で、高齢化率（65歳以上人口の割合）と5年間の人口増減率（${pastPeriod}→${period}）の近さで順位を付けます。近さは、グループ内の標準偏差で割って標準化した2指標のユークリッド距離 d で測り、score = 100 ÷ (1 + d)（100 が最も近い）とします。`,
    '④ グループの団体数が表示件数に満たない場合は、同じ団体種別の隣の人口区分から近い順に補い、表に「隣の人口区分」と示します。',
    `人口・高齢化率は住民基本台帳（${period}年）によります。公式の類似団体区分は国勢調査人口を用いるため、人口区分の境界付近では公式の区分と異なることがあります。`,
    '公式の類似団体区分のもう一つの軸である産業構造（国勢調査による第2次・第3次産業就業者比率と第3次産業就業者比率）は、同梱のデータに含まれていないため用いていません。施行時特例市も独立の区分とせず「市」に含めています。',
  ].join('');
}
