/**
 * RESAS population/composition/pyramid: {yearLeft, yearRight}, each {year, oldAgeCount,
 * oldAgePercent, middleAgeCount, middleAgePercent, newAgeCount, newAgePercent, data: [{class,
 * man, manPercent, woman, womanPercent}]} with RESAS's 19 classes '0～4歳' … '85～89歳', '90歳～'.
 * Percentages as in RESAS's documented sample: the three age-group shares are whole numbers,
 * truncated (3,693 of 7,610 → 48, not 49); the class shares of men and women have two decimals,
 * rounded, of everyone in the pyramid (both sexes, all classes: they add up to about 100).
 *
 * Data (decided): years 1980–2045 (five-yearly) give the age groups from the census /
 * projection (resas-rows.ts) and an empty `data`, because census and projection by sex and
 * five-year age are not in the shipped data for prefectures and municipalities; 2022 (a Sousei
 * extension) gives the full pyramid from the resident register (1 January 2022).
 */
import { AGE5_GROUPS, age5Code, type Sex } from '../reference/reference-indicators.ts';
import type { StatisticsReader } from '../read/statistics-reader.ts';
import { roundHalf } from './resas.ts';
import { resasRows } from './resas-rows.ts';

export const PYRAMID_REGISTER_YEAR = 2022;

/** yearLeft/yearRight: 1980–2045 in steps of 5, or the register year; else null. */
export function parsePyramidYear(raw: string | undefined): number | null {
  if (raw === undefined || !/^\d{4}$/.test(raw.trim())) return null;
  const y = Number(raw.trim());
  if (y === PYRAMID_REGISTER_YEAR) return y;
  return y >= 1980 && y <= 2045 && y % 5 === 0 ? y : null;
}

export interface PyramidClass {
  class: string;
  man: number;
  manPercent: number;
  woman: number;
  womanPercent: number;
}

export interface PyramidSide {
  year: number;
  oldAgeCount: number;
  oldAgePercent: number;
  middleAgeCount: number;
  middleAgePercent: number;
  newAgeCount: number;
  newAgePercent: number;
  data: PyramidClass[];
}

/** RESAS's class of a 5-year group: 90 and over are one class. */
const classOf = (group: string): string => {
  const from = Number(group.split('_')[0]);
  return from >= 90 ? '90歳～' : `${from}～${from + 4}歳`;
};

const truncPercent = (part: number, whole: number) => (whole > 0 ? Math.floor((part * 100) / whole + 1e-9) : 0);

/** One side from the three age-group counts and the classes (men, women by RESAS class). */
export function pyramidSide(year: number, groups: { young: number; working: number; old: number }, classes: Array<{ class: string; man: number; woman: number }>): PyramidSide {
  const whole = groups.young + groups.working + groups.old;
  const people = classes.reduce((a, c) => a + c.man + c.woman, 0);
  const pct = (n: number) => (people > 0 ? roundHalf((n * 100) / people, 2) : 0);
  return {
    year,
    oldAgeCount: groups.old,
    oldAgePercent: truncPercent(groups.old, whole),
    middleAgeCount: groups.working,
    middleAgePercent: truncPercent(groups.working, whole),
    newAgeCount: groups.young,
    newAgePercent: truncPercent(groups.young, whole),
    data: classes.map((c) => ({ class: c.class, man: c.man, manPercent: pct(c.man), woman: c.woman, womanPercent: pct(c.woman) })),
  };
}

/** The register pyramid (2022) of the summed areas, or null when an area has no figures. */
async function registerSide(reader: StatisticsReader, areaCodes: string[]): Promise<PyramidSide | null> {
  const sexes: Sex[] = ['male', 'female'];
  const codes = AGE5_GROUPS.flatMap((g) => sexes.map((s) => age5Code(g, s)));
  const series = await reader.series(codes, areaCodes);
  const classes = new Map<string, { class: string; man: number; woman: number }>();
  const groups = { young: 0, working: 0, old: 0 };
  for (const g of AGE5_GROUPS) {
    const c = classes.get(classOf(g)) ?? { class: classOf(g), man: 0, woman: 0 };
    classes.set(c.class, c);
    for (const s of sexes) {
      for (const area of areaCodes) {
        const v = (series.get(`${age5Code(g, s)}\u0000${area}`) ?? []).find((p) => p.period === String(PYRAMID_REGISTER_YEAR))?.value;
        if (v === undefined || v === null) return null;
        if (s === 'male') c.man += v;
        else c.woman += v;
        const from = Number(g.split('_')[0]);
        groups[from < 15 ? 'young' : from < 65 ? 'working' : 'old'] += v;
      }
    }
  }
  return pyramidSide(PYRAMID_REGISTER_YEAR, groups, [...classes.values()]);
}

/** One side for a year: census/projection groups with no classes, or the register pyramid. */
export async function pyramidSideFor(reader: StatisticsReader, areaCodes: string[], year: number): Promise<PyramidSide | null> {
  if (year === PYRAMID_REGISTER_YEAR) return registerSide(reader, areaCodes);
  const { rows } = await resasRows(reader, areaCodes, 'census');
  const r = rows.find((x) => x.year === year);
  if (!r || r.young === null || r.working === null || r.old === null) return null;
  return pyramidSide(year, { young: r.young, working: r.working, old: r.old }, []);
}
