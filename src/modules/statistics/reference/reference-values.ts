/**
 * The shipped statistics (reference-data/statistics/*.csv) → indicator values, plus the
 * municipalities that no longer exist but still have series. Pure: texts in, rows out. A bad
 * shipped file is a build error (thrown with file and line), never silently skipped.
 *
 * Period conventions (reference-data/statistics/ATTRIBUTION.md, SOURCES.md caveats):
 * - resident-register stocks: the calendar year of the reference date ('2022' = 2022-01-01;
 *   '2013' = 2013-03-31), dynamics: `dynamics_period` ('FY2011', then '2013' for CY2013);
 * - finance: fiscal years 'FY2005'…; census and projections: calendar years.
 * National values ('000000') of additive indicators are the sums of the 47 prefecture rows.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { NATIONAL_CODE } from '../../../shared/local-gov-code.ts';
import { parsePeriod, type Period } from '../../../shared/periods.ts';
import type { HistoricalAreaSource } from '../../local-gov/index.ts';
import type { ValueFlag } from '../schema.ts';
import type { ValueRow } from '../store/indicator-store.ts';
import { AGE5_GROUPS, age5Code, censusAge5Code, type Sex } from './reference-indicators.ts';

/** Bump when the conversion below changes, so installed databases reload the data set. */
export const STATISTICS_READER_VERSION = 1;

/** Files of the data set, relative to reference-data/statistics/. */
export const STATISTICS_FILES = {
  annual: 'population/jumin_kihon_daicho_annual_1995_2022.csv',
  age5: 'population/jumin_kihon_daicho_2022_age5_sex.csv',
  census: 'population/census_prefecture_population_1920_2020.csv',
  censusAge5: 'population/census_national_age5_sex_1920_2020.csv',
  projection: 'population/projection_prefecture_population_2015_2045.csv',
  financeMunicipal: 'finance/fiscal_indicators_municipal_fy2005_2021.csv',
  financePrefecture: 'finance/fiscal_indicators_prefecture_fy2005_2021.csv',
} as const;
export type StatisticsFiles = Record<keyof typeof STATISTICS_FILES, string>;

export interface StatisticsReference {
  values: ValueRow[];
  historicalAreas: HistoricalAreaSource[];
}

const row = (areaCode: string, indicatorCode: string, label: string, value: number | null, flag: ValueFlag | null = null): ValueRow => ({
  areaCode,
  indicatorCode,
  period: period(label),
  value,
  flag,
});

type Row = Record<string, string>;

const periods = new Map<string, Period>();
function period(label: string): Period {
  let p = periods.get(label);
  if (!p) {
    p = parsePeriod(label);
    periods.set(label, p);
  }
  return p;
}

const isPrefectureCode = (code: string) => code.slice(2, 5) === '000' && code !== NATIONAL_CODE;

/** Sums of additive indicators over the 47 prefectures, by indicator and period. */
class NationalSums {
  private sums = new Map<string, { indicator: string; period: string; value: number; n: number }>();
  add(indicator: string, periodLabel: string, value: number) {
    const key = `${indicator}\u0000${periodLabel}`;
    const s = this.sums.get(key);
    if (s) {
      s.value += value;
      s.n++;
    } else this.sums.set(key, { indicator, period: periodLabel, value, n: 1 });
  }
  get(indicator: string, periodLabel: string): number | undefined {
    return this.sums.get(`${indicator}\u0000${periodLabel}`)?.value;
  }
  /** Only complete sums (all 47 prefectures): a partial sum is not the nation. */
  rows(skip: (indicator: string, period: string) => boolean = () => false): ValueRow[] {
    const out: ValueRow[] = [];
    for (const s of this.sums.values()) {
      if (s.n !== 47 || skip(s.indicator, s.period)) continue;
      out.push({ areaCode: NATIONAL_CODE, indicatorCode: s.indicator, period: period(s.period), value: s.value, flag: null });
    }
    return out;
  }
}

function readCsv(text: string, _file: string): Row[] {
  return parseCsv(text, { columns: true, bom: true, skip_empty_lines: true }) as Row[];
}

