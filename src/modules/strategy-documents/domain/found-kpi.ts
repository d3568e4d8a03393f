/**
 * A KPI statement found in a document, before it becomes a draft: the name cleaned of bullets,
 * markers and footnote marks, the baseline and target read, the direction decided, and the
 * warnings a planner should look at (in Japanese).
 */
import { readingOf, stripFootnotes, withoutBullets } from './reading-text.ts';
import type { Side, Statement } from './statement.ts';
import type { DocumentLine } from './document-lines.ts';
import type { WordDirection } from './quantities.ts';

export type Layout = 'table' | 'inline' | 'labelled' | 'sentence';

export interface FoundKpi {
  name: string;
  unit: string;
  direction: WordDirection;
  baseline: { value: number; period: string } | null;
  /** the baseline as written (kept when its period could not be read) */
  baselineText: string | null;
  target: { value: number | null; period: string | null; text: string; relativeTo: string | null; from: string | null } | null;
  targetText: string | null;
  source: { page: number | null; line: number; text: string };
  /** lines the statement spans (a wrapped name) */
  span: number;
  layout: Layout;
  warnings: string[];
  /** 0–1: 1 when name, figures, periods and direction were all read */
  confidence: number;
}

export const WARN = {
  noTargetPeriod: '目標年が読めません',
  noTarget: '目標値が読めません',
  noBaselinePeriod: '基準年が読めません（基準値は baseline_text に残しました）',
  noUnit: '単位が読めません',
  guessedDirection: '方向を読めないため「増加」としました',
  recurring: '毎年（各年度）の目標です：期間を確認してください',
  unitsDiffer: '基準値と目標値の単位が異なります',
  wrapped: '名称が複数行にわたっています：区切りを確認してください',
  contrary: '目標の言葉と数値の向きが合いません',
} as const;

const MARKERS =
  /^(?:[[【]\s*(?:KPI|KGI|数値目標|重要業績評価指標)\s*[\]】]|(?:インパクト|アウトカム|アウトプット)\s*(?:KPI|指標)|KPI|KGI|重要業績評価指標|数値目標|成果指標|指標名?|評価指標)\s*[:：]?\s*/i;

/** The indicator's name from the text before its figures; null when it cannot be one. */
export function cleanName(raw: string): string | null {
  let s = stripFootnotes(raw).replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 4; i++) {
    const before = s;
    s = withoutBullets(s).replace(MARKERS, '').trim();
    if (s === before) break;
  }
  // Words that belong to the figure after the name (「年間120億円」「累計20件」「約5,000人」).
  s = s
    .replace(/[\s:：、,]+$/, '')
    .replace(/\s*(?:年間|毎年度?|各年度|累計|約)$/, '')
    .trim();
  const r = readingOf(s);
  if (s.length < 2 || s.length > 150) return null;
  if (!/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}A-Za-z]/u.test(r)) return null;
  if (/[。]$/.test(s) || /^(?:基準値?|目標値?|現状値?)(?:$|[:：(（])/.test(r)) return null;
  return s;
}

/** The target's words decide; else baseline against target; else a level to reach (増加). */
function directionOf(baseline: Side | null, target: Side, warnings: string[]): WordDirection {
  const byNumbers =
    baseline?.value != null && target.value !== null ? (target.value > baseline.value ? 'increase' : target.value < baseline.value ? 'decrease' : 'maintain') : null;
  if (target.word) {
    if (byNumbers && byNumbers !== target.word && target.word !== 'maintain') warnings.push(WARN.contrary);
    return target.word;
  }
  if (byNumbers) return byNumbers;
  // A figure alone is a level to reach (the usual reading); zero can only be reached downwards.
  return target.value === 0 ? 'decrease' : 'increase';
}

export interface CandidateInput {
  name: string;
  statement: Statement;
  at: DocumentLine;
  layout: Layout;
  span?: number;
  /** the period the statement's context gives (a table header's 「目標値（令和11年度）」, 「2030年までに」) */
  defaultTargetPeriod?: string | null;
  defaultBaselinePeriod?: string | null;
  unit?: string | null;
  direction?: WordDirection | null;
  /** the text the statement was read from, when not the line's own (a wrapped statement's joined lines) */
  original?: string;
}

/** A piece of the reading form as the document wrote it (「50%(2030年度)」 → 「50％（2030年度）」), where the positions agree. */
function asWritten(piece: string | null | undefined, original: string): string | null {
  if (!piece) return null;
  const reading = readingOf(original);
  const at = reading.indexOf(piece);
  return at >= 0 && reading.length === original.length ? original.slice(at, at + piece.length) : piece;
}

/** A found KPI, or null when the name or both figures are missing. */
export function foundKpi(input: CandidateInput): FoundKpi | null {
  const name = cleanName(input.name);
  const { baseline, target } = input.statement;
  if (!name || (!target && !baseline)) return null;
  const warnings: string[] = [];
  if ((input.span ?? 1) > 1) warnings.push(WARN.wrapped);
  const unit = input.unit || target?.unit || baseline?.unit || '';
  if (target?.unit && baseline?.unit && target.unit !== baseline.unit) warnings.push(WARN.unitsDiffer);
  if (!unit && (target?.value != null || baseline?.value != null) && !input.unit) warnings.push(WARN.noUnit);

  let base: FoundKpi['baseline'] = null;
  const basePeriod = baseline?.period?.label ?? input.defaultBaselinePeriod ?? null;
  if (baseline?.value != null) {
    if (basePeriod) base = { value: baseline.value, period: basePeriod };
    else warnings.push(WARN.noBaselinePeriod);
  }
  let tgt: FoundKpi['target'] = null;
  let direction: WordDirection = input.direction ?? 'increase';
  if (target) {
    const period = target.period?.label ?? input.defaultTargetPeriod ?? null;
    if (!period) warnings.push(WARN.noTargetPeriod);
    if (target.recurring) warnings.push(WARN.recurring);
    tgt = { value: target.value, period, text: asWritten(target.text, input.original ?? input.at.text)!, relativeTo: target.relativeTo, from: target.period?.from ?? null };
    direction = input.direction ?? directionOf(baseline, target, warnings);
  } else {
    warnings.push(WARN.noTarget);
    if (!input.direction) warnings.push(WARN.guessedDirection);
  }
  return {
    name,
    unit,
    direction,
    baseline: base,
    baselineText: asWritten(baseline?.text, input.original ?? input.at.text),
    target: tgt,
    targetText: asWritten(target?.text, input.original ?? input.at.text),
    source: { page: input.at.page, line: input.at.line, text: input.at.text },
    span: input.span ?? 1,
    layout: input.layout,
    warnings,
    confidence: Math.max(0.1, Math.round((1 - 0.25 * warnings.length) * 10) / 10),
  };
}
