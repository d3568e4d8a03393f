import { describe, expect, it } from 'vitest';
import { InputError } from '../../../shared/errors.ts';
import { rulesAt } from '../../rulebook/index.ts';
import { calculateKigyoFurusato, type KigyoFurusatoInput } from './kigyo-furusato.ts';
import { prefectureOf } from './kfn-eligibility.ts';

const AS_OF = '2026-12-01';
const run = (i: Partial<KigyoFurusatoInput> & Pick<KigyoFurusatoInput, 'donation' | 'juminzei_hojinzeiwari' | 'hojinzei' | 'jigyozei'>) =>
  calculateKigyoFurusato({ as_of: AS_OF, ...i });

/** The worked examples of shared/reference/grants-and-tax-rules.json (KFN-EX1..EX7), copied: D, 法人税割, 法人税, 事業税, rate → J, H, B, deduction, net, caps. */
const EXAMPLES: Array<[string, [number, number, number, number, number], [number, number, number, number, number], string[]]> = [
  ['KFN-EX1', [10_000_000, 50_000_000, 300_000_000, 50_000_000, 0.3], [4_000_000, 0, 2_000_000, 3_000_000, 1_000_000], []],
  ['KFN-EX2', [10_000_000, 16_000_000, 200_000_000, 30_000_000, 0.3], [3_200_000, 800_000, 2_000_000, 3_000_000, 1_000_000], ['juminzei_cap_20pct_of_hojinzeiwari']],
  [
    'KFN-EX3',
    [10_000_000, 10_000_000, 150_000_000, 30_000_000, 0.3],
    [2_000_000, 1_000_000, 2_000_000, 3_000_000, 2_000_000],
    ['juminzei_cap_20pct_of_hojinzeiwari', 'hojinzei_limit_10pct_of_donation'],
  ],
  [
    'KFN-EX4',
    [10_000_000, 10_000_000, 12_000_000, 8_000_000, 0.3],
    [2_000_000, 600_000, 1_600_000, 3_000_000, 2_800_000],
    ['juminzei_cap_20pct_of_hojinzeiwari', 'hojinzei_cap_5pct_of_hojinzei', 'jigyozei_cap_20pct_of_jigyozei'],
  ],
  ['KFN-EX5', [10_000_000, 20_000_000, 100_000_000, 10_000_000, 0.3], [4_000_000, 0, 2_000_000, 3_000_000, 1_000_000], []],
  ['KFN-EX6', [10_000_000, 19_000_000, 100_000_000, 10_000_000, 0.3], [3_800_000, 200_000, 2_000_000, 3_000_000, 1_000_000], ['juminzei_cap_20pct_of_hojinzeiwari']],
  ['KFN-EX7', [10_000_000, 0, 0, 0, 0], [0, 0, 0, 0, 10_000_000], ['juminzei_cap_20pct_of_hojinzeiwari', 'hojinzei_cap_5pct_of_hojinzei', 'jigyozei_cap_20pct_of_jigyozei']],
];

describe('企業版ふるさと納税: the worked examples', () => {
  for (const [id, [donation, w, h, e, rate], [J, H, B, deduction, net], caps] of EXAMPLES) {
    it(`${id}: exact yen and binding caps`, () => {
      const r = run({ donation, juminzei_hojinzeiwari: w, hojinzei: h, jigyozei: e, effective_tax_rate: rate });
      expect(r.credits).toEqual({ juminzei: J, hojinzei: H, jigyozei: B });
      expect(r.total_credit).toBe(J + H + B);
      expect(r.deduction_effect).toBe(deduction);
      expect(r.total_relief).toBe(J + H + B + deduction);
      expect(r.net_burden).toBe(net);
      expect(r.binding_caps).toEqual(caps);
      expect(r.eligible).toBe(true);
      expect(r.as_of).toBe(AS_OF);
    });
  }

  it('KFN-EX1 without a rate uses the default 30% (kfn.deduction.default_rate) and traces it', () => {
    const r = run({ donation: 10_000_000, juminzei_hojinzeiwari: 50_000_000, hojinzei: 300_000_000, jigyozei: 50_000_000 });
    expect(r.deduction_effect).toBe(3_000_000);
    expect(r.net_burden).toBe(1_000_000);
    const step = r.trace.find((s) => s.step === 'deduction_effect')!;
    expect(step.parameters.map((p) => p.id)).toEqual(['kfn.deduction.full', 'kfn.deduction.default_rate', 'kfn.rounding']);
    expect(step.formula).toContain('30%（既定値）');
    expect(r.trace.map((s) => s.step)).toEqual([
      'eligibility',
      'juminzei_credit',
      'hojinzei_gap',
      'hojinzei_donation_limit',
      'hojinzei_credit',
      'jigyozei_credit',
      'total_credit',
      'deduction_effect',
      'total_relief',
      'net_burden',
    ]);
    const j = r.trace.find((s) => s.step === 'juminzei_credit')!;
    expect(j.parameters.map((p) => [p.id, p.value, p.source.lines])).toEqual([
      ['kfn.juminzei.rate', 0.4, '302'],
      ['kfn.juminzei.cap', 0.2, '304'],
      ['kfn.rounding', 'floor_yen', undefined],
    ]);
    expect(j.cap).toEqual({ id: 'juminzei_cap_20pct_of_hojinzeiwari', label: '法人税割額の20%', limit: 10_000_000, binding: false, kind: 'hard' });
  });
});

