/**
 * RESAS-API-v1-compatible responses (地域経済分析システム RESAS の API v1 と同じ JSON の形).
 *
 * Shapes, checked against the RESAS API v1 documentation samples and real client code:
 *  - /api/v1/prefectures → {message: null, result: [{prefCode: 1, prefName: '北海道'}, …]}
 *  - /api/v1/cities?prefCode= → {message: null, result: [{prefCode, cityCode: '01100', cityName, bigCityFlag}]}
 *    bigCityFlag: '0' 一般の市区町村, '1' 政令指定都市の区, '2' 政令指定都市, '3' 東京都23区 (strings).
 *  - /api/v1/population/composition/perYear → {message: null, result: {boundaryYear, data: [
 *      {label: '総人口', data: [{year, value}]}, {label: '年少人口', data: [{year, value, rate}]},
 *      {label: '生産年齢人口', …}, {label: '老年人口', …}]}}; rate = 構成比 (%) of 総人口, two decimals
 *      (RESAS's sample with boundaryYear 2015 printed one decimal; the API after the 2020 census update
 *      returned two, e.g. 北海道 1960 年少人口 1,681,479 / 5,039,206 → 33.37).
 *  - /api/v1/population/sum/perYear → {message: null, result: {line: {boundaryYear, data: [{year, value}]},
 *      bar: {data: [{year, sum, class: [{label: '老年人口', value}, {label: '生産年齢人口', value},
 *      {label: '年少人口', value}]}]}}}: 人口増減率 (%) against five years earlier, two decimals;
 *      line.value = bar.sum = 総人口, class values = each age group's own rate.
 *  - Errors as RESAS returned them, with HTTP 200: the JSON string "400" for bad or missing
 *    parameters, "404" for an unknown area, {statusCode: '404', message: "404. That's an error.",
 *    description: 'The requested URL … was not found on this server.'} for an unknown path.
 *
 * Our data (decided, documented in README): by default RESAS's own grid — 国勢調査 1960–2020
 * (municipalities 1980–2020) and the 社人研 2018 projection 2025–2045, five-yearly, boundaryYear
 * 2020, with the three age groups (resas-rows.ts); `series=register` (a Sousei extension) gives
 * the annual 住民基本台帳 series 1995–2022 instead.
 */
import { checkDigit } from '../../../shared/local-gov-code.ts';
import type { AreaIndex, AreaInfo } from '../read/catalog.ts';

export const RESAS_LABELS = { total: '総人口', young: '年少人口', working: '生産年齢人口', old: '老年人口' } as const;

export const RESAS_BAD_REQUEST = '400';
export const RESAS_NOT_FOUND = '404';
export const resasNoSuchPath = (path: string) => ({ statusCode: '404', message: "404. That's an error.", description: `The requested URL ${path} was not found on this server.` });

/** RESAS's flag for a city/ward: '0' 一般, '1' 政令指定都市の区, '2' 政令指定都市, '3' 東京都23区. */
export function bigCityFlag(a: Pick<AreaInfo, 'level' | 'type' | 'prefCode'>): '0' | '1' | '2' | '3' {
  if (a.level === 'ward') return '1';
  if (a.type === '政令指定都市') return '2';
  if (a.type === '特別区' && a.prefCode === '13') return '3';
  return '0';
}

export interface ResasPrefecture {
  prefCode: number;
  prefName: string;
}

export interface ResasCity {
  prefCode: number;
  cityCode: string;
  cityName: string;
  bigCityFlag: string;
}

export function resasPrefectures(index: AreaIndex): ResasPrefecture[] {
  return index.current.prefecture.map((p) => ({ prefCode: Number(p.prefCode), prefName: p.name }));
}

/** Municipalities and wards of one prefecture, by code (a designated city precedes its wards). */
export function resasCities(index: AreaIndex, prefCode: number): ResasCity[] {
  const pc = String(prefCode).padStart(2, '0');
  return [...index.current.municipality, ...index.current.ward]
    .filter((a) => a.prefCode === pc)
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((a) => ({ prefCode, cityCode: a.code.slice(0, 5), cityName: a.name, bigCityFlag: bigCityFlag(a) }));
}

/** prefCode: 1–47 (with or without a leading zero), else null. */
export function parsePrefCode(raw: string | undefined): number | null {
  if (raw === undefined || !/^\d{1,2}$/.test(raw.trim())) return null;
  const n = Number(raw.trim());
  return n >= 1 && n <= 47 ? n : null;
}

export type ResasArea = { prefCode: number; cityCode: string | '-' };

/**
 * cityCode: '-' (the prefecture) or a 5-digit code in that prefecture, else null. Missing or
 * empty means the prefecture, as RESAS answered (clients of its successor never send it).
 */
export function parseCityCode(raw: string | undefined, prefCode: number): string | null {
  const s = (raw ?? '-').trim();
  if (s === '-' || s === '') return '-';
  if (!/^\d{5}$/.test(s)) return null;
  return Number(s.slice(0, 2)) === prefCode ? s : null;
}