function num(row: Row, column: string, file: string, line: number): number | null {
  const raw = row[column];
  if (raw === undefined) throw new Error(`${file}: 列「${column}」がありません`);
  if (raw === '') return null;
  const v = Number(raw);
  if (!Number.isFinite(v)) throw new Error(`${file} ${line}行目 列「${column}」: 数値ではありません「${raw}」`);
  return v;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

const STOCKS = ['population', 'male', 'female', 'households', 'age_0_14', 'age_15_64', 'age_65_plus'] as const;
const FLOWS = ['births', 'deaths', 'natural_change', 'in_migrants', 'out_migrants', 'net_migration', 'social_change'] as const;

/** The merged-away municipalities the resident register names (in_current_master = 0), by code. */
export function readHistoricalAreas(files: Pick<StatisticsFiles, 'annual'>): HistoricalAreaSource[] {
  const historical = new Map<string, HistoricalAreaSource>();
  for (const r of readCsv(files.annual, STATISTICS_FILES.annual)) {
    if (r.in_current_master !== '0') continue;
    const code = r.lg_code!;
    const prev = historical.get(code);
    if (!prev || prev.lastSeen < r.reference_date!) historical.set(code, { code, prefCode: r.pref_code!, name: r.name!, lastSeen: r.reference_date! });
  }
  return [...historical.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** Resident register, 1995–2022: stocks, 高齢化率, dynamics. */
function* readAnnual(files: StatisticsFiles, skipAreas: ReadonlySet<string>): Generator<ValueRow> {
  const file = STATISTICS_FILES.annual;
  const sums = new NationalSums();
  const records = readCsv(files.annual, file);
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const line = i + 2;
    const code = r.lg_code!;
    if (skipAreas.has(code)) continue;
    const year = r.year!;
    if (r.reference_date!.slice(0, 4) !== year) throw new Error(`${file} ${line}行目: 基準日 ${r.reference_date} が年 ${year} と合いません`);
    const pref = isPrefectureCode(code);
    for (const ind of STOCKS) {
      const v = num(r, ind, file, line);
      if (v === null) continue;
      yield row(code, ind, year, v);
      if (pref) sums.add(ind, year, v);
    }
    const old = num(r, 'age_65_plus', file, line);
    const pop = num(r, 'population', file, line);
    const unclassified = num(r, 'age_unclassified', file, line) ?? 0;
    if (pref) sums.add('age_unclassified', year, unclassified);
    if (old !== null && pop !== null && pop - unclassified > 0) yield row(code, 'ageing_rate', year, round2((old / (pop - unclassified)) * 100));
    const dyn = r.dynamics_period!;
    const flowPeriod = /^CY\d{4}$/.test(dyn) ? dyn.slice(2) : dyn;
    for (const ind of FLOWS) {
      const v = num(r, ind, file, line);
      if (v === null) continue;
      yield row(code, ind, flowPeriod, v);
      if (pref) sums.add(ind, flowPeriod, v);
    }
  }
  const national = sums.rows((ind) => ind === 'age_unclassified');
  yield* national;
  for (const n of national) {
    if (n.indicatorCode !== 'population') continue;
    const label = n.period.label;
    const old = sums.get('age_65_plus', label);
    const denominator = n.value! - (sums.get('age_unclassified', label) ?? 0);
    if (old !== undefined && denominator > 0) yield row(NATIONAL_CODE, 'ageing_rate', label, round2((old / denominator) * 100));
  }
}

/** Resident register by 5-year age group and sex, 2022. */
function* readAge5(files: StatisticsFiles, skipAreas: ReadonlySet<string>): Generator<ValueRow> {
  const file = STATISTICS_FILES.age5;
  const sums = new NationalSums();
  const records = readCsv(files.age5, file);
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const code = r.lg_code!;
    if (r.sex === 'total' || skipAreas.has(code)) continue;
    if (r.sex !== 'male' && r.sex !== 'female') throw new Error(`${file} ${i + 2}行目: 性別「${r.sex}」が不明です`);
    for (const g of AGE5_GROUPS) {
      const v = num(r, `age_${g}`, file, i + 2);
      if (v === null) continue;
      const ind = age5Code(g, r.sex as Sex);
      yield row(code, ind, '2022', v);
      if (isPrefectureCode(code)) sums.add(ind, '2022', v);
    }
  }
  yield* sums.rows();
}

/** Census (prefectures, 1920–2020; Japan by age and sex). */
function* readCensus(files: StatisticsFiles): Generator<ValueRow> {
  {
    const file = STATISTICS_FILES.census;
    const sums = new NationalSums();
    const records = readCsv(files.census, file);
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      const v = num(r, 'population', file, i + 2);
      if (v === null) continue;
      yield row(r.lg_code!, 'census_population', r.census_year!, v);
      sums.add('census_population', r.census_year!, v);
    }
    // 1945 has no Okinawa (no census there): the 46-prefecture sum is not the nation, and rows() drops it.
    yield* sums.rows();
  }
  {
    const file = STATISTICS_FILES.censusAge5;
    const records = readCsv(files.censusAge5, file);
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      const v = num(r, 'population', file, i + 2);
      if (v === null) continue;
      if (!AGE5_GROUPS.includes(r.age_group!)) throw new Error(`${file} ${i + 2}行目: 年齢階級「${r.age_group}」が不明です`);
      yield row(NATIONAL_CODE, censusAge5Code(r.age_group!, r.sex as Sex), r.year!, v);
    }
  }
}