describe('each cap binding, not binding, and at the boundary', () => {
  const base = { donation: 10_000_000, juminzei_hojinzeiwari: 50_000_000, hojinzei: 300_000_000, jigyozei: 50_000_000 };
  it('住民税: 法人税割 × 20% one yen below, equal to, and above D × 40%', () => {
    expect(run({ ...base, juminzei_hojinzeiwari: 19_999_995 }).binding_caps).toEqual(['juminzei_cap_20pct_of_hojinzeiwari']);
    expect(run({ ...base, juminzei_hojinzeiwari: 19_999_995 }).credits).toEqual({ juminzei: 3_999_999, hojinzei: 1, jigyozei: 2_000_000 });
    expect(run({ ...base, juminzei_hojinzeiwari: 20_000_000 }).binding_caps).toEqual([]);
    expect(run({ ...base, juminzei_hojinzeiwari: 20_000_005 }).credits.juminzei).toBe(4_000_000);
  });
  it('法人税 10%-of-donation limit: gap equal to it is not binding, above it binds', () => {
    // D 2,000万: J = min(800万, 法人税割 × 20%); with 法人税割 3,000万 the gap is 200万 = D × 10% exactly
    const eq = run({ ...base, donation: 20_000_000, juminzei_hojinzeiwari: 30_000_000 });
    expect(eq.credits.hojinzei).toBe(2_000_000);
    expect(eq.binding_caps).toEqual(['juminzei_cap_20pct_of_hojinzeiwari']);
    const over = run({ ...base, donation: 20_000_000, juminzei_hojinzeiwari: 29_999_995 });
    expect(over.credits).toEqual({ juminzei: 5_999_999, hojinzei: 2_000_000, jigyozei: 4_000_000 });
    expect(over.binding_caps).toEqual(['juminzei_cap_20pct_of_hojinzeiwari', 'hojinzei_limit_10pct_of_donation']);
  });
  it('法人税 5% cap: equal to the amount it caps is not binding; below it binds; tie with the 10% limit names the limit', () => {
    const ex3 = { donation: 10_000_000, juminzei_hojinzeiwari: 10_000_000, jigyozei: 30_000_000 };
    expect(run({ ...ex3, hojinzei: 20_000_000 }).binding_caps).toEqual(['juminzei_cap_20pct_of_hojinzeiwari', 'hojinzei_limit_10pct_of_donation']);
    expect(run({ ...ex3, hojinzei: 20_000_000 }).credits.hojinzei).toBe(1_000_000);
    expect(run({ ...ex3, hojinzei: 19_999_980 }).binding_caps).toEqual(['juminzei_cap_20pct_of_hojinzeiwari', 'hojinzei_cap_5pct_of_hojinzei']);
    expect(run({ ...ex3, hojinzei: 19_999_980 }).credits.hojinzei).toBe(999_999);
    // the gap itself equal to the 5% cap (10% limit not reached): not binding
    const gapEq = run({ donation: 10_000_000, juminzei_hojinzeiwari: 19_000_000, hojinzei: 4_000_000, jigyozei: 30_000_000 });
    expect(gapEq.credits.hojinzei).toBe(200_000);
    expect(gapEq.binding_caps).toEqual(['juminzei_cap_20pct_of_hojinzeiwari']);
  });
  it('事業税: 事業税額 × 20% below, equal to and above D × 20%', () => {
    expect(run({ ...base, jigyozei: 9_999_995 }).credits.jigyozei).toBe(1_999_999);
    expect(run({ ...base, jigyozei: 9_999_995 }).binding_caps).toEqual(['jigyozei_cap_20pct_of_jigyozei']);
    expect(run({ ...base, jigyozei: 10_000_000 }).binding_caps).toEqual([]);
  });
  it('floors each credit to the yen (donation 333,333)', () => {
    const r = run({ donation: 333_333, juminzei_hojinzeiwari: 50_000_000, hojinzei: 300_000_000, jigyozei: 50_000_000 });
    expect(r.credits).toEqual({ juminzei: 133_333, hojinzei: 0, jigyozei: 66_666 });
    expect(r.deduction_effect).toBe(99_999);
    expect(r.total_relief).toBe(299_998);
    expect(r.net_burden).toBe(33_335);
    // a rate whose binary value is below its decimal one (0.29 × 100 = 28.999…): still exact
    expect(run({ donation: 100_000_000, juminzei_hojinzeiwari: 0, hojinzei: 0, jigyozei: 0, effective_tax_rate: 0.29 }).deduction_effect).toBe(29_000_000);
    const odd = run({ donation: 333_333, juminzei_hojinzeiwari: 333_333, hojinzei: 333_333, jigyozei: 333_333 });
    expect(odd.credits).toEqual({ juminzei: 66_666, hojinzei: 16_666, jigyozei: 66_666 });
  });
});

