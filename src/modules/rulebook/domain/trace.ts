/**
 * The trace every result carries: each step in order, its formula in words, the inputs and
 * parameters it used (with their values and sources), its value, and — where the step is a cap —
 * whether the cap bound. The UI shows it as a table; the API and CLI return it as JSON.
 */
import type { Binding, ParameterValue, RuleParameter, RuleSource } from './rule-parameter.ts';

export interface TraceParameter {
  id: string;
  label: string;
  value: ParameterValue;
  unit: string;
  effective_from: string;
  effective_to: string | null;
  source: RuleSource;
}

export interface TraceCap {
  /** stable id of the cap, as listed in the result's binding_caps */
  id: string;
  label: string;
  /** the cap's amount */
  limit: number;
  /** whether it lowered the value */
  binding: boolean;
  kind: Binding;
}

export interface TraceStep {
  /** stable id of the step, e.g. 'juminzei_credit' */
  step: string;
  label: string;
  /** the formula in words, e.g. 「min(寄附額 × 40%, 法人税割額 × 20%)」 */
  formula: string;
  inputs: Record<string, number>;
  parameters: TraceParameter[];
  value: number;
  cap?: TraceCap;
}

export function traceParameter(p: RuleParameter): TraceParameter {
  return { id: p.id, label: p.label, value: p.value, unit: p.unit, effective_from: p.effectiveFrom, effective_to: p.effectiveTo, source: p.source };
}

export interface StepInput {
  step: string;
  label: string;
  formula: string;
  inputs?: Record<string, number>;
  parameters?: readonly RuleParameter[];
  value: number;
  cap?: TraceCap;
}

/** Collects steps in order; `bindingCaps` lists the caps that bound, in the order met. */
export class Trace {
  readonly #steps: TraceStep[] = [];

  add(s: StepInput): number {
    this.#steps.push({
      step: s.step,
      label: s.label,
      formula: s.formula,
      inputs: s.inputs ?? {},
      parameters: (s.parameters ?? []).map(traceParameter),
      value: s.value,
      ...(s.cap ? { cap: s.cap } : {}),
    });
    return s.value;
  }

  steps(): TraceStep[] {
    return [...this.#steps];
  }

  bindingCaps(): string[] {
    return this.#steps.flatMap((s) => (s.cap?.binding ? [s.cap.id] : []));
  }
}
