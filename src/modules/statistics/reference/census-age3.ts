/**
 * 国勢調査 and 社人研 age composition (総数・年少・生産年齢・老年) by prefecture 1960–2020 and
 * municipality 1980–2020, projections 2025–2045: the figures RESAS API v1 answered
 * population/composition/perYear with (reference-data/statistics/population/*_age3_*.csv, see
 * ATTRIBUTION.md). Pure: texts in, indicator definitions and values out; a bad shipped file is a
 * build error (thrown with file and line).
 *
 * Decided: own indicator codes (census_age3_*, projection_age3_*), not the existing
 * census_population / projected_population, because these files have another source chain and
 * reach municipalities; the prefecture census totals are the same numbers (cross-checked).
 * National values are the sums of the 47 prefectures (1960: 73 short of the national census
 * count, the 境界未定 area). age_unknown is not stored: it is total − the three groups.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { NATIONAL_CODE } from '../../../shared/local-gov-code.ts';
import { parsePeriod, type Period } from '../../../shared/periods.ts';
import type { IndicatorDef, ValueRow } from '../store/indicator-store.ts';

/** Bump when the conversion below changes, so installed databases reload these values. */
export const CENSUS_AGE3_READER_VERSION = 1;

/** Files, relative to reference-data/statistics/. */
export const CENSUS_AGE3_FILES = {
  censusPrefecture: 'population/census_prefecture_age3_1960_2020.csv',
  projectionPrefecture: 'population/projection_prefecture_age3_2025_2045.csv',
  censusMunicipal: 'population/census_municipal_age3_1980_2020.csv',
  projectionMunicipal: 'population/projection_municipal_age3_2025_2045.csv',
} as const;
export type CensusAge3Files = Record<keyof typeof CENSUS_AGE3_FILES, string>;

export type Age3Group = 'total' | 'age_0_14' | 'age_15_64' | 'age_65_plus';
export const AGE3_GROUPS: readonly Age3Group[] = ['total', 'age_0_14', 'age_15_64', 'age_65_plus'];

export const censusAge3Code = (g: Age3Group) => `census_age3_${g}`;
export const projectionAge3Code = (g: Age3Group) => `projection_age3_${g}`;

const LICENCE = '政府標準利用規約（第2.0版）準拠・CC BY 4.0 互換（加工データは aiseed-dev/ecitizen: CC BY 4.0、keisukekondokk/female-population-japan: MIT）';
const CENSUS_SOURCE =
  '総務省統計局「国勢調査」を加工して作成（1960〜1970年の都道府県の年齢3区分は RESAS（地域経済分析システム）を加工して作成。aiseed.dev (統計メモ帳) の加工データを含む）';
const PROJECTION_SOURCE = '国立社会保障・人口問題研究所「日本の地域別将来推計人口（平成30年推計）」を加工して作成';

const LABELS: Record<Age3Group, [string, string]> = {
  total: ['総人口', 'total'],
  age_0_14: ['年少人口（0〜14歳）', 'aged 0-14'],
  age_15_64: ['生産年齢人口（15〜64歳）', 'aged 15-64'],
  age_65_plus: ['老年人口（65歳以上）', 'aged 65 and over'],
};

const CENSUS_NOTES =
  '国勢調査（10月1日現在）。都道府県は1960〜2020年、市区町村は1980〜2020年（政令指定都市の区はなし）。年齢不詳は按分していない（総人口には年齢不詳を含み、3区分の合計は総人口より少ない）。' +
  '市区町村の1980〜2015年は2015年10月1日の市区町村境界に組み替えた値、2020年は2020年の境界。全国（000000）は47都道府県の合計として Sousei が算出（1960年は境界未定地域の73人だけ全国計より少ない）。RESAS API v1 の人口構成と同じ値。';
const PROJECTION_NOTES =
  '社人研「日本の地域別将来推計人口（平成30(2018)年推計）」、2025〜2045年（各年10月1日）。5歳階級の合計。福島県内の市町村は推計されていない（県の値はある）。全国（000000）は47都道府県の合計として Sousei が算出。RESAS API v1 の人口構成（boundaryYear 2020 以降）と同じ値。';

function def(code: string, g: Age3Group, census: boolean): IndicatorDef {
  const [ja, en] = LABELS[g];
  return {
    code,
    nameJa: `${census ? '国勢調査' : '将来推計'} ${ja}`,
    nameEn: `${census ? 'Census' : 'Projected'} population, ${en}`,
    unit: '人',
    category: 'population',
    source: census ? CENSUS_SOURCE : PROJECTION_SOURCE,
    licence: LICENCE,
    frequency: census ? '5年ごと（10月1日現在）' : '5年ごと（推計）',
    notes: census ? CENSUS_NOTES : PROJECTION_NOTES,
  };
}

export const CENSUS_AGE3_INDICATORS: readonly IndicatorDef[] = [
  ...AGE3_GROUPS.map((g) => def(censusAge3Code(g), g, true)),
  ...AGE3_GROUPS.map((g) => def(projectionAge3Code(g), g, false)),
];

const periods = new Map<string, Period>();
const period = (year: string) => {
  let p = periods.get(year);
  if (!p) {
    p = parsePeriod(year);
    periods.set(year, p);
  }
  return p;
};

/** One file's rows as values; adds prefecture rows to the national sums. */
function readFile(name: string, text: string, code: (g: Age3Group) => string, sums: Map<string, number>, out: ValueRow[]): void {
  const rows = parseCsv(text, { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  rows.forEach((r, i) => {
    const where = `${name} ${i + 2}行目`;
    if (!/^\d{6}$/.test(r.lg_code ?? '') || !/^\d{4}$/.test(r.year ?? '')) throw new Error(`${where}: 団体コードまたは年が不正です`);
    for (const g of AGE3_GROUPS) {
      const raw = r[g] ?? '';
      const value = Number(raw);
      if (raw === '' || !Number.isInteger(value) || value < 0) throw new Error(`${where}: ${g} が人数ではありません（${raw}）`);
      out.push({ areaCode: r.lg_code!, indicatorCode: code(g), period: period(r.year!), value, flag: null });
      if (r.lg_code!.slice(2, 5) === '000') {
        const key = `${code(g)}\u0000${r.year}`;
        sums.set(key, (sums.get(key) ?? 0) + value);
      }
    }
  });
}

/** Every value of the four files plus national sums (prefecture files only). */
export function readCensusAge3(files: CensusAge3Files): ValueRow[] {
  const out: ValueRow[] = [];
  const sums = new Map<string, number>();
  readFile(CENSUS_AGE3_FILES.censusPrefecture, files.censusPrefecture, censusAge3Code, sums, out);
  readFile(CENSUS_AGE3_FILES.projectionPrefecture, files.projectionPrefecture, projectionAge3Code, sums, out);
  const noMore = new Map<string, number>(); // municipal rows never add to the nation
  readFile(CENSUS_AGE3_FILES.censusMunicipal, files.censusMunicipal, censusAge3Code, noMore, out);
  readFile(CENSUS_AGE3_FILES.projectionMunicipal, files.projectionMunicipal, projectionAge3Code, noMore, out);
  if (noMore.size > 0) throw new Error(`${CENSUS_AGE3_FILES.censusMunicipal}: 都道府県の行が含まれています`);
  for (const [key, value] of sums) {
    const [indicatorCode, year] = key.split('\u0000') as [string, string];
    out.push({ areaCode: NATIONAL_CODE, indicatorCode, period: period(year), value, flag: null });
  }
  return out;
}
