/**
 * What `sousei demo add` writes: made-up actual values for some of the national strategy's KPIs,
 * and a small strategy of 札幌市 (011002) built from national KPIs, with made-up baselines,
 * targets and actuals, and its editor. Every value carries SAMPLE_SOURCE; the strategy and the
 * user are marked too, so `demo remove` deletes exactly these and nothing else.
 *
 * Periods: the national KPIs' baselines are for 2026, so their sample actuals are for 2027 and
 * count from 2028 (an actual counts once its period has ended); a few 年度 KPIs without a
 * baseline get FY2025 values, which count now. The municipal strategy's actuals are for FY2025.
 */
import type { Catalog, CatalogKpi, CatalogNode, Direction } from '../kpi/index.ts';
import { parsePeriod } from '../../shared/periods.ts';
import { SAMPLE_SOURCE } from '../../shared/sample-data.ts';

export const DEMO_NOTE = 'sousei demo add で追加したサンプル（sousei demo remove で削除）';
export const DEMO_OWNER = '011002';
export const DEMO_STRATEGY_ID = '011002-demo';
export const DEMO_STRATEGY_NAME = '【デモ】札幌市 地域未来戦略（サンプル）';
export const DEMO_USER = { email: 'demo-editor@city.sapporo.example', name: '【デモ】札幌市 企画課（サンプル）', role: 'editor' as const, orgCode: DEMO_OWNER };
/** a date as of which every sample value counts */
export const DEMO_AS_OF = '2028-06-30';

/** [KPI or component id, period, value, flag] for the national strategy */
export const NATIONAL_SAMPLES: ReadonlyArray<[string, string, number, string | null]> = [
  ['IMP-02', '2027', 43.5, 'preliminary'],
  ['IMP-03a', '2027', 41, null],
  ['IMP-03b', '2027', 45.5, 'estimate'],
  ['OUT-A-02', '2026', 55, null],
  ['OUT-A-02', '2027', 56, 'preliminary'],
  ['OUT-I-01', '2027', 2400, null],
  ['OUT-I-02', '2027', 23.5, null],
  ['OUT-E-01', '2027', 74, 'estimate'],
  ['OUT-A-05', 'FY2025', 1_900_000, 'final'],
  ['OUT-a-04', 'FY2025', 31, null],
  ['OUT-a-09', 'FY2025', 1, 'final'],
];

const sample = (period: string, value: number, flag: CatalogKpi['observations'][number]['flag'] = null) => ({
  period: parsePeriod(period),
  value,
  flag,
  source: SAMPLE_SOURCE,
  note: DEMO_NOTE,
});

interface KpiSpec {
  id: string;
  node: string;
  name: string;
  unit: string;
  direction: Direction;
  national: string;
  baseline?: [number, string];
  target: [number, string, string];
  actuals: Array<[string, number]>;
  components?: KpiSpec[];
}

function kpi(s: KpiSpec): CatalogKpi {
  return {
    id: s.id,
    node: s.node,
    name: s.name,
    unit: s.unit,
    direction: s.direction,
    baseline: s.baseline ? { value: s.baseline[0], period: parsePeriod(s.baseline[1]) } : null,
    targets: [{ value: s.target[0], period: parsePeriod(s.target[1]), text: s.target[2], setIn: '2026-04-01', setInStart: null, relativeTo: null }],
    targetText: s.target[2],
    isNew: false,
    components: (s.components ?? []).map(kpi),
    observations: s.actuals.map(([p, v]) => sample(p, v)),
    extra: { national_kpi: s.national, sample: true },
  };
}

const NODES: CatalogNode[] = [
  { id: 'goal', parent: null, level: 'goal', name: '【サンプル】誰もが安心して暮らし、働く場がある札幌' },
  { id: 'impact-2', parent: 'goal', level: 'impact', name: '豊かな生活環境' },
  { id: 'impact-3', parent: 'goal', level: 'impact', name: '選ばれるまち' },
  { id: 'outcome-i', parent: 'impact-2', level: 'outcome', name: '持続可能な生活インフラの実現' },
  { id: 'output-a', parent: 'impact-3', level: 'output', name: 'スポーツ・観光資源を生かした交流の創出' },
];

const KPIS: KpiSpec[] = [
  {
    id: 'SPR-01',
    node: 'impact-2',
    national: 'IMP-02',
    name: '地域での生活がこれから良くなっていくと思う市民の割合',
    unit: '%',
    direction: 'increase',
    baseline: [40, 'FY2024'],
    target: [45, 'FY2030', '40%（2024年度）から45%に向上（2030年度）'],
    actuals: [['FY2025', 41.2]],
  },
  {
    id: 'SPR-02',
    node: 'outcome-i',
    national: 'OUT-I-01',
    name: '「交通空白」地区の数',
    unit: '地区',
    direction: 'decrease',
    baseline: [12, 'FY2024'],
    target: [0, 'FY2030', '12地区（2024年度）から0地区に減少（2030年度）'],
    actuals: [['FY2025', 10]],
  },
  {
    id: 'SPR-03',
    node: 'outcome-i',
    national: 'OUT-I-02',
    name: '買物に困難を感じている市民の割合',
    unit: '%',
    direction: 'decrease',
    baseline: [21, 'FY2024'],
    target: [17, 'FY2030', '21%（2024年度）から17%に減少（2030年度）'],
    actuals: [['FY2025', 21.8]],
  },
  {
    id: 'SPR-04',
    node: 'impact-3',
    national: 'IMP-03',
    name: '札幌で暮らすことを希望し実現できている若者・女性の割合',
    unit: '%',
    direction: 'increase',
    target: [0, 'FY2030', '若者 38%→42%／女性 44%→48%（2030年度）'],
    actuals: [],
    components: [
      {
        id: 'SPR-04a',
        node: 'impact-3',
        national: 'IMP-03a',
        name: '若者の割合',
        unit: '%',
        direction: 'increase',
        baseline: [38, 'FY2024'],
        target: [42, 'FY2030', '42%（2030年度）'],
        actuals: [['FY2025', 39]],
      },
      {
        id: 'SPR-04b',
        node: 'impact-3',
        national: 'IMP-03b',
        name: '女性の割合',
        unit: '%',
        direction: 'increase',
        baseline: [44, 'FY2024'],
        target: [48, 'FY2030', '48%（2030年度）'],
        actuals: [['FY2025', 44.6]],
      },
    ],
  },
  {
    id: 'SPR-05',
    node: 'output-a',
    national: 'OUT-a-04',
    name: 'スポーツ資源を活用した観光コンテンツの創出件数',
    unit: '件',
    direction: 'increase',
    target: [12, 'FY2026', '12件（2026年度）'],
    actuals: [['FY2025', 7]],
  },
];

/** The demo strategy's nodes and KPIs (a KPI made of components has no target of its own). */
export function demoStructure(): Pick<Catalog, 'nodes' | 'kpis'> {
  const kpis = KPIS.map(kpi).map((k) => (k.components.length > 0 ? { ...k, targets: [] } : k));
  return { nodes: NODES.map((n) => ({ ...n })), kpis };
}
