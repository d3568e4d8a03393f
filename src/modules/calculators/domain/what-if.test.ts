import { describe, expect, it } from 'vitest';
import type { InputError } from '../../../shared/errors.ts';
import { whatIfKigyoFurusato } from './what-if.ts';

const EX1 = { juminzei_hojinzeiwari: 50_000_000, hojinzei: 300_000_000, jigyozei: 50_000_000, as_of: '2026-12-01' };

describe('what-if: net burden against donation size', () => {
  it('the default ladder from the minimum donation to 10億, with the cap starts inserted', () => {
    const r = whatIfKigyoFurusato(EX1);
    expect(r.cap_starts).toEqual([
      { cap: 'juminzei_cap_20pct_of_hojinzeiwari', donation: 25_000_003 },
      { cap: 'jigyozei_cap_20pct_of_jigyozei', donation: 50_000_005 },
    ]);
    expect(r.linear_until).toBe(25_000_002);
    expect(r.rows.map((x) => x.donation)).toEqual([
      100_000, 500_000, 1_000_000, 5_000_000, 10_000_000, 25_000_003, 30_000_000, 50_000_000, 50_000_005, 100_000_000, 300_000_000, 500_000_000, 1_000_000_000,
    ]);
    const at = (d: number) => r.rows.find((x) => x.donation === d)!;
    expect(at(10_000_000)).toEqual({
      donation: 10_000_000,
      credits: { juminzei: 4_000_000, hojinzei: 0, jigyozei: 2_000_000 },
      total_credit: 6_000_000,
      deduction_effect: 3_000_000,
      total_relief: 9_000_000,
      net_burden: 1_000_000,
      burden_ratio: 0.1,
      binding_caps: [],
      eligible: true,
    });
    // 25,000,003: J capped at 10,000,000, 法人税 fills the 1 yen gap
    expect(at(25_000_003).credits).toEqual({ juminzei: 10_000_000, hojinzei: 1, jigyozei: 5_000_000 });
    expect(at(25_000_003).binding_caps).toEqual(['juminzei_cap_20pct_of_hojinzeiwari']);
    // 1億: J 1,000万, 法人税 limited to 1,000万 (10%) and below 5% of 3億 = 1,500万, B 1,000万
    expect(at(100_000_000)).toMatchObject({
      credits: { juminzei: 10_000_000, hojinzei: 10_000_000, jigyozei: 10_000_000 },
      net_burden: 40_000_000,
      burden_ratio: 0.4,
      binding_caps: ['juminzei_cap_20pct_of_hojinzeiwari', 'hojinzei_limit_10pct_of_donation', 'jigyozei_cap_20pct_of_jigyozei'],
    });
    // 10億: every credit at its cap
    expect(at(1_000_000_000)).toMatchObject({
      credits: { juminzei: 10_000_000, hojinzei: 15_000_000, jigyozei: 10_000_000 },
      net_burden: 665_000_000,
      binding_caps: ['juminzei_cap_20pct_of_hojinzeiwari', 'hojinzei_cap_5pct_of_hojinzei', 'jigyozei_cap_20pct_of_jigyozei'],
    });
    expect(r.parameters.map((p) => p.id)).toContain('kfn.min_donation');
    expect(r.inputs).toEqual({ juminzei_hojinzeiwari: 50_000_000, hojinzei: 300_000_000, jigyozei: 50_000_000, effective_tax_rate: null });
  });

  it('a given list, in its order; a donation below the minimum is a row that is not eligible', () => {
    const r = whatIfKigyoFurusato({ ...EX1, effective_tax_rate: 0.25, donations: [20_000_000, 50_000] });
    expect(r.rows.map((x) => [x.donation, x.total_credit, x.deduction_effect, x.net_burden, x.eligible])).toEqual([
      [20_000_000, 12_000_000, 5_000_000, 3_000_000, true],
      [50_000, 0, 12_500, 37_500, false],
    ]);
    expect(r.rows[1]!.burden_ratio).toBe(0.75);
  });

  it('after the deadline: deduction only, no cap starts', () => {
    const r = whatIfKigyoFurusato({ ...EX1, as_of: '2028-04-01', donations: [10_000_000] });
    expect(r.rows[0]).toMatchObject({ total_credit: 0, deduction_effect: 3_000_000, net_burden: 7_000_000, eligible: false });
    expect(r.linear_until).toBeNull();
    expect(r.cap_starts).toEqual([]);
  });

  it('refuses an empty list, a zero donation and bad amounts, naming the field', () => {
    const col = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as InputError).issues[0]?.column;
      }
      return null;
    };
    expect(col(() => whatIfKigyoFurusato({ ...EX1, donations: [] }))).toBe('donations');
    expect(col(() => whatIfKigyoFurusato({ ...EX1, donations: [100_000, 0] }))).toBe('donations[1]');
    expect(col(() => whatIfKigyoFurusato({ ...EX1, hojinzei: -5 }))).toBe('hojinzei');
    expect(col(() => whatIfKigyoFurusato({ ...EX1, donations: Array.from({ length: 201 }, () => 100_000) }))).toBe('donations');
  });
});
