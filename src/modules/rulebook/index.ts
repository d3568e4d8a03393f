/** Public entry of the rule book: the parameters, the rules in force on a day, and the trace every result carries. */
export {
  PROGRAM_LABELS,
  SOURCE_KIND_LABELS,
  type Binding,
  type ParameterUnit,
  type ParameterValue,
  type RuleParameter,
  type RuleProgram,
  type RuleSource,
  type SourceKind,
} from './domain/rule-parameter.ts';
export { RulesInForce, inForce, isDay } from './domain/rules-in-force.ts';
export { rulesAt, listRuleParameters } from './domain/rulebook.ts';
export { Trace, traceParameter, type StepInput, type TraceCap, type TraceParameter, type TraceStep } from './domain/trace.ts';
export { RuleParameterSchema, RuleSourceSchema, ruleParameterJson } from './http.ts';
export { OKU } from './domain/parameters/sources.ts';
