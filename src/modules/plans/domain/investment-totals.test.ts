import { describe, expect, it } from 'vitest';
import { InputError } from '../../../shared/errors.ts';
import { fiscalYearOfDate, investmentMatches, investmentTotals, type MapProject } from './investment-totals.ts';

const project = (over: Partial<MapProject>): MapProject => ({
  plan_id: 'p1',
  plan_type: 'B',
  plan_status: 'published',
  strategic_field: null,
  project_id: 'inv-1',
  muni_code: '432041',
  pref_code: '430005',
  amount_yen: 1_000,
  invest_date: '2026-05',
  ...over,
});

// 熊本県 (430005): 菊陽町 432041, 熊本市 431001; 福岡県 (400009): 福岡市 401307
const projects: MapProject[] = [
  project({ project_id: 'a', amount_yen: 300, invest_date: '2026-03-31' }),
  project({ project_id: 'b', amount_yen: 700, muni_code: '431001', invest_date: '2026-04' }),
  project({ plan_id: 'p2', plan_type: 'A', strategic_field: 'AI・半導体', project_id: 'a', amount_yen: 5_000, pref_code: '400009', muni_code: '401307', invest_date: null }),
  project({ plan_id: 'p3', plan_type: 'C', plan_status: 'in_execution', project_id: 'c', amount_yen: 10, invest_date: '2027-01-15' }),
];

describe('fiscalYearOfDate', () => {
  it('reads 年度 from a day or a month (April–March)', () => {
    expect([fiscalYearOfDate('2026-03-31'), fiscalYearOfDate('2026-04'), fiscalYearOfDate('2027-01-15')]).toEqual([2025, 2026, 2026]);
    expect([fiscalYearOfDate(null), fiscalYearOfDate('2026')]).toEqual([null, null]);
  });
});

describe('investmentMatches', () => {
  const ids = (f: Parameters<typeof investmentMatches>[0]) => projects.filter(investmentMatches(f)).map((p) => `${p.plan_id}/${p.project_id}`);
  it('filters nothing when empty', () => {
    expect(ids({})).toHaveLength(4);
    expect(ids({ plan_types: [], fields: [], statuses: [], fy_from: null, fy_to: null })).toHaveLength(4);
  });
  it('filters by plan type, strategic field and plan status', () => {
    expect(ids({ plan_types: ['A', 'C'] })).toEqual(['p2/a', 'p3/c']);
    expect(ids({ fields: ['AI・半導体'] })).toEqual(['p2/a']);
    expect(ids({ statuses: ['in_execution'] })).toEqual(['p3/c']);
  });
  it('filters by the 年度 of invest_date, leaving out projects without a date', () => {
    expect(ids({ fy_from: 2026 })).toEqual(['p1/b', 'p3/c']);
    expect(ids({ fy_to: 2025 })).toEqual(['p1/a']);
    expect(ids({ fy_from: 2025, fy_to: 2026, plan_types: ['B'] })).toEqual(['p1/a', 'p1/b']);
  });
});

describe('investmentTotals', () => {
  it('sums count and amount per prefecture, sorted by code, with the grand total', () => {
    const r = investmentTotals(projects, { by: 'prefecture' });
    expect(r.rows.map((x) => [x.code, x.projects, x.amount_yen, x.amount_yen_exact])).toEqual([
      ['400009', 1, 5_000, '5000'],
      ['430005', 3, 1_010, '1010'],
    ]);
    expect(r.total).toMatchObject({ code: '', projects: 4, amount_yen: 6_010 });
  });

  it('sums per municipality and lists requested codes without projects', () => {
    const r = investmentTotals(projects, { by: 'municipality', include_codes: ['100005'], filter: { plan_types: ['B', 'C'] } });
    expect(r.rows.map((x) => [x.code, x.projects, x.amount_yen])).toEqual([
      ['100005', 0, 0],
      ['431001', 1, 700],
      ['432041', 2, 310],
    ]);
  });

  it('gives the amount per inhabitant rounded half up, null where the population is unknown', () => {
    const population = new Map([
      ['430005', 4],
      ['400009', 3],
      ['', 0],
    ]);
    const r = investmentTotals(
      [project({ amount_yen: 10 }), project({ project_id: 'x', pref_code: '400009', amount_yen: 10 }), project({ project_id: 'y', pref_code: '410004' })],
      { by: 'prefecture', population },
    );
    expect(r.rows.map((x) => [x.code, x.amount_per_capita_yen])).toEqual([
      ['400009', 3],
      ['410004', null],
      ['430005', 3],
    ]);
    expect(r.total.amount_per_capita_yen).toBeNull();
  });

  it('stays exact past 2^53 yen (20,000 projects of 1兆円)', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => project({ project_id: `p${i}`, amount_yen: 1_000_000_000_000 }));
    const r = investmentTotals(many, { by: 'prefecture' });
    expect(r.total.amount_yen_exact).toBe((20_000n * 10n ** 12n).toString());
    expect(r.total.amount_yen).toBe(2e16);
    const odd = investmentTotals([project({ amount_yen: Number.MAX_SAFE_INTEGER }), project({ project_id: 'z', amount_yen: 2 })], {
      by: 'prefecture',
      population: new Map([['430005', 1]]),
    });
    expect(odd.total.amount_yen_exact).toBe('9007199254740993');
    expect(odd.rows[0]?.amount_per_capita_yen).toBe(Number(9007199254740993n));
  });

  it('returns no rows for no projects, and refuses a bad amount in Japanese', () => {
    expect(investmentTotals([], { by: 'prefecture' })).toEqual({ rows: [], total: { code: '', projects: 0, amount_yen: 0, amount_yen_exact: '0', amount_per_capita_yen: null } });
    const bad = () => investmentTotals([project({ title: '新工場', amount_yen: 1.5 })], { by: 'prefecture' });
    expect(bad).toThrow(InputError);
    expect(bad).toThrow('投資案件「新工場」の投資額は0円以上の整数の円で指定してください');
  });
});
