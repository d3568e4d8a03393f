/**
 * The national share (国費) of each project and fiscal year: floor(eligible cost × rate), the rate
 * being `d2g.soft.rate`, `d2g.kyoten.rate`, or for インフラ the project's own rate (the ministry's
 * 交付要綱) where given, else `d2g.infra.rate_default`. Each project carries its trace; the sums
 * by year and kind are what the caps are checked against.
 */
import { Trace, type RuleParameter, type RulesInForce, type TraceStep } from '../../rulebook/index.ts';
import type { ApplicationContent, Project } from './application-content.ts';
import type { ProjectKind } from './project-kinds.ts';

export interface ProjectShare {
  id: string;
  kind: ProjectKind;
  name: string;
  /** the rate applied */
  rate: number;
  /** the rule-book parameter of the rate (インフラ with its own rate: the default it replaces) */
  rate_parameter: string;
  /** national share by fiscal year ("2026": n) */
  by_year: Record<string, number>;
  total: number;
  eligible_total: number;
  trace: TraceStep[];
}

export type KindTotals = Record<ProjectKind | 'total', number>;

const emptyTotals = (): KindTotals => ({ soft: 0, kyoten: 0, infra: 0, total: 0 });

/**
 * floor(cost × rate) in whole yen. A product within 1e-9 (relative) of an integer is that integer:
 * 2/3 written as 0.6666666666666666 must give 200,000,000 for 300,000,000, not 199,999,999.
 */
export function floorShare(cost: number, rate: number): number {
  const v = cost * rate;
  const r = Math.round(v);
  return Math.abs(v - r) <= 1e-9 * Math.max(1, Math.abs(v)) ? r : Math.floor(v);
}

export function rateOf(p: Project, rules: RulesInForce): { rate: number; parameter: RuleParameter } {
  if (p.kind === 'soft') return { rate: rules.number('d2g.soft.rate'), parameter: rules.get('d2g.soft.rate') };
  if (p.kind === 'kyoten') return { rate: rules.number('d2g.kyoten.rate'), parameter: rules.get('d2g.kyoten.rate') };
  const parameter = rules.get('d2g.infra.rate_default');
  return { rate: p.rate ?? (parameter.value as number), parameter };
}

export function projectShare(p: Project, rules: RulesInForce): ProjectShare {
  const { rate, parameter } = rateOf(p, rules);
  const trace = new Trace();
  const own = p.kind === 'infra' && p.rate !== null && p.rate !== parameter.value;
  const formula = own ? `floor(対象事業費 × 補助率 ${rate}（交付要綱: ${p.rate_basis ?? '根拠未記入'}）)` : 'floor(対象事業費 × 補助率)';
  const by_year: Record<string, number> = {};
  let total = 0;
  let eligible = 0;
  for (const line of [...p.costs].sort((a, b) => a.fiscal_year - b.fiscal_year)) {
    const share = floorShare(line.eligible_cost, rate);
    by_year[String(line.fiscal_year)] = share;
    total += share;
    eligible += line.eligible_cost;
    trace.add({
      step: `national_share.${line.fiscal_year}`,
      label: `${p.id} ${line.fiscal_year}年度の国費`,
      formula,
      inputs: { eligible_cost: line.eligible_cost, rate },
      parameters: [parameter],
      value: share,
    });
  }
  trace.add({ step: 'national_share.total', label: `${p.id} 事業計画期間の国費`, formula: 'Σ 年度ごとの国費', inputs: { eligible_cost: eligible }, value: total });
  return { id: p.id, kind: p.kind, name: p.name, rate, rate_parameter: parameter.id, by_year, total, eligible_total: eligible, trace: trace.steps() };
}

export function projectShares(c: ApplicationContent, rules: RulesInForce): ProjectShare[] {
  return c.projects.map((p) => projectShare(p, rules));
}

/** `{ "2026": { soft, kyoten, infra, total }, … }` in year order. */
export function nationalShareByYear(shares: readonly ProjectShare[]): Record<string, KindTotals> {
  const years = [...new Set(shares.flatMap((s) => Object.keys(s.by_year)))].sort();
  const out: Record<string, KindTotals> = {};
  for (const y of years) {
    const t = emptyTotals();
    for (const s of shares) {
      const v = s.by_year[y] ?? 0;
      t[s.kind] += v;
      t.total += v;
    }
    out[y] = t;
  }
  return out;
}

/** Over the whole plan period, by kind. */
export function nationalShareTotal(shares: readonly ProjectShare[]): KindTotals {
  const t = emptyTotals();
  for (const s of shares) {
    t[s.kind] += s.total;
    t.total += s.total;
  }
  return t;
}
