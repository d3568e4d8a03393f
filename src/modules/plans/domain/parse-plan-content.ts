/**
 * Reads a plan's entry items from JSON (an API body, an import) into PlanContent, or refuses it
 * with every problem located by its JSON path (`investments[2].amount_yen`) and explained in
 * Japanese. Cross-references are checked too: ids unique within their list, a KPI's measure and
 * a withdrawal criterion's KPI must exist.
 */
import type { z } from 'zod';
import { InputError, type InputIssue } from '../../../shared/errors.ts';
import { PlanContent } from './plan-content.ts';

const pathText = (path: ReadonlyArray<PropertyKey>): string =>
  path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s === '' ? String(p) : `${s}.${String(p)}`), '');

function reasonOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? '必須の項目です'
        : `値の型が正しくありません（${issue.expected === 'number' ? '数値' : issue.expected === 'string' ? '文字列' : issue.expected === 'boolean' ? 'true / false' : issue.expected === 'array' ? '配列' : issue.expected}で指定してください）`;
    case 'invalid_value':
      return `使えない値です（${issue.values.map(String).slice(0, 5).join('、')}${issue.values.length > 5 ? ' など' : ''}のいずれか）`;
    case 'too_big':
      return issue.origin === 'array'
        ? `${String(issue.maximum)}件以内にしてください`
        : issue.message.match(/[ぁ-んァ-ン一-龥]/)
          ? issue.message
          : `${String(issue.maximum)}以下にしてください`;
    case 'too_small':
      return issue.message.match(/[ぁ-んァ-ン一-龥]/) ? issue.message : `${String(issue.minimum)}以上にしてください`;
    case 'invalid_union':
      return issue.input === undefined ? '必須の項目です' : '値の形式が正しくありません';
    case 'unrecognized_keys':
      return `不明な項目です: ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}

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
    throw new InputError(
      r.error.issues.map((i) => ({ ...where, column: pathText(i.path) || '(本文)', code: i.code === 'custom' ? 'invalid_value' : i.code, reason: reasonOf(i) })),
    );
  }
  const issues = crossReferenceIssues(r.data);
  if (issues.length > 0) throw new InputError(issues.map((i) => ({ ...where, ...i })));
  return r.data;
}
