/**
 * Yen × rate without floating-point error: 0.29 × 100 is 28.999999999999996 in binary floating
 * point, so flooring it would lose a yen. The rate is read as a decimal of at most 12 places and
 * the product is taken in integers (BigInt: 10億 × 10^12 is beyond 2^53).
 */
const SCALE = 10n ** 12n;

/** ⌊amount × rate⌋ for whole yen `amount` ≥ 0 and a rate ≥ 0 (decimals beyond 12 places are rounded). */
export function floorTimes(amount: number, rate: number): number {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`amount ${amount} is not whole yen`);
  if (!Number.isFinite(rate) || rate < 0) throw new RangeError(`rate ${rate} is not a non-negative number`);
  const scaled = BigInt(rate.toFixed(12).replace('.', ''));
  return Number((BigInt(amount) * scaled) / SCALE);
}

/** A ratio as a percentage for labels: 0.4 → 「40%」, 0.05 → 「5%」, 0.3062 → 「30.62%」. */
export function percentText(rate: number): string {
  return `${Number((rate * 100).toFixed(4))}%`;
}
