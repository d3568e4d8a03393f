/**
 * The review form's state (pure): each draft KPI as the planner edits it — figures and periods as
 * text, read by the server as it reads any catalog (「1,500万」「令和11年度」) — and back to the
 * JSON interchange format for POST /api/v1/strategy-documents/accept. The issues the server
 * answers name a JSON path (`kpis[2].targets[0].value`); `fieldOfIssue` finds the input it means.
 */
import type { DocumentLine, DraftKpi } from './api.ts';

export type Direction = DraftKpi['direction'];

export interface KpiForm {
  /** stable within the page (React key, element ids); not sent */
  key: string;
  id: string;
  name: string;
  unit: string;
  direction: Direction;
  baselineValue: string;
  baselinePeriod: string;
  targetValue: string;
  targetPeriod: string;
  /** the target as written in the document, kept while the figure is the one read from it */
  targetText: string | null;
  /** the figure as first shown: a changed figure no longer matches the document's words */
  targetValueShown: string;
  /** the draft's other fields (source, layout, baseline_text, relative_to …), kept as they are */
  source: DraftKpi['source'] | null;
  layout: DraftKpi['layout'] | null;
  confidence: number | null;
  warnings: string[];
  rest: Record<string, unknown>;
  targetRest: Record<string, unknown>;
}

/** A figure as a person types it: grouped digits, every decimal (the server reads commas). */
export function figureText(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 10, useGrouping: true }).format(value);
}

/** A period label as a person writes it: FY2029 → 2029年度, 2030 → 2030年, 2024-03 → 2024年3月. */
export function periodText(label: string | null | undefined): string {
  if (!label) return '';
  let m = /^FY(\d{4})$/.exec(label);
  if (m) return `${m[1]}年度`;
  if (/^\d{4}$/.test(label)) return `${label}年`;
  m = /^(\d{4})-(\d{2})$/.exec(label);
  if (m) return `${m[1]}年${Number(m[2])}月`;
  return label;
}

export function kpiFormOf(k: DraftKpi, key: string): KpiForm {
  const { id, name, unit, direction, baseline, targets, target_text, source, layout, confidence, warnings, node: _node, ...rest } = k;
  const [first, ...more] = targets;
  const { value, period, text, ...targetRest } = first ?? { value: null, period: null, text: '' };
  const shown = figureText(value);
  return {
    key,
    id,
    name,
    unit,
    direction,
    baselineValue: figureText(baseline?.value),
    baselinePeriod: periodText(baseline?.period),
    targetValue: shown,
    targetPeriod: periodText(period),
    targetText: text ?? target_text ?? null,
    targetValueShown: shown,
    source,
    layout,
    confidence,
    warnings,
    // a second target (rare in a draft) stays as drafted
    rest: { ...rest, ...(more.length > 0 ? { more_targets: more } : {}) },
    targetRest,
  };
}

/** A KPI added by hand: the next free id K001…, nothing filled in. */
export function emptyKpiForm(existing: readonly KpiForm[], key: string): KpiForm {
  const used = new Set(existing.map((k) => k.id));
  let n = existing.length + 1;
  while (used.has(`K${String(n).padStart(3, '0')}`)) n++;
  return {
    key,
    id: `K${String(n).padStart(3, '0')}`,
    name: '',
    unit: '',
    direction: 'increase',
    baselineValue: '',
    baselinePeriod: '',
    targetValue: '',
    targetPeriod: '',
    targetText: null,
    targetValueShown: '',
    source: null,
    layout: null,
    confidence: null,
    warnings: [],
    rest: {},
    targetRest: {},
  };
}

/** The KPI in the JSON interchange format, as the accept route takes it. */
export function kpiDocument(k: KpiForm): Record<string, unknown> {
  const { more_targets, ...rest } = k.rest as { more_targets?: unknown[] };
  const baseline = k.baselineValue.trim() || k.baselinePeriod.trim() ? { value: k.baselineValue.trim(), period: k.baselinePeriod.trim() } : null;
  const value = k.targetValue.trim();
  // A direction-only target (no figure) keeps its words: they are what the engine judges.
  const text = value === '' || value === k.targetValueShown ? k.targetText : null;
  const target = value || k.targetPeriod.trim() || text ? [{ ...k.targetRest, value: value === '' ? null : value, period: k.targetPeriod.trim() || null, text }] : [];
  return {
    ...rest,
    id: k.id,
    node: 'document',
    name: k.name.trim(),
    unit: k.unit.trim(),
    direction: k.direction,
    baseline,
    targets: [...target, ...((more_targets as unknown[]) ?? [])],
    target_text: text,
    ...(k.source ? { source: k.source } : {}),
    ...(k.layout ? { layout: k.layout } : {}),
  };
}

/** The element id of a KPI's field. */
export const kpiFieldId = (key: string, field: KpiField) => `kpi-${key}-${field}`;
export type KpiField = 'name' | 'unit' | 'direction' | 'baselineValue' | 'baselinePeriod' | 'targetValue' | 'targetPeriod';

const PATH_FIELDS: Array<[RegExp, KpiField]> = [
  [/^\.baseline\.value/, 'baselineValue'],
  [/^\.baseline\.period/, 'baselinePeriod'],
  [/^\.baseline/, 'baselineValue'],
  [/^\.targets\[0\]\.period/, 'targetPeriod'],
  [/^\.targets/, 'targetValue'],
  [/^\.unit/, 'unit'],
  [/^\.direction/, 'direction'],
];

/** The KPI (by position in the list that was sent) and the field an issue's JSON path names; the name when no field is its own. */
export function fieldOfIssue(column: string, sent: readonly KpiForm[]): { kpi: KpiForm; field: KpiField } | null {
  const m = /^kpis\[(\d+)\](.*)$/.exec(column);
  const kpi = m ? sent[Number(m[1])] : undefined;
  if (!m || !kpi) return null;
  const hit = PATH_FIELDS.find(([re]) => re.test(m[2] ?? ''));
  return { kpi, field: hit ? hit[1] : 'name' };
}

/** The document's lines around a KPI's source: same page, `around` lines either side. */
export function sourceContext(lines: readonly DocumentLine[], source: DraftKpi['source'], around = 2): DocumentLine[] {
  const page = lines.filter((l) => l.page === source.page);
  const i = page.findIndex((l) => l.line === source.line);
  if (i < 0) return [];
  return page.slice(Math.max(0, i - around), i + around + 1);
}

/** The plan period to propose: this 年度 to the latest target's 年度 (at least four years on). */
export function proposedPeriod(kpis: readonly DraftKpi[], thisFiscalYear: number): { from: string; to: string } {
  const years = kpis.flatMap((k) => k.targets.map((t) => Number(/(\d{4})/.exec(t.period ?? '')?.[1] ?? Number.NaN))).filter((y) => y >= thisFiscalYear && y <= thisFiscalYear + 10);
  const to = Math.max(thisFiscalYear + 4, ...years);
  return { from: `${thisFiscalYear}年度`, to: `${to}年度` };
}