/**
 * addArea=1_01100,13_13101 (cities) or 1_,13_ (prefectures); at most 10. With cityCode '-' the
 * added areas are prefectures (their prefCode counts), as RESAS did; with a city, they must be cities.
 */
export function parseAddArea(raw: string | undefined, mainIsPrefecture: boolean): ResasArea[] | null {
  if (raw === undefined || raw.trim() === '') return [];
  const parts = raw.split(',').map((p) => p.trim());
  if (parts.length > 10) return null;
  const out: ResasArea[] = [];
  for (const p of parts) {
    const m = /^(\d{1,2})_(\d{5})?$/.exec(p);
    if (!m) return null;
    const prefCode = parsePrefCode(m[1]);
    if (prefCode === null) return null;
    if (mainIsPrefecture) {
      out.push({ prefCode, cityCode: '-' });
      continue;
    }
    if (!m[2]) return null;
    const city = parseCityCode(m[2], prefCode);
    if (city === null) return null;
    out.push({ prefCode, cityCode: city });
  }
  return out;
}

/** The 6-digit 団体コード of a RESAS area. */
export function areaCodeOf(a: ResasArea): string {
  const five = a.cityCode === '-' ? `${String(a.prefCode).padStart(2, '0')}000` : a.cityCode;
  return five + String(checkDigit(five));
}

/** x rounded half away from zero to `digits` decimals (1e-9 absorbs binary noise such as 1.4999999999999998). */
export function roundHalf(x: number, digits: number): number {
  const f = 10 ** digits;
  return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
}

/** A ratio in percent with two decimals, scaled before rounding: round(a × 10000 / b) / 100. */
function percent2(a: number, b: number): number {
  const hundredths = (a * 10_000) / b;
  return (Math.sign(hundredths) * Math.round(Math.abs(hundredths) + 1e-9)) / 100;
}

/** Share of the total in percent, two decimals (RESAS's rate). */
export const shareRate = (value: number, total: number): number => percent2(value, total);

/** Change against an earlier value in percent, two decimals (RESAS's 人口増減率). */
export const changeRate = (now: number, before: number): number => percent2(now - before, before);

export interface YearRow {
  year: number;
  total: number | null;
  young: number | null;
  working: number | null;
  old: number | null;
}

export interface CompositionResult {
  boundaryYear: number;
  data: [
    { label: '総人口'; data: Array<{ year: number; value: number }> },
    { label: '年少人口'; data: Array<{ year: number; value: number; rate: number }> },
    { label: '生産年齢人口'; data: Array<{ year: number; value: number; rate: number }> },
    { label: '老年人口'; data: Array<{ year: number; value: number; rate: number }> },
  ];
}

export function compositionResult(rows: YearRow[], boundaryYear: number): CompositionResult {
  const sorted = [...rows].sort((a, b) => a.year - b.year);
  const group = (k: 'young' | 'working' | 'old') =>
    sorted.filter((r) => r[k] !== null && r.total !== null && r.total > 0).map((r) => ({ year: r.year, value: r[k]!, rate: shareRate(r[k]!, r.total!) }));
  return {
    boundaryYear,
    data: [
      { label: RESAS_LABELS.total, data: sorted.filter((r) => r.total !== null).map((r) => ({ year: r.year, value: r.total! })) },
      { label: RESAS_LABELS.young, data: group('young') },
      { label: RESAS_LABELS.working, data: group('working') },
      { label: RESAS_LABELS.old, data: group('old') },
    ],
  };
}

export interface SumPerYearResult {
  line: { boundaryYear: number; data: Array<{ year: number; value: number }> };
  bar: { data: Array<{ year: number; sum: number; class: Array<{ label: string; value: number }> }> };
}

/**
 * 人口増減率 against `step` years earlier, at the years that are multiples of `step` (RESAS's
 * census grid) and have a value `step` years before.
 */
export function sumPerYearResult(rows: YearRow[], boundaryYear: number, step = 5): SumPerYearResult {
  const byYear = new Map(rows.map((r) => [r.year, r]));
  const years = [...byYear.keys()].filter((y) => y % step === 0 && byYear.has(y - step)).sort((a, b) => a - b);
  const line: SumPerYearResult['line']['data'] = [];
  const bar: SumPerYearResult['bar']['data'] = [];
  for (const y of years) {
    const now = byYear.get(y)!;
    const before = byYear.get(y - step)!;
    if (now.total === null || before.total === null || before.total <= 0) continue;
    const sum = changeRate(now.total, before.total);
    line.push({ year: y, value: sum });
    const cls: Array<{ label: string; value: number }> = [];
    for (const [k, label] of [
      ['old', RESAS_LABELS.old],
      ['working', RESAS_LABELS.working],
      ['young', RESAS_LABELS.young],
    ] as const) {
      const a = now[k];
      const b = before[k];
      if (a !== null && b !== null && b > 0) cls.push({ label, value: changeRate(a, b) });
    }
    bar.push({ year: y, sum, class: cls });
  }
  return { line: { boundaryYear, data: line }, bar: { data: bar } };
}
