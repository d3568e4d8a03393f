import { describe, expect, it } from 'vitest';
import { classify, correlationStrength, NO_DATA_COLOR, roundBreak } from './classify.ts';

describe('roundBreak: three significant figures', () => {
  it('keeps the three leading digits at every magnitude and sign', () => {
    expect(roundBreak(5432)).toBe(5430);
    expect(roundBreak(31.234)).toBe(31.2);
    expect(roundBreak(0.05234)).toBe(0.0523);
    expect(roundBreak(-5432)).toBe(-5430);
    // 999.5 hundreds rounds up to the next power of ten
    expect(roundBreak(99_950)).toBe(100_000);
  });

  it('leaves zero and non-finite numbers alone', () => {
    expect(roundBreak(0)).toBe(0);
    expect(roundBreak(Infinity)).toBe(Infinity);
  });
});

describe('classify', () => {
  it('quantiles of 1…11 in five classes break at the 20/40/60/80% positions (3, 5, 7, 9)', () => {
    const values = Array.from({ length: 11 }, (_, i) => i + 1);
    const c = classify(values, 5, 'quantile');
    expect(c.kind).toBe('sequential');
    expect(c.classes.map((k) => [k.from, k.to])).toEqual([
      [null, 3],
      [3, 5],
      [5, 7],
      [7, 9],
      [9, null],
    ]);
    // lower bounds are inclusive: 1–2 | 3–4 | 5–6 | 7–8 | 9–11
    expect(c.classes.map((k) => k.count)).toEqual([2, 2, 2, 2, 3]);
    expect(c.classOf(3)).toBe(1);
    expect(c.classOf(2.999)).toBe(0);
    expect(new Set(c.classes.map((k) => k.color)).size).toBe(5);
  });

  it('equal intervals split the range into k equal steps', () => {
    const c = classify([0, 100], 4, 'equal');
    expect(c.classes.map((k) => k.to)).toEqual([25, 50, 75, null]);
    expect(c.classes.map((k) => k.count)).toEqual([1, 0, 0, 1]);
  });

  it('counts missing values apart and colours them grey', () => {
    const c = classify([1, null, 2, undefined, Number.NaN, 3], 5, 'quantile');
    expect(c.noData).toBe(3);
    expect(c.classes.reduce((s, k) => s + k.count, 0)).toBe(3);
    expect(c.classOf(null)).toBe(-1);
    expect(c.colorOf(undefined)).toBe(NO_DATA_COLOR);
    expect(c.colorOf(2)).toBe(c.classes[c.classOf(2)]!.color);
  });

  it('one value everywhere is one class', () => {
    const c = classify([5, 5, 5], 5, 'quantile');
    expect(c.classes).toHaveLength(1);
    expect(c.classes[0]).toMatchObject({ from: null, to: null, count: 3 });
  });

  it('values of both signs are split at zero, three classes a side, lightest next to zero', () => {
    const c = classify([-30, -20, -10, 10, 20, 30], 5, 'quantile');
    expect(c.kind).toBe('diverging');
    // each side's terciles: −30 + 10·⅔ = −23.3…, −20 + 10·⅓ = −16.7…; 10 + 10·⅔, 20 + 10·⅓
    expect(c.classes.map((k) => k.to)).toEqual([-23.3, -16.7, 0, 16.7, 23.3, null]);
    expect(c.classes.map((k) => k.count)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(c.classOf(0)).toBe(3); // zero belongs to the positive side
    expect(c.classOf(-10)).toBe(2);

    // With a single negative value the negative side is one class, of the same lightest colour.
    const oneNegative = classify([-5, 10, 20, 30], 5, 'quantile');
    expect(oneNegative.classes.map((k) => [k.from, k.to])).toEqual([
      [null, 0],
      [0, 16.7],
      [16.7, 23.3],
      [23.3, null],
    ]);
    expect(oneNegative.classes[0]!.color).toBe(c.classes[2]!.color);
    expect(oneNegative.classes[1]!.color).toBe(c.classes[3]!.color);
  });
});

describe('correlationStrength', () => {
  it('names |r| by the thresholds 0.7, 0.4 and 0.2, whatever the sign', () => {
    expect([0.7, -0.7, 0.69, 0.4, 0.39, 0.2, -0.19, 0].map(correlationStrength)).toEqual(['strong', 'strong', 'moderate', 'moderate', 'weak', 'weak', 'none', 'none']);
  });
});
