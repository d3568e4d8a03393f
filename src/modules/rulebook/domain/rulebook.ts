/** The rule book: the parameters in force on a day, and the listing the API, CLI and web show. */
import { ALL_PARAMETERS } from './parameters/all-parameters.ts';
import type { RuleParameter, RuleProgram } from './rule-parameter.ts';
import { inForce, RulesInForce } from './rules-in-force.ts';

/** The parameters in force on `asOf` (YYYY-MM-DD); `parameters` replaces the shipped set in tests. */
export function rulesAt(asOf: string, parameters: readonly RuleParameter[] = ALL_PARAMETERS): RulesInForce {
  return new RulesInForce(parameters, asOf);
}

export interface RuleListing {
  program?: RuleProgram;
  /** only those in force on this day; all versions when absent */
  asOf?: string;
}

export function listRuleParameters(q: RuleListing = {}, parameters: readonly RuleParameter[] = ALL_PARAMETERS): RuleParameter[] {
  return parameters.filter((p) => (!q.program || p.program === q.program) && (!q.asOf || inForce(p, q.asOf)));
}
