import { describe, expect, it } from 'vitest';
import { InputError } from '../../../shared/errors.ts';
import { ALL_PARAMETERS } from './parameters/all-parameters.ts';
import type { RuleParameter } from './rule-parameter.ts';
import { listRuleParameters, rulesAt } from './rulebook.ts';
import { Trace } from './trace.ts';

const rate = (value: number, from: string, to: string | null): RuleParameter => ({
  id: 'x.rate',
  program: 'kigyo_furusato',
  label: 'rate',
  value,
  unit: 'ratio',
  effectiveFrom: from,
  effectiveTo: to,
  source: { kind: 'decision', document: 'test' },
  note: '',
});

describe('rules in force', () => {
  it('takes the version in force on the evaluation date, on both edges of a change', () => {
    const ps = [rate(0.3, '2016-04-01', '2020-03-31'), rate(0.6, '2020-04-01', '2028-03-31')];
    expect(rulesAt('2020-03-31', ps).number('x.rate')).toBe(0.3);
    expect(rulesAt('2020-04-01', ps).number('x.rate')).toBe(0.6);
    expect(rulesAt('2028-03-31', ps).number('x.rate')).toBe(0.6);
    expect(rulesAt('2028-04-01', ps).find('x.rate')).toBeUndefined();
    expect(() => rulesAt('2028-04-01', ps).number('x.rate')).toThrow(/2028-04-01 に有効な規定「x.rate」/);
  });

  it('refuses a malformed or impossible evaluation date, naming the field', () => {
    for (const bad of ['2026-02-30', '2026/12/01', '令和8年', '']) {
      try {
        rulesAt(bad);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        expect((e as InputError).issues[0]?.column).toBe('as_of');
      }
    }
  });

  it('records every parameter read, once, in order', () => {
    const r = rulesAt('2026-12-01');
    r.number('kfn.juminzei.rate');
    r.number('kfn.juminzei.cap');
    r.number('kfn.juminzei.rate');
    expect(r.used().map((p) => p.id)).toEqual(['kfn.juminzei.rate', 'kfn.juminzei.cap']);
  });

  it('throws on an id no parameter has (a typo is a bug, not a missing rule)', () => {
    expect(() => rulesAt('2026-12-01').find('kfn.juminzei.rat')).toThrow(/unknown rule parameter/);
  });
});

describe('the shipped parameters', () => {
  it('have unique ids per effective period, a source and a note each', () => {
    for (const p of ALL_PARAMETERS) {
      expect(p.note.length, p.id).toBeGreaterThan(0);
      expect(p.source.document.length, p.id).toBeGreaterThan(0);
      if (p.source.kind === 'seed') expect(p.source.lines, p.id).toMatch(/^\d+(-\d+)?(,\d+(-\d+)?)*$/);
      if (p.source.kind === 'public') expect(p.source.url, p.id).toMatch(/^https:\/\//);
      if (p.effectiveTo) expect(p.effectiveFrom <= p.effectiveTo, p.id).toBe(true);
    }
    // no two versions of one id overlap: every day checked is answered by at most one
    for (const day of ['2016-04-01', '2020-03-31', '2020-04-01', '2025-04-01', '2026-12-01', '2028-03-31', '2028-04-01']) expect(() => rulesAt(day)).not.toThrow();
  });

  it('end 企業版ふるさと納税 at the end of 令和9年度 (seed 002 L243)', () => {
    expect(rulesAt('2028-03-31').flag('kfn.regime')).toBe(true);
    expect(rulesAt('2028-04-01').has('kfn.regime')).toBe(false);
  });

  it('list by program and by day', () => {
    const pro = listRuleParameters({ program: 'pro_jinzai' });
    expect(pro.length).toBeGreaterThan(0);
    expect(pro.every((p) => p.program === 'pro_jinzai')).toBe(true);
    expect(listRuleParameters({ program: 'pro_jinzai', asOf: '2025-03-31' })).toEqual([]);
  });
});

describe('trace', () => {
  it('lists the caps that bound, in the order met', () => {
    const t = new Trace();
    t.add({ step: 'a', label: 'a', formula: 'a', value: 1, cap: { id: 'cap_a', label: 'A', limit: 1, binding: true, kind: 'hard' } });
    t.add({ step: 'b', label: 'b', formula: 'b', value: 2, cap: { id: 'cap_b', label: 'B', limit: 5, binding: false, kind: 'hard' } });
    t.add({ step: 'c', label: 'c', formula: 'c', value: 3, cap: { id: 'cap_c', label: 'C', limit: 3, binding: true, kind: 'guideline' } });
    expect(t.bindingCaps()).toEqual(['cap_a', 'cap_c']);
    expect(t.steps().map((s) => s.value)).toEqual([1, 2, 3]);
  });
});