describe('the deadline and the regime', () => {
  const ex1 = { donation: 10_000_000, juminzei_hojinzeiwari: 50_000_000, hojinzei: 300_000_000, jigyozei: 50_000_000 };
  it('2028-03-31 is the last day; on 2028-04-01 no credits, the deduction still applies', () => {
    expect(calculateKigyoFurusato({ ...ex1, as_of: '2028-03-31' }).total_credit).toBe(6_000_000);
    const after = calculateKigyoFurusato({ ...ex1, as_of: '2028-04-01' });
    expect(after.eligible).toBe(false);
    expect(after.credits).toEqual({ juminzei: 0, hojinzei: 0, jigyozei: 0 });
    expect(after.deduction_effect).toBe(3_000_000);
    expect(after.net_burden).toBe(7_000_000);
    expect(after.binding_caps).toEqual([]);
    expect(after.reasons).toEqual([expect.stringMatching(/^税額控除の特例は適用期限（令和9年度末 = 2028-03-31）を過ぎています.*243,284行/)]);
    expect(after.trace.find((s) => s.step === 'deduction_effect')?.label).toContain('全額損金算入');
  });
  it('2020-03-31 (before the current regime) is refused naming as_of', () => {
    try {
      calculateKigyoFurusato({ ...ex1, as_of: '2020-03-31' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).issues[0]).toMatchObject({ column: 'as_of', code: 'rule_not_in_force' });
      expect((e as InputError).issues[0]?.reason).toContain('2020-04-01 以後');
    }
    expect(calculateKigyoFurusato({ ...ex1, as_of: '2020-04-01' }).total_credit).toBe(6_000_000);
  });
  it('refuses bad amounts and rates, naming each field', () => {
    try {
      calculateKigyoFurusato({ donation: -1, juminzei_hojinzeiwari: 1.5, hojinzei: 0, jigyozei: 0, effective_tax_rate: 1.2, as_of: AS_OF });
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).issues.map((i) => i.column)).toEqual(['donation', 'juminzei_hojinzeiwari', 'effective_tax_rate']);
    }
    expect(() => calculateKigyoFurusato({ ...ex1, as_of: AS_OF }, rulesAt('2026-12-02'))).toThrow(/rules of 2026-12-02/);
  });
});

describe('eligibility', () => {
  const ex1 = { donation: 10_000_000, juminzei_hojinzeiwari: 50_000_000, hojinzei: 300_000_000, jigyozei: 50_000_000 };
  const all = { recipient_code: '162019', head_office_code: '131016', certified_project: true, blue_return: true, economic_return: false };
  it('all answered and fine: eligible, nothing to confirm', () => {
    const r = run({ ...ex1, eligibility: all });
    expect(r.eligible).toBe(true);
    expect(r.reasons).toEqual([]);
    expect(r.to_confirm).toEqual([]);
  });
  it('nothing answered: eligible with five things to confirm', () => {
    const r = run(ex1);
    expect(r.eligible).toBe(true);
    expect(r.to_confirm).toHaveLength(5);
    expect(r.to_confirm[0]).toContain('本社');
  });
  const fails: Array<[string, Partial<typeof all> & { donation?: number }, RegExp]> = [
    ['below the minimum donation', { donation: 99_999 }, /寄附額 9万9,999円 は1回当たりの最低寄附額 10万円 に達していません.*半田市/],
    ['the head office municipality', { recipient_code: '162019', head_office_code: '162019' }, /本社の所在する地方公共団体/],
    ['the head office prefecture', { recipient_code: '270008', head_office_code: '271004' }, /本社の所在する地方公共団体/],
    ['an ineligible recipient (a special ward)', { recipient_code: '131041' }, /対象外の団体/],
    ['not a certified project', { certified_project: false }, /地域再生計画.*002/],
    ['no blue return', { blue_return: false }, /青色申告書を提出する法人ではありません/],
    ['an economic return', { economic_return: true }, /経済的な利益を受けます.*春日市/],
  ];
  for (const [label, change, reason] of fails) {
    it(`fails: ${label}`, () => {
      const { donation, ...answers } = change;
      const r = run({ ...ex1, ...(donation !== undefined ? { donation } : {}), eligibility: { ...all, ...answers } });
      expect(r.eligible).toBe(false);
      expect(r.reasons).toEqual([expect.stringMatching(reason)]);
      expect(r.total_credit).toBe(0);
      expect(r.deduction_effect).toBe(Math.floor((donation ?? 10_000_000) * 0.3));
      expect(r.trace.find((s) => s.step === 'eligibility')?.value).toBe(0);
    });
  }
  it('the minimum donation itself is eligible', () => {
    expect(run({ ...ex1, donation: 100_000 }).eligible).toBe(true);
    expect(run({ ...ex1, donation: 100_000 }).credits).toEqual({ juminzei: 40_000, hojinzei: 0, jigyozei: 20_000 });
  });
  it('the prefecture of a municipality', () => {
    expect(prefectureOf('131016')).toBe('130001');
    expect(prefectureOf('162019')).toBe('160008');
    expect(prefectureOf('011002')).toBe('010006');
  });
});
