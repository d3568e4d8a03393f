/**
 * A synthetic catalog shaped like real strategies: most KPIs with baselines, some revised targets,
 * decreases and maintains, direction-only KGIs, composite KPIs, and observations over fiscal
 * years, calendar years and months. Deterministic (seeded) so runs compare.
 */
import type { Catalog, CatalogKpi, Target } from '../src/modules/kpi/index.ts';
import { parsePeriod, type Period } from '../src/shared/periods.ts';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** `kpiCount` KPIs (components included) carrying exactly `obsCount` observations on their leaves. */
export function syntheticCatalog(kpiCount: number, obsCount: number, seed = 42): Catalog {
  const rand = rng(seed);
  const fy = Array.from({ length: 20 }, (_, i) => parsePeriod(`FY${2011 + i}`));
  const cy = Array.from({ length: 20 }, (_, i) => parsePeriod(String(2011 + i)));
  const months = Array.from({ length: 24 }, (_, i) => parsePeriod(`${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`));
  const nodes: Catalog['nodes'] = [{ id: 'goal', parent: null, level: 'goal', name: '目標' }];
  for (let i = 0; i < 100; i++) nodes.push({ id: `out-${i}`, parent: 'goal', level: 'output', name: `アウトプット${i}` });

  const leaves: Array<{ kpi: CatalogKpi; series: Period[]; base: number; slope: number }> = [];
  const kpis: CatalogKpi[] = [];
  let made = 0;
  for (let i = 0; made < kpiCount; i++) {
    const kind = i % 10;
    const series = kind % 3 === 0 ? cy : kind % 3 === 1 ? fy : months;
    const base = 100 + rand() * 1000;
    const dir = kind === 3 ? 'decrease' : kind === 4 ? 'maintain' : 'increase';
    const slope = dir === 'decrease' ? -base * 0.02 : base * 0.02;
    const tp = series === months ? parsePeriod('2030') : series[series.length - 1]!;
    const target = (v: number | null, text: string | null = null): Target => ({ value: v, period: tp, text, setIn: null, setInStart: null, relativeTo: null });
    const k: CatalogKpi = {
      id: `K${i}`,
      node: `out-${i % 100}`,
      name: `指標${i}`,
      unit: '件',
      direction: dir,
      baseline: kind === 5 ? null : { value: base, period: series[0]! },
      targets: kind === 6 ? [target(null, '増加')] : kind === 7 ? [target(base * 1.2), target(base * 1.5)] : [target(dir === 'decrease' ? base * 0.7 : base * 1.3)],
      targetText: null,
      isNew: false,
      components: [],
      observations: [],
    };
    kpis.push(k);
    made++;
    if (kind === 8 && made + 2 <= kpiCount) {
      k.components = [0, 1].map((c) => ({ ...k, id: `K${i}-${c}`, components: [], observations: [] }));
      for (const [j, c] of k.components.entries()) leaves.push({ kpi: c, series, base, slope: slope * (j + 1) });
      made += 2;
    } else leaves.push({ kpi: k, series, base, slope });
  }
  const perLeaf = Math.floor(obsCount / leaves.length);
  let extra = obsCount - perLeaf * leaves.length;
  for (const { kpi, series, base, slope } of leaves) {
    const n = perLeaf + (extra-- > 0 ? 1 : 0);
    for (let j = 0; j < n; j++) {
      const p = series[Math.min(series.length - 1, 1 + j)]!;
      kpi.observations.push({ period: p, value: base + slope * (j + 1) * (0.5 + rand()), flag: j % 7 === 0 ? 'preliminary' : null, source: null, note: null });
    }
  }
  return { strategy: { id: 'bench', name: 'ベンチマーク' }, nodes, kpis };
}

export function countObservations(kpis: CatalogKpi[]): number {
  let n = 0;
  for (const k of kpis) n += k.observations.length + countObservations(k.components);
  return n;
}
