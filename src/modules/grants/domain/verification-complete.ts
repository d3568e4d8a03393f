/**
 * Whether an effect verification can be published (seed 002 L449–453: 産官学金労言 take part, the
 * results and improvement measures are published): participants recorded, and a result — an
 * assessment — for every funded project (decided amount above 0).
 */

export interface VerificationFacts {
  participants: readonly { sector: string }[];
  results: readonly { project_id: string; assessment: string }[];
}

export function missingForPublication(v: VerificationFacts | null, fundedProjectIds: readonly string[]): string[] {
  if (!v) return ['効果検証が記録されていません'];
  const out: string[] = [];
  if (v.participants.length === 0) out.push('効果検証の参画者（産官学金労言）が記録されていません');
  const done = new Set(v.results.filter((r) => r.assessment.trim() !== '').map((r) => r.project_id));
  const open = fundedProjectIds.filter((id) => !done.has(id));
  if (open.length > 0) out.push(`交付対象の事業（${open.join('、')}）の検証結果がありません`);
  return out;
}
