import { describe, expect, it } from 'vitest';
import { parseDay } from '../../../shared/periods.ts';
import { evaluateCatalog } from '../../kpi/index.ts';
import { KGI_NODE, OTHER_KPI_NODE, PLAN_NODE, type PlanActual, measureNodeId, planCatalog } from './plan-catalog.ts';
import type { PlanType } from './plan-types.ts';
import { completePlan } from './test-plans.ts';

const PLAN = (type: PlanType) => ({ id: `plan-${type}`, title: completePlan(type).title, type });
const evaluate = (type: PlanType, actuals: PlanActual[], asOf = '2028-06-30') => {
  const result = evaluateCatalog(planCatalog(PLAN(type), completePlan(type), actuals), parseDay(asOf));
  return { result, kpi: (id: string) => result.kpis.find((k) => k.id === id)! };
};

describe('planCatalog', () => {
  it('puts the plan at the top, its KGIs under one impact node and KPIs under their measures or その他のKPI', () => {
    const c = planCatalog(PLAN('B'), completePlan('B'), []);
    expect(c.strategy).toEqual({ id: 'plan-B', name: '富山県医薬品産業クラスター計画', extra: { plan_type: 'B' } });
    expect(c.nodes.map((n) => [n.id, n.parent, n.level, n.name])).toEqual([
      [PLAN_NODE, null, 'goal', '富山県医薬品産業クラスター計画'],
      [KGI_NODE, PLAN_NODE, 'impact', 'KGI'],
      ['measure:b-api', PLAN_NODE, 'output', '施策1: 原薬の海外依存度が高い'],
      ['measure:b-qa', PLAN_NODE, 'output', '施策2: 品質保証人材が不足している'],
      [OTHER_KPI_NODE, PLAN_NODE, 'output', 'その他のKPI'],
    ]);
    expect(c.kpis.map((k) => [k.id, k.node])).toEqual([
      ['kgi-capex', KGI_NODE],
      ['kgi-talent', KGI_NODE],
      ['kgi-va', KGI_NODE],
      ['kpi-api', measureNodeId('b-api')],
      ['kpi-qa', measureNodeId('b-qa')],
      ['kpi-export', OTHER_KPI_NODE],
    ]);
  });

  it('reads baseline and target as fiscal years', () => {
    const k = planCatalog(PLAN('B'), completePlan('B'), []).kpis[0]!;
    expect(k.baseline).toMatchObject({ value: 0, period: { kind: 'fiscal_year', label: 'FY2025', start: parseDay('2025-04-01'), end: parseDay('2026-03-31') } });
    expect(k.targets).toHaveLength(1);
    expect(k.targets[0]).toMatchObject({ value: 80_000_000_000, period: { label: 'FY2030' }, text: null });
    expect(k.direction).toBe('increase');
  });

  it('has no その他のKPI node when every KPI belongs to a measure, and uses it for a KPI whose measure is gone', () => {
    const c = completePlan('B');
    c.kpis = c.kpis.filter((k) => k.measure_id !== null);
    expect(planCatalog(PLAN('B'), c, []).nodes.map((n) => n.id)).not.toContain(OTHER_KPI_NODE);
    c.measures = c.measures.slice(1);
    const again = planCatalog(PLAN('B'), c, []);
    expect(again.kpis.find((k) => k.id === 'kpi-api')?.node).toBe(OTHER_KPI_NODE);
    expect(again.nodes.map((n) => n.id)).toContain(OTHER_KPI_NODE);
  });

  it('a KGI with baseline, target and one actual gets the engine progress status', () => {
    const { kpi } = evaluate('B', [{ kpi_id: 'kgi-capex', period: 'FY2027', value: 32_000_000_000 }]);
    expect(kpi('kgi-capex')).toMatchObject({
      status: '1B',
      progress: 40,
      band: '<50',
      actual: { period: 'FY2027', value: 32_000_000_000 },
      target: { period: 'FY2030', value: 80_000_000_000 },
    });
  });

  it('reached targets are 1A, missing actuals 3, worsening 2', () => {
    const { kpi, result } = evaluate('C', [
      { kpi_id: 'kpi-buyers', period: '2027-09', value: 31 },
      { kpi_id: 'kgi-va', period: 'FY2027', value: -1 },
    ]);
    expect(kpi('kpi-buyers').status).toBe('1A');
    expect(kpi('kgi-va').status).toBe('2');
    expect(kpi('kpi-heirs').status).toBe('3');
    expect(result.summary.by_node.find((n) => n.node === PLAN_NODE)).toMatchObject({ total: 4, by_status: { '1A': 1, '2': 1, '3': 2 } });
    expect(result.summary.by_node.find((n) => n.node === measureNodeId('c-market'))).toMatchObject({ own: 1, total: 1 });
  });

  it('orders actuals by period, keeps the later of two for one period, and ignores unknown ids and unreadable periods', () => {
    const c = planCatalog(PLAN('C'), completePlan('C'), [
      { kpi_id: 'kpi-buyers', period: 'FY2028', value: 20 },
      { kpi_id: 'kpi-buyers', period: 'FY2026', value: 8 },
      { kpi_id: 'kpi-buyers', period: 'FY2026', value: 9, note: '訂正' },
      { kpi_id: 'no-such-kpi', period: 'FY2026', value: 1 },
      { kpi_id: 'kpi-buyers', period: 'そのうち', value: 99 },
    ]);
    const obs = c.kpis.find((k) => k.id === 'kpi-buyers')!.observations;
    expect(obs.map((o) => [o.period.label, o.value, o.note])).toEqual([
      ['FY2026', 9, '訂正'],
      ['FY2028', 20, null],
    ]);
    expect(c.kpis.flatMap((k) => k.observations)).toHaveLength(2);
  });

  it('a KPI without a target value has no target, and one without a baseline has none', () => {
    const c = completePlan('A');
    c.kpis[0]!.target_value = null;
    c.kpis[1]!.baseline_fy = null;
    const cat = planCatalog(PLAN('A'), c, []);
    expect(cat.kpis.find((k) => k.id === 'kpi-water')?.targets).toEqual([]);
    expect(cat.kpis.find((k) => k.id === 'kpi-course')?.baseline).toBeNull();
  });

  it('keeps a decreasing KPI decreasing', () => {
    const c = completePlan('C');
    Object.assign(c.kpis[1]!, { direction: 'decrease', baseline_value: 20, target_value: 10 });
    const cat = planCatalog(PLAN('C'), c, [{ kpi_id: 'kpi-heirs', period: 'FY2027', value: 15 }]);
    const e = evaluateCatalog(cat, parseDay('2028-06-30')).kpis.find((k) => k.id === 'kpi-heirs')!;
    expect(e).toMatchObject({ direction: 'decrease', status: '1B', progress: 50 });
  });
});
