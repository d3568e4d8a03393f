/**
 * The parameters in force on an evaluation date, and a record of which were used: a calculation
 * asks `rules.number('kfn.juminzei.rate')` and the trace later lists every parameter it read with
 * its value and source. Asking for a parameter that is not in force on that date is an error
 * naming the parameter and the date, never a silent default.
 */
import { InputError } from '../../../shared/errors.ts';
import type { ParameterValue, RuleParameter } from './rule-parameter.ts';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A calendar day that survives a round trip (2026-02-30 does not). */
export function isDay(s: string): boolean {
  return DAY.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
}

export function inForce(p: RuleParameter, asOf: string): boolean {
  return p.effectiveFrom <= asOf && (p.effectiveTo === null || asOf <= p.effectiveTo);
}

export class RulesInForce {
  readonly asOf: string;
  readonly #byId = new Map<string, RuleParameter>();
  readonly #known = new Set<string>();
  readonly #used = new Map<string, RuleParameter>();

  constructor(parameters: readonly RuleParameter[], asOf: string) {
    if (!isDay(asOf)) throw InputError.single({ column: 'as_of', code: 'invalid_date', reason: `評価日「${asOf}」は YYYY-MM-DD の日付で指定してください` });
    this.asOf = asOf;
    for (const p of parameters) {
      this.#known.add(p.id);
      if (!inForce(p, asOf)) continue;
      if (this.#byId.has(p.id)) throw new Error(`rule parameter ${p.id} has overlapping effective periods on ${asOf}`);
      this.#byId.set(p.id, p);
    }
  }

  /** The parameter in force, or undefined when none is on this date (e.g. after a deadline). */
  find(id: string): RuleParameter | undefined {
    if (!this.#known.has(id)) throw new Error(`unknown rule parameter ${id}`);
    const p = this.#byId.get(id);
    if (p) this.#used.set(id, p);
    return p;
  }

  has(id: string): boolean {
    return this.#byId.has(id);
  }

  get(id: string): RuleParameter {
    const p = this.find(id);
    if (!p) throw InputError.single({ column: 'as_of', code: 'rule_not_in_force', reason: `評価日 ${this.asOf} に有効な規定「${id}」がありません` });
    return p;
  }

  number(id: string): number {
    return expect(this.get(id), 'number') as number;
  }

  flag(id: string): boolean {
    return expect(this.get(id), 'boolean') as boolean;
  }

  choice(id: string): string {
    return expect(this.get(id), 'string') as string;
  }

  codes(id: string): readonly string[] {
    const p = this.get(id);
    if (!Array.isArray(p.value)) throw new Error(`rule parameter ${id} is not a list`);
    return p.value as readonly string[];
  }

  /** Every parameter read so far, in the order first read. */
  used(): RuleParameter[] {
    return [...this.#used.values()];
  }
}

function expect(p: RuleParameter, type: 'number' | 'boolean' | 'string'): ParameterValue {
  if (typeof p.value !== type) throw new Error(`rule parameter ${p.id} is not a ${type}`);
  return p.value;
}
