/**
 * Judging targets written in words (see target-wording.ts and the README, “Targets written in
 * words”): a direction against its base, a relative target against its reference series. Pure.
 */
import type { CatalogKpi, Observation, Target } from './catalog.ts';
import { actualOf, fmt, latestAfter, type KpiEvaluation, type ReferenceSeries } from './evaluation-result.ts';
import { senseFor, type DirectionWording, type RelativeWording } from './target-wording.ts';

type Base = { value: number; label: string; floor: number; what: string };

/** The comparison base of a direction target, or the reason (③) there is none. */
function baseFor(kpi: CatalogKpi, w: DirectionWording, actualBefore: (floor: number) => Observation | null): Base | string {
  const b = w.base;
  if (b === null) {
    if (!kpi.baseline) return 'は基準値との比較で判定するが、基準値がない';
    return { value: kpi.baseline.value, label: kpi.baseline.period.label, floor: kpi.baseline.period.end, what: '基準値' };
  }
  if (b === 'previous') {
    const latest = actualBefore(-Infinity);
    const prev = latest ? latestAfter(kpi.observations, latest.period.end - 1, -Infinity) : null;
    if (!latest) return 'の実績値がまだない';
    if (!prev) return `は前期の値との比較で判定するが、${latest.period.label}より前の値がない`;
    return { value: prev.value, label: prev.period.label, floor: prev.period.end, what: '前期の値' };
  }
  if (b.value !== null) {
    const floor = b.period?.end ?? kpi.baseline?.period.end ?? -Infinity;
    return { value: b.value, label: b.period?.label ?? '目標の記載', floor, what: '記載の基準値' };
  }
  if (kpi.baseline && kpi.baseline.period.label === b.period.label) {
    return { value: kpi.baseline.value, label: b.period.label, floor: b.period.end, what: '基準値' };
  }
  const o = kpi.observations.find((x) => x.period.label === b.period.label);
  if (!o) return `は${b.period.label}の値との比較で判定するが、その期間の値がない`;
  return { value: o.value, label: b.period.label, floor: b.period.end, what: '基準年の値' };
}

/** A direction-only target (「増加」「減少（2019年45.0％）」「改善」「横ばい」): ①A when the actual moved that way from its base, else ②. */
export function judgeDirection(r: KpiEvaluation, kpi: CatalogKpi, target: Target, w: DirectionWording, asOf: number, reasons: boolean): void {
  const base = baseFor(kpi, w, (floor) => latestAfter(kpi.observations, asOf, floor));
  if (typeof base === 'string') {
    if (reasons) r.reason = `目標「${target.text}」${base}（③）`;
    return;
  }
  const actual = latestAfter(kpi.observations, asOf, base.floor);
  if (!actual) {
    if (reasons) r.reason = `${base.what}（${base.label}）より後の実績値がまだない（③）`;
    return;
  }
  r.actual = actualOf(actual);
  const a = actual.value;
  const b = base.value;
  const sense = senseFor(w.sense, kpi.direction);
  const reached = sense === 'increase' ? a > b : sense === 'decrease' ? a < b : a >= b;
  r.reached = reached;
  r.status = reached ? '1A' : '2';
  r.on_track = reached;
  if (reasons) {
    r.reason = `目標「${target.text}」: ${base.what} ${fmt(b)}（${base.label}）に対し実績 ${fmt(a)}（${actual.period.label}）で${reached ? '達成（①A）' : '未達成・進捗なし（②）'}`;
  }
}

/**
 * A target relative to another series (「東京圏以上」「全国平均と同水準」): compared with the
 * reference's value for the actual's period. Without a bound series it is 'reference not bound'
 * (③ with reference.bound false), never ①C.
 */
export function judgeRelative(r: KpiEvaluation, kpi: CatalogKpi, name: string, w: RelativeWording | null, ref: ReferenceSeries | undefined, asOf: number, reasons: boolean): void {
  r.reference = { name, bound: ref !== undefined, series: ref?.name ?? null, period: null, value: null };
  const actual = latestAfter(kpi.observations, asOf, kpi.baseline ? kpi.baseline.period.end : -Infinity);
  if (actual) r.actual = actualOf(actual);
  if (!ref) {
    if (reasons) r.reason = `目標は「${name}」との比較で判定するが、比較対象の系列が登録されていない（③ 比較対象未登録）`;
    return;
  }
  if (!actual) {
    if (reasons) r.reason = kpi.baseline ? `基準値（${kpi.baseline.period.label}）より後の実績値がまだない（③）` : '実績値がまだない（③）';
    return;
  }
  const same = ref.observations.find((o) => o.period.label === actual.period.label);
  if (!same) {
    if (reasons) r.reason = `比較対象「${name}」に${actual.period.label}の値がない（③）`;
    return;
  }
  r.reference.period = same.period.label;
  r.reference.value = same.value;
  const a = actual.value;
  const v = same.value;
  const cmp = w?.comparator ?? (kpi.direction === 'decrease' ? 'lte' : 'gte');
  const reached = cmp === 'gt' ? a > v : cmp === 'lt' ? a < v : cmp === 'lte' || (cmp === 'same' && kpi.direction === 'decrease') ? a <= v : a >= v;
  r.reached = reached;
  r.on_track = reached;
  r.status = reached ? '1A' : '2';
  if (reasons) {
    r.reason = `目標「${name}${COMPARATOR_WORDS[cmp]}」: ${actual.period.label}の実績 ${fmt(a)} に対し${name} ${fmt(v)}で${reached ? '達成（①A）' : '未達成（②）'}`;
  }
}

const COMPARATOR_WORDS = { gte: '以上', gt: 'を上回る', lte: '以下', lt: 'を下回る', same: 'と同水準' } as const;
