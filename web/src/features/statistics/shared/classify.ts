/**
 * Class breaks for choropleth maps: quantiles (the default; equal numbers of areas per class,
 * as Japan Dashboard and RESAS colour their maps) or equal intervals, 5–7 classes, breaks rounded
 * to three significant figures. Indicators that take both signs (社会増減, 人口増減率 …) are split
 * at zero and drawn in a diverging palette, otherwise a sequential one; both are ColorBrewer
 * schemes marked colour-blind safe (YlGnBu, RdBu). Areas without a value form their own class,
 * drawn grey and hatched.
 */

export type ClassMethod = 'quantile' | 'equal';

export interface ColorClass {
  /** inclusive lower bound (null: open below) */
  from: number | null;
  /** exclusive upper bound (null: open above) */
  to: number | null;
  color: string;
  count: number;
}

export interface Classification {
  kind: 'sequential' | 'diverging';
  classes: ColorClass[];
  /** class index of a value (−1 = no data) */
  classOf: (v: number | null | undefined) => number;
  colorOf: (v: number | null | undefined) => string;
  noData: number;
}

export const NO_DATA_COLOR = '#f2f2f2';
export const NO_DATA_STRIPE = 'rgba(0, 0, 0, 0.45)';

/** ColorBrewer YlGnBu, light (low) to dark (high). */
const YLGNBU: Record<number, string[]> = {
  1: ['#41b6c4'],
  2: ['#a1dab4', '#2c7fb8'],
  3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  6: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
  7: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
};

/** ColorBrewer RdBu without its neutral middle: negative (red) … positive (blue). */
const RDBU: Record<number, string[]> = {
  3: ['#b2182b', '#ef8a62', '#fddbc7', '#d1e5f0', '#67a9cf', '#2166ac'],
};

/** Three significant figures: 5,432 → 5,430; 31.234 → 31.2; 0.05234 → 0.0523. */
export function roundBreak(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const mag = Math.floor(Math.log10(Math.abs(x)));
  const step = 10 ** (mag - 2);
  return Number((Math.round(x / step) * step).toPrecision(12));
}

function quantileBreaks(sorted: number[], k: number): number[] {
  const out: number[] = [];
  for (let i = 1; i < k; i++) {
    const pos = (i / k) * (sorted.length - 1);
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    out.push(sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo));
  }
  return out;
}

function equalBreaks(min: number, max: number, k: number): number[] {
  const out: number[] = [];
  for (let i = 1; i < k; i++) out.push(min + ((max - min) * i) / k);
  return out;
}

/** Rounded, strictly increasing, strictly inside (min, max]. */
function cleanBreaks(raw: number[], min: number, max: number): number[] {
  const out: number[] = [];
  for (const b of raw.map(roundBreak)) {
    if (b <= min || b > max) continue;
    if (out.length && b <= out[out.length - 1]!) continue;
    out.push(b);
  }
  return out;
}

function sideBreaks(sorted: number[], k: number, method: ClassMethod): number[] {
  if (sorted.length === 0) return [];
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  if (min === max) return [];
  return cleanBreaks(method === 'quantile' ? quantileBreaks(sorted, k) : equalBreaks(min, max, k), min, max);
}

export function classify(values: Array<number | null | undefined>, k: number, method: ClassMethod): Classification {
  const nums = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  const noData = values.length - nums.length;
  const min = nums[0];
  const max = nums[nums.length - 1];
  const diverging = min !== undefined && max !== undefined && min < 0 && max > 0;

  let breaks: number[];
  let colors: string[];
  if (diverging) {
    const neg = nums.filter((v) => v < 0);
    const pos = nums.filter((v) => v >= 0);
    // Three classes on each side of zero (six in all), whatever k is.
    const half = 3;
    const negBreaks = sideBreaks(neg, half, method).filter((b) => b < 0);
    const posBreaks = sideBreaks(pos, half, method).filter((b) => b > 0);
    breaks = [...negBreaks, 0, ...posBreaks];
    const palette = RDBU[half]!;
    const nNeg = negBreaks.length + 1;
    const nPos = posBreaks.length + 1;
    // The classes nearest zero are the lightest on each side.
    colors = [...palette.slice(half - nNeg, half), ...palette.slice(half, half + nPos)];
  } else {
    breaks = min === undefined || max === undefined ? [] : sideBreaks(nums, k, method);
    colors = YLGNBU[Math.min(7, breaks.length + 1)]!;
  }

  const classes: ColorClass[] = colors.map((color, i) => ({ from: i === 0 ? null : breaks[i - 1]!, to: i < breaks.length ? breaks[i]! : null, color, count: 0 }));
  const classOf = (v: number | null | undefined): number => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return -1;
    let i = 0;
    while (i < breaks.length && v >= breaks[i]!) i++;
    return i;
  };
  for (const v of nums) classes[classOf(v)]!.count++;
  return {
    kind: diverging ? 'diverging' : 'sequential',
    classes,
    classOf,
    colorOf: (v) => {
      const i = classOf(v);
      return i < 0 ? NO_DATA_COLOR : classes[i]!.color;
    },
    noData,
  };
}

/** Pearson's r in words, as statistics courses for municipal staff put it. */
export function correlationStrength(r: number): 'strong' | 'moderate' | 'weak' | 'none' {
  const a = Math.abs(r);
  if (a >= 0.7) return 'strong';
  if (a >= 0.4) return 'moderate';
  if (a >= 0.2) return 'weak';
  return 'none';
}