/** Projections (prefectures, 2020–2045; 2015 is the census base). */
function* readProjection(files: StatisticsFiles): Generator<ValueRow> {
  const file = STATISTICS_FILES.projection;
  const sums = new NationalSums();
  const records = readCsv(files.projection, file);
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    if (Number(r.year) <= 2015) continue;
    const v = num(r, 'projected_population', file, i + 2);
    if (v === null) continue;
    yield row(r.lg_code!, 'projected_population', r.year!, v);
    sums.add('projected_population', r.year!, v);
  }
  yield* sums.rows();
}

const FINANCE = [
  'fiscal_capability_index',
  'current_balance_ratio',
  'real_debt_service_ratio',
  'future_burden_ratio',
  'bond_restriction_ratio',
  'laspeyres_index',
  'laspeyres_index_reference',
];

/** Finance (municipalities incl. special wards, prefectures; FY2005–2021). */
function* readFinance(files: StatisticsFiles): Generator<ValueRow> {
  for (const [text, file] of [
    [files.financeMunicipal, STATISTICS_FILES.financeMunicipal],
    [files.financePrefecture, STATISTICS_FILES.financePrefecture],
  ] as const) {
    const records = readCsv(text, file);
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      const line = i + 2;
      const label = `FY${r.fiscal_year}`;
      // source_notes: 'future_burden_ratio:dash;fiscal_capability_index:parenthesized'
      const notes = new Map(
        (r.source_notes ?? '')
          .split(';')
          .filter(Boolean)
          .map((n) => n.split(':') as [string, string]),
      );
      for (const ind of FINANCE) {
        const v = num(r, ind, file, line);
        const note = notes.get(ind);
        if (v !== null) yield row(r.lg_code!, ind, label, v, note === 'parenthesized' ? 'reference' : null);
        else if (note === 'dash' || (ind === 'future_burden_ratio' && r.future_burden_none === '1')) yield row(r.lg_code!, ind, label, null, 'not_applicable');
      }
    }
  }
}

/**
 * Every value of the data set, one file at a time: a stream, so the loader never holds the
 * million values (only the records of the file being read).
 * @param skipAreas codes with no data of their own (the Northern-Territories villages, which the
 *   sources list with zeros)
 */
export function* statisticsValues(files: StatisticsFiles, skipAreas: ReadonlySet<string> = new Set()): Generator<ValueRow> {
  // The order of the values is the order they are written in (and counted in the progress bar).
  yield* readAnnual(files, skipAreas);
  yield* readAge5(files, skipAreas);
  yield* readCensus(files);
  yield* readProjection(files);
  yield* readFinance(files);
}

/** The whole data set in memory (tests and tools; the loader streams statisticsValues). */
export function readStatisticsReference(files: StatisticsFiles, skipAreas: ReadonlySet<string> = new Set()): StatisticsReference {
  return { values: [...statisticsValues(files, skipAreas)], historicalAreas: readHistoricalAreas(files) };
}
