/** PLACEHOLDER until the field-level diff lands (h10-domain-b). */
import type { PlanContent } from './plan-content.ts';
export interface FieldChange {
  path: string;
  label: string;
  before: unknown;
  after: unknown;
}
export function diffContents(before: PlanContent, after: PlanContent): FieldChange[] {
  return (Object.keys(after) as (keyof PlanContent)[])
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => ({ path: k, label: k, before: before[k], after: after[k] }));
}
export function changedPaths(base: PlanContent, mine: PlanContent, theirs: PlanContent): string[] {
  const t = new Set(diffContents(base, theirs).map((c) => c.path));
  return diffContents(base, mine)
    .map((c) => c.path)
    .filter((p) => t.has(p));
}
