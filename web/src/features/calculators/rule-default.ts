/**
 * A calculator's default taken from the rule book (the deduction's effective tax rate, the
 * subsidy's maximum rate), so the page never writes a rate of its own: the parameter in force on
 * the evaluation date, shown as a percentage the person can change.
 */
import { useAsync } from '../../app/useAsync.ts';
import { isIsoDay } from '../../format/period.ts';
import { listRules, type RuleProgram } from '../rules/api.ts';

/** 0.3 → '30', 0.8 → '80' (the float error of ×100 rounded away). */
export const percentText = (ratio: number) => String(Math.round(ratio * 100 * 10_000) / 10_000);

export function useRuleRatio(program: RuleProgram, id: string, asOf: string): number | undefined {
  const day = isIsoDay(asOf) ? asOf : undefined;
  const { data } = useAsync(() => listRules({ program, as_of: day }), [program, day]);
  const p = data?.parameters.find((x) => x.id === id);
  return typeof p?.value === 'number' ? p.value : undefined;
}
