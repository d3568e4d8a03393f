/**
 * Reads a plan's entry items from JSON (an API body, an import) into PlanContent, or refuses it
 * with every problem located by its JSON path (`investments[2].amount_yen`) and explained in
 * Japanese. Cross-references are checked too: ids unique within their list, a KPI's measure and
 * a withdrawal criterion's KPI must exist.
 */
import { InputError, type InputIssue } from '../../../shared/errors.ts';
import { zodInputIssues } from '../../../shared/zod-issues.ts';
import { PlanContent } from './plan-content.ts';

function duplicates(list: ReadonlyArray<{ id: string }>, column: string): InputIssue[] {
  const seen = new Set<string>();
  const issues: InputIssue[] = [];
  list.forEach((x, i) => {
    if (seen.has(x.id)) issues.push({ column: `${column}[${i}].id`, code: 'duplicate_id', reason: `ID「${x.id}」が重複しています` });
    seen.add(x.id);
  });
  return issues;
}

/** Cross-field rules zod cannot say per field. */
export function crossReferenceIssues(c: PlanContent): InputIssue[] {
  const issues = [
    ...duplicates(c.core_entities, 'core_entities'),
    ...duplicates(c.investments, 'investments'),
    ...duplicates(c.measures, 'measures'),
    ...duplicates([...c.kgis, ...c.kpis], 'kpis'),
    ...duplicates(c.withdrawal_criteria, 'withdrawal_criteria'),
  ];
  const actionIds = new Set<string>();
  for (const [i, m] of c.measures.entries()) {
    for (const [j, a] of m.actions.entries()) {
      if (actionIds.has(a.id)) issues.push({ column: `measures[${i}].actions[${j}].id`, code: 'duplicate_id', reason: `ID「${a.id}」の取組が重複しています` });
      actionIds.add(a.id);
    }
  }
  const measures = new Set(c.measures.map((m) => m.id));
  c.kpis.forEach((k, i) => {
    if (k.measure_id !== null && !measures.has(k.measure_id))
      issues.push({ column: `kpis[${i}].measure_id`, code: 'unknown_measure', reason: `施策「${k.measure_id}」がありません` });
  });
  const kpis = new Set([...c.kpis, ...c.kgis].map((k) => k.id));
  c.withdrawal_criteria.forEach((w, i) => {
    if (!kpis.has(w.kpi_id)) issues.push({ column: `withdrawal_criteria[${i}].kpi_id`, code: 'unknown_kpi', reason: `KPI「${w.kpi_id}」がありません` });
  });
  if (c.start_fy !== null && c.final_fy !== null && c.final_fy < c.start_fy) {
    issues.push({ column: 'final_fy', code: 'period_order', reason: `最終年度（${c.final_fy}年度）が開始年度（${c.start_fy}年度）より前です` });
  }
  return issues;
}

export function parsePlanContent(input: unknown, where: { file?: string } = {}): PlanContent {
  const r = PlanContent.safeParse(input);
  if (!r.success) {
    throw new InputError(zodInputIssues(r.error, where));
  }
  const issues = crossReferenceIssues(r.data);
  if (issues.length > 0) throw new InputError(issues.map((i) => ({ ...where, ...i })));
  return r.data;
}
