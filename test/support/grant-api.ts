/** Helpers for the grants' tests: a government's strategy with KPIs to link, and applications of a given shape. */
import type { Database } from '../../src/db/client.ts';
import { operatorPrincipal } from '../../src/modules/auth/index.ts';
import { createStrategy, type CatalogKpi } from '../../src/modules/kpi/index.ts';
import { parsePeriod } from '../../src/shared/periods.ts';

/** A strategy of `ownerCode` with KPIs (baseline FY2024, target FY2030) the grant projects can link. */
export async function localStrategy(db: Database, ownerCode: string, id: string, kpiIds: readonly string[]): Promise<string> {
  const kpi = (k: string): CatalogKpi => ({
    id: k,
    node: 'goal',
    name: `指標 ${k}`,
    unit: '人',
    direction: 'increase',
    baseline: { value: 100, period: parsePeriod('FY2024') },
    targets: [{ value: 200, period: parsePeriod('FY2030'), text: null, setIn: null, setInStart: null, relativeTo: null }],
    targetText: null,
    isNew: false,
    components: [],
    observations: [],
  });
  await createStrategy(
    db,
    { by: operatorPrincipal('test'), id, ownerCode, name: `第3期総合戦略（${ownerCode}）`, from: 'FY2025', to: 'FY2029' },
    { nodes: [{ id: 'goal', parent: null, level: 'goal', name: '基本目標' }], kpis: kpiIds.map(kpi) },
  );
  return id;
}

type Kind = 'soft' | 'kyoten' | 'infra';

/** A project of a kind over [start, end] with the same eligible cost each year, linked to KPIs. */
export function project(
  id: string,
  kind: Kind,
  start: number,
  end: number,
  perYear: number | string,
  kpis: { strategy_id: string; kpi_id: string }[],
  extra: Record<string, unknown> = {},
) {
  const costs = [];
  for (let fy = start; fy <= end; fy++) costs.push({ fiscal_year: fy, eligible_cost: perYear });
  return { id, kind, name: `事業 ${id}`, start_fy: start, end_fy: end, costs, kpis, ...extra };
}

export function application(code: string, fiscalYear: number, projects: unknown[], extra: Record<string, unknown> = {}) {
  return {
    applicant_code: code,
    fiscal_year: fiscalYear,
    title: `${fiscalYear}年度 第2世代交付金 申請`,
    vision: '若者が働き続けられるまち',
    issues: '若年層の転出超過',
    projects,
    ...extra,
  };
}
