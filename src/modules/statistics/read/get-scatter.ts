/** Two indicators across the areas of a level: the areas with both values, and their correlation. */
import { checkPrefCode, findIndicator, resolvePeriod } from './lookup.ts';
import type { IndicatorInfo, Level } from './catalog.ts';
import { attributionFor, correlation, type StatisticsReader } from './statistics-reader.ts';

export interface ScatterQuery {
  x: string;
  y: string;
  level: Exclude<Level, 'nation'>;
  period_x?: string;
  period_y?: string;
  pref_code?: string;
}

export interface ScatterPoint {
  code: string;
  name: string;
  pref_name: string | null;
  x: number;
  y: number;
}

export interface Scatter {
  x: { indicator: IndicatorInfo; period: string };
  y: { indicator: IndicatorInfo; period: string };
  prefCode: string | null;
  points: ScatterPoint[];
  /** Pearson r; null with fewer than 3 points */
  correlation: number | null;
  attribution: string[];
}

export async function getScatter(reader: StatisticsReader, q: ScatterQuery): Promise<Scatter> {
  const snap = await reader.current();
  const [catalog, index] = await Promise.all([snap.catalog, snap.areas]);
  const xi = findIndicator(catalog, q.x, 'x');
  const yi = findIndicator(catalog, q.y, 'y');
  const px = resolvePeriod(xi, q.level, q.period_x, 'period_x');
  const py = resolvePeriod(yi, q.level, q.period_y, 'period_y');
  const prefCode = checkPrefCode(index, q.pref_code);
  const [mx, my] = await Promise.all([reader.mapData(xi, px, q.level, prefCode, snap), reader.mapData(yi, py, q.level, prefCode, snap)]);
  const ys = new Map(my.rows.map((r) => [r.code, r.value]));
  const points = mx.rows.flatMap((r) => {
    const y = ys.get(r.code);
    return r.value !== null && y !== null && y !== undefined ? [{ code: r.code, name: r.name, pref_name: r.pref_name, x: r.value, y }] : [];
  });
  return {
    x: { indicator: xi, period: px },
    y: { indicator: yi, period: py },
    prefCode,
    points,
    correlation: correlation(
      points.map((p) => p.x),
      points.map((p) => p.y),
    ),
    attribution: attributionFor([xi, yi]),
  };
}
